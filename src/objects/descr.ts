// Builtin callables and descriptors (Objects/methodobject.c, Objects/descrobject.c):
//   PyBuiltinFunction   builtin_function_or_method: a module-level function, or a method bound to self
//   PyMethodDescriptor  method_descriptor: a method of a builtin type, found in the type's namespace
//   PyClassMethodDescr  classmethod_descriptor: e.g. dict.fromkeys
//   PyGetSetDescriptor  getset_descriptor: computed attributes of builtin types (e.g. float.real)
//
// Builtin code receives vectorcall-shaped arguments: positional arguments followed by keyword
// values, with `kwnames` naming the trailing keyword values (null when there are none). Argument
// checking helpers are in src/objects/args.ts.
import { PyObject, type PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import {
  builtinFunctionType,
  classmethodDescriptorType,
  getsetDescriptorType,
  methodDescriptorType,
} from "./typeobjects.ts";

export type BuiltinFn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;
export type MethodFn = (self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;
export type ClassMethodFn = (cls: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue;

export class PyBuiltinFunction extends PyObject {
  readonly name: string;
  readonly qualname: string;
  /** For a bound builtin method, the object it is bound to; for a module function, the module (or null). */
  readonly self: PyValue | null;
  readonly fn: BuiltinFn;
  readonly doc: string | null;
  constructor(
    name: string,
    fn: BuiltinFn,
    self: PyValue | null = null,
    doc: string | null = null,
    qualname = name,
  ) {
    super(builtinFunctionType);
    this.name = name;
    this.qualname = qualname;
    this.self = self;
    this.fn = fn;
    this.doc = doc;
  }
}

export class PyMethodDescriptor extends PyObject {
  readonly owner: PyType;
  readonly name: string;
  readonly fn: MethodFn;
  readonly doc: string | null;
  constructor(owner: PyType, name: string, fn: MethodFn, doc: string | null = null) {
    super(methodDescriptorType);
    this.owner = owner;
    this.name = name;
    this.fn = fn;
    this.doc = doc;
  }
}

export class PyClassMethodDescr extends PyObject {
  readonly owner: PyType;
  readonly name: string;
  readonly fn: ClassMethodFn;
  readonly doc: string | null;
  constructor(owner: PyType, name: string, fn: ClassMethodFn, doc: string | null = null) {
    super(classmethodDescriptorType);
    this.owner = owner;
    this.name = name;
    this.fn = fn;
    this.doc = doc;
  }
}

export class PyGetSetDescriptor extends PyObject {
  readonly owner: PyType;
  readonly name: string;
  readonly get: ((self: PyValue) => PyValue) | null;
  /** `value === null` deletes; a null setter makes the attribute read-only. */
  readonly set: ((self: PyValue, value: PyValue | null) => void) | null;
  readonly doc: string | null;
  constructor(
    owner: PyType,
    name: string,
    get: ((self: PyValue) => PyValue) | null,
    set: ((self: PyValue, value: PyValue | null) => void) | null = null,
    doc: string | null = null,
  ) {
    super(getsetDescriptorType);
    this.owner = owner;
    this.name = name;
    this.get = get;
    this.set = set;
    this.doc = doc;
  }
}

/** Declares methods of a builtin type: `defineMethods(intType, { bit_length(self) {...} })`. */
export function defineMethods(type: PyType, methods: Record<string, MethodFn>): void {
  for (const name of Object.keys(methods))
    type.attrs.set(name, new PyMethodDescriptor(type, name, methods[name]));
}

export function defineClassMethods(type: PyType, methods: Record<string, ClassMethodFn>): void {
  for (const name of Object.keys(methods))
    type.attrs.set(name, new PyClassMethodDescr(type, name, methods[name]));
}

export function defineGetSets(
  type: PyType,
  getsets: Record<
    string,
    { get: (self: PyValue) => PyValue; set?: (self: PyValue, value: PyValue | null) => void }
  >,
): void {
  for (const name of Object.keys(getsets)) {
    const g = getsets[name];
    type.attrs.set(name, new PyGetSetDescriptor(type, name, g.get, g.set ?? null));
  }
}
