// The VM's public entry: loads the object model, installs the VM's hooks into it (calling
// Python functions, generators), and re-exports what the API layer uses.
import "../objects/index.ts";
import "../objects/method.ts";
import "../objects/frame-object.ts";
import "../objects/module.ts";
import { genericGetAttrRef, repr } from "../objects/abstract.ts";
import { CO_FAST_CELL, CO_FAST_FREE } from "../objects/code.ts";
import { PyDict } from "../objects/dict.ts";
import { raiseRuntimeError } from "../objects/errors.ts";
import { functionHooks, PyCell } from "../objects/function.ts";
import { objectHooks } from "../objects/object-type.ts";
import { None } from "../objects/singletons.ts";
import { slotHooks } from "../objects/slots.ts";
import { superHooks } from "../objects/super.ts";
import { PyType } from "../objects/type.ts";
import { typeHooks } from "../objects/type-type.ts";
import { typeOf } from "../objects/typeobjects.ts";
import { callFunction, vmHooks } from "./eval.ts";
import { installExceptStar } from "./except-star.ts";
import { toPyException } from "./ops.ts";
import { formatException } from "./traceback-print.ts";

/** Where unraisable exceptions are reported (sys.stderr); installed by the runtime. */
export const unraisableHooks = { write: (_text: string): void => {} };

import { tstate } from "./frame.ts";
import "./gen.ts";
import "./typing-intrinsics.ts";

functionHooks.call = callFunction;
installExceptStar();

typeHooks.currentGlobals = () => tstate.current?.globals ?? null;
objectHooks.importModule = (name) => vmHooks.importName(name, new PyDict(), None, 0);
/** sys.unraisablehook's default output (an exception from __del__ or a finaliser). */
slotHooks.writeUnraisable = (e, obj, where) => {
  const exc = toPyException(e);
  let text: string;
  try {
    text = `${where} ${repr(obj)}:\n${formatException(exc)}`;
  } catch {
    text = `${where}:\n${exc.type.name}\n`;
  }
  unraisableHooks.write(text);
};

/** super() without arguments (super_init_without_args): the calling frame's first argument and __class__ cell. */
superHooks.zeroArg = () => {
  const f = tstate.current;
  if (f === null) raiseRuntimeError("super(): no current frame");
  const co = f.code;
  if (co.co_argcount === 0) raiseRuntimeError("super(): no arguments");
  let first = f.localsplus[0];
  if (first instanceof PyCell && co.co_localspluskinds[0] & CO_FAST_CELL && f.lasti >= 0) first = first.ref;
  if (first === null || first === undefined) raiseRuntimeError("super(): arg[0] deleted");
  const names = co.co_localsplusnames;
  for (let i = 0; i < names.length; i++) {
    if (names[i] !== "__class__" || !(co.co_localspluskinds[i] & CO_FAST_FREE)) continue;
    const cell = f.localsplus[i];
    const t = cell instanceof PyCell ? cell.ref : null;
    if (t === null) raiseRuntimeError("super(): empty __class__ cell");
    if (!(t instanceof PyType)) raiseRuntimeError(`super(): __class__ is not a type (${typeOf(t).name})`);
    return { type: t, obj: first };
  }
  raiseRuntimeError("super(): __class__ cell not found");
};
void genericGetAttrRef;

export { callFunction, runCode, runFrame, vmHooks } from "./eval.ts";
export { Frame, tstate } from "./frame.ts";
