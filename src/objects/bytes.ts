// The bytes object's layout: an immutable byte array.
import { PyObject } from "./object.ts";
import type { PyType } from "./type.ts";
import { bytesType } from "./typeobjects.ts";

export class PyBytes extends PyObject {
  readonly data: Uint8Array;
  constructor(data: Uint8Array, type: PyType = bytesType) {
    super(type);
    this.data = data;
  }
}
