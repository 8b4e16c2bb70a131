// The tuple object's layout: an immutable JS array of items.
import { PyObject, type PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import { tupleType } from "./typeobjects.ts";

export class PyTuple extends PyObject {
  readonly items: readonly PyValue[];
  constructor(items: readonly PyValue[], type: PyType = tupleType) {
    super(type);
    this.items = items;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: readonly PyValue[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}
