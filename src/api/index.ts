// The embedding API for JavaScript/TypeScript programs. It grows with the VM (issue 4+).
export type { Host } from "../host/host.ts";
export { NodeHost } from "../host/node.ts";
export { compilerHooks, runCodeJson, runProgram } from "./run.ts";
