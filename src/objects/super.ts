// super (Objects/typeobject.c super_*): `super(type, obj)` looks attributes up along type(obj)'s
// MRO starting after `type`, binding them to obj.
//
// The zero-argument form `super()` needs the calling frame: its first argument and its
// `__class__` cell. The VM provides them by installing `superHooks.zeroArg`, which must return
// `{ type, obj }` or raise RuntimeError with CPython's messages ("super(): no arguments",
// "super(): __class__ cell not found", "super(): __class__ is not a type (int)", ...).
import { getAttr, methodLookup, typeName } from "./abstract.ts";
import { defineGetSets } from "./descr.ts";
import { raiseRuntimeError, raiseTypeError } from "./errors.ts";
import { PyBaseException, PyExc_AttributeError } from "./exceptions.ts";
import { PyObject, type PyValue } from "./object.ts";
import { genericGetAttr } from "./object-type.ts";
import { None } from "./singletons.ts";
import { type PyType, TPFLAGS_METHOD_DESCRIPTOR } from "./type.ts";
import { superType, typeOf, typeType } from "./typeobjects.ts";

export class PySuper extends PyObject {
  /** The class after which the MRO search starts (null until __init__ ran). */
  thisType: PyType | null;
  /** The bound object (instance or class), or null for an unbound super. */
  obj: PyValue | null;
  /** The type whose MRO is searched: type(obj), or obj itself when obj is a class. */
  objType: PyType | null;
  constructor(type: PyType = superType) {
    super(type);
    this.thisType = null;
    this.obj = null;
    this.objType = null;
  }
}

export const superHooks = {
  zeroArg: (): { type: PyType; obj: PyValue } => raiseRuntimeError("super(): no arguments"),
};

function isType(v: PyValue): v is PyType {
  return typeof v === "object" && v.type.isSubtypeOf(typeType);
}

/** supercheck: the type whose MRO super searches for (type, obj). */
function superCheck(type: PyType, obj: PyValue): PyType {
  if (isType(obj) && obj.isSubtypeOf(type)) return obj;
  const ot = typeOf(obj);
  if (ot.isSubtypeOf(type)) return ot;
  // obj may be a proxy whose __class__ differs from its type.
  let cls: PyValue | undefined;
  try {
    cls = (ot.tp_getattro as NonNullable<PyType["tp_getattro"]>)(obj, "__class__");
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.isSubtypeOf(PyExc_AttributeError))) throw e;
  }
  if (cls !== undefined && isType(cls) && cls !== ot && cls.isSubtypeOf(type)) return cls;
  raiseTypeError(
    `super(type, obj): obj (${isType(obj) ? "type" : "instance of"} ${isType(obj) ? obj.name : ot.name}) is not an instance or subtype of type (${type.name}).`,
  );
}

/** Initialises a super object (super_init). */
export function superInit(su: PySuper, type: PyType, obj: PyValue | null): void {
  su.thisType = type;
  su.obj = obj;
  su.objType = obj === null ? null : superCheck(type, obj);
}

/** super(type, obj) from TypeScript. */
export function newSuper(type: PyType, obj: PyValue | null): PySuper {
  const su = new PySuper();
  superInit(su, type, obj);
  return su;
}

/** super_getattro. */
export function superGetattro(self: PyValue, name: string): PyValue | undefined {
  const su = self as PySuper;
  const starttype = su.objType;
  if (starttype !== null && name !== "__class__") {
    const mro = starttype.mro;
    let i = 0;
    for (; i < mro.length - 1; i++) if (mro[i] === su.thisType) break;
    i++;
    for (; i < mro.length; i++) {
      const res = mro[i].attrs.get(name);
      if (res === undefined) continue;
      const get = typeOf(res).tp_descr_get;
      if (get === null) return res;
      return get(res, su.obj === starttype ? null : su.obj, starttype);
    }
  }
  return genericGetAttr(self, name);
}

/**
 * _PySuper_Lookup, for LOAD_SUPER_ATTR when the global `super` is the builtin: `super(type,
 * obj).name` without creating the super object. With `method` true, a function or method
 * descriptor found is returned unbound and `methodLookup.unbound` is set (call it with obj
 * prepended), as _PySuper_LookupAttr's method form does; otherwise the attribute is bound.
 */
export function superLookup(type: PyValue, obj: PyValue, name: string, method: boolean): PyValue {
  methodLookup.unbound = false;
  if (!isType(type)) raiseTypeError(`super() argument 1 must be a type, not ${typeName(type)}`);
  const starttype = superCheck(type, obj);
  const mro = starttype.mro;
  let i = 0;
  for (; i < mro.length - 1; i++) if (mro[i] === type) break;
  i++;
  for (; i < mro.length; i++) {
    const res = mro[i].attrs.get(name);
    if (res === undefined) continue;
    const rt = typeOf(res);
    if (method && rt.flags & TPFLAGS_METHOD_DESCRIPTOR) {
      methodLookup.unbound = true;
      return res;
    }
    const get = rt.tp_descr_get;
    if (get === null) return res;
    return get(res, obj === starttype ? null : obj, starttype);
  }
  // Not found along the MRO: the super object's own attributes, else AttributeError.
  return getAttr(newSuper(type, obj), name);
}

superType.tp_new = (type) => new PySuper(type);
superType.tp_init = (self, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError("super() takes no keyword arguments");
  if (args.length > 2) raiseTypeError(`super() expected at most 2 arguments, got ${args.length}`);
  let type: PyValue;
  let obj: PyValue | null = null;
  if (args.length === 0) {
    const z = superHooks.zeroArg();
    type = z.type;
    obj = z.obj;
  } else {
    type = args[0];
    if (args.length === 2) obj = args[1] === None ? null : args[1];
  }
  if (!isType(type)) raiseTypeError(`super() argument 1 must be a type, not ${typeName(type)}`);
  superInit(self as PySuper, type, obj);
};
superType.tp_getattro = superGetattro;
superType.tp_descr_get = (self, obj) => {
  const su = self as PySuper;
  if (obj === null || su.obj !== null) return su;
  if (su.type !== superType) {
    // A subclass of super: call it as type(su)(su.thisType, obj).
    const t = su.type;
    const n = (t.tp_new as NonNullable<PyType["tp_new"]>)(t, [su.thisType as PyType, obj], null);
    (t.tp_init as NonNullable<PyType["tp_init"]>)(n, [su.thisType as PyType, obj], null);
    return n;
  }
  return newSuper(su.thisType as PyType, obj);
};
superType.tp_repr = (self) => {
  const su = self as PySuper;
  const tn = su.thisType === null ? "NULL" : su.thisType.name;
  if (su.objType !== null) return `<super: <class '${tn}'>, <${su.objType.name} object>>`;
  return `<super: <class '${tn}'>, NULL>`;
};

defineGetSets(superType, {
  __thisclass__: { get: (s) => (s as PySuper).thisType ?? None },
  __self__: { get: (s) => (s as PySuper).obj ?? None },
  __self_class__: { get: (s) => (s as PySuper).objType ?? None },
});
