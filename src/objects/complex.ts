// The complex object's layout.
import { PyObject } from "./object.ts";
import type { PyType } from "./type.ts";
import { complexType } from "./typeobjects.ts";

export class PyComplex extends PyObject {
  readonly real: number;
  readonly imag: number;
  constructor(real: number, imag: number, type: PyType = complexType) {
    super(type);
    this.real = real;
    this.imag = imag;
  }
}
