// Helpers for builtin modules written in TypeScript: creating the module object, adding
// functions, and the argument checks of CPython's METH_O / METH_NOARGS / fastcall functions.
import { typeName } from "../objects/abstract.ts";
import { type BuiltinFn, PyBuiltinFunction } from "../objects/descr.ts";
import { raiseTypeError } from "../objects/errors.ts";
import { PyModule } from "../objects/module.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";

/** A new module object for a builtin module (repr says "(built-in)"). */
export function newBuiltinModule(name: string, doc: string | null = null): PyModule {
  const m = new PyModule(name, doc === null ? None : doc);
  m.builtin = true;
  return m;
}

/** Adds `name` as a builtin function of module `mod`. */
export function addFunction(mod: PyModule, name: string, fn: BuiltinFn, doc: string | null = null): void {
  mod.dict.setStr(name, new PyBuiltinFunction(name, fn, mod, doc));
}

/** Adds several functions at once. */
export function addFunctions(mod: PyModule, fns: Record<string, BuiltinFn>): void {
  for (const name of Object.keys(fns)) addFunction(mod, name, fns[name]);
}

/** METH_O argument check: `mod.name() takes exactly one argument (N given)`; returns the argument. */
export function oneArg(qualname: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_NOARGS argument check. */
export function noArgs(qualname: string, args: PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 0) raiseTypeError(`${qualname}() takes no arguments (${args.length} given)`);
}

/** Number of positional arguments in a vectorcall argument array. */
export function nPositional(args: PyValue[], kwnames: readonly string[] | null): number {
  return kwnames === null ? args.length : args.length - kwnames.length;
}

/** `_PyArg_NoKwnames` for fastcall functions taking positional arguments only. */
export function noKwargs(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${fname}() takes no keyword arguments`);
}

/** The "must be X, not Y" tail CPython uses in argument type errors. */
export function mustBe(what: string, v: PyValue): never {
  raiseTypeError(`must be ${what}, not ${typeName(v)}`);
}
