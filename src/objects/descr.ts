// Builtin callables and descriptors (Objects/methodobject.c, Objects/descrobject.c):
//   PyBuiltinFunction   builtin_function_or_method: a module-level function, or a method bound to self
//   PyMethodDescriptor  method_descriptor: a method of a builtin type, found in the type's namespace
//   PyClassMethodDescr  classmethod_descriptor: e.g. dict.fromkeys
//   PyGetSetDescriptor  getset_descriptor: computed attributes of builtin types (e.g. float.real)
//
// Builtin code receives vectorcall-shaped arguments: positional arguments followed by keyword
// values, with `kwnames` naming the trailing keyword values (null when there are none). Argument
// checking helpers are in src/objects/args.ts.
import { raiseTypeError } from "./errors.ts";
import { PyObject, type PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import {
  builtinFunctionType,
  classmethodDescriptorType,
  getsetDescriptorType,
  memberDescriptorType,
  methodDescriptorType,
  methodWrapperType,
  wrapperDescriptorType,
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
  /**
   * For a method bound from a method_descriptor / classmethod_descriptor: the method, called as
   * `meth(self, args, kwnames)` (so binding allocates no closure). null for plain functions.
   */
  readonly meth: MethodFn | null;
  /** The descriptor this bound method came from (for __qualname__, __objclass__), or null. */
  readonly descr: PyObject | null;
  /** __module__ once assigned (else derived from `self`, see descr-methods.ts). */
  moduleName: PyValue | undefined = undefined;
  constructor(
    name: string,
    fn: BuiltinFn,
    self: PyValue | null = null,
    doc: string | null = null,
    qualname = name,
    meth: MethodFn | null = null,
    descr: PyObject | null = null,
  ) {
    super(builtinFunctionType);
    this.name = name;
    this.qualname = qualname;
    this.self = self;
    this.fn = fn;
    this.doc = doc;
    this.meth = meth;
    this.descr = descr;
  }
}

/**
 * The calling convention of slot wrappers (typeobject.c wrap_*): call the wrapped slot function
 * `wrapped` on self with Python-level arguments; `name` is the dunder (for error messages).
 */
export type WrapperFn = (
  wrapped: unknown,
  self: PyValue,
  args: PyValue[],
  kwnames: readonly string[] | null,
  name: string,
) => PyValue;

/** wrapper_descriptor (`int.__add__`): a slot of a builtin type exposed as a dunder method. */
export class PyWrapperDescriptor extends PyObject {
  readonly owner: PyType;
  readonly name: string;
  readonly wrapper: WrapperFn;
  /** The slot function (e.g. the int type's nb_add). */
  readonly wrapped: unknown;
  /** The slot table field this wraps ("tp_repr", "nb_add", ...). */
  readonly slot: string;
  readonly doc: string | null;
  constructor(
    owner: PyType,
    name: string,
    wrapper: WrapperFn,
    wrapped: unknown,
    slot: string,
    doc: string | null,
  ) {
    super(wrapperDescriptorType);
    this.owner = owner;
    this.name = name;
    this.wrapper = wrapper;
    this.wrapped = wrapped;
    this.slot = slot;
    this.doc = doc;
  }
}

/** method-wrapper (`(1).__add__`): a wrapper_descriptor bound to an object. */
export class PyMethodWrapper extends PyObject {
  readonly descr: PyWrapperDescriptor;
  readonly self: PyValue;
  constructor(descr: PyWrapperDescriptor, self: PyValue) {
    super(methodWrapperType);
    this.descr = descr;
    this.self = self;
  }
}

/**
 * member_descriptor: a __slots__ entry (index >= 0: stored in the instance's member slots), or a
 * field of a builtin type's layout exposed like CPython's PyMemberDef (index -1, get/set given).
 */
export class PyMemberDescriptor extends PyObject {
  readonly owner: PyType;
  readonly name: string;
  readonly index: number;
  readonly get: ((self: PyValue) => PyValue | undefined) | null;
  /** null makes the member read-only; `value === null` deletes. */
  readonly set: ((self: PyValue, value: PyValue | null) => void) | null;
  readonly doc: string | null;
  constructor(
    owner: PyType,
    name: string,
    index: number,
    get: ((self: PyValue) => PyValue | undefined) | null = null,
    set: ((self: PyValue, value: PyValue | null) => void) | null = null,
    doc: string | null = null,
  ) {
    super(memberDescriptorType);
    this.owner = owner;
    this.name = name;
    this.index = index;
    this.get = get;
    this.set = set;
    this.doc = doc;
  }
}

/** Declares layout fields of a builtin type shown as member descriptors (e.g. StopIteration.value). */
export function defineMembers(
  type: PyType,
  members: Record<
    string,
    { get: (self: PyValue) => PyValue | undefined; set?: (self: PyValue, value: PyValue | null) => void }
  >,
): void {
  for (const name of Object.keys(members)) {
    const m = members[name];
    type.attrs.set(name, new PyMemberDescriptor(type, name, -1, m.get, m.set ?? null));
  }
}

/** A module-level builtin function: `builtinFunction("len", (args, kw) => ...)`. */
export function builtinFunction(name: string, fn: BuiltinFn, doc: string | null = null): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, null, doc);
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

/**
 * METH_NOARGS (Objects/descrobject.c method_check_args): gives every method of `type` declared
 * with `self` alone CPython's checks, "str.upper() takes no arguments (1 given)". Called once
 * after a type's methods are defined.
 */
export function checkNoArgs(type: PyType): void {
  for (const [name, d] of type.attrs) {
    if (!(d instanceof PyMethodDescriptor) || d.owner !== type || d.fn.length >= 2) continue;
    const fn = d.fn;
    const qualname = `${type.qualname}.${name}`;
    const checked: MethodFn = (self, args, kwnames) => {
      if (args.length !== 0) {
        if (kwnames !== null && kwnames.length > 0)
          raiseTypeError(`${qualname}() takes no keyword arguments`);
        raiseTypeError(`${qualname}() takes no arguments (${args.length} given)`);
      }
      return fn(self, args, kwnames);
    };
    type.attrs.set(name, new PyMethodDescriptor(type, name, checked, d.doc));
  }
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
