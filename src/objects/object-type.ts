// The `object` type's behaviour (Objects/typeobject.c: object_new, object_init, object_repr,
// object_richcompare, object_set_class, object___format__, object___dir__, ...; Objects/object.c:
// PyObject_GenericGetAttr / PyObject_GenericSetAttr).
//
// Instances made by object.__new__ are PyInstance objects: a PyObject plus an array for the
// __slots__ member values of their class (null when the class has none). Instances of subclasses
// of other builtin types (class L(list)) are made by that builtin's tp_new and keep __slots__
// values in a side table (see memberSlots).
import { call, genericGetAttrRef, isTrue, raiseNoAttribute, repr, toArray, typeName } from "./abstract.ts";
import { bindArgs, noKeywords } from "./args.ts";
import { defineClassMethods, defineGetSets, defineMethods } from "./descr.ts";
import { PyDict } from "./dict.ts";
import { raiseAttributeError, raiseTypeError } from "./errors.ts";
import { PyAttributeError, type PyBaseException, PyExc_AttributeError } from "./exceptions.ts";
import { addressOf, objectId } from "./function.ts";
import { newList } from "./list.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { None, NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import { type PyType, TPFLAGS_HEAPTYPE, TPFLAGS_IMMUTABLETYPE, TPFLAGS_IS_ABSTRACT } from "./type.ts";
import { moduleType, objectType, strType, typeOf, typeType } from "./typeobjects.ts";

// ---------------------------------------------------------------- identity

const primitiveIds = new Map<unknown, number>();
let nextPrimitiveId = 0x7e0000001000;

/**
 * id(v): objects get the stable fake address of src/objects/function.ts (objectId); unboxed values
 * (ints, strs, bools) get an id per distinct value, as CPython's small-int cache and interning
 * make equal small values identical.
 */
export function idOf(v: PyValue): number {
  if (typeof v === "object") return objectId(v);
  let id = primitiveIds.get(v);
  if (id === undefined) {
    if (primitiveIds.size > 100000) primitiveIds.clear();
    id = nextPrimitiveId;
    nextPrimitiveId += 0x20;
    primitiveIds.set(v, id);
  }
  return id;
}

/** The "0x7f..." address CPython prints in default reprs. */
export function addressOfValue(v: PyValue): string {
  if (typeof v === "object") return addressOf(v);
  return `0x${idOf(v).toString(16).padStart(12, "0")}`;
}

// ---------------------------------------------------------------- instances

/** An instance made by object.__new__: the instance dict (lazily) and its __slots__ values. */
export class PyInstance extends PyObject {
  /** __slots__ member values by index (undefined = unset); null when the class has no slots. */
  slots: (PyValue | undefined)[] | null;
  constructor(type: PyType) {
    super(type);
    this.slots = type.nslots > 0 ? new Array<PyValue | undefined>(type.nslots).fill(undefined) : null;
  }
}

/** __slots__ storage for instances that are not PyInstance (subclasses of list, int, ...). */
const extraSlots = new WeakMap<object, (PyValue | undefined)[]>();

/** The member-slot array of obj (created on demand), used by member_descriptor. */
export function memberSlots(obj: PyObject): (PyValue | undefined)[] {
  if (obj instanceof PyInstance) {
    let s = obj.slots;
    if (s === null || s.length < obj.type.nslots) {
      const n = new Array<PyValue | undefined>(obj.type.nslots).fill(undefined);
      if (s !== null) for (let i = 0; i < s.length; i++) n[i] = s[i];
      s = obj.slots = n;
    }
    return s;
  }
  let s = extraSlots.get(obj);
  if (s === undefined) {
    s = [];
    extraSlots.set(obj, s);
  }
  return s;
}

// ---------------------------------------------------------------- generic attribute access

/**
 * PyObject_GenericGetAttr (Objects/object.c _PyObject_GenericGetAttrWithDict): data descriptors
 * on the type first, then the instance __dict__, then non-data descriptors and plain class
 * attributes. Returns undefined when the attribute does not exist (the caller raises).
 */
export function genericGetAttr(obj: PyValue, name: string): PyValue | undefined {
  const tp = typeOf(obj);
  const descr = tp.lookup(name);
  let get: PyType["tp_descr_get"] = null;
  if (descr !== undefined) {
    const dt = typeOf(descr);
    get = dt.tp_descr_get;
    if (get !== null && dt.tp_descr_set !== null) return get(descr, obj, tp);
  }
  if (typeof obj === "object") {
    const dict = obj.dict;
    if (dict !== null) {
      const v = dict.getStr(name);
      if (v !== undefined) return v;
    }
  }
  if (get !== null) return get(descr as PyValue, obj, tp);
  return descr;
}

/**
 * PyObject_GenericSetAttr (`value === null` deletes): a data descriptor on the type wins, else the
 * instance __dict__ (created on first assignment), else AttributeError with CPython's wording.
 */
export function genericSetAttr(obj: PyValue, name: string, value: PyValue | null): void {
  const tp = typeOf(obj);
  const descr = tp.lookup(name);
  if (descr !== undefined) {
    const set = typeOf(descr).tp_descr_set;
    if (set !== null) {
      set(descr, obj, value);
      return;
    }
  }
  if (typeof obj === "object" && (obj.dict !== null || tp.hasInstanceDict)) {
    let dict = obj.dict;
    if (dict === null) dict = obj.dict = new PyDict();
    if (value === null) {
      if (!dict.delStr(name)) {
        // _PyObject_GenericSetAttrWithDict's own wording (not module_getattro's for modules).
        const exc = new PyAttributeError(PyExc_AttributeError);
        const msg = tp.isSubtypeOf(typeType)
          ? `type object '${(obj as PyType).name}' has no attribute '${name}'`
          : `'${tp.name}' object has no attribute '${name}'`;
        attributeErrorFill(exc, msg, obj, name);
        throw exc;
      }
    } else {
      dict.setStr(name, value);
    }
    return;
  }
  if (descr === undefined) {
    // _PyObject_GenericSetAttrWithDict: the same wording for deletion; a type with its own
    // tp_setattro (a Python __setattr__ that calls object.__setattr__) gets the plain message.
    const generic = tp.tp_setattro === genericSetAttr || tp.tp_setattro === null;
    if (!generic) raiseNoAttribute(obj, name);
    const exc = new PyAttributeError(PyExc_AttributeError);
    attributeErrorFill(
      exc,
      `'${tp.name}' object has no attribute '${name}' and no __dict__ for setting new attributes`,
      obj,
      name,
    );
    throw exc;
  }
  raiseAttributeError(`'${tp.name}' object attribute '${name}' is read-only`);
}

/** Set by exception-methods.ts: fills args, name and obj of an AttributeError. */
let attributeErrorFill = (exc: PyBaseException, msg: string, _obj: PyValue, _name: string): void => {
  exc.args = newTuple([msg]);
};
export function setAttributeErrorFill(fn: typeof attributeErrorFill): void {
  attributeErrorFill = fn;
}

// ---------------------------------------------------------------- helpers

/** The `__module__` of a type (type_module in typeobject.c). */
export function typeModule(t: PyType): PyValue {
  if (t.flags & TPFLAGS_HEAPTYPE) {
    const m = t.attrs.get("__module__");
    return m === undefined ? None : m;
  }
  const dot = t.name.lastIndexOf(".");
  return dot >= 0 ? t.name.slice(0, dot) : "builtins";
}

/** The JS string of a str or str-subclass value (str subclasses are boxed with `.value`). */
export function asString(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "object" && v.type.isSubtypeOf(strType)) return (v as unknown as { value: string }).value;
  return undefined;
}

function excessArgs(args: PyValue[]): boolean {
  return args.length > 0;
}

// ---------------------------------------------------------------- object.__new__ / __init__

/** object_new: also used (through inheritance) by every class that does not define __new__. */
export function objectNew(type: PyType, args: PyValue[], _kwnames: readonly string[] | null): PyValue {
  if (excessArgs(args)) {
    if (type.tp_new !== objectNew)
      raiseTypeError("object.__new__() takes exactly one argument (the type to instantiate)");
    if (type.tp_init === objectInit) raiseTypeError(`${type.name}() takes no arguments`);
  }
  if (type.flags & TPFLAGS_IS_ABSTRACT) raiseAbstractInstantiation(type);
  return new PyInstance(type);
}

/** object_init. */
export function objectInit(self: PyValue, args: PyValue[], _kwnames: readonly string[] | null): void {
  if (excessArgs(args)) {
    const type = typeOf(self);
    if (type.tp_init !== objectInit)
      raiseTypeError("object.__init__() takes exactly one argument (the instance to initialize)");
    if (type.tp_new === objectNew)
      raiseTypeError(`${type.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
}

function raiseAbstractInstantiation(type: PyType): never {
  const am = type.attrs.get("__abstractmethods__") ?? type.lookup("__abstractmethods__");
  const names: string[] = [];
  if (am !== undefined) for (const n of toArray(am)) names.push(typeof n === "string" ? n : repr(n));
  names.sort();
  raiseTypeError(
    `Can't instantiate abstract class ${type.name} without an implementation for abstract method${names.length > 1 ? "s" : ""} ${names.map((n) => `'${n}'`).join(", ")}`,
  );
}

// ---------------------------------------------------------------- repr, str, hash, compare

/** object_repr: `<module.qualname object at 0x...>`. */
export function objectRepr(self: PyValue): string {
  const t = typeOf(self);
  const mod = typeModule(t);
  if (typeof mod === "string" && mod !== "builtins")
    return `<${mod}.${t.qualname} object at ${addressOfValue(self)}>`;
  return `<${t.name} object at ${addressOfValue(self)}>`;
}

/**
 * Installed by slots.ts: object_str of an instance whose __repr__ is Python code. object_str
 * calls tp_repr directly and PyObject_Str checks the result, so a bad __repr__ result is reported
 * as "__str__ returned non-string". Returns null when the type's tp_repr is not the Python slot.
 */
export const objectStrHook = { viaSlotRepr: null as ((self: PyValue) => string | null) | null };

/** object_str: calls the type's repr slot. */
export function objectStr(self: PyValue): string {
  const h = objectStrHook.viaSlotRepr;
  if (h !== null) {
    const s = h(self);
    if (s !== null) return s;
  }
  return repr(self);
}

/** Identity hash (_Py_HashPointer): the id shifted as CPython rotates the address by 4 bits. */
export function objectHash(self: PyValue): number {
  return Math.floor(idOf(self) / 16);
}

/** object_richcompare. */
export function objectRichCompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if (op === CompareOp.EQ) return self === other ? true : NotImplemented;
  if (op === CompareOp.NE) {
    // By default, __ne__ delegates to __eq__ and inverts the result (unless NotImplemented).
    const f = typeOf(self).tp_richcompare;
    if (f === null) return NotImplemented;
    const r = f(self, other, CompareOp.EQ);
    if (r === NotImplemented) return r;
    return !isTrue(r);
  }
  return NotImplemented;
}

/** PyObject_HashNotImplemented: the tp_hash of types with `__hash__ = None`. */
export function hashNotImplemented(self: PyValue): never {
  raiseTypeError(`unhashable type: '${typeName(self)}'`);
}

// ---------------------------------------------------------------- __class__

/** The type whose layout obj's instances share (CPython's solid_base). */
export function solidBase(t: PyType): PyType {
  let cur: PyType = t;
  for (;;) {
    if (cur.ownLayout === true || cur.base === null) return cur;
    cur = cur.base;
  }
}

/** Slot names added along t's MRO, base first (the member layout of t's instances). */
function slotLayout(t: PyType): string {
  const names: string[] = [];
  for (let i = t.mro.length - 1; i >= 0; i--) names.push(...t.mro[i].slotNames);
  return names.join(",");
}

/** Builtin types whose instances are not tracked by CPython's GC (a different tp_free). */
const NON_GC_TYPES = new Set(["object", "int", "bool", "float", "complex", "str", "bytes", "range", "slice"]);
function isGcType(t: PyType): boolean {
  if (t.flags & TPFLAGS_HEAPTYPE) return true;
  return !NON_GC_TYPES.has(t.name);
}

/**
 * compatible_for_assignment (for `__class__` and `__bases__` assignment): the types' instances
 * have the same layout. Their solid bases must be equal, or be sibling heap types that add the
 * same __slots__ on the same base (same_slots_added); raises CPython's TypeError otherwise.
 */
export function checkCompatibleForAssignment(oldto: PyType, newto: PyType, attr: string): void {
  if (isGcType(oldto) !== isGcType(newto))
    raiseTypeError(`${attr} assignment: '${newto.name}' deallocator differs from '${oldto.name}'`);
  let ok = oldto.hasInstanceDict === newto.hasInstanceDict && oldto.nslots === newto.nslots;
  const sa = solidBase(newto);
  const sb = solidBase(oldto);
  if (ok && sa !== sb) {
    if (sa.base === null || sb.base === null || solidBase(sa.base) !== solidBase(sb.base)) ok = false;
    else if (!(sa.flags & TPFLAGS_HEAPTYPE) || !(sb.flags & TPFLAGS_HEAPTYPE)) ok = false;
  }
  if (ok) ok = slotLayout(newto) === slotLayout(oldto);
  if (!ok) raiseTypeError(`${attr} assignment: '${newto.name}' object layout differs from '${oldto.name}'`);
}

function isMutableOrModule(t: PyType): boolean {
  return (!!(t.flags & TPFLAGS_HEAPTYPE) && !(t.flags & TPFLAGS_IMMUTABLETYPE)) || t.isSubtypeOf(moduleType);
}

/** object_set_class (with compatible_for_assignment). */
function objectSetClass(self: PyValue, value: PyValue | null): void {
  if (value === null) raiseTypeError("can't delete __class__ attribute");
  if (!(typeof value === "object" && value.type.isSubtypeOf(typeType)))
    raiseTypeError(`__class__ must be set to a class, not '${typeName(value)}' object`);
  const newto = value as PyType;
  const oldto = typeOf(self);
  if (!isMutableOrModule(newto) || !isMutableOrModule(oldto) || typeof self !== "object")
    raiseTypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
  if (newto === oldto) return;
  checkCompatibleForAssignment(oldto, newto, "__class__");
  self.type = newto;
}

// ---------------------------------------------------------------- instance __dict__ (subtype_dict)

/** The `__dict__` getset of classes whose instances have a dict (subtype_dict / subtype_setdict). */
export function instanceDictGet(self: PyValue): PyValue {
  const o = self as PyObject;
  if (o.dict === null) o.dict = new PyDict();
  return o.dict;
}

export function instanceDictSet(self: PyValue, value: PyValue | null): void {
  if (value === null) {
    // `del obj.__dict__` drops the dict; a new empty one is made on next use.
    (self as PyObject).dict = null;
    return;
  }
  if (!(value instanceof PyDict))
    raiseTypeError(`__dict__ must be set to a dictionary, not a '${typeName(value)}'`);
  (self as PyObject).dict = value;
}

// ---------------------------------------------------------------- __dir__, __reduce__, __getstate__

/** merge_class_dict: the names of a class and all its bases. */
function mergeClassDict(names: Set<string>, cls: PyValue): void {
  if (typeof cls === "object" && cls.type.isSubtypeOf(typeType)) {
    const t = cls as PyType;
    for (const k of t.attrs.keys()) names.add(k);
    for (const b of t.bases) mergeClassDict(names, b);
  }
}

function objectDir(self: PyValue): PyValue {
  const names = new Set<string>();
  if (typeof self === "object" && self.dict !== null) {
    for (const k of self.dict.keys) if (typeof k === "string") names.add(k);
  }
  mergeClassDict(names, typeOf(self));
  return newList([...names]);
}

/** Imports a module by name; installed by the VM's import system (copyreg for __reduce_ex__). */
export const objectHooks = {
  importModule: (name: string): PyValue => {
    raiseTypeError(`cannot import ${name}: the import system is not loaded`);
  },
};

function objectGetState(self: PyValue): PyValue {
  const o = self as PyObject;
  let state: PyValue = None;
  if (typeof self === "object" && o.dict !== null && o.dict.size > 0) {
    const d = new PyDict();
    for (let i = 0; i < o.dict.keys.length; i++) {
      const k = o.dict.keys[i];
      if (k !== undefined) d.setItem(k, o.dict.values[i] as PyValue);
    }
    state = d;
  }
  const t = typeOf(self);
  if (t.nslots > 0 && typeof self === "object") {
    const slots = new PyDict();
    const vals = memberSlots(self);
    const names: string[] = [];
    for (let i = t.mro.length - 1; i >= 0; i--) names.push(...t.mro[i].slotNames);
    for (let i = 0; i < names.length; i++) {
      const v = vals[i];
      if (v !== undefined) slots.setStr(names[i], v);
    }
    if (slots.size > 0) state = newTuple([state, slots]);
  }
  return state;
}

function objectReduceEx(self: PyValue, protocol: number): PyValue {
  const copyreg = objectHooks.importModule("copyreg");
  const t = typeOf(self);
  const reduce = t.lookup("__reduce__");
  if (reduce !== undefined && reduce !== objectReduceDescr) {
    return call(genericGetAttrOrRaise(self, "__reduce__"), []);
  }
  if (protocol < 2) {
    return call(genericGetAttrOrRaise(copyreg, "_reduce_ex"), [self, protocol]);
  }
  // reduce_newobj: (copyreg.__newobj__, (cls,), state, listitems, dictitems).
  const newobj = genericGetAttrOrRaise(copyreg, "__newobj__");
  const getstate = genericGetAttrOrRaise(self, "__getstate__");
  const state = call(getstate, []);
  return newTuple([newobj, newTuple([t]), state, None, None]);
}

function genericGetAttrOrRaise(obj: PyValue, name: string): PyValue {
  const f = typeOf(obj).tp_getattro as NonNullable<PyType["tp_getattro"]>;
  const v = f(obj, name);
  if (v === undefined) raiseNoAttribute(obj, name);
  return v;
}

let objectReduceDescr: PyValue | undefined;

// ---------------------------------------------------------------- slots and methods of `object`

objectType.tp_new = objectNew;
objectType.tp_init = objectInit;
objectType.tp_repr = objectRepr;
objectType.tp_str = objectStr;
objectType.tp_hash = objectHash;
objectType.tp_richcompare = objectRichCompare;
objectType.tp_getattro = genericGetAttr;
genericGetAttrRef.fn = genericGetAttr;
objectType.tp_setattro = genericSetAttr;
objectType.ownLayout = false;

defineMethods(objectType, {
  __reduce_ex__(self, args, kwnames) {
    noKeywords("object.__reduce_ex__", kwnames);
    if (args.length !== 1)
      raiseTypeError(`object.__reduce_ex__() takes exactly one argument (${args.length} given)`);
    const p = args[0];
    if (typeof p !== "number") raiseTypeError(`'${typeName(p)}' object cannot be interpreted as an integer`);
    return objectReduceEx(self, p);
  },
  __reduce__(self, args, kwnames) {
    noKeywords("object.__reduce__", kwnames);
    if (args.length) raiseTypeError(`object.__reduce__() takes no arguments (${args.length} given)`);
    const copyreg = objectHooks.importModule("copyreg");
    return call(genericGetAttrOrRaise(copyreg, "_reduce_ex"), [self, 0]);
  },
  __getstate__(self, args, kwnames) {
    noKeywords("object.__getstate__", kwnames);
    if (args.length) raiseTypeError(`object.__getstate__() takes no arguments (${args.length} given)`);
    return objectGetState(self);
  },
});
defineClassMethods(objectType, {
  __subclasshook__(_cls, _args, _kwnames) {
    return NotImplemented;
  },
  __init_subclass__(cls, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0)
      raiseTypeError(`${cls.qualname}.__init_subclass__() takes no keyword arguments`);
    if (args.length)
      raiseTypeError(`${cls.qualname}.__init_subclass__() takes no arguments (${args.length} given)`);
    return None;
  },
});

defineMethods(objectType, {
  __format__(self, args, kwnames) {
    const [spec] = bindArgs("__format__", args, kwnames, { names: ["format_spec"], required: 1, posOnly: 1 });
    const s = asString(spec as PyValue);
    if (s === undefined)
      raiseTypeError(`__format__() argument must be str, not ${typeName(spec as PyValue)}`);
    if (s.length > 0) raiseTypeError(`unsupported format string passed to ${typeOf(self).name}.__format__`);
    return objectStrValue(self);
  },
  __sizeof__(self, args, kwnames) {
    noKeywords("object.__sizeof__", kwnames);
    if (args.length) raiseTypeError(`object.__sizeof__() takes no arguments (${args.length} given)`);
    const t = typeOf(self);
    // tp_basicsize of a plain instance on a 32/64-bit-neutral guess: header + slot pointers.
    return 16 + 8 * t.nslots;
  },
  __dir__(self, args, kwnames) {
    noKeywords("object.__dir__", kwnames);
    if (args.length) raiseTypeError(`object.__dir__() takes no arguments (${args.length} given)`);
    return objectDir(self);
  },
});
objectReduceDescr = objectType.attrs.get("__reduce__");

function objectStrValue(self: PyValue): PyValue {
  const f = typeOf(self).tp_str;
  return f === null ? repr(self) : f(self);
}

defineGetSets(objectType, {
  __class__: { get: (self) => typeOf(self), set: objectSetClass },
});
objectType.attrs.set(
  "__doc__",
  "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n",
);
