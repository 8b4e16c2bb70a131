// Raising Python exceptions from TypeScript: `throw newException(TypeError, "msg")`, or the
// shorthands below, which never return (typed `never` so control flow analysis knows).

import * as E from "./exceptions.ts";
import { PyBaseException } from "./exceptions.ts";
import type { PyValue } from "./object.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";

export function newException(type: PyType, ...args: PyValue[]): PyBaseException {
  return new PyBaseException(type, newTuple(args));
}

export function raise(type: PyType, message: string): never {
  throw new PyBaseException(type, newTuple([message]));
}

export const raiseTypeError = (message: string): never => raise(E.TypeError, message);
export const raiseValueError = (message: string): never => raise(E.ValueError, message);
export const raiseIndexError = (message: string): never => raise(E.IndexError, message);
export const raiseAttributeError = (message: string): never => raise(E.AttributeError, message);
export const raiseOverflowError = (message: string): never => raise(E.OverflowError, message);
export const raiseZeroDivisionError = (message: string): never => raise(E.ZeroDivisionError, message);
export const raiseRuntimeError = (message: string): never => raise(E.RuntimeError, message);
export const raiseNotImplementedError = (message: string): never => raise(E.NotImplementedError, message);
export const raiseSystemError = (message: string): never => raise(E.SystemError, message);

export function isPyException(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException;
}
