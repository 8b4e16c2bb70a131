// Slots <-> dunder methods (Objects/typeobject.c: slotdefs, add_operators, inherit_slots,
// update_one_slot, fixup_slot_dispatchers, update_slot, the slot_* functions and wrap_* wrappers).
//
// Two directions:
//  * builtin types fill their slot table in TypeScript; readyBuiltinType() (PyType_Ready) turns
//    every slot a type defines into a wrapper_descriptor in its namespace (`int.__add__`,
//    `object.__repr__`), then inherits the slots it left empty from its bases;
//  * classes defined in Python get, for each slot, either the builtin slot function they inherit
//    (when the dunder found along the MRO is still that builtin's wrapper_descriptor), or a generic
//    slot function that looks the dunder up on the type and calls it (slot_tp_repr, slot_nb_add,
//    ...). fixupSlots() computes this at class creation, updateSlot() after `C.__dunder__ = ...`.
//
// Slot functions are shared module-level functions (one per slot, created once), so comparing a
// type's slot with a known function (e.g. `t.nb.nb_add === slotNbAdd`) works as in CPython.
import {
  call,
  callSpecial,
  index as indexOf,
  isTrue,
  raiseNoAttribute,
  readyHook,
  sequenceIterHook,
  typeName,
} from "./abstract.ts";
import { PyBuiltinFunction, PyWrapperDescriptor, type WrapperFn } from "./descr.ts";
import { newException, raise, raiseAttributeError, raiseTypeError, raiseValueError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { CompareOp, type PyValue } from "./object.ts";
import { asString, genericGetAttr, hashNotImplemented, objectStrHook } from "./object-type.ts";
import { None, NotImplemented } from "./singletons.ts";
import { type PyType, TPFLAGS_DISALLOW_INSTANTIATION, TPFLAGS_HEAPTYPE, TPFLAGS_READY } from "./type.ts";
import {
  bytearrayType,
  bytesType,
  intType,
  listType,
  objectType,
  strType,
  tupleType,
  typeOf,
  typeType,
} from "./typeobjects.ts";

type AnyFn = (...a: never[]) => unknown;
type SlotTable = Record<string, AnyFn | null>;

/** One row of CPython's slotdefs: a dunder name and the slot it maps to. */
export interface SlotDef {
  readonly name: string;
  /** Field of PyType ("tp_repr", ...) or of PyType.nb ("nb_add", ...). */
  readonly slot: string;
  /** Calls the slot from Python arguments (null: no wrapper, e.g. __getattr__). */
  readonly wrapper: WrapperFn | null;
  /** The generic slot function for classes that define the dunder in Python. */
  readonly generic: AnyFn | null;
  readonly doc: string;
}

export function getSlot(t: PyType, slot: string): AnyFn | null {
  if (slot.charCodeAt(0) === 110 /* n */ && slot.charCodeAt(1) === 98 /* b */)
    return (t.nb as unknown as SlotTable)[slot];
  return (t as unknown as SlotTable)[slot];
}

export function setSlot(t: PyType, slot: string, fn: AnyFn | null): void {
  if (slot.charCodeAt(0) === 110 && slot.charCodeAt(1) === 98) (t.nb as unknown as SlotTable)[slot] = fn;
  else (t as unknown as SlotTable)[slot] = fn;
}

// ---------------------------------------------------------------- int results

/** The value of an int (or int subclass) result, or undefined if v is not an int. */
function intValue(v: PyValue): number | bigint | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "object" && v.type.isSubtypeOf(intType)) {
    const x = (v as unknown as { value: number | bigint }).value;
    return x;
  }
  return undefined;
}

const MAXSIZE = (1n << 63n) - 1n;

/** A __len__ result as a length (slot_sq_length): int, >= 0, fits in Py_ssize_t. */
function lengthResult(r: PyValue): number {
  const n = indexOf(r);
  if (typeof n === "bigint") {
    if (n < 0n) raiseValueError("__len__() should return >= 0");
    if (n > MAXSIZE) raise(E.PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return Number(n);
  }
  if (n < 0) raiseValueError("__len__() should return >= 0");
  return n;
}

// ---------------------------------------------------------------- generic slot functions

function missing(self: PyValue, name: string): never {
  raiseNoAttribute(self, name);
}

function callOrMissing(self: PyValue, name: string, args: PyValue[]): PyValue {
  const r = callSpecial(self, name, args);
  if (r === undefined) missing(self, name);
  return r;
}

export function slotTpRepr(self: PyValue): string {
  const r = callOrMissing(self, "__repr__", [self]);
  const s = asString(r);
  if (s === undefined) raiseTypeError(`__repr__ returned non-string (type ${typeName(r)})`);
  return s;
}

objectStrHook.viaSlotRepr = (self) => {
  if (typeOf(self).tp_repr !== slotTpRepr) return null;
  const r = callOrMissing(self, "__repr__", [self]);
  const s = asString(r);
  if (s === undefined) raiseTypeError(`__str__ returned non-string (type ${typeName(r)})`);
  return s;
};

export function slotTpStr(self: PyValue): string {
  const r = callOrMissing(self, "__str__", [self]);
  const s = asString(r);
  if (s === undefined) raiseTypeError(`__str__ returned non-string (type ${typeName(r)})`);
  return s;
}

export function slotTpHash(self: PyValue): number | bigint {
  const f = typeOf(self).lookup("__hash__");
  if (f === undefined || f === None) hashNotImplemented(self);
  const r = callOrMissing(self, "__hash__", [self]);
  const h = intValue(r);
  if (h === undefined) raiseTypeError("__hash__ method should return an integer");
  if (typeof h === "number") return h === -1 ? -2 : h;
  // Results that fit a Py_ssize_t are used as is; bigger ones are hashed as ints.
  if (h >= -MAXSIZE - 1n && h <= MAXSIZE) return h === -1n ? -2 : h;
  return (intType.tp_hash as NonNullable<PyType["tp_hash"]>)(h);
}

const RICHCMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

export function slotTpRichcompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  const r = callSpecial(self, RICHCMP_NAMES[op], [self, other]);
  return r === undefined ? NotImplemented : r;
}

/** slot_tp_getattro: the class defines __getattribute__ (and no __getattr__). */
export function slotTpGetattro(self: PyValue, name: string): PyValue | undefined {
  return callOrMissing(self, "__getattribute__", [self, name]);
}

let objectGetattributeDescr: PyValue | undefined;

function isAttributeError(e: unknown): boolean {
  return e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_AttributeError);
}

/** slot_tp_getattr_hook: __getattribute__ (generic fast path), then __getattr__ when that fails. */
export function slotTpGetattrHook(self: PyValue, name: string): PyValue | undefined {
  const t = typeOf(self);
  const getattr = t.lookup("__getattr__");
  if (getattr === undefined) return slotTpGetattroOrGeneric(self, name);
  const getattribute = t.lookup("__getattribute__");
  try {
    let r: PyValue | undefined;
    if (getattribute === undefined || getattribute === objectGetattributeDescr)
      r = genericGetAttr(self, name);
    else if (getattribute instanceof PyWrapperDescriptor && getattribute.slot === "tp_getattro")
      // A builtin's __getattribute__ (e.g. type's, for metaclasses): its slot function directly.
      r = (getattribute.wrapped as NonNullable<PyType["tp_getattro"]>)(self, name);
    else r = callOrMissing(self, "__getattribute__", [self, name]);
    if (r !== undefined) return r;
  } catch (e) {
    if (!isAttributeError(e)) throw e;
  }
  return callOrMissing(self, "__getattr__", [self, name]);
}

function slotTpGetattroOrGeneric(self: PyValue, name: string): PyValue | undefined {
  const getattribute = typeOf(self).lookup("__getattribute__");
  if (getattribute === undefined || getattribute === objectGetattributeDescr)
    return genericGetAttr(self, name);
  return callOrMissing(self, "__getattribute__", [self, name]);
}

export function slotTpSetattro(self: PyValue, name: string, value: PyValue | null): void {
  if (value === null) callOrMissing(self, "__delattr__", [self, name]);
  else callOrMissing(self, "__setattr__", [self, name, value]);
}

export function slotTpDescrGet(self: PyValue, obj: PyValue | null, type: PyType | null): PyValue {
  const t = typeOf(self);
  if (t.lookup("__get__") === undefined) return self;
  return callOrMissing(self, "__get__", [self, obj === null ? None : obj, type === null ? None : type]);
}

export function slotTpDescrSet(self: PyValue, obj: PyValue, value: PyValue | null): void {
  // A missing __set__/__delete__ raises AttributeError(name), as vectorcall_method does.
  if (value === null) {
    if (callSpecial(self, "__delete__", [self, obj]) === undefined) raiseAttributeError("__delete__");
  } else if (callSpecial(self, "__set__", [self, obj, value]) === undefined) {
    raiseAttributeError("__set__");
  }
}

export function slotTpCall(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const full = new Array<PyValue>(args.length + 1);
  full[0] = self;
  for (let i = 0; i < args.length; i++) full[i + 1] = args[i];
  const r = callSpecial(self, "__call__", full, kwnames);
  if (r === undefined) raiseTypeError(`'${typeName(self)}' object is not callable`);
  return r;
}

export function slotTpIter(self: PyValue): PyValue {
  const f = typeOf(self).lookup("__iter__");
  if (f === None) raiseTypeError(`'${typeName(self)}' object is not iterable`);
  if (f === undefined) {
    if (typeOf(self).lookup("__getitem__") !== undefined) return sequenceIterHook(self);
    raiseTypeError(`'${typeName(self)}' object is not iterable`);
  }
  return callOrMissing(self, "__iter__", [self]);
}

/** slot_tp_iternext: a StopIteration raised by __next__ becomes the "exhausted" undefined. */
export function slotTpIternext(self: PyValue): PyValue | undefined {
  try {
    return callOrMissing(self, "__next__", [self]);
  } catch (e) {
    if (e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_StopIteration)) return undefined;
    throw e;
  }
}

export function slotMpLength(self: PyValue): number {
  return lengthResult(callOrMissing(self, "__len__", [self]));
}

export function slotMpSubscript(self: PyValue, key: PyValue): PyValue {
  return callOrMissing(self, "__getitem__", [self, key]);
}

export function slotMpAssSubscript(self: PyValue, key: PyValue, value: PyValue | null): void {
  if (value === null) callOrMissing(self, "__delitem__", [self, key]);
  else callOrMissing(self, "__setitem__", [self, key, value]);
}

export function slotSqContains(self: PyValue, item: PyValue): boolean {
  const f = typeOf(self).lookup("__contains__");
  if (f === None) raiseTypeError(`'${typeName(self)}' object is not a container`);
  return isTrue(callOrMissing(self, "__contains__", [self, item]));
}

export function slotNbBool(self: PyValue): boolean {
  const t = typeOf(self);
  const f = t.lookup("__bool__");
  // slot_nb_bool (3.14): `__bool__ = None` blocks truth testing instead of calling None
  if (f === None) raiseTypeError(`'${t.name}' cannot be interpreted as a boolean`);
  if (f === undefined) {
    if (t.lookup("__len__") === undefined) return true;
    return slotMpLength(self) !== 0;
  }
  const r = callOrMissing(self, "__bool__", [self]);
  if (typeof r !== "boolean") raiseTypeError(`__bool__ should return bool, returned ${typeName(r)}`);
  return r;
}

function makeUnarySlot(name: string): (self: PyValue) => PyValue {
  return (self) => callOrMissing(self, name, [self]);
}

export const slotNbNegative = makeUnarySlot("__neg__");
export const slotNbPositive = makeUnarySlot("__pos__");
export const slotNbAbsolute = makeUnarySlot("__abs__");
export const slotNbInvert = makeUnarySlot("__invert__");
/** nb_int/nb_float/nb_index return the dunder's raw result; int()/float()/index() check its type. */
export const slotNbInt = makeUnarySlot("__int__");
export const slotNbFloat = makeUnarySlot("__float__");
export const slotNbIndex = makeUnarySlot("__index__");

/** method_is_overloaded: right's `name` differs from left's (both looked up on the types). */
function methodIsOverloaded(left: PyType, right: PyType, name: string): boolean {
  const b = right.lookup(name);
  if (b === undefined) return false;
  const a = left.lookup(name);
  if (a === undefined) return true;
  return a !== b;
}

function callMaybe(self: PyValue, name: string, other: PyValue): PyValue {
  const r = callSpecial(self, name, [self, other]);
  return r === undefined ? NotImplemented : r;
}

/**
 * SLOT1BINFULL: the left operand's __op__ and the right operand's __rop__, subclass first.
 * `fn` is the slot function itself (how a type using this generic slot is recognised).
 */
function slot1BinFull(
  self: PyValue,
  other: PyValue,
  slot: string,
  fn: AnyFn,
  name: string,
  rname: string,
): PyValue {
  const st = typeOf(self);
  const ot = typeOf(other);
  let doOther = st !== ot && getSlot(ot, slot) === fn;
  if (getSlot(st, slot) === fn) {
    if (doOther && ot.isSubtypeOf(st) && methodIsOverloaded(st, ot, rname)) {
      const r = callMaybe(other, rname, self);
      if (r !== NotImplemented) return r;
      doOther = false;
    }
    const r = callMaybe(self, name, other);
    if (r !== NotImplemented || ot === st) return r;
  }
  if (doOther) return callMaybe(other, rname, self);
  return NotImplemented;
}

function makeBinarySlot(slot: string, name: string, rname: string): (a: PyValue, b: PyValue) => PyValue {
  const fn = (self: PyValue, other: PyValue): PyValue => slot1BinFull(self, other, slot, fn, name, rname);
  return fn;
}

function makeInplaceSlot(name: string): (a: PyValue, b: PyValue) => PyValue {
  return (self, other) => callMaybe(self, name, other);
}

/**
 * slot_nb_power: with a modulus, SLOT1BINFULL for three arguments (3.14 also tries __rpow__).
 */
export function slotNbPower(self: PyValue, other: PyValue, mod: PyValue): PyValue {
  if (mod === None || mod === undefined)
    return slot1BinFull(self, other, "nb_power", slotNbPower as AnyFn, "__pow__", "__rpow__");
  const st = typeOf(self);
  const ot = typeOf(other);
  let doOther = st !== ot && ot.nb.nb_power === slotNbPower;
  if (st.nb.nb_power === slotNbPower) {
    if (doOther && ot.isSubtypeOf(st) && methodIsOverloaded(st, ot, "__rpow__")) {
      const r = callSpecial(other, "__rpow__", [other, self, mod]);
      if (r !== undefined && r !== NotImplemented) return r;
      doOther = false;
    }
    const r = callSpecial(self, "__pow__", [self, other, mod]);
    if ((r !== undefined && r !== NotImplemented) || ot === st) return r === undefined ? NotImplemented : r;
  }
  if (doOther) {
    const r = callSpecial(other, "__rpow__", [other, self, mod]);
    return r === undefined ? NotImplemented : r;
  }
  return NotImplemented;
}

export function slotNbInplacePower(self: PyValue, other: PyValue, _mod: PyValue): PyValue {
  return callMaybe(self, "__ipow__", other);
}

export function slotTpInit(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): void {
  const full = new Array<PyValue>(args.length + 1);
  full[0] = self;
  for (let i = 0; i < args.length; i++) full[i + 1] = args[i];
  const r = callSpecial(self, "__init__", full, kwnames);
  if (r === undefined) missing(self, "__init__");
  if (r !== None) raiseTypeError(`__init__() should return None, not '${typeName(r)}'`);
}

/** slot_tp_new: `type.__new__` (a staticmethod, so getattr yields the function) called with the type. */
export function slotTpNew(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const f = (typeOf(type).tp_getattro as NonNullable<PyType["tp_getattro"]>)(type, "__new__");
  if (f === undefined) raiseNoAttribute(type, "__new__");
  const full = new Array<PyValue>(args.length + 1);
  full[0] = type;
  for (let i = 0; i < args.length; i++) full[i + 1] = args[i];
  return call(f, full, kwnames);
}

/** Reports an exception that cannot propagate (from __del__); replaced by the VM (sys.unraisablehook). */
export const slotHooks = {
  writeUnraisable: (_exc: unknown, _obj: PyValue, _where: string): void => {},
};

export function slotTpFinalize(self: PyValue): void {
  try {
    callSpecial(self, "__del__", [self]);
  } catch (e) {
    slotHooks.writeUnraisable(e, self, "Exception ignored while calling deallocator");
  }
}

// ---------------------------------------------------------------- wrappers (wrap_* in typeobject.c)

function checkNoKw(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`wrapper ${name}() takes no keyword arguments`);
}

function checkNumArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, n: number): void {
  checkNoKw(name, kwnames);
  if (args.length !== n) raiseTypeError(`expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

type F1 = (a: PyValue) => PyValue;
type F2 = (a: PyValue, b: PyValue) => PyValue;
type F3 = (a: PyValue, b: PyValue, c: PyValue) => PyValue;

const wrapUnary: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 0);
  return (f as F1)(self);
};
const wrapHash: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 0);
  return (f as (a: PyValue) => number | bigint)(self);
};
const wrapNext: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 0);
  const r = (f as (a: PyValue) => PyValue | undefined)(self);
  if (r === undefined) throw newException(E.PyExc_StopIteration);
  return r;
};
const wrapBinaryL: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 1);
  return (f as F2)(self, args[0]);
};
const wrapBinaryR: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 1);
  return (f as F2)(args[0], self);
};
/**
 * The sequences' repetition is their nb_multiply here; CPython's `str.__mul__` is the sq_repeat
 * wrapper (wrap_indexargfunc), which converts its argument with PyNumber_AsSsize_t first.
 */
function repeatCount(self: PyValue, args: PyValue[]): PyValue {
  const n = args[0];
  if (typeof n === "number" || typeof n === "boolean") return n;
  const t = typeOf(self);
  for (const s of REPEAT_TYPES) if (t === s || t.isSubtypeOf(s)) return indexOf(n);
  return n;
}
const REPEAT_TYPES = [strType, listType, tupleType, bytesType, bytearrayType];
const wrapRepeatL: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 1);
  return (f as F2)(self, repeatCount(self, args));
};
const wrapRepeatR: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 1);
  return (f as F2)(repeatCount(self, args), self);
};
function ternaryArgs(args: PyValue[], kw: readonly string[] | null, name: string): PyValue {
  checkNoKw(name, kw);
  if (args.length < 1) raiseTypeError(`expected at least 1 argument, got ${args.length}`);
  if (args.length > 2) raiseTypeError(`expected at most 2 arguments, got ${args.length}`);
  return args.length === 2 ? args[1] : None;
}
const wrapTernary: WrapperFn = (f, self, args, kw, name) => {
  const mod = ternaryArgs(args, kw, name);
  return (f as F3)(self, args[0], mod);
};
const wrapTernaryR: WrapperFn = (f, self, args, kw, name) => {
  const mod = ternaryArgs(args, kw, name);
  return (f as F3)(args[0], self, mod);
};
function wrapRichcmp(op: CompareOp): WrapperFn {
  return (f, self, args, kw, name) => {
    checkNumArgs(name, args, kw, 1);
    return (f as (a: PyValue, b: PyValue, op: CompareOp) => PyValue)(self, args[0], op);
  };
}
const wrapInquiry: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 0);
  return (f as (a: PyValue) => boolean)(self);
};
const wrapLen: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 0);
  return (f as (a: PyValue) => number)(self);
};
const wrapContains: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 1);
  return (f as (a: PyValue, b: PyValue) => boolean)(self, args[0]);
};
const wrapSetitem: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 2);
  (f as (a: PyValue, b: PyValue, c: PyValue | null) => void)(self, args[0], args[1]);
  return None;
};
const wrapDelitem: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 1);
  (f as (a: PyValue, b: PyValue, c: PyValue | null) => void)(self, args[0], null);
  return None;
};
function attrName(v: PyValue): string {
  const s = asString(v);
  if (s === undefined) raiseTypeError(`attribute name must be string, not '${typeName(v)}'`);
  return s;
}
const wrapGetattr: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 1);
  const n = attrName(args[0]);
  const r = (f as (a: PyValue, n: string) => PyValue | undefined)(self, n);
  if (r === undefined) raiseNoAttribute(self, n);
  return r;
};
/**
 * hackcheck: `object.__setattr__(x, ...)` must not bypass a builtin type's own setattr (e.g.
 * object.__setattr__ applied to a class, whose type defines type_setattro).
 */
function hackcheck(self: PyValue, func: unknown, what: string): void {
  const type = typeOf(self);
  const mro = type.mro;
  let defining: PyType | null = type;
  for (let i = mro.length - 1; i >= 0; i--) {
    const base = mro[i];
    if (base.tp_setattro !== (slotTpSetattro as unknown) && base.tp_setattro === type.tp_setattro) {
      defining = base;
      break;
    }
  }
  for (let base: PyType | null = defining; base !== null; base = base.base) {
    if (base.tp_setattro === func) return;
    if (base.tp_setattro !== (slotTpSetattro as unknown))
      raiseTypeError(`can't apply this ${what} to ${type.name} object`);
  }
}

const wrapSetattr: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 2);
  hackcheck(self, f, name);
  (f as (a: PyValue, n: string, v: PyValue | null) => void)(self, attrName(args[0]), args[1]);
  return None;
};
const wrapDelattr: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 1);
  hackcheck(self, f, name);
  (f as (a: PyValue, n: string, v: PyValue | null) => void)(self, attrName(args[0]), null);
  return None;
};
const wrapDescrGet: WrapperFn = (f, self, args, kw, name) => {
  checkNoKw(name, kw);
  if (args.length < 1 || args.length > 2)
    raiseTypeError(
      `expected ${args.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${args.length}`,
    );
  const obj = args[0] === None ? null : args[0];
  const type = args.length > 1 && args[1] !== None ? args[1] : null;
  if (obj === null && type === null) raiseTypeError("__get__(None, None) is invalid");
  return (f as NonNullable<PyType["tp_descr_get"]>)(self, obj, type as PyType | null);
};
const wrapDescrSet: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 2);
  (f as NonNullable<PyType["tp_descr_set"]>)(self, args[0], args[1]);
  return None;
};
const wrapDescrDelete: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 1);
  (f as NonNullable<PyType["tp_descr_set"]>)(self, args[0], null);
  return None;
};
const wrapInit: WrapperFn = (f, self, args, kw) => {
  (f as NonNullable<PyType["tp_init"]>)(self, args, kw);
  return None;
};
const wrapCall: WrapperFn = (f, self, args, kw) => (f as NonNullable<PyType["tp_call"]>)(self, args, kw);
const wrapDel: WrapperFn = (f, self, args, kw, name) => {
  checkNumArgs(name, args, kw, 0);
  (f as (a: PyValue) => void)(self);
  return None;
};

// ---------------------------------------------------------------- the table

const defs: SlotDef[] = [];
function def(
  name: string,
  slot: string,
  wrapper: WrapperFn | null,
  generic: AnyFn | null,
  doc: string,
): void {
  defs.push({ name, slot, wrapper, generic, doc });
}

function binaryDefs(slot: string, op: string, sym: string): void {
  const fn = makeBinarySlot(slot, `__${op}__`, `__r${op}__`) as AnyFn;
  const seq = op === "mul";
  def(`__${op}__`, slot, seq ? wrapRepeatL : wrapBinaryL, fn, `Return self${sym}value.`);
  def(`__r${op}__`, slot, seq ? wrapRepeatR : wrapBinaryR, fn, `Return value${sym}self.`);
}

// Order follows CPython's slotdefs (it decides the order of wrappers in a builtin type's __dict__).
def("__repr__", "tp_repr", wrapUnary, slotTpRepr as AnyFn, "Return repr(self).");
def("__hash__", "tp_hash", wrapHash, slotTpHash as AnyFn, "Return hash(self).");
def("__call__", "tp_call", wrapCall, slotTpCall as AnyFn, "Call self as a function.");
def("__str__", "tp_str", wrapUnary, slotTpStr as AnyFn, "Return str(self).");
def("__getattribute__", "tp_getattro", wrapGetattr, slotTpGetattro as AnyFn, "Return getattr(self, name).");
def("__getattr__", "tp_getattro", null, slotTpGetattrHook as AnyFn, "");
def(
  "__setattr__",
  "tp_setattro",
  wrapSetattr,
  slotTpSetattro as AnyFn,
  "Implement setattr(self, name, value).",
);
def("__delattr__", "tp_setattro", wrapDelattr, slotTpSetattro as AnyFn, "Implement delattr(self, name).");
def("__lt__", "tp_richcompare", wrapRichcmp(CompareOp.LT), slotTpRichcompare as AnyFn, "Return self<value.");
def("__le__", "tp_richcompare", wrapRichcmp(CompareOp.LE), slotTpRichcompare as AnyFn, "Return self<=value.");
def("__eq__", "tp_richcompare", wrapRichcmp(CompareOp.EQ), slotTpRichcompare as AnyFn, "Return self==value.");
def("__ne__", "tp_richcompare", wrapRichcmp(CompareOp.NE), slotTpRichcompare as AnyFn, "Return self!=value.");
def("__gt__", "tp_richcompare", wrapRichcmp(CompareOp.GT), slotTpRichcompare as AnyFn, "Return self>value.");
def("__ge__", "tp_richcompare", wrapRichcmp(CompareOp.GE), slotTpRichcompare as AnyFn, "Return self>=value.");
def("__iter__", "tp_iter", wrapUnary, slotTpIter as AnyFn, "Implement iter(self).");
def("__next__", "tp_iternext", wrapNext, slotTpIternext as AnyFn, "Implement next(self).");
def(
  "__get__",
  "tp_descr_get",
  wrapDescrGet,
  slotTpDescrGet as AnyFn,
  "Return an attribute of instance, which is of type owner.",
);
def(
  "__set__",
  "tp_descr_set",
  wrapDescrSet,
  slotTpDescrSet as AnyFn,
  "Set an attribute of instance to value.",
);
def(
  "__delete__",
  "tp_descr_set",
  wrapDescrDelete,
  slotTpDescrSet as AnyFn,
  "Delete an attribute of instance.",
);
def(
  "__init__",
  "tp_init",
  wrapInit,
  slotTpInit as AnyFn,
  "Initialize self.  See help(type(self)) for accurate signature.",
);
def("__new__", "tp_new", null, slotTpNew as AnyFn, "");
def(
  "__del__",
  "tp_finalize",
  wrapDel,
  slotTpFinalize as AnyFn,
  "Called when the instance is about to be destroyed.",
);
binaryDefs("nb_add", "add", "+");
binaryDefs("nb_subtract", "sub", "-");
binaryDefs("nb_multiply", "mul", "*");
binaryDefs("nb_remainder", "mod", "%");
binaryDefs("nb_divmod", "divmod", ", divmod(");
def("__pow__", "nb_power", wrapTernary, slotNbPower as AnyFn, "Return pow(self, value, mod).");
def("__rpow__", "nb_power", wrapTernaryR, slotNbPower as AnyFn, "Return pow(value, self, mod).");
def("__neg__", "nb_negative", wrapUnary, slotNbNegative as AnyFn, "-self");
def("__pos__", "nb_positive", wrapUnary, slotNbPositive as AnyFn, "+self");
def("__abs__", "nb_absolute", wrapUnary, slotNbAbsolute as AnyFn, "abs(self)");
def("__bool__", "nb_bool", wrapInquiry, slotNbBool as AnyFn, "True if self else False");
def("__invert__", "nb_invert", wrapUnary, slotNbInvert as AnyFn, "~self");
binaryDefs("nb_lshift", "lshift", "<<");
binaryDefs("nb_rshift", "rshift", ">>");
binaryDefs("nb_and", "and", "&");
binaryDefs("nb_xor", "xor", "^");
binaryDefs("nb_or", "or", "|");
def("__int__", "nb_int", wrapUnary, slotNbInt as AnyFn, "int(self)");
def("__float__", "nb_float", wrapUnary, slotNbFloat as AnyFn, "float(self)");
for (const [slot, op, sym] of [
  ["nb_inplace_add", "iadd", "+="],
  ["nb_inplace_subtract", "isub", "-="],
  ["nb_inplace_multiply", "imul", "*="],
  ["nb_inplace_remainder", "imod", "%="],
] as const)
  def(`__${op}__`, slot, wrapBinaryL, makeInplaceSlot(`__${op}__`) as AnyFn, `Return self${sym}value.`);
def("__ipow__", "nb_inplace_power", wrapTernary, slotNbInplacePower as AnyFn, "Return self**=value.");
for (const [slot, op, sym] of [
  ["nb_inplace_lshift", "ilshift", "<<="],
  ["nb_inplace_rshift", "irshift", ">>="],
  ["nb_inplace_and", "iand", "&="],
  ["nb_inplace_xor", "ixor", "^="],
  ["nb_inplace_or", "ior", "|="],
] as const)
  def(`__${op}__`, slot, wrapBinaryL, makeInplaceSlot(`__${op}__`) as AnyFn, `Return self${sym}value.`);
binaryDefs("nb_floor_divide", "floordiv", "//");
binaryDefs("nb_true_divide", "truediv", "/");
def(
  "__ifloordiv__",
  "nb_inplace_floor_divide",
  wrapBinaryL,
  makeInplaceSlot("__ifloordiv__") as AnyFn,
  "Return self//=value.",
);
def(
  "__itruediv__",
  "nb_inplace_true_divide",
  wrapBinaryL,
  makeInplaceSlot("__itruediv__") as AnyFn,
  "Return self/=value.",
);
def(
  "__index__",
  "nb_index",
  wrapUnary,
  slotNbIndex as AnyFn,
  "Return self converted to an integer, if self is suitable for use as an index into a list.",
);
binaryDefs("nb_matrix_multiply", "matmul", "@");
def(
  "__imatmul__",
  "nb_inplace_matrix_multiply",
  wrapBinaryL,
  makeInplaceSlot("__imatmul__") as AnyFn,
  "Return self@=value.",
);
def("__len__", "mp_length", wrapLen, slotMpLength as AnyFn, "Return len(self).");
def("__getitem__", "mp_subscript", wrapBinaryL, slotMpSubscript as AnyFn, "Return self[key].");
def("__setitem__", "mp_ass_subscript", wrapSetitem, slotMpAssSubscript as AnyFn, "Set self[key] to value.");
def("__delitem__", "mp_ass_subscript", wrapDelitem, slotMpAssSubscript as AnyFn, "Delete self[key].");
def("__contains__", "sq_contains", wrapContains, slotSqContains as AnyFn, "Return bool(key in self).");

/** CPython's slotdefs, in order. */
export const slotdefs: readonly SlotDef[] = defs;

/** Slot field -> the slotdefs that map to it (several dunders share tp_richcompare, nb_add, ...). */
const bySlot = new Map<string, SlotDef[]>();
/** Dunder name -> the slot fields it affects. */
const byName = new Map<string, string[]>();
for (const d of defs) {
  let g = bySlot.get(d.slot);
  if (g === undefined) bySlot.set(d.slot, (g = []));
  g.push(d);
  let s = byName.get(d.name);
  if (s === undefined) byName.set(d.name, (s = []));
  if (!s.includes(d.slot)) s.push(d.slot);
}
const SLOT_NAMES = [...bySlot.keys()];

/** True when `name` is a dunder that some slot depends on (so assigning it must update slots). */
export function isSlotName(name: string): boolean {
  return byName.has(name);
}

// ---------------------------------------------------------------- builtin types: PyType_Ready

/** The `__new__` of a builtin type: tp_new_wrapper, a builtin method bound to the type. */
function tpNewWrapper(args: PyValue[], kwnames: readonly string[] | null, owner: PyType): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 1) raiseTypeError(`${owner.name}.__new__(): not enough arguments`);
  const arg0 = args[0];
  if (!(typeof arg0 === "object" && arg0.type.isSubtypeOf(typeType)))
    raiseTypeError(`${owner.name}.__new__(X): X is not a type object (${typeName(arg0)})`);
  const sub = arg0 as PyType;
  if (!sub.isSubtypeOf(owner))
    raiseTypeError(`${owner.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${owner.name}`);
  // "is not safe": the most derived builtin base of `sub` must use owner's tp_new
  // (so object.__new__(int) cannot make an int without int's layout).
  let staticbase: PyType | null = sub;
  while (staticbase !== null && staticbase.tp_new === slotTpNew) staticbase = staticbase.base;
  if (staticbase !== null && staticbase.tp_new !== owner.tp_new)
    raiseTypeError(`${owner.name}.__new__(${sub.name}) is not safe, use ${staticbase.name}.__new__()`);
  const tpNew = owner.tp_new as NonNullable<PyType["tp_new"]>;
  return tpNew(sub, args.slice(1), kwnames);
}

/** Builds `T.__new__` for a builtin type T (a builtin method whose __self__ is T). */
export function makeNewWrapper(owner: PyType): PyBuiltinFunction {
  return new PyBuiltinFunction(
    "__new__",
    (args, kwnames) => tpNewWrapper(args, kwnames, owner),
    owner,
    "Create and return a new object.  See help(type) for accurate signature.",
  );
}

/** True when `v` is the `__new__` of some builtin type; returns that type. */
function newWrapperOwner(v: PyValue): PyType | null {
  if (v instanceof PyBuiltinFunction && v.name === "__new__" && v.meth === null) {
    const s = v.self;
    if (typeof s === "object" && s !== null && s.type.isSubtypeOf(typeType)) return s as PyType;
  }
  return null;
}

/**
 * PyType_Ready for a builtin type (bases first): adds `__new__` and a wrapper_descriptor for each
 * slot the type defines itself, in CPython's order (`__new__`, slot wrappers, then the methods
 * and getsets the type's file declared, then `__doc__`), and inherits unset slots from the MRO.
 * Idempotent.
 */
export function readyBuiltinType(t: PyType): void {
  if (t.flags & TPFLAGS_READY) return;
  t.flags |= TPFLAGS_READY;
  for (const b of t.bases) readyBuiltinType(b);
  if (t.base !== null) readyBuiltinType(t.base);
  if (t.ownLayout === null) t.ownLayout = t.base === objectType;
  const own = t.attrs;
  const ordered: [string, PyValue][] = [];
  if (t.tp_new === null && t.base === objectType) t.flags |= TPFLAGS_DISALLOW_INSTANTIATION;
  if (t.tp_new !== null && !own.has("__new__") && !(t.flags & TPFLAGS_DISALLOW_INSTANTIATION))
    ordered.push(["__new__", makeNewWrapper(t)]);
  // A type that defines comparison but not hashing is unhashable (inherit_slots + type_ready_set_hash).
  if (t.tp_hash === null && t.tp_richcompare !== null && t !== objectType) t.tp_hash = hashNotImplemented;
  const added = new Set<string>();
  for (const d of defs) {
    if (d.wrapper === null || own.has(d.name) || added.has(d.name)) continue;
    const f = getSlot(t, d.slot);
    if (f === null) continue;
    // A slot set to the same function as the base's is treated as inherited (no wrapper).
    if (t.base !== null && getSlot(t.base, d.slot) === f) continue;
    added.add(d.name);
    if (d.slot === "tp_hash" && f === (hashNotImplemented as AnyFn)) ordered.push([d.name, None]);
    else ordered.push([d.name, new PyWrapperDescriptor(t, d.name, d.wrapper, f, d.slot, d.doc)]);
  }
  if (ordered.length > 0) {
    const rest = [...own];
    own.clear();
    for (const [k, v] of ordered) own.set(k, v);
    for (const [k, v] of rest) own.set(k, v);
  }
  if (own.has("__doc__")) {
    const doc = own.get("__doc__") as PyValue;
    // A plain docstring goes last (type_ready's __doc__), a __doc__ descriptor stays in place.
    if (doc === null || typeof doc !== "object" || doc.type.tp_descr_get === null) {
      own.delete("__doc__");
      own.set("__doc__", doc);
    }
  } else {
    own.set("__doc__", None);
  }
  // inherit_slots: each empty slot from the first base along the MRO that has it.
  const mro = t.mro;
  for (let s = 0; s < SLOT_NAMES.length; s++) {
    const slot = SLOT_NAMES[s];
    if (getSlot(t, slot) !== null) continue;
    if (slot === "tp_new" && t.flags & TPFLAGS_DISALLOW_INSTANTIATION) continue;
    for (let i = 1; i < mro.length; i++) {
      const f = getSlot(mro[i], slot);
      if (f !== null) {
        setSlot(t, slot, f);
        break;
      }
    }
  }
  if (t.base !== null) {
    if (!t.hasInstanceDict && t.base.hasInstanceDict) t.hasInstanceDict = true;
    if (t.nslots < t.base.nslots) t.nslots = t.base.nslots;
  }
  t.modified();
  if (t === objectType) objectGetattributeDescr = objectType.attrs.get("__getattribute__");
}

readyHook.ready = readyBuiltinType;

/** Readies every builtin type reachable from `object` (call once the type files are loaded). */
export function readyAllTypes(): void {
  const seen = new Set<PyType>();
  const visit = (t: PyType): void => {
    if (seen.has(t)) return;
    seen.add(t);
    if (!(t.flags & TPFLAGS_HEAPTYPE)) readyBuiltinType(t);
    for (const ref of t.subclasses) {
      const sub = ref.deref();
      if (sub !== undefined) visit(sub);
    }
  };
  visit(objectType);
}

// ---------------------------------------------------------------- heap types: update_one_slot

/** update_one_slot: the slot function for `slot` of heap type t, from the dunders along its MRO. */
function updateOneSlot(t: PyType, slot: string): void {
  const group = bySlot.get(slot) as SlotDef[];
  let specific: AnyFn | null = null;
  let generic: AnyFn | null = null;
  let useGeneric = false;
  for (let i = 0; i < group.length; i++) {
    const d = group[i];
    const descr = t.lookup(d.name);
    if (descr === undefined) continue;
    if (descr instanceof PyWrapperDescriptor && descr.name === d.name && descr.slot === slot) {
      const w = descr.wrapped as AnyFn;
      if (specific === null || specific === w) specific = w;
      else useGeneric = true;
      generic = d.generic;
    } else if (descr === None && slot === "tp_hash") {
      specific = hashNotImplemented as AnyFn;
    } else if (slot === "tp_new" && newWrapperOwner(descr) !== null) {
      specific = (newWrapperOwner(descr) as PyType).tp_new as AnyFn;
    } else {
      useGeneric = true;
      generic = d.generic;
    }
  }
  setSlot(t, slot, specific !== null && !useGeneric ? specific : generic);
}

/** fixup_slot_dispatchers: every slot of a new heap type. */
export function fixupSlots(t: PyType): void {
  for (let s = 0; s < SLOT_NAMES.length; s++) updateOneSlot(t, SLOT_NAMES[s]);
}

/** update_slot: after `t.<name> = ...` (or del), recompute the affected slots of t and its subclasses. */
export function updateSlot(t: PyType, name: string): void {
  const slots = byName.get(name);
  if (slots === undefined) return;
  const visit = (x: PyType): void => {
    if (x.flags & TPFLAGS_HEAPTYPE) for (const s of slots) updateOneSlot(x, s);
    for (const ref of x.subclasses) {
      const sub = ref.deref();
      if (sub !== undefined) visit(sub);
    }
  };
  visit(t);
}
