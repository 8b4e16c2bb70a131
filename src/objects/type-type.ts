// The `type` type's behaviour (Objects/typeobject.c type_*): type(x), class creation
// (type_new: metaclass calculation, best base and layout checks, MRO, __slots__, __qualname__,
// __classcell__, __set_name__, __init_subclass__), type_call, type_getattro / type_setattro,
// and the attributes of classes (__name__, __bases__, __mro__, __dict__, ...).
import {
  call,
  callSpecial,
  isTrue,
  lookupSpecial,
  raiseNoAttribute,
  repr,
  setClassGetItemHook,
  toArray,
  typeName,
} from "./abstract.ts";
import { noKeywords } from "./args.ts";
import { newClassMethod } from "./classmethod.ts";
import {
  defineClassMethods,
  defineGetSets,
  defineMethods,
  PyGetSetDescriptor,
  PyMemberDescriptor,
} from "./descr.ts";
import { PyDict } from "./dict.ts";
import { raiseAttributeError, raiseNotImplementedError, raiseTypeError, raiseValueError } from "./errors.ts";
import { PyBaseException, PyExc_AttributeError } from "./exceptions.ts";
import { PyCell } from "./function.ts";
import { newList } from "./list.ts";
import { typeDictProxy } from "./mappingproxy.ts";
import type { PyValue } from "./object.ts";
import {
  asString,
  checkCompatibleForAssignment,
  instanceDictGet,
  instanceDictSet,
  solidBase,
  typeModule,
} from "./object-type.ts";
import { None } from "./singletons.ts";
import { fixupSlots, isSlotName, readyBuiltinType, updateSlot } from "./slots.ts";
import { newStaticMethod } from "./staticmethod.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import {
  PyType,
  TPFLAGS_BASE_EXC_SUBCLASS,
  TPFLAGS_BASETYPE,
  TPFLAGS_BYTES_SUBCLASS,
  TPFLAGS_DICT_SUBCLASS,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_IMMUTABLETYPE,
  TPFLAGS_IS_ABSTRACT,
  TPFLAGS_LIST_SUBCLASS,
  TPFLAGS_LONG_SUBCLASS,
  TPFLAGS_MAPPING,
  TPFLAGS_READY,
  TPFLAGS_SEQUENCE,
  TPFLAGS_TUPLE_SUBCLASS,
  TPFLAGS_TYPE_SUBCLASS,
  TPFLAGS_UNICODE_SUBCLASS,
} from "./type.ts";
import {
  bytesType,
  dictType,
  functionType,
  intType,
  objectType,
  tupleType,
  typeOf,
  typeType,
} from "./typeobjects.ts";

/** Hooks the VM installs. */
export const typeHooks = {
  /**
   * The globals of the running Python frame, for `__module__` of classes made by calling
   * `type(name, bases, dict)` directly (class statements put `__module__` in the namespace).
   */
  currentGlobals: (): PyDict | null => null,
  /** `X | Y` for types: builds a types.UnionType (installed by the module that implements it). */
  union: null as ((a: PyValue, b: PyValue) => PyValue) | null,
};

export function isType(v: PyValue): v is PyType {
  return typeof v === "object" && v.type.isSubtypeOf(typeType);
}

/** `__name__` of a type: tp_name after the last dot for builtin types. */
export function typeShortName(t: PyType): string {
  if (t.flags & TPFLAGS_HEAPTYPE) return t.name;
  const dot = t.name.lastIndexOf(".");
  return dot >= 0 ? t.name.slice(dot + 1) : t.name;
}

// ---------------------------------------------------------------- MRO

/** mro_implementation: C3 with CPython's error messages. */
export function mroImplementation(t: PyType, bases: readonly PyType[]): PyType[] {
  if (bases.length === 1) return [t, ...bases[0].mro];
  for (let i = 0; i < bases.length; i++)
    for (let j = i + 1; j < bases.length; j++)
      if (bases[i] === bases[j]) raiseTypeError(`duplicate base class ${typeShortName(bases[i])}`);
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [t];
  for (;;) {
    let remaining = false;
    let candidate: PyType | null = null;
    for (const s of seqs) {
      if (s.length === 0) continue;
      remaining = true;
      const head = s[0];
      let inTail = false;
      for (const o of seqs) {
        if (o.indexOf(head) > 0) {
          inTail = true;
          break;
        }
      }
      if (!inTail) {
        candidate = head;
        break;
      }
    }
    if (!remaining) return result;
    if (candidate === null) {
      const heads: PyType[] = [];
      for (const s of seqs) if (s.length > 0 && !heads.includes(s[0])) heads.push(s[0]);
      raiseTypeError(
        `Cannot create a consistent method resolution order (MRO) for bases ${heads.map(typeShortName).join(", ")}`,
      );
    }
    result.push(candidate);
    for (const s of seqs) if (s[0] === candidate) s.shift();
  }
}

let typeMroDescr: PyValue | undefined;

/** mro_internal: the metaclass's mro() if overridden, else C3; checks the result's layout. */
function computeMro(t: PyType): PyType[] {
  const meta = typeOf(t);
  if (meta !== typeType && meta.lookup("mro") !== typeMroDescr) {
    const r = callSpecial(t, "mro", [t]);
    const items = toArray(r as PyValue);
    const solid = solidBase(t);
    const out: PyType[] = [];
    for (const x of items) {
      if (!isType(x)) raiseTypeError(`mro() returned a non-class ('${typeName(x)}')`);
      if (!solid.isSubtypeOf(solidBase(x)))
        raiseTypeError(`mro() returned base with unsuitable layout ('${x.name}')`);
      out.push(x);
    }
    return out;
  }
  return mroImplementation(t, t.bases);
}

// ---------------------------------------------------------------- metaclass and base

/** _PyType_CalculateMetaclass. */
export function calculateMetaclass(metatype: PyType, bases: readonly PyValue[]): PyType {
  let winner = metatype;
  for (const b of bases) {
    const tmp = typeOf(b);
    if (winner.isSubtypeOf(tmp)) continue;
    if (tmp.isSubtypeOf(winner)) {
      winner = tmp;
      continue;
    }
    raiseTypeError(
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

/** best_base: the base whose layout the new class extends. */
export function bestBase(bases: readonly PyValue[]): PyType {
  let base: PyType | null = null;
  let winner: PyType | null = null;
  for (const b of bases) {
    if (!isType(b)) raiseTypeError("bases must be types");
    readyBuiltinType(b);
    if (!(b.flags & TPFLAGS_BASETYPE)) raiseTypeError(`type '${b.name}' is not an acceptable base type`);
    const candidate = solidBase(b);
    if (winner === null) {
      winner = candidate;
      base = b;
    } else if (winner.isSubtypeOf(candidate)) {
      // keep the current winner
    } else if (candidate.isSubtypeOf(winner)) {
      winner = candidate;
      base = b;
    } else {
      raiseTypeError("multiple bases have instance lay-out conflict");
    }
  }
  return base as PyType;
}

// ---------------------------------------------------------------- class creation

/** _Py_Mangle: `__x` inside class `_A` becomes `_A__x`. */
export function mangle(className: string, name: string): string {
  if (!name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const stripped = className.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

const IDENT = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;
const COLLECTION_FLAGS = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;
const SUBCLASS_FLAGS =
  TPFLAGS_LONG_SUBCLASS |
  TPFLAGS_LIST_SUBCLASS |
  TPFLAGS_TUPLE_SUBCLASS |
  TPFLAGS_BYTES_SUBCLASS |
  TPFLAGS_UNICODE_SUBCLASS |
  TPFLAGS_DICT_SUBCLASS |
  TPFLAGS_BASE_EXC_SUBCLASS |
  TPFLAGS_TYPE_SUBCLASS;

function isVarSized(t: PyType): boolean {
  const s = solidBase(t);
  return s === intType || s === tupleType || s === bytesType;
}

/** Items of a namespace dict, in order, as [key, value] with str keys. */
function dictItems(d: PyDict): [string, PyValue][] {
  const out: [string, PyValue][] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === undefined) continue;
    const s = asString(k);
    if (s !== undefined) out.push([s, d.values[i] as PyValue]);
  }
  return out;
}

const dictGetSet = (owner: PyType) =>
  new PyGetSetDescriptor(owner, "__dict__", instanceDictGet, instanceDictSet);
const weakrefGetSet = (owner: PyType) =>
  new PyGetSetDescriptor(owner, "__weakref__", weakrefGet, null, "list of weak references to the object");

/** Returns the object's weak reference list head; installed by the _weakref module. */
export const weakrefHooks = { get: (_obj: PyValue): PyValue => None };
function weakrefGet(obj: PyValue): PyValue {
  return weakrefHooks.get(obj);
}

/**
 * type.__new__(metatype, name, bases, ns, **kwds): creates a class. `kw` holds the keyword
 * arguments of the class statement (passed to __init_subclass__).
 */
export function typeNewImpl(
  metatype: PyType,
  name: string,
  basesIn: readonly PyValue[],
  ns: PyDict,
  kwValues: PyValue[],
  kwnames: readonly string[] | null,
): PyType {
  // type_new_get_bases: bases that are not classes but define __mro_entries__ are only
  // resolved by the class statement (__build_class__), not by type() itself.
  for (const b of basesIn)
    if (!isType(b) && lookupSpecial(b, "__mro_entries__") !== undefined)
      raiseTypeError("type() doesn't support MRO entry resolution; use types.new_class()");
  const winner = calculateMetaclass(metatype, basesIn);
  if (winner !== metatype && winner.tp_new !== typeNew) {
    const args: PyValue[] = [name, newTuple(basesIn), ns, ...kwValues];
    return (winner.tp_new as NonNullable<PyType["tp_new"]>)(winner, args, kwnames) as PyType;
  }
  metatype = winner;
  const bases: PyType[] = basesIn.length === 0 ? [objectType] : (basesIn as PyType[]);
  const base = bestBase(bases);
  if (name.includes("\0")) raiseValueError("type name must not contain null characters");

  const t = new PyType(
    metatype,
    name,
    bases.slice(),
    TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | (base.flags & SUBCLASS_FLAGS),
  );
  t.base = base;
  t.qualname = name;
  const attrs = t.attrs;
  const items = dictItems(ns);

  // __slots__ (type_new_slots): names to store, and whether __dict__ / __weakref__ are added.
  let addDict = !base.hasInstanceDict;
  let addWeak = !base.hasWeakref;
  let slotNames: string[] = [];
  const slotsValue = ns.getStr("__slots__");
  if (slotsValue !== undefined) {
    addDict = false;
    addWeak = false;
    const raw = asString(slotsValue) !== undefined ? [slotsValue] : toArray(slotsValue);
    for (const item of raw) {
      const s = asString(item);
      if (s === undefined) raiseTypeError(`__slots__ items must be strings, not '${typeName(item)}'`);
      if (!IDENT.test(s)) raiseTypeError("__slots__ must be identifiers");
      if (s === "__dict__") {
        if (base.hasInstanceDict || addDict) raiseTypeError("__dict__ slot disallowed: we already got one");
        addDict = true;
      } else if (s === "__weakref__") {
        if (base.hasWeakref || addWeak) raiseTypeError("__weakref__ slot disallowed: we already got one");
        addWeak = true;
      } else {
        slotNames.push(mangle(name, s));
      }
    }
    for (const s of slotNames)
      if (ns.getStr(s) !== undefined) raiseValueError(`'${s}' in __slots__ conflicts with class variable`);
    slotNames = [...new Set(slotNames)].sort();
    if (slotNames.length > 0 && isVarSized(base))
      raiseTypeError(`nonempty __slots__ not supported for subtype of '${base.name}'`);
  }
  t.hasInstanceDict = base.hasInstanceDict || addDict;
  t.hasWeakref = base.hasWeakref || addWeak;
  t.slotNames = slotNames;
  t.nslots = base.nslots + slotNames.length;
  t.ownLayout = slotNames.length > 0;

  // Namespace items (type_new_set_attrs).
  let classcell: PyValue | undefined;
  let classdictcell: PyValue | undefined;
  for (const [k, v0] of items) {
    let v = v0;
    if (k === "__qualname__") {
      const q = asString(v);
      if (q === undefined) raiseTypeError(`type __qualname__ must be a str, not ${typeName(v)}`);
      t.qualname = q;
      continue;
    }
    if (k === "__classcell__") {
      classcell = v;
      continue;
    }
    if (k === "__classdictcell__") {
      classdictcell = v;
      continue;
    }
    if (typeof v === "object" && v.type === functionType) {
      if (k === "__new__") v = newStaticMethod(v);
      else if (k === "__init_subclass__" || k === "__class_getitem__") v = newClassMethod(v);
    }
    attrs.set(k, v);
  }
  if (!attrs.has("__module__")) {
    const g = typeHooks.currentGlobals();
    const m = g?.getStr("__name__");
    if (m !== undefined) attrs.set("__module__", m);
  }
  for (let i = 0; i < slotNames.length; i++)
    attrs.set(slotNames[i], new PyMemberDescriptor(t, slotNames[i], base.nslots + i));
  if (addDict && !base.hasInstanceDict) attrs.set("__dict__", dictGetSet(t));
  if (addWeak && !base.hasWeakref) attrs.set("__weakref__", weakrefGetSet(t));
  if (!attrs.has("__doc__")) attrs.set("__doc__", None);
  // Defining __eq__ without __hash__ makes instances unhashable (inherit_slots / type_ready_set_hash).
  if (attrs.has("__eq__") && !attrs.has("__hash__")) attrs.set("__hash__", None);

  t.mro = computeMro(t);
  for (const b of bases) b.subclasses.add(new WeakRef(t));
  // inherit_patma_flags (Objects/typeobject.c): the first class in the MRO with a collection flag
  // decides whether instances match sequence or mapping patterns.
  for (let i = 1; i < t.mro.length && (t.flags & COLLECTION_FLAGS) === 0; i++)
    t.flags |= t.mro[i].flags & COLLECTION_FLAGS;
  t.flags |= TPFLAGS_READY;
  fixupSlots(t);
  if (t.tp_new === null) t.tp_new = base.tp_new;

  if (classcell !== undefined) {
    if (!(classcell instanceof PyCell))
      raiseTypeError(`__classcell__ must be a nonlocal cell, not ${repr(typeOf(classcell))}`);
    classcell.ref = t;
  }
  if (classdictcell !== undefined && classdictcell instanceof PyCell) classdictcell.ref = typeDictProxy(t);

  setNames(t);
  initSubclass(t, kwValues, kwnames);
  return t;
}

/** type_new_set_names: `__set_name__(owner, name)` on every attribute that has it. */
function setNames(t: PyType): void {
  for (const [k, v] of [...t.attrs]) {
    const f = lookupSpecial(v, "__set_name__");
    if (f === undefined) continue;
    try {
      call(f, [t, k]);
    } catch (e) {
      if (e instanceof PyBaseException)
        addNoteHook(e, `Error calling __set_name__ on '${typeName(v)}' instance '${k}' in '${t.name}'`);
      throw e;
    }
  }
}

/** Adds a note to an exception; installed by exception-methods.ts. */
export let addNoteHook = (_e: PyBaseException, _note: string): void => {};
export function setAddNoteHook(fn: typeof addNoteHook): void {
  addNoteHook = fn;
}

/** type_new_init_subclass: super(t, t).__init_subclass__(**kwds). */
function initSubclass(t: PyType, kwValues: PyValue[], kwnames: readonly string[] | null): void {
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) {
    const f = mro[i].attrs.get("__init_subclass__");
    if (f === undefined) continue;
    const get = typeOf(f).tp_descr_get;
    const bound = get === null ? f : get(f, null, t);
    call(bound, kwValues, kwnames);
    return;
  }
}

/** type_new (tp_new of `type`): argument parsing around typeNewImpl. */
export function typeNew(metatype: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (metatype === typeType && npos === 1 && nkw === 0) return typeOf(args[0]);
  // type_call's own check is for `type(...)` itself; a metaclass reaches type_new's parsing
  if (metatype === typeType && npos !== 3 && npos !== 1) raiseTypeError("type() takes 1 or 3 arguments");
  if (npos !== 3) raiseTypeError(`type.__new__() takes exactly 3 arguments (${npos} given)`);
  const name = asString(args[0]);
  if (name === undefined) raiseTypeError(`type.__new__() argument 1 must be str, not ${typeName(args[0])}`);
  const bases = args[1];
  if (!(typeof bases === "object" && bases.type.isSubtypeOf(tupleType)))
    raiseTypeError(`type.__new__() argument 2 must be tuple, not ${typeName(bases)}`);
  const ns = args[2];
  if (!(ns instanceof PyDict) || !ns.type.isSubtypeOf(dictType))
    raiseTypeError(`type.__new__() argument 3 must be dict, not ${typeName(ns)}`);
  return typeNewImpl(metatype, name, (bases as PyTuple).items, ns, args.slice(3), kwnames);
}

/** type_init. */
function typeInit(_self: PyValue, args: PyValue[], kwnames: readonly string[] | null): void {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos === 1 && nkw > 0) raiseTypeError("type.__init__() takes no keyword arguments");
  if (npos !== 1 && npos !== 3) raiseTypeError("type.__init__() takes 1 or 3 arguments");
}

/** type_call: tp_new, then tp_init when the result is an instance of the type. */
export function typeCall(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const t = self as PyType;
  if (t === typeType && args.length === 1 && (kwnames === null || kwnames.length === 0))
    return typeOf(args[0]);
  const tpNew = t.tp_new;
  if (tpNew === null) raiseTypeError(`cannot create '${t.name}' instances`);
  const obj = tpNew(t, args, kwnames);
  const ot = typeOf(obj);
  if (!ot.isSubtypeOf(t)) return obj;
  const init = ot.tp_init;
  if (init !== null) init(obj, args, kwnames);
  return obj;
}

// ---------------------------------------------------------------- attribute access on types

/** type_getattro: meta data descriptors, then the type's MRO (descriptors get (None, type)), then meta attributes. */
export function typeGetattro(obj: PyValue, name: string): PyValue | undefined {
  const t = obj as PyType;
  const meta = typeOf(t);
  const metaAttr = meta.lookup(name);
  let metaGet: PyType["tp_descr_get"] = null;
  if (metaAttr !== undefined) {
    const mt = typeOf(metaAttr);
    metaGet = mt.tp_descr_get;
    if (metaGet !== null && mt.tp_descr_set !== null) return metaGet(metaAttr, t, meta);
  }
  const attr = t.lookup(name);
  if (attr !== undefined) {
    const get = typeOf(attr).tp_descr_get;
    return get === null ? attr : get(attr, null, t);
  }
  if (metaGet !== null) return metaGet(metaAttr as PyValue, t, meta);
  return metaAttr;
}

function checkMutable(t: PyType, name: string): void {
  if (!(t.flags & TPFLAGS_HEAPTYPE) || t.flags & TPFLAGS_IMMUTABLETYPE)
    raiseTypeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
}

/** type_setattro. */
export function typeSetattro(obj: PyValue, name: string, value: PyValue | null): void {
  const t = obj as PyType;
  checkMutable(t, name);
  const meta = typeOf(t);
  const descr = meta.lookup(name);
  if (descr !== undefined) {
    const set = typeOf(descr).tp_descr_set;
    if (set !== null) {
      set(descr, t, value);
      return;
    }
  }
  if (value === null) {
    if (!t.attrs.delete(name)) raiseNoAttribute(t, name);
  } else {
    t.attrs.set(name, value);
  }
  t.modified();
  if (isSlotName(name)) updateSlot(t, name);
}

/** type_repr. */
export function typeRepr(obj: PyValue): string {
  const t = obj as PyType;
  const mod = typeModule(t);
  if (typeof mod === "string" && mod !== "builtins") return `<class '${mod}.${t.qualname}'>`;
  return `<class '${t.name}'>`;
}

// ---------------------------------------------------------------- __bases__ assignment

function setBases(t: PyType, value: PyValue | null): void {
  if (value === null) raiseTypeError(`cannot delete '__bases__' attribute of immutable type '${t.name}'`);
  if (!(value instanceof PyTuple))
    raiseTypeError(`can only assign tuple to ${t.name}.__bases__, not ${typeName(value)}`);
  if (value.items.length === 0)
    raiseTypeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
  for (const b of value.items) {
    if (!isType(b)) raiseTypeError(`${t.name}.__bases__ must be tuple of classes, not '${typeName(b)}'`);
    if (b.isSubtypeOf(t)) raiseTypeError("a __bases__ item causes an inheritance cycle");
  }
  const newBases = value.items as PyType[];
  const newBase = bestBase(newBases);
  checkCompatibleForAssignment(t.base ?? objectType, newBase, "__bases__");
  const oldBases = t.bases;
  const oldBase = t.base;
  const oldMro = t.mro;
  t.bases = newBases.slice();
  t.base = newBase;
  try {
    remro(t);
  } catch (e) {
    t.bases = oldBases;
    t.base = oldBase;
    t.mro = oldMro;
    throw e;
  }
  for (const b of oldBases) for (const r of b.subclasses) if (r.deref() === t) b.subclasses.delete(r);
  for (const b of newBases) b.subclasses.add(new WeakRef(t));
}

/** Recomputes the MRO (and slots) of t and all its subclasses after a change of __bases__. */
function remro(t: PyType): void {
  t.mro = computeMro(t);
  t.modified();
  fixupSlots(t);
  for (const r of t.subclasses) {
    const s = r.deref();
    if (s !== undefined) remro(s);
  }
}

// ---------------------------------------------------------------- isinstance / issubclass defaults

/** type.__instancecheck__ default: the real type or `__class__`. */
export function defaultIsInstance(inst: PyValue, cls: PyType): boolean {
  if (typeOf(inst).isSubtypeOf(cls)) return true;
  const c = lookupAttrNoRaise(inst, "__class__");
  return c !== undefined && c !== typeOf(inst) && isType(c) && c.isSubtypeOf(cls);
}

function lookupAttrNoRaise(obj: PyValue, name: string): PyValue | undefined {
  try {
    return (typeOf(obj).tp_getattro as NonNullable<PyType["tp_getattro"]>)(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(PyExc_AttributeError)) return undefined;
    throw e;
  }
}

// ---------------------------------------------------------------- slots, getsets, methods of `type`

typeType.tp_new = typeNew;
typeType.tp_init = typeInit;
typeType.tp_call = typeCall;
typeType.tp_getattro = typeGetattro;
typeType.tp_setattro = typeSetattro;
typeType.tp_repr = typeRepr;
typeType.nb.nb_or = (a, b) => {
  if (typeHooks.union !== null) return typeHooks.union(a, b);
  raiseNotImplementedError("typing.Union (X | Y for types) is not loaded");
};

/** type[key] (PyObject_GetItem on a class): `__class_getitem__`, else "not subscriptable". */
setClassGetItemHook((t, key) => {
  const f = typeGetattroMaybe(t, "__class_getitem__");
  if (f !== undefined) return call(f, [key]);
  raiseTypeError(`type '${t.name}' is not subscriptable`);
});

function typeGetattroMaybe(t: PyType, name: string): PyValue | undefined {
  const get = typeOf(t).tp_getattro as NonNullable<PyType["tp_getattro"]>;
  return get(t, name);
}
// type has tp_dictoffset in CPython: a metaclass must not add a second __dict__ descriptor
// (which would shadow type.__dict__ and return the raw namespace instead of a mappingproxy).
typeType.hasInstanceDict = true;
typeType.hasWeakref = true;
typeType.ownLayout = true;
typeType.flags |= TPFLAGS_TYPE_SUBCLASS;
// The bootstrap made `type` without registering it as a subclass of object.
objectType.subclasses.add(new WeakRef(typeType));

function asType(v: PyValue): PyType {
  return v as PyType;
}

function heapAttr(t: PyType, name: string): PyValue {
  const v = t.attrs.get(name);
  if (v === undefined) raiseAttributeError(name);
  return v;
}

defineMethods(typeType, {
  mro(self, args, kwnames) {
    noKeywords("mro", kwnames);
    if (args.length) raiseTypeError(`type.mro() takes no arguments (${args.length} given)`);
    return newList(mroImplementation(asType(self), asType(self).bases));
  },
  __subclasses__(self) {
    const out: PyValue[] = [];
    for (const r of asType(self).subclasses) {
      const s = r.deref();
      if (s !== undefined) out.push(s);
    }
    return newList(out);
  },
});
defineClassMethods(typeType, {
  __prepare__() {
    return new PyDict();
  },
});

defineMethods(typeType, {
  __instancecheck__(self, args) {
    if (args.length !== 1)
      raiseTypeError(`type.__instancecheck__() takes exactly one argument (${args.length} given)`);
    return defaultIsInstance(args[0], asType(self));
  },
  __subclasscheck__(self, args) {
    if (args.length !== 1)
      raiseTypeError(`type.__subclasscheck__() takes exactly one argument (${args.length} given)`);
    const c = args[0];
    if (!isType(c)) raiseTypeError("issubclass() arg 1 must be a class");
    return c.isSubtypeOf(asType(self));
  },
  __dir__(self) {
    const names = new Set<string>();
    const merge = (t: PyType): void => {
      for (const k of t.attrs.keys()) names.add(k);
      for (const b of t.bases) merge(b);
    };
    merge(asType(self));
    return newList([...names]);
  },
  __sizeof__() {
    return 920;
  },
});
defineGetSets(typeType, {
  __basicsize__: { get: (t) => 16 + 8 * asType(t).nslots },
  __itemsize__: { get: (t) => (isVarSized(asType(t)) ? 8 : 0) },
  __flags__: { get: (t) => asType(t).flags >>> 0 },
  __weakrefoffset__: { get: (t) => (asType(t).hasWeakref ? 24 : 0) },
  __base__: { get: (t) => asType(t).base ?? None },
  __dictoffset__: { get: (t) => (asType(t).hasInstanceDict ? -1 : 0) },
  __name__: {
    get: (t) => typeShortName(asType(t)),
    set: (t, v) => {
      const tt = asType(t);
      checkMutable(tt, "__name__");
      if (v === null) raiseTypeError(`cannot delete '__name__' attribute of immutable type '${tt.name}'`);
      const s = asString(v);
      if (s === undefined)
        raiseTypeError(`can only assign string to ${tt.name}.__name__, not '${typeName(v)}'`);
      if (s.includes("\0")) raiseValueError("type name must not contain null characters");
      tt.name = s;
    },
  },
  __qualname__: {
    get: (t) => asType(t).qualname,
    set: (t, v) => {
      const tt = asType(t);
      checkMutable(tt, "__qualname__");
      if (v === null) raiseTypeError(`cannot delete '__qualname__' attribute of immutable type '${tt.name}'`);
      const s = asString(v);
      if (s === undefined)
        raiseTypeError(`can only assign string to ${tt.name}.__qualname__, not '${typeName(v)}'`);
      tt.qualname = s;
    },
  },
  __bases__: {
    get: (t) => newTuple(asType(t).bases),
    set: (t, v) => {
      checkMutable(asType(t), "__bases__");
      setBases(asType(t), v);
    },
  },
  __mro__: { get: (t) => newTuple(asType(t).mro) },
  __module__: {
    get: (t) => {
      const tt = asType(t);
      return tt.flags & TPFLAGS_HEAPTYPE ? heapAttr(tt, "__module__") : typeModule(tt);
    },
    set: (t, v) => {
      const tt = asType(t);
      checkMutable(tt, "__module__");
      if (v === null) raiseTypeError(`cannot delete '__module__' attribute of immutable type '${tt.name}'`);
      tt.attrs.set("__module__", v);
      tt.modified();
    },
  },
  __abstractmethods__: {
    get: (t) => {
      const tt = asType(t);
      // `type` itself has an __abstractmethods__ descriptor but no value.
      const v = tt === typeType ? undefined : tt.attrs.get("__abstractmethods__");
      if (v === undefined) raiseAttributeError("__abstractmethods__");
      return v;
    },
    set: (t, v) => {
      const tt = asType(t);
      checkMutable(tt, "__abstractmethods__");
      if (v === null) {
        if (!tt.attrs.delete("__abstractmethods__")) raiseAttributeError("__abstractmethods__");
        tt.flags &= ~TPFLAGS_IS_ABSTRACT;
      } else {
        const abstract = isTrue(v);
        tt.attrs.set("__abstractmethods__", v);
        if (abstract) tt.flags |= TPFLAGS_IS_ABSTRACT;
        else tt.flags &= ~TPFLAGS_IS_ABSTRACT;
      }
      tt.modified();
    },
  },
  __dict__: { get: (t) => typeDictProxy(asType(t)) },
  __doc__: {
    get: (t) => {
      const tt = asType(t);
      const d = tt.attrs.get("__doc__");
      if (d === undefined) return None;
      if (!(tt.flags & TPFLAGS_HEAPTYPE)) return d;
      const get = typeOf(d).tp_descr_get;
      return get === null ? d : get(d, null, tt);
    },
    set: (t, v) => {
      const tt = asType(t);
      checkMutable(tt, "__doc__");
      if (v === null) tt.attrs.delete("__doc__");
      else tt.attrs.set("__doc__", v);
      tt.modified();
    },
  },
  __text_signature__: { get: () => None },
  __annotations__: {
    get: (t) => {
      const tt = asType(t);
      if (!(tt.flags & TPFLAGS_HEAPTYPE))
        raiseAttributeError(`type object '${tt.name}' has no attribute '__annotations__'`);
      let v = tt.attrs.get("__annotations__") ?? tt.attrs.get("__annotations_cache__");
      if (v === undefined) {
        const annotate = typeGetAnnotate(tt);
        if (annotate !== None) {
          v = call(annotate, [1]);
          if (!(v instanceof PyDict))
            raiseTypeError(`__annotate__ returned non-dict of type '${typeName(v)}'`);
        } else {
          v = new PyDict();
        }
        tt.attrs.set("__annotations_cache__", v);
        return v;
      }
      const get = typeOf(v).tp_descr_get;
      return get === null ? v : get(v, null, tt);
    },
    set: (t, v) => {
      const tt = asType(t);
      checkMutable(tt, "__annotations__");
      if (v === null) {
        if (!tt.attrs.delete("__annotations__") && !tt.attrs.delete("__annotations_cache__"))
          raiseAttributeError("__annotations__");
      } else {
        tt.attrs.set("__annotations__", v);
        tt.attrs.delete("__annotations_cache__");
      }
      tt.modified();
    },
  },
  __annotate__: {
    get: (t) => {
      const tt = asType(t);
      if (!(tt.flags & TPFLAGS_HEAPTYPE))
        raiseAttributeError(`type object '${tt.name}' has no attribute '__annotate__'`);
      return typeGetAnnotate(tt);
    },
    set: (t, v) => {
      const tt = asType(t);
      checkMutable(tt, "__annotate__");
      if (v === null) raiseTypeError("cannot delete __annotate__ attribute");
      if (v !== None && typeOf(v).tp_call === null) raiseTypeError("__annotate__ must be callable or None");
      tt.attrs.set("__annotate_func__", v);
      if (v !== None) tt.attrs.delete("__annotations_cache__");
      tt.modified();
    },
  },
  __type_params__: {
    get: (t) => {
      const tt = asType(t);
      const v = tt === typeType ? undefined : tt.attrs.get("__type_params__");
      return v === undefined ? newTuple([]) : v;
    },
    set: (t, v) => {
      const tt = asType(t);
      checkMutable(tt, "__type_params__");
      if (v === null) raiseTypeError("cannot delete __type_params__");
      if (!(v instanceof PyTuple))
        raiseTypeError(`__type_params__ must be set to a tuple, not ${typeName(v)}`);
      tt.attrs.set("__type_params__", v);
      tt.modified();
    },
  },
});
typeMroDescr = typeType.attrs.get("mro");

/**
 * type_get_annotate: the class's own `__annotate_func__` (where 3.14 class bodies store
 * `__annotate__`); a class without one gets `__annotate_func__ = None` recorded, as CPython does.
 */
function typeGetAnnotate(t: PyType): PyValue {
  let v = t.attrs.get("__annotate_func__") ?? t.attrs.get("__annotate__");
  if (v === undefined) {
    v = None;
    t.attrs.set("__annotate_func__", None);
  }
  const get = typeOf(v).tp_descr_get;
  return get === null || v === None ? v : get(v, null, t);
}
