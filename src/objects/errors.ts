// Raising Python exceptions from TypeScript: `throw newException(TypeError, "msg")`, or the
// shorthands below, which never return (typed `never` so control flow analysis knows).

import * as E from "./exceptions.ts";
import { PyBaseException } from "./exceptions.ts";
import type { PyValue } from "./object.ts";
import type { PyType } from "./type.ts";

/**
 * `type(*args)` for a builtin exception type, without calling into Python: the instance has the
 * type's layout and fields (OSError(errno, strerror, filename) becomes FileNotFoundError etc.).
 */
export function newException(type: PyType, ...args: PyValue[]): PyBaseException {
  return E.exceptionHooks.create(type, args);
}

export function raise(type: PyType, message: string): never {
  throw E.exceptionHooks.create(type, [message]);
}

export function raiseTypeError(message: string): never {
  return raise(E.PyExc_TypeError, message);
}
export function raiseValueError(message: string): never {
  return raise(E.PyExc_ValueError, message);
}
export function raiseIndexError(message: string): never {
  return raise(E.PyExc_IndexError, message);
}
export function raiseAttributeError(message: string): never {
  return raise(E.PyExc_AttributeError, message);
}
export function raiseOverflowError(message: string): never {
  return raise(E.PyExc_OverflowError, message);
}
export function raiseZeroDivisionError(message: string): never {
  return raise(E.PyExc_ZeroDivisionError, message);
}
export function raiseRuntimeError(message: string): never {
  return raise(E.PyExc_RuntimeError, message);
}
export function raiseNotImplementedError(message: string): never {
  return raise(E.PyExc_NotImplementedError, message);
}
export function raiseSystemError(message: string): never {
  return raise(E.PyExc_SystemError, message);
}

export function isPyException(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException;
}

/**
 * Warnings from the object model (PyErr_WarnEx): the `_warnings` module (src/modules/_warnings.ts)
 * installs the implementation; until then warnings are dropped. Throws the warning when a filter
 * says "error".
 */
export const warnHooks = {
  warn: (_category: PyType, _message: string, _stacklevel: number): void => {},
};

/** PyErr_WarnEx(category, message, stacklevel). */
export function warnEx(category: PyType, message: string, stacklevel = 1): void {
  warnHooks.warn(category, message, stacklevel);
}
