// Bound methods (Objects/classobject.c): `PyMethod { func, self }`, what `obj.f` gives for a Python
// function f. Calling one calls func with self prepended (the VM may do that without creating the
// object, through abstract.getMethod). Attributes not found on the method are looked up on func.
import { call, eq, getAttr, hash, lookupAttr, repr } from "./abstract.ts";
import { defineGetSets } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import { functionHooks } from "./function.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { asString, objectHash } from "./object-type.ts";
import { None, NotImplemented } from "./singletons.ts";
import { TPFLAGS_METHOD_DESCRIPTOR } from "./type.ts";
import { functionType, methodType, typeOf } from "./typeobjects.ts";

export class PyMethod extends PyObject {
  readonly func: PyValue;
  readonly self: PyValue;
  constructor(func: PyValue, self: PyValue) {
    super(methodType);
    this.func = func;
    this.self = self;
  }
}

/** method_vectorcall: func(self, *args). */
export function methodCall(m: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const pm = m as PyMethod;
  const full = new Array<PyValue>(args.length + 1);
  full[0] = pm.self;
  for (let i = 0; i < args.length; i++) full[i + 1] = args[i];
  return call(pm.func, full, kwnames);
}

methodType.tp_call = methodCall;
// A bound method does not rebind (method_descr_get returns itself).
methodType.tp_descr_get = (m) => m;
methodType.tp_new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError("method() takes no keyword arguments");
  if (args.length !== 2) raiseTypeError(`method expected 2 arguments, got ${args.length}`);
  if (typeOf(args[0]).tp_call === null) raiseTypeError("first argument must be callable");
  if (args[1] === None) raiseTypeError("instance must not be None");
  return new PyMethod(args[0], args[1]);
};
/** method_getattro: the method type's own attributes first, then the function's. */
methodType.tp_getattro = (m, name) => {
  const tp = typeOf(m);
  const descr = tp.lookup(name);
  if (descr !== undefined) {
    const get = typeOf(descr).tp_descr_get;
    return get === null ? descr : get(descr, m, tp);
  }
  return getAttr((m as PyMethod).func, name);
};
methodType.tp_repr = (m) => {
  const pm = m as PyMethod;
  let fname = lookupAttr(pm.func, "__qualname__");
  if (fname === undefined) fname = lookupAttr(pm.func, "__name__");
  const s = fname === undefined ? undefined : asString(fname);
  return `<bound method ${s ?? "?"} of ${repr(pm.self)}>`;
};
methodType.tp_richcompare = (a, b, op) => {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(b instanceof PyMethod)) return NotImplemented;
  const x = a as PyMethod;
  const same = x.self === b.self && eq(x.func, b.func);
  return op === CompareOp.EQ ? same : !same;
};
methodType.tp_hash = (m) => {
  const pm = m as PyMethod;
  const h = hash(pm.func);
  return (objectHash(pm.self) ^ Number(typeof h === "bigint" ? BigInt.asIntN(32, h) : h)) | 0 || -2;
};
defineGetSets(methodType, {
  __func__: { get: (m) => (m as PyMethod).func },
  __self__: { get: (m) => (m as PyMethod).self },
  __doc__: {
    get: (m) => {
      const d = lookupAttr((m as PyMethod).func, "__doc__");
      return d === undefined ? None : d;
    },
  },
});

// Python functions bind to instances as bound methods, and are method descriptors (callers may
// skip creating the bound method and call func(self, ...) directly).
functionType.flags |= TPFLAGS_METHOD_DESCRIPTOR;
functionHooks.bind = (f, self) => new PyMethod(f, self);

/** For callers that want a bound method of any callable (e.g. classmethod binding). */
export function newMethod(func: PyValue, self: PyValue): PyMethod {
  return new PyMethod(func, self);
}
