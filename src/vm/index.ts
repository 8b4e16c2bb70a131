// The VM's public entry: loads the object model, installs the VM's hooks into it (calling
// Python functions, generators), and re-exports what the API layer uses.
import "../objects/index.ts";
import "../objects/method.ts";
import "../objects/frame-object.ts";
import "../objects/module.ts";
import { genericGetAttrRef } from "../objects/abstract.ts";
import { functionHooks } from "../objects/function.ts";
import { callFunction } from "./eval.ts";
import "./gen.ts";

functionHooks.call = callFunction;
void genericGetAttrRef;

export { callFunction, runCode, runFrame, vmHooks } from "./eval.ts";
export { Frame, tstate } from "./frame.ts";
