// Helpers shared by the PEP 695 objects (Objects/typevarobject.c): calls into the pure-Python
// typing module (call_typing_func_object), _Py_typing_type_repr, and the caller's module.
//
// CPython implements several operations of TypeVar/ParamSpec/Generic by calling functions of
// Lib/typing.py. Until the import system can load typing.py from the stdlib zip, a few of those
// that `class C[T]: ...` itself needs have a TypeScript stand-in (typingFallbacks, installed by
// src/objects/generic.ts); the others raise ModuleNotFoundError naming the typing function needed.
import { call, getAttr, lookupAttr, repr, str } from "./abstract.ts";
import { newException, raiseTypeError } from "./errors.ts";
import * as E from "./exceptions.ts";
import type { PyValue } from "./object.ts";
import { objectHooks } from "./object-type.ts";
import { Ellipsis, None } from "./singletons.ts";
import { typeHooks } from "./type-type.ts";
import { noneType } from "./typeobjects.ts";
import { isUnionable, makeUnion } from "./union.ts";

/** Stand-ins for typing.<name> used only while `import typing` fails with "No module named 'typing'". */
export const typingFallbacks = new Map<
  string,
  (args: PyValue[], kwnames: readonly string[] | null) => PyValue
>();

/** The typing module, or null while it cannot be imported (no import system for the stdlib yet). */
export function importTyping(): PyValue | null {
  try {
    return objectHooks.importModule("typing");
  } catch (e) {
    if (e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_ModuleNotFoundError)) {
      const name = lookupAttr(e, "name");
      if (name === undefined || name === None || name === "typing") return null;
    }
    throw e;
  }
}

/** call_typing_func_object / call_typing_args_kwargs: typing.<name>(*args, **kw). */
export function callTyping(
  name: string,
  args: PyValue[],
  kwnames: readonly string[] | null = null,
  what = "this operation",
): PyValue {
  const typing = importTyping();
  if (typing !== null) return call(getAttr(typing, name), args, kwnames);
  const fb = typingFallbacks.get(name);
  if (fb !== undefined) return fb(args, kwnames);
  return typingMissing(what, name);
}

/** The error for an operation CPython delegates to typing.py while typing cannot be imported. */
export function typingMissing(what: string, name: string): never {
  throw newException(
    E.PyExc_ModuleNotFoundError,
    `No module named 'typing': ${what} needs typing.${name} (the typing module cannot be imported yet)`,
  );
}

/** caller(): the module name of the running Python code, for __module__ of TypeVar('T'). */
export function callerModule(): PyValue {
  const g = typeHooks.currentGlobals();
  const m = g?.getStr("__name__");
  return m === undefined ? None : m;
}

/** _Py_typing_type_repr: `...`, None, module.qualname for classes (builtins bare), else repr(). */
export function typingTypeRepr(p: PyValue): string {
  if (p === Ellipsis) return "...";
  if (p === noneType) return "None";
  if (lookupAttr(p, "__origin__") !== undefined && lookupAttr(p, "__args__") !== undefined) return repr(p);
  const qualname = lookupAttr(p, "__qualname__");
  if (qualname === undefined) return repr(p);
  const module = lookupAttr(p, "__module__");
  if (module === undefined || module === None) return repr(p);
  if (module === "builtins") return str(qualname);
  return `${str(module)}.${str(qualname)}`;
}

/** type_check: None is NoneType; anything else goes through typing._type_check(arg, msg). */
export function typeCheck(arg: PyValue, msg: string): PyValue {
  if (arg === None) return noneType;
  return callTyping("_type_check", [arg, msg]);
}

/**
 * _Py_union_from_tuple: the union of any objects, each unionable one as is and the others checked
 * by typing._type_check (the `|` of TypeVar and ParamSpec, which accept forward-reference strings).
 */
export function makeUnionChecked(items: readonly PyValue[]): PyValue {
  return makeUnion(
    items.map((v) =>
      v === None || isUnionable(v) ? v : typeCheck(v, "Union[arg, ...]: each arg must be a type."),
    ),
  );
}

/** METH_NOARGS: `Type.name() takes no arguments (N given)`. */
export function noArgs(qualname: string, args: readonly PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${qualname}() takes no keyword arguments`);
  if (args.length > 0) raiseTypeError(`${qualname}() takes no arguments (${args.length} given)`);
}

/** METH_O: `Type.name() takes exactly one argument (N given)`. */
export function oneArg(
  qualname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
