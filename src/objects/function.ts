// Function and cell objects (Objects/funcobject.c, Objects/cellobject.c).
//
// Calling a PyFunction from TypeScript (tp_call) goes through the VM's one re-entry function,
// installed here by src/vm/eval.ts as `functionHooks.call` (objects/ may not import vm/). The
// eval loop itself does not use tp_call for Python functions: CALL pushes a frame and continues.

import { call } from "./abstract.ts";
import type { PyCode } from "./code.ts";
import { defineGetSets, defineMembers } from "./descr.ts";
import { PyDict } from "./dict.ts";
import { raiseTypeError, raiseValueError } from "./errors.ts";
import { PyObject, type PyValue } from "./object.ts";
import { instanceDictGet, instanceDictSet } from "./object-type.ts";
import { None } from "./singletons.ts";
import { EMPTY_TUPLE, PyTuple } from "./tuple.ts";
import { TPFLAGS_METHOD_DESCRIPTOR } from "./type.ts";
import { cellType, codeType, functionType, typeOf } from "./typeobjects.ts";

export class PyCell extends PyObject {
  /** The cell's contents, or null when empty. */
  ref: PyValue | null;
  constructor(ref: PyValue | null = null) {
    super(cellType);
    this.ref = ref;
  }
}

export class PyFunction extends PyObject {
  code: PyCode;
  globals: PyDict;
  builtins: PyDict;
  name: string;
  qualname: string;
  /** __defaults__: a tuple or null. */
  defaults: PyTuple | null;
  /** __kwdefaults__: a dict or null. */
  kwdefaults: PyDict | null;
  /** __closure__: a tuple of cells or null. */
  closure: PyTuple | null;
  doc: PyValue;
  module: PyValue;
  annotations: PyValue | null;
  annotate: PyValue | null;
  typeParams: PyValue | null;
  /** Bumped when __code__/__defaults__ change (func_version, for call-site caches). */
  version: number;

  constructor(code: PyCode, globals: PyDict, builtins: PyDict, qualname: string | null = null) {
    super(functionType);
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = code.co_name;
    this.qualname = qualname ?? code.co_qualname;
    this.defaults = null;
    this.kwdefaults = null;
    this.closure = null;
    // The docstring is co_consts[0] when CO_HAS_DOCSTRING is set.
    this.doc = code.co_flags & 0x4000000 ? (code.co_consts[0] ?? None) : None;
    const mod = globals.getStr("__name__");
    this.module = mod === undefined ? None : mod;
    this.annotations = null;
    this.annotate = null;
    this.typeParams = null;
    this.version = 0;
  }
}

/** Installed by the VM: calls a Python function from TypeScript (the re-entry path). */
export const functionHooks = {
  call: (_f: PyFunction, _args: PyValue[], _kwnames: readonly string[] | null): PyValue => {
    throw new Error("the VM is not loaded");
  },
  /** Binds a function to an instance (creates a bound method); installed by src/objects/method.ts users. */
  bind: (f: PyValue, _self: PyValue): PyValue => f,
};

export function functionRepr(f: PyFunction): string {
  return `<function ${f.qualname} at ${addressOf(f)}>`;
}

// ---- id(): a stable fake address per object (CPython prints the object's address) ----

const ids = new WeakMap<object, number>();
let nextId = 0x7f0000001000;

/** The id() of an object: stable for its lifetime, unique, 16-aligned like CPython's addresses. */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 0x30;
    ids.set(o, id);
  }
  return id;
}

export function addressOf(o: object): string {
  return `0x${objectId(o).toString(16).padStart(12, "0")}`;
}

// ---------------------------------------------------------------- slots

functionType.hasInstanceDict = true;
functionType.flags |= TPFLAGS_METHOD_DESCRIPTOR;
functionType.tp_call = (f, args, kwnames) => functionHooks.call(f as PyFunction, args, kwnames);
functionType.tp_descr_get = (f, obj) => (obj === null || obj === None ? f : functionHooks.bind(f, obj));
functionType.tp_repr = (f) => functionRepr(f as PyFunction);

function fn(v: PyValue): PyFunction {
  return v as PyFunction;
}

// READONLY members in CPython (func_memberlist): setting them says "readonly attribute".
defineMembers(functionType, {
  __globals__: { get: (f) => fn(f).globals },
  __builtins__: { get: (f) => fn(f).builtins },
  __closure__: { get: (f) => fn(f).closure ?? None },
});

defineGetSets(functionType, {
  __code__: {
    get: (f) => fn(f).code,
    set: (f, v) => {
      if (v === null || typeOf(v) !== codeType) raiseTypeError("__code__ must be set to a code object");
      // funcobject.c func_set_code: the closure must fit the code's free variables.
      const nfree = (v as PyCode).co_nfreevars;
      const nclosure = fn(f).closure?.items.length ?? 0;
      if (nclosure !== nfree)
        raiseValueError(`${fn(f).name}() requires a code object with ${nclosure} free vars, not ${nfree}`);
      fn(f).code = v as PyCode;
      fn(f).version++;
    },
  },
  __name__: {
    get: (f) => fn(f).name,
    set: (f, v) => {
      if (typeof v !== "string") raiseTypeError("__name__ must be set to a string object");
      fn(f).name = v;
    },
  },
  __qualname__: {
    get: (f) => fn(f).qualname,
    set: (f, v) => {
      if (typeof v !== "string") raiseTypeError("__qualname__ must be set to a string object");
      fn(f).qualname = v;
    },
  },
  __defaults__: {
    get: (f) => fn(f).defaults ?? None,
    set: (f, v) => {
      if (v === null || v === None) fn(f).defaults = null;
      else if (v instanceof PyTuple) fn(f).defaults = v.items.length ? v : EMPTY_TUPLE;
      else raiseTypeError("__defaults__ must be set to a tuple object");
      fn(f).version++;
    },
  },
  __kwdefaults__: {
    get: (f) => fn(f).kwdefaults ?? None,
    set: (f, v) => {
      if (v === null || v === None) fn(f).kwdefaults = null;
      else if (typeOf(v).name === "dict") fn(f).kwdefaults = v as PyDict;
      else raiseTypeError("__kwdefaults__ must be set to a dict object");
      fn(f).version++;
    },
  },
  __doc__: { get: (f) => fn(f).doc, set: (f, v) => void (fn(f).doc = v ?? None) },
  __module__: { get: (f) => fn(f).module, set: (f, v) => void (fn(f).module = v ?? None) },
  __dict__: { get: instanceDictGet, set: instanceDictSet },
  __annotations__: {
    get: (f) => {
      const func = fn(f);
      if (func.annotations !== null) return func.annotations;
      let ann: PyValue;
      if (func.annotate !== null && func.annotate !== None) {
        ann = call(func.annotate, [1]);
        if (typeOf(ann).name !== "dict")
          raiseTypeError(`__annotate__ returned non-dict of type '${typeOf(ann).name}'`);
      } else ann = new PyDict();
      func.annotations = ann;
      return ann;
    },
    set: (f, v) => {
      if (v !== null && v !== None && typeOf(v).name !== "dict")
        raiseTypeError("__annotations__ must be set to a dict object");
      fn(f).annotations = v === null || v === None ? null : v;
      if (v !== null) fn(f).annotate = None;
    },
  },
  __annotate__: {
    get: (f) => fn(f).annotate ?? None,
    set: (f, v) => {
      if (v === null) raiseTypeError("__annotate__ cannot be deleted");
      if (v !== None && typeOf(v).tp_call === null) raiseTypeError("__annotate__ must be callable or None");
      fn(f).annotate = v;
      if (v !== None) fn(f).annotations = null;
    },
  },
  __type_params__: {
    get: (f) => fn(f).typeParams ?? EMPTY_TUPLE,
    set(f, v) {
      // func_set_type_params
      if (v === null || !(v instanceof PyTuple)) raiseTypeError("__type_params__ must be set to a tuple");
      fn(f).typeParams = v;
    },
  },
});
