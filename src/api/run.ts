// Running a program: the entry the CLI (and later the embedding API) calls with source bytes.
// The compiler and VM are not built yet (issue 4), so for now this says so plainly and fails.
import type { Host } from "../host/host.ts";

export interface RunRequest {
  source: Uint8Array;
  filename: string;
  argv: string[];
}

export function runProgram(host: Host, _req: RunRequest): number {
  host.writeStderr("typhon: cannot run Python code yet: the compiler and virtual machine are not built\n");
  return 1;
}
