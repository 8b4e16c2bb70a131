// The abstract object protocol (Objects/abstract.c, Objects/object.c): what the VM and builtins
// call to operate on any value. Each function has a fast path for the unboxed representations
// and otherwise dispatches through the type's slot table.
import { dictHooks } from "./dict.ts";
import { raise, raiseTypeError, warnEx } from "./errors.ts";
import * as E from "./exceptions.ts";
import { CompareOp, type PyValue } from "./object.ts";
import { NotImplemented } from "./singletons.ts";
import {
  type BinaryFn,
  type NumberSlots,
  type PyType,
  TPFLAGS_HEAPTYPE,
  TPFLAGS_METHOD_DESCRIPTOR,
  TPFLAGS_READY,
} from "./type.ts";
import { intType, moduleType, tupleType, typeOf, typeType } from "./typeobjects.ts";

/** The name CPython prints for a type in messages (tp_name). */
export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

// ---------------------------------------------------------------- attributes

/** getattr(obj, name); raises AttributeError. */
export function getAttr(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  if (t.tp_getattro === null) ensureReady(t);
  const v = (t.tp_getattro as NonNullable<PyType["tp_getattro"]>)(obj, name);
  if (v === undefined) raiseNoAttribute(obj, name);
  return v;
}

/** getattr(obj, name, <missing>): undefined when the attribute is missing (AttributeError suppressed). */
export function lookupAttr(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  if (t.tp_getattro === null) ensureReady(t);
  try {
    return (t.tp_getattro as NonNullable<PyType["tp_getattro"]>)(obj, name);
  } catch (e) {
    if (e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_AttributeError)) return undefined;
    throw e;
  }
}

export function setAttr(obj: PyValue, name: string, value: PyValue): void {
  const t = typeOf(obj);
  if (t.tp_setattro === null && ensureReady(t)) readOnlyAttribute(obj, name, false);
  t.tp_setattro!(obj, name, value);
}

export function delAttr(obj: PyValue, name: string): void {
  const t = typeOf(obj);
  if (t.tp_setattro === null && ensureReady(t)) readOnlyAttribute(obj, name, true);
  t.tp_setattro!(obj, name, null);
}

function readOnlyAttribute(obj: PyValue, name: string, del: boolean): never {
  const attrs = typeOf(obj).lookup(name) === undefined ? "no attributes" : "only read-only attributes";
  raiseTypeError(`'${typeName(obj)}' object has ${attrs} (${del ? "del" : "assign to"} .${name})`);
}

/** The AttributeError CPython raises for a missing attribute, with .name and .obj set. */
export function raiseNoAttribute(obj: PyValue, name: string): never {
  const t = typeOf(obj);
  let msg: string;
  if (t === typeType || (t.isSubtypeOf(typeType) && typeof obj === "object")) {
    msg = `type object '${(obj as PyType).name}' has no attribute '${name}'`;
  } else if (t === moduleType) {
    msg = `module has no attribute '${name}'`;
  } else {
    msg = `'${t.name}' object has no attribute '${name}'`;
  }
  const exc = new E.PyAttributeError(E.PyExc_AttributeError);
  attributeErrorHook(exc, msg, obj, name);
  throw exc;
}

/** Fills an AttributeError's args/name/obj; replaced by src/objects/exception-methods.ts. */
export let attributeErrorHook = (
  _exc: E.PyBaseException,
  _msg: string,
  _obj: PyValue,
  _name: string,
): void => {};
export function setAttributeErrorHook(fn: typeof attributeErrorHook): void {
  attributeErrorHook = fn;
}

// ---------------------------------------------------------------- calls

export function call(callable: PyValue, args: PyValue[], kwnames: readonly string[] | null = null): PyValue {
  const t = typeOf(callable);
  if (t.tp_call === null && ensureReady(t)) raiseTypeError(`'${t.name}' object is not callable`);
  return t.tp_call!(callable, args, kwnames);
}

export function callMethod(
  obj: PyValue,
  name: string,
  args: PyValue[],
  kwnames: readonly string[] | null = null,
): PyValue {
  return call(getAttr(obj, name), args, kwnames);
}

/**
 * Calls the special method `name` of type(self), as CPython's vectorcall_method /
 * lookup_maybe_method do: looked up on the type (never the instance), called with self
 * prepended without creating a bound method when the attribute is a function or method
 * descriptor (TPFLAGS_METHOD_DESCRIPTOR), else bound through its __get__.
 * `args` must hold self at index 0. Returns undefined when the type has no such attribute.
 */
export function callSpecial(
  self: PyValue,
  name: string,
  args: PyValue[],
  kwnames: readonly string[] | null = null,
): PyValue | undefined {
  const t = typeOf(self);
  const f = t.lookup(name);
  if (f === undefined) return undefined;
  const ft = typeOf(f);
  if (ft.flags & TPFLAGS_METHOD_DESCRIPTOR) return call(f, args, kwnames);
  const get = ft.tp_descr_get;
  const bound = get === null ? f : get(f, self, t);
  return call(bound, args.slice(1), kwnames);
}

/**
 * _PyObject_LookupSpecial: type(obj).name bound to obj (through __get__), or undefined. For
 * protocols looked up on the type only (__enter__, __length_hint__, __format__, ...).
 */
export function lookupSpecial(obj: PyValue, name: string): PyValue | undefined {
  const t = typeOf(obj);
  const f = t.lookup(name);
  if (f === undefined) return undefined;
  const get = typeOf(f).tp_descr_get;
  return get === null ? f : get(f, obj, t);
}

/**
 * _PyObject_GetMethod, for LOAD_ATTR-with-method call sites: when `obj.name` would be a bound
 * method of a plain function or method descriptor found on the type (and not shadowed by the
 * instance dict or a data descriptor), returns that unbound callable and sets
 * `methodLookup.unbound = true` (call it with obj prepended); otherwise returns the attribute as
 * getAttr does and sets `unbound = false`. Raises AttributeError when missing.
 */
export const methodLookup = { unbound: false };
export function getMethod(obj: PyValue, name: string): PyValue {
  const t = typeOf(obj);
  if (t.tp_getattro === genericGetAttrRef.fn) {
    const descr = t.lookup(name);
    if (descr !== undefined && typeOf(descr).flags & TPFLAGS_METHOD_DESCRIPTOR) {
      const d = typeof obj === "object" ? obj.dict : null;
      if (d === null || d.getStr(name) === undefined) {
        methodLookup.unbound = true;
        return descr;
      }
    }
  }
  methodLookup.unbound = false;
  return getAttr(obj, name);
}

/**
 * Safety net for a builtin type created after readyAllTypes() ran and never readied: readies it
 * (slots.ts installs `readyHook`) the first time one of its empty slots is needed. Returns true
 * when the type was already ready, i.e. the empty slot really is empty.
 */
export const readyHook = { ready: (_t: PyType): void => {} };
function ensureReady(t: PyType): boolean {
  if (t.flags & TPFLAGS_READY) return true;
  readyHook.ready(t);
  return false;
}

/** Set by src/objects/object-type.ts: PyObject_GenericGetAttr (for getMethod's fast path). */
export const genericGetAttrRef: { fn: PyType["tp_getattro"] } = { fn: null };

// ---------------------------------------------------------------- isinstance / issubclass

function isTypeObject(v: PyValue): v is PyType {
  return typeof v === "object" && v.type.isSubtypeOf(typeType);
}

/** abstract_get_bases: `cls.__bases__` if it is a tuple, else undefined. */
function abstractGetBases(cls: PyValue): readonly PyValue[] | undefined {
  const b = lookupAttr(cls, "__bases__");
  if (b !== undefined && typeof b === "object" && b.type.isSubtypeOf(tupleTypeRef.t as PyType))
    return (b as unknown as { items: readonly PyValue[] }).items;
  return undefined;
}

function abstractIsSubclass(derived: PyValue, cls: PyValue): boolean {
  for (;;) {
    if (derived === cls) return true;
    const bases = abstractGetBases(derived);
    if (bases === undefined || bases.length === 0) return false;
    if (bases.length === 1) {
      derived = bases[0];
      continue;
    }
    for (const b of bases) if (abstractIsSubclass(b, cls)) return true;
    return false;
  }
}

function recursiveIsInstance(inst: PyValue, cls: PyValue): boolean {
  if (isTypeObject(cls)) {
    if (typeOf(inst).isSubtypeOf(cls)) return true;
    const c = lookupAttr(inst, "__class__");
    return c !== undefined && c !== typeOf(inst) && isTypeObject(c) && c.isSubtypeOf(cls);
  }
  if (abstractGetBases(cls) === undefined)
    raiseTypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  const icls = lookupAttr(inst, "__class__");
  return icls !== undefined && abstractIsSubclass(icls, cls);
}

/** PyObject_IsInstance: isinstance(inst, cls), with tuples and __instancecheck__. */
export function isInstance(inst: PyValue, cls: PyValue): boolean {
  const it = typeOf(inst);
  if (it === cls) return true;
  if (typeof cls === "object" && cls.type === typeType) return recursiveIsInstance(inst, cls);
  if (typeof cls === "object" && cls.type === tupleTypeRef.t) {
    for (const item of (cls as unknown as { items: readonly PyValue[] }).items)
      if (isInstance(inst, item)) return true;
    return false;
  }
  const checker = lookupSpecial(cls, "__instancecheck__");
  if (checker !== undefined) return isTrue(call(checker, [inst]));
  return recursiveIsInstance(inst, cls);
}

/** PyObject_IsSubclass: issubclass(derived, cls), with tuples and __subclasscheck__. */
export function isSubclass(derived: PyValue, cls: PyValue): boolean {
  if (typeof cls === "object" && cls.type === typeType) {
    if (derived === cls) return true;
    if (isTypeObject(derived)) return derived.isSubtypeOf(cls as PyType);
  }
  if (typeof cls === "object" && cls.type === tupleTypeRef.t) {
    for (const item of (cls as unknown as { items: readonly PyValue[] }).items)
      if (isSubclass(derived, item)) return true;
    return false;
  }
  const checker = lookupSpecial(cls, "__subclasscheck__");
  if (checker !== undefined) return isTrue(call(checker, [derived]));
  return recursiveIsSubclass(derived, cls);
}

/** recursive_issubclass: issubclass() without __subclasscheck__; `__bases__` tuples stand in for classes. */
export function recursiveIsSubclass(derived: PyValue, cls: PyValue): boolean {
  if (!isTypeObject(derived) && abstractGetBases(derived) === undefined)
    raiseTypeError("issubclass() arg 1 must be a class");
  if (!isTypeObject(cls) && abstractGetBases(cls) === undefined)
    raiseTypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  if (isTypeObject(derived) && isTypeObject(cls)) return derived.isSubtypeOf(cls);
  return abstractIsSubclass(derived, cls);
}

/** The tuple type, set below (typeobjects.ts exports it; kept as a ref to stay cycle-safe). */
const tupleTypeRef: { t: PyType | null } = { t: null };

// ---------------------------------------------------------------- repr, str, hash

export function repr(v: PyValue): string {
  const t = typeOf(v);
  if (t.tp_repr === null && ensureReady(t)) return `<${t.name} object>`;
  return t.tp_repr!(v);
}

export function str(v: PyValue): string {
  if (typeof v === "string") return v;
  const t = typeOf(v);
  if (t.tp_str !== null) return t.tp_str(v);
  return repr(v);
}

/** hash(v), as a Python int. */
export function hash(v: PyValue): number | bigint {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const t = typeOf(v);
  if (t.tp_hash === null && ensureReady(t)) raiseTypeError(`unhashable type: '${t.name}'`);
  return t.tp_hash!(v);
}

// ---------------------------------------------------------------- comparison and truth

const SWAPPED: readonly CompareOp[] = [
  CompareOp.GT,
  CompareOp.GE,
  CompareOp.EQ,
  CompareOp.NE,
  CompareOp.LT,
  CompareOp.LE,
];
const OP_SYMBOL = ["<", "<=", "==", "!=", ">", ">="];

/** do_richcompare (Objects/object.c): reflected operand first when it is a subclass. */
export function richCompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  const vt = typeOf(v);
  const wt = typeOf(w);
  let checkedReverse = false;
  if (vt !== wt && wt.isSubtypeOf(vt) && wt.tp_richcompare !== null) {
    checkedReverse = true;
    const r = wt.tp_richcompare(w, v, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (vt.tp_richcompare !== null) {
    const r = vt.tp_richcompare(v, w, op);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse && wt.tp_richcompare !== null) {
    const r = wt.tp_richcompare(w, v, SWAPPED[op]);
    if (r !== NotImplemented) return r;
  }
  if (op === CompareOp.EQ) return v === w;
  if (op === CompareOp.NE) return v !== w;
  raiseTypeError(`'${OP_SYMBOL[op]}' not supported between instances of '${vt.name}' and '${wt.name}'`);
}

/** PyObject_RichCompareBool: identity implies equality for EQ/NE, as CPython does for containers. */
export function richCompareBool(v: PyValue, w: PyValue, op: CompareOp): boolean {
  if (v === w) {
    if (op === CompareOp.EQ) return true;
    if (op === CompareOp.NE) return false;
  }
  return isTrue(richCompare(v, w, op));
}

export function eq(v: PyValue, w: PyValue): boolean {
  return richCompareBool(v, w, CompareOp.EQ);
}

/** PyObject_IsTrue. */
export function isTrue(v: PyValue): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  if (typeof v === "bigint") return true; // never 0n: normalised to number
  const t = v.type;
  const nbBool = t.nb.nb_bool;
  if (nbBool !== null) return nbBool(v);
  if (t.mp_length !== null) return t.mp_length(v) > 0;
  return true;
}

// ---------------------------------------------------------------- numbers

type BinarySlot = {
  [K in keyof NumberSlots]: NumberSlots[K] extends BinaryFn | null ? K : never;
}[keyof NumberSlots];

/** binary_op1 (Objects/abstract.c): try the left operand's slot and the right's, subclass first. */
export function binaryOp1(v: PyValue, w: PyValue, slot: BinarySlot): PyValue {
  const vt = typeOf(v);
  const wt = typeOf(w);
  const slotv = vt.nb[slot] as BinaryFn | null;
  let slotw = wt !== vt ? (wt.nb[slot] as BinaryFn | null) : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && wt.isSubtypeOf(vt)) {
      const x = slotw(v, w);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) {
    const x = slotw(v, w);
    if (x !== NotImplemented) return x;
  }
  return NotImplemented;
}

/** v <op> w with CPython's TypeError for unsupported operand types. */
export function binaryOp(v: PyValue, w: PyValue, slot: BinarySlot, symbol: string): PyValue {
  const r = binaryOp1(v, w, slot);
  if (r === NotImplemented) {
    raiseTypeError(`unsupported operand type(s) for ${symbol}: '${typeName(v)}' and '${typeName(w)}'`);
  }
  return r;
}

/** v <op>= w: the in-place slot of v first, then the binary operation. */
export function inplaceOp(
  v: PyValue,
  w: PyValue,
  islot: BinarySlot,
  slot: BinarySlot,
  symbol: string,
): PyValue {
  const f = typeOf(v).nb[islot] as BinaryFn | null;
  if (f !== null) {
    const x = f(v, w);
    if (x !== NotImplemented) return x;
  }
  const r = binaryOp1(v, w, slot);
  if (r === NotImplemented) {
    raiseTypeError(`unsupported operand type(s) for ${symbol}: '${typeName(v)}' and '${typeName(w)}'`);
  }
  return r;
}

/** operator.index(v): an int from __index__. */
export function index(v: PyValue): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const vt = typeOf(v);
  // PyNumber_Index: an int subclass instance is an int already; its __index__ is not called
  if (vt.isSubtypeOf(intType)) return (v as unknown as { value: number | bigint }).value;
  const f = vt.nb.nb_index;
  if (f === null) raiseTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const r = f(v);
  if (typeof r === "number" || typeof r === "bigint") return r;
  if (typeof r !== "boolean" && !typeOf(r).isSubtypeOf(intType))
    raiseTypeError(`__index__ returned non-int (type ${typeName(r)})`);
  // PyNumber_Index: an int subclass (bool included) is accepted with a DeprecationWarning.
  warnEx(
    E.PyExc_DeprecationWarning,
    `__index__ returned non-int (type ${typeName(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`,
    1,
  );
  if (typeof r === "boolean") return r ? 1 : 0;
  return (r as unknown as { value: number | bigint }).value;
}

// ---------------------------------------------------------------- iteration and containers

export function iter(v: PyValue): PyValue {
  const t = typeOf(v);
  if (t.tp_iter !== null) {
    const it = t.tp_iter(v);
    if (typeOf(it).tp_iternext === null)
      raiseTypeError(`iter() returned non-iterator of type '${typeName(it)}'`);
    return it;
  }
  if (t.mp_subscript !== null && t.lookup("__getitem__") !== undefined) return sequenceIterHook(v);
  raiseTypeError(`'${t.name}' object is not iterable`);
}

/** Creates the old-style sequence iterator (iterobject.c); installed by src/objects/iterobject.ts. */
export let sequenceIterHook = (v: PyValue): PyValue =>
  raiseTypeError(`'${typeName(v)}' object is not iterable`);
export function setSequenceIterHook(fn: (v: PyValue) => PyValue): void {
  sequenceIterHook = fn;
}

/** next(it): the next item, or undefined when exhausted. */
export function next(it: PyValue): PyValue | undefined {
  const f = typeOf(it).tp_iternext;
  if (f === null) raiseTypeError(`'${typeName(it)}' object is not an iterator`);
  return f(it);
}

export function len(v: PyValue): number {
  if (typeof v === "string") return strLength(v);
  const f = typeOf(v).mp_length;
  if (f === null) raiseTypeError(`object of type '${typeName(v)}' has no len()`);
  return f(v);
}

/** Number of code points of a JS string (Python's len). */
export function strLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export function getItem(o: PyValue, key: PyValue): PyValue {
  const t = typeOf(o);
  if (t.mp_subscript !== null) return t.mp_subscript(o, key);
  if (t === typeType || (typeof o === "object" && t.isSubtypeOf(typeType)))
    return classGetItemHook(o as PyType, key);
  raiseTypeError(`'${t.name}' object is not subscriptable`);
}

/** type[key] via __class_getitem__; installed by the type object's file. */
export let classGetItemHook = (t: PyType, _key: PyValue): PyValue =>
  raiseTypeError(`type '${t.name}' is not subscriptable`);
export function setClassGetItemHook(fn: typeof classGetItemHook): void {
  classGetItemHook = fn;
}

export function setItem(o: PyValue, key: PyValue, value: PyValue): void {
  const t = typeOf(o);
  if (t.mp_ass_subscript === null) raiseTypeError(`'${t.name}' object does not support item assignment`);
  t.mp_ass_subscript(o, key, value);
}

export function delItem(o: PyValue, key: PyValue): void {
  const t = typeOf(o);
  if (t.mp_ass_subscript === null) {
    // PyObject_DelItem: a type with tp_as_sequence (every heap type, and builtins with sequence
    // slots) hands an index key to PySequence_DelItem, whose message says "doesn't".
    const seq = (t.flags & TPFLAGS_HEAPTYPE) !== 0 || t.sq_contains !== null || t.mp_subscript !== null;
    const idx =
      seq &&
      (typeof key === "number" ||
        typeof key === "bigint" ||
        typeof key === "boolean" ||
        typeOf(key).nb.nb_index !== null);
    raiseTypeError(`'${t.name}' object ${idx ? "doesn't" : "does not"} support item deletion`);
  }
  t.mp_ass_subscript(o, key, null);
}

/** `item in container` (PySequence_Contains): sq_contains, else iterate comparing with ==. */
export function contains(container: PyValue, item: PyValue): boolean {
  const t = typeOf(container);
  if (t.sq_contains !== null) return t.sq_contains(container, item);
  if (t.tp_iter === null && t.lookup("__getitem__") === undefined)
    raiseTypeError(`argument of type '${t.name}' is not a container or iterable`);
  let it: PyValue;
  try {
    it = iter(container);
  } catch (e) {
    // _PySequence_IterSearch: any TypeError from PyObject_GetIter is reworded
    if (e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_TypeError))
      raiseTypeError(`argument of type '${t.name}' is not a container or iterable`);
    throw e;
  }
  for (;;) {
    const x = next(it);
    if (x === undefined) return false;
    if (richCompareBool(x, item, CompareOp.EQ)) return true;
  }
}

/** Collects an iterable into a JS array. */
export function toArray(iterable: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const it = iter(iterable);
  for (;;) {
    const x = next(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

/** Raises `type(message)`, re-exported so protocol users need one import. */
export { raise };

tupleTypeRef.t = tupleType;
dictHooks.hash = hash;
dictHooks.eq = eq;
