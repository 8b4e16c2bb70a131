// The float object's layout. A float is boxed (a JS number alone cannot say 1 from 1.0).
import { PyObject } from "./object.ts";
import type { PyType } from "./type.ts";
import { floatType } from "./typeobjects.ts";

export class PyFloat extends PyObject {
  readonly value: number;
  constructor(value: number, type: PyType = floatType) {
    super(type);
    this.value = value;
  }
}
