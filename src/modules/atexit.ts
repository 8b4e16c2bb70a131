// The `atexit` module (Modules/atexitmodule.c): callbacks registered with arguments, run last
// registered first by _run_exitfuncs() and by the runtime at interpreter exit
// (runAtexitCallbacks). An exception in a callback is reported as CPython's
// "Exception ignored in atexit callback ..." through atexitHooks.report and does not stop the others.
import { call, richCompareBool } from "../objects/abstract.ts";
import { raiseTypeError } from "../objects/errors.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import type { PyModule } from "../objects/module.ts";
import { CompareOp, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { typeOf } from "../objects/typeobjects.ts";
import { addFunction, newBuiltinModule, noArgs, oneArg } from "./modutil.ts";

interface Callback {
  func: PyValue;
  args: PyValue[];
  kwnames: readonly string[] | null;
}

let callbacks: Callback[] = [];

export const atexitHooks = {
  /**
   * Reports an exception raised by a callback (PyErr_FormatUnraisable with
   * "Exception ignored in atexit callback %R"); the runtime installs the printer.
   */
  report: (_exc: PyBaseException, _func: PyValue): void => {},
};

/** atexit_callfuncs: runs and clears every callback, last registered first. */
export function runAtexitCallbacks(): void {
  const todo = callbacks;
  callbacks = [];
  for (let i = todo.length - 1; i >= 0; i--) {
    const cb = todo[i];
    try {
      call(cb.func, cb.args.slice(), cb.kwnames);
    } catch (e) {
      if (e instanceof PyBaseException) atexitHooks.report(e, cb.func);
      else throw e;
    }
  }
}

export function createAtexitModule(): PyModule {
  const m = newBuiltinModule(
    "atexit",
    "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n",
  );
  addFunction(m, "register", (args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length - nkw < 1) raiseTypeError("register() takes at least 1 argument (0 given)");
    const func = args[0];
    if (typeOf(func).tp_call === null) raiseTypeError("the first argument must be callable");
    callbacks.push({ func, args: args.slice(1), kwnames: nkw ? kwnames : null });
    return func;
  });
  addFunction(m, "unregister", (args, kw) => {
    const func = oneArg("atexit.unregister", args, kw);
    callbacks = callbacks.filter((cb) => !(cb.func === func || richCompareBool(cb.func, func, CompareOp.EQ)));
    return None;
  });
  addFunction(m, "_run_exitfuncs", (args, kw) => {
    noArgs("atexit._run_exitfuncs", args, kw);
    runAtexitCallbacks();
    return None;
  });
  addFunction(m, "_clear", (args, kw) => {
    noArgs("atexit._clear", args, kw);
    callbacks = [];
    return None;
  });
  addFunction(m, "_ncallbacks", (args, kw) => {
    noArgs("atexit._ncallbacks", args, kw);
    return callbacks.length;
  });
  return m;
}
