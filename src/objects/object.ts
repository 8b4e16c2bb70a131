// The root of the object model. See docs/architecture.md "Values" for why values look like this.
//
// A Python value (PyValue) is one of:
//   number   a Python int that is a safe integer (|v| <= 2**53 - 1, never -0)
//   bigint   a Python int outside that range (results are normalised back to number when they fit)
//   boolean  a Python bool (JS true/false are True/False)
//   string   a Python str (UTF-16 JS string; len/indexing count code points)
//   PyObject everything else, including None, float, and instances of every class
import type { PyDict } from "./dict.ts";
import type { PyType } from "./type.ts";

export class PyObject {
  /** The object's Python type (`type(obj)`); mutable because `obj.__class__ = X` is allowed. */
  type: PyType;
  /** The instance `__dict__`, created on first use for types that have one; null otherwise. */
  dict: PyDict | null;

  constructor(type: PyType) {
    this.type = type;
    this.dict = null;
  }
}

export type PyValue = number | bigint | string | boolean | PyObject;

/** Rich comparison operators, numbered as CPython's Py_LT..Py_GE. */
export enum CompareOp {
  LT = 0,
  LE = 1,
  EQ = 2,
  NE = 3,
  GT = 4,
  GE = 5,
}
