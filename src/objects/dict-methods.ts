// The dict type's slots and methods (Objects/dictobject.c) over the table in dict.ts: subscripting
// with __missing__ for subclasses, get/setdefault/pop/popitem/update/fromkeys/copy/clear, the
// keys/values/items views (dict_keys/dict_values/dict_items, with set operations on keys and items
// views), their iterators with CPython's "changed size" / "keys changed" errors, `|` and `|=`,
// equality, and repr with the `{...}` recursion guard.
import {
  call,
  contains,
  getAttr,
  getItem,
  iter,
  len,
  lookupAttr,
  repr as reprOf,
  richCompareBool,
  setItem,
  str,
} from "./abstract.ts";
import { checkPositional } from "./args.ts";
import { defineClassMethods, defineGetSets, defineMethods } from "./descr.ts";
import { dictHooks, PyDict } from "./dict.ts";
import { newException, raiseTypeError, raiseValueError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { newList, PyList } from "./list.ts";
import { PyMappingProxy } from "./mappingproxy.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { genericAliasHook, reprEnter, reprLeave, tname } from "./sequtil.ts";
import {
  isAnySet,
  makeNewSet,
  type PySet,
  setAddKey,
  setDifferenceUpdate,
  setItems,
  setSymmetricDifferenceUpdate,
  setUpdate,
} from "./set.ts";
import { None, NotImplemented } from "./singletons.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { type PyType, TPFLAGS_DICT_SUBCLASS, TPFLAGS_MAPPING } from "./type.ts";
import { dictType, makeBuiltinType, objectType, setType, typeOf } from "./typeobjects.ts";

dictType.flags |= TPFLAGS_DICT_SUBCLASS | TPFLAGS_MAPPING;

// 3.14: "cannot use 'list' as a dict key (unhashable type: 'list')" (set_unhashable_type and
// dict_unhashable_type): only an exact TypeError is rewritten, with the original's str.
dictHooks.unhashable = (e, key, what) => {
  if (!(e instanceof E.PyBaseException) || e.type !== E.PyExc_TypeError) return e;
  const inner = e.args.items.length === 1 && typeof e.args.items[0] === "string" ? e.args.items[0] : str(e);
  return newException(E.PyExc_TypeError, `cannot use '${tname(key)}' as ${what} (${inner})`);
};

function asDict(v: PyValue): PyDict {
  return v as PyDict;
}

export function isDict(v: PyValue): v is PyDict {
  return v instanceof PyDict;
}

function keyError(key: PyValue): never {
  throw newException(E.PyExc_KeyError, key);
}

function nkw(kwnames: readonly string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

// ---------------------------------------------------------------- lookups

/** d[key] (dict_subscript): KeyError, or type(d).__missing__(d, key) for subclasses. */
export function dictSubscript(d: PyDict, key: PyValue): PyValue {
  const v = d.getItem(key);
  if (v !== undefined) return v;
  if (d.type !== dictType) {
    const missing = d.type.lookup("__missing__");
    if (missing !== undefined) {
      const get = typeOf(missing).tp_descr_get;
      if (get === null) return call(missing, [key]);
      return call(get(missing, d, d.type), [key]);
    }
  }
  keyError(key);
}

function dictAssSubscript(self: PyValue, key: PyValue, value: PyValue | null): void {
  const d = asDict(self);
  if (value === null) {
    if (!d.delItem(key)) keyError(key);
  } else d.setItem(key, value);
}

// ---------------------------------------------------------------- merging

/** The dict's live entries, snapshot as [key, value] pairs, in order. */
function entries(d: PyDict): [PyValue, PyValue][] {
  const out: [PyValue, PyValue][] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== undefined) out.push([k, d.values[i] as PyValue]);
  }
  return out;
}

/**
 * dict_merge(a, b, override): from a dict (whose iteration is dict's own) entry by entry, else
 * from any mapping through keys() and __getitem__. override 0 keeps existing keys; 2 raises
 * KeyError on a duplicate (for **kwargs merging).
 */
export function dictMerge(a: PyDict, b: PyValue, override: 0 | 1 | 2): void {
  if (b instanceof PyDict && typeOf(b).tp_iter === dictType.tp_iter) {
    if (b === a || b.size === 0) return;
    const size = b.size;
    for (let i = 0; i < b.keys.length; i++) {
      const k = b.keys[i];
      if (k === undefined) continue;
      const v = b.values[i] as PyValue;
      if (override === 1) a.setItem(k, v);
      else if (a.getItem(k) === undefined) a.setItem(k, v);
      else if (override === 2) keyError(k);
      if (b.size !== size) raiseRuntime("dict mutated during update");
    }
    return;
  }
  const keys = mappingKeys(b);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (override !== 1 && a.getItem(k) !== undefined) {
      if (override === 2) keyError(k);
      continue;
    }
    a.setItem(k, getItem(b, k));
  }
}

/** PyMapping_Keys for a non-dict: b.keys() collected into a list first (method_output_as_list). */
function mappingKeys(b: PyValue): PyValue[] {
  const out = call(getAttr(b, "keys"), []);
  if (out instanceof PyList && out.type.name === "list") return out.items.slice();
  let it: PyValue;
  try {
    it = iter(out);
  } catch (e) {
    if (e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_TypeError))
      raiseTypeError(`${tname(b)}.keys() returned a non-iterable (type ${tname(out)})`);
    throw e;
  }
  const f = typeOf(it).tp_iternext as (x: PyValue) => PyValue | undefined;
  const keys: PyValue[] = [];
  for (;;) {
    const k = f(it);
    if (k === undefined) return keys;
    keys.push(k);
  }
}

/** PyDict_MergeFromSeq2: an iterable of key/value pairs. */
function mergeFromSeq2(d: PyDict, seq: PyValue, override: boolean): void {
  const it = iter(seq);
  const f = typeOf(it).tp_iternext as (x: PyValue) => PyValue | undefined;
  for (let i = 0; ; i++) {
    const item = f(it);
    if (item === undefined) return;
    let pair: readonly PyValue[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      let sub: PyValue;
      try {
        sub = iter(item);
      } catch (e) {
        if (e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_TypeError)) {
          const exc = newException(E.PyExc_TypeError, "object is not iterable");
          addNote(exc, `Cannot convert dictionary update sequence element #${i} to a sequence`);
          throw exc;
        }
        throw e;
      }
      const xs: PyValue[] = [];
      const g = typeOf(sub).tp_iternext as (x: PyValue) => PyValue | undefined;
      for (;;) {
        const x = g(sub);
        if (x === undefined) break;
        xs.push(x);
      }
      pair = xs;
    }
    if (pair.length !== 2)
      raiseValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    const k = pair[0];
    const v = pair[1];
    if (override || d.getItem(k) === undefined) d.setItem(k, v);
  }
}

/** dict_update_arg: a dict, something with keys(), or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: PyValue): void {
  if (arg instanceof PyDict && arg.type === dictType) {
    dictMerge(d, arg, 1);
    return;
  }
  if (lookupAttr(arg, "keys") !== undefined) dictMerge(d, arg, 1);
  else mergeFromSeq2(d, arg, true);
}

/** dict_update_common: `args` holds one optional positional argument then the keyword values. */
function updateCommon(d: PyDict, args: PyValue[], kwnames: readonly string[] | null, fname: string): void {
  const nk = nkw(kwnames);
  const npos = args.length - nk;
  checkPositional(fname, npos, 0, 1);
  if (npos === 1) dictUpdateArg(d, args[0]);
  for (let k = 0; k < nk; k++) d.setStr((kwnames as readonly string[])[k], args[npos + k]);
}

/** BaseException.add_note: appends to the instance's __notes__ list. */
function addNote(exc: E.PyBaseException, note: string): void {
  if (exc.dict === null) exc.dict = new PyDict();
  const notes = exc.dict.getStr("__notes__");
  if (notes instanceof PyList) notes.items.push(note);
  else exc.dict.setStr("__notes__", newList([note]));
}

function raiseRuntime(msg: string): never {
  throw newException(E.PyExc_RuntimeError, msg);
}

/** A new exact dict with the same items (PyDict_Copy). */
export function dictCopy(d: PyDict): PyDict {
  const out = new PyDict();
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k === undefined) continue;
    const v = d.values[i] as PyValue;
    if (typeof k === "string") out.setStr(k, v);
    else out.setItem(k, v);
  }
  return out;
}

// ---------------------------------------------------------------- repr and equality

function dictRepr(self: PyValue): string {
  const d = asDict(self);
  if (d.size === 0) return "{}";
  if (!reprEnter(d)) return "{...}";
  try {
    let out = "{";
    let first = true;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === undefined) continue;
      const v = d.values[i] as PyValue;
      if (!first) out += ", ";
      first = false;
      out += reprOf(k);
      out += ": ";
      out += reprOf(v);
    }
    return out + "}";
  } finally {
    reprLeave(d);
  }
}

/** dict_equal: same size and every key of a maps to an equal value in b. */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.size !== b.size) return false;
  for (let i = 0; i < a.keys.length; i++) {
    const k = a.keys[i];
    if (k === undefined) continue;
    const av = a.values[i] as PyValue;
    const bv = b.getItem(k);
    if (bv === undefined) return false;
    if (av !== bv && !richCompareBool(av, bv, CompareOp.EQ)) return false;
  }
  return true;
}

function dictRichCompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  if (!(v instanceof PyDict) || !(w instanceof PyDict)) return NotImplemented;
  if (op === CompareOp.EQ) return dictEqual(v, w);
  if (op === CompareOp.NE) return !dictEqual(v, w);
  return NotImplemented;
}

// ---------------------------------------------------------------- iterators

const KIND_KEYS = 0;
const KIND_VALUES = 1;
const KIND_ITEMS = 2;

export const dictKeyIteratorType = makeBuiltinType("dict_keyiterator", [objectType], 0);
export const dictValueIteratorType = makeBuiltinType("dict_valueiterator", [objectType], 0);
export const dictItemIteratorType = makeBuiltinType("dict_itemiterator", [objectType], 0);
export const dictRevKeyIteratorType = makeBuiltinType("dict_reversekeyiterator", [objectType], 0);
export const dictRevValueIteratorType = makeBuiltinType("dict_reversevalueiterator", [objectType], 0);
export const dictRevItemIteratorType = makeBuiltinType("dict_reverseitemiterator", [objectType], 0);

export class PyDictIterator extends PyObject {
  src: PyDict | null;
  /** The dict's size when iteration started ("changed size during iteration"). */
  used: number;
  pos: number;
  /** Items still expected ("keys changed during iteration"). */
  len: number;
  readonly kind: number;
  constructor(type: PyType, d: PyDict, kind: number, reversed: boolean) {
    super(type);
    this.src = d;
    this.used = d.size;
    this.pos = reversed ? d.keys.length - 1 : 0;
    this.len = d.size;
    this.kind = kind;
  }
}

function produce(it: PyDictIterator, d: PyDict, i: number): PyValue {
  if (it.kind === KIND_KEYS) return d.keys[i] as PyValue;
  if (it.kind === KIND_VALUES) return d.values[i] as PyValue;
  return newTuple([d.keys[i] as PyValue, d.values[i] as PyValue]);
}

function dictIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyDictIterator;
  const d = it.src;
  if (d === null) return undefined;
  if (it.used !== d.size) {
    it.used = -1;
    raiseRuntime("dictionary changed size during iteration");
  }
  let i = it.pos;
  const keys = d.keys;
  const n = keys.length;
  while (i < n && keys[i] === undefined) i++;
  if (i >= n) {
    it.src = null;
    return undefined;
  }
  if (it.len === 0) {
    it.src = null;
    raiseRuntime("dictionary keys changed during iteration");
  }
  it.pos = i + 1;
  it.len--;
  return produce(it, d, i);
}

function dictRevIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyDictIterator;
  const d = it.src;
  if (d === null) return undefined;
  if (it.used !== d.size) {
    it.used = -1;
    raiseRuntime("dictionary changed size during iteration");
  }
  let i = it.pos;
  if (i >= d.keys.length) i = d.keys.length - 1;
  while (i >= 0 && d.keys[i] === undefined) i--;
  if (i < 0) {
    it.src = null;
    return undefined;
  }
  it.pos = i - 1;
  it.len--;
  return produce(it, d, i);
}

function lengthHint(self: PyValue): PyValue {
  const it = self as PyDictIterator;
  return it.src !== null && it.used === it.src.size ? it.len : 0;
}

for (const t of [dictKeyIteratorType, dictValueIteratorType, dictItemIteratorType]) {
  t.tp_iter = (self) => self;
  t.tp_iternext = dictIterNext;
  defineMethods(t, { __length_hint__: lengthHint });
}
for (const t of [dictRevKeyIteratorType, dictRevValueIteratorType, dictRevItemIteratorType]) {
  t.tp_iter = (self) => self;
  t.tp_iternext = dictRevIterNext;
  defineMethods(t, { __length_hint__: lengthHint });
}

export function dictIter(d: PyDict, kind = KIND_KEYS): PyDictIterator {
  const t =
    kind === KIND_KEYS
      ? dictKeyIteratorType
      : kind === KIND_VALUES
        ? dictValueIteratorType
        : dictItemIteratorType;
  return new PyDictIterator(t, d, kind, false);
}

function dictRevIter(d: PyDict, kind: number): PyDictIterator {
  const t =
    kind === KIND_KEYS
      ? dictRevKeyIteratorType
      : kind === KIND_VALUES
        ? dictRevValueIteratorType
        : dictRevItemIteratorType;
  return new PyDictIterator(t, d, kind, true);
}

// ---------------------------------------------------------------- views

export const dictKeysType = makeBuiltinType("dict_keys", [objectType], 0);
export const dictValuesType = makeBuiltinType("dict_values", [objectType], 0);
export const dictItemsType = makeBuiltinType("dict_items", [objectType], 0);

export class PyDictView extends PyObject {
  readonly src: PyDict;
  readonly kind: number;
  constructor(type: PyType, d: PyDict, kind: number) {
    super(type);
    this.src = d;
    this.kind = kind;
  }
}

/** PyDictViewSet_Check: a keys or items view. */
function isViewSet(v: PyValue): v is PyDictView {
  return v instanceof PyDictView && v.kind !== KIND_VALUES;
}

/** Builds `mappingproxy(d)` for a view's `mapping` attribute; installed by the mappingproxy's file. */
export const dictViewHooks = {
  mappingProxy: (d: PyDict): PyValue => new PyMappingProxy(d, null),
};

function viewRepr(self: PyValue): string {
  const v = self as PyDictView;
  const name = v.type.name;
  if (!reprEnter(v)) return "...";
  try {
    return `${name}(${reprOf(newList(viewItems(v)))})`;
  } finally {
    reprLeave(v);
  }
}

function viewItems(v: PyDictView): PyValue[] {
  const out: PyValue[] = [];
  const it = dictIter(v.src, v.kind);
  for (;;) {
    const x = dictIterNext(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

function keysContains(v: PyDictView, key: PyValue): boolean {
  return v.src.getItem(key) !== undefined;
}

function itemsContains(v: PyDictView, item: PyValue): boolean {
  if (!(item instanceof PyTuple) || item.items.length !== 2) return false;
  const found = v.src.getItem(item.items[0]);
  if (found === undefined) return false;
  return richCompareBool(found, item.items[1], CompareOp.EQ);
}

function viewContains(v: PyDictView, x: PyValue): boolean {
  return v.kind === KIND_KEYS ? keysContains(v, x) : itemsContains(v, x);
}

/** all_contained_in(self, other): every item of self is in other. */
function allContainedIn(self: PyValue, other: PyValue): boolean {
  const it = iter(self);
  const f = typeOf(it).tp_iternext as (x: PyValue) => PyValue | undefined;
  for (;;) {
    const x = f(it);
    if (x === undefined) return true;
    if (!contains(other, x)) return false;
  }
}

function viewRichCompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  if (!isAnySet(other) && !isViewSet(other)) return NotImplemented;
  const a = len(self);
  const b = len(other);
  switch (op) {
    case CompareOp.EQ:
    case CompareOp.NE: {
      const ok = a === b && allContainedIn(self, other);
      return op === CompareOp.EQ ? ok : !ok;
    }
    case CompareOp.LT:
      return a < b && allContainedIn(self, other);
    case CompareOp.LE:
      return a <= b && allContainedIn(self, other);
    case CompareOp.GT:
      return a > b && allContainedIn(other, self);
    default:
      return a >= b && allContainedIn(other, self);
  }
}

/** dictviews_to_set: a keys view's set is built from its dict (with the stored hashes). */
function viewsToSet(v: PyValue): PySet {
  if (v instanceof PyDictView && v.kind === KIND_KEYS) return makeNewSet(setType, v.src);
  return makeNewSet(setType, v);
}

function viewsSub(a: PyValue, b: PyValue): PyValue {
  const r = viewsToSet(a);
  setDifferenceUpdate(r, b);
  return r;
}

function viewsOr(a: PyValue, b: PyValue): PyValue {
  const r = viewsToSet(a);
  setUpdate(r, b);
  return r;
}

function viewsAnd(self: PyValue, other: PyValue): PyValue {
  if (!isViewSet(self)) {
    const t = other;
    other = self;
    self = t;
  }
  const sv = self as PyDictView;
  const lenSelf = sv.src.size;
  if (isAnySet(other) && other.type === setType && lenSelf <= other.used) {
    return call(getAttr(other, "intersection"), [self]);
  }
  let big: PyDictView = sv;
  if (isViewSet(other) && other.src.size > lenSelf) {
    big = other;
    other = sv;
  }
  const result = makeNewSet(setType, null);
  const it = iter(other);
  const f = typeOf(it).tp_iternext as (x: PyValue) => PyValue | undefined;
  for (;;) {
    const x = f(it);
    if (x === undefined) return result;
    if (viewContains(big, x)) setAddKey(result, x);
  }
}

function itemsXor(d1: PyDict, d2: PyDict): PyValue {
  const temp = dictCopy(d1);
  const result = makeNewSet(setType, null);
  for (const [k, v2] of entries(d2)) {
    const v1 = temp.getItem(k);
    const toDelete = v1 !== undefined && richCompareBool(v1, v2, CompareOp.EQ);
    if (toDelete) temp.delItem(k);
    else setAddKey(result, newTuple([k, v2]));
  }
  setUpdate(result, new PyDictView(dictItemsType, temp, KIND_ITEMS));
  return result;
}

function viewsXor(a: PyValue, b: PyValue): PyValue {
  if (a instanceof PyDictView && a.kind === KIND_ITEMS && b instanceof PyDictView && b.kind === KIND_ITEMS)
    return itemsXor(a.src, b.src);
  const r = viewsToSet(a);
  setSymmetricDifferenceUpdate(r, b);
  return r;
}

function viewIsdisjoint(self: PyDictView, other: PyValue): boolean {
  if (other === self) return self.src.size === 0;
  let s: PyValue = self;
  if (isAnySet(other) || isViewSet(other)) {
    if (len(other) > self.src.size) {
      s = other;
      other = self;
    }
  }
  const it = iter(other);
  const f = typeOf(it).tp_iternext as (x: PyValue) => PyValue | undefined;
  for (;;) {
    const x = f(it);
    if (x === undefined) return true;
    if (contains(s, x)) return false;
  }
}

for (const [t, kind] of [
  [dictKeysType, KIND_KEYS],
  [dictValuesType, KIND_VALUES],
  [dictItemsType, KIND_ITEMS],
] as [PyType, number][]) {
  t.tp_repr = viewRepr;
  t.tp_iter = (self) => dictIter((self as PyDictView).src, kind);
  t.mp_length = (self) => (self as PyDictView).src.size;
  defineGetSets(t, { mapping: { get: (self) => dictViewHooks.mappingProxy((self as PyDictView).src) } });
  defineMethods(t, {
    __reversed__(self) {
      return dictRevIter((self as PyDictView).src, kind);
    },
  });
  if (kind === KIND_VALUES) continue;
  t.sq_contains = (self, x) => viewContains(self as PyDictView, x);
  t.tp_richcompare = viewRichCompare;
  t.attrs.set("__hash__", None);
  t.nb.nb_subtract = viewsSub;
  t.nb.nb_and = viewsAnd;
  t.nb.nb_or = viewsOr;
  t.nb.nb_xor = viewsXor;
  defineMethods(t, {
    isdisjoint(self, args, kwnames) {
      return viewIsdisjoint(self as PyDictView, methO(`${t.name}.isdisjoint`, args, kwnames));
    },
  });
}

// ---------------------------------------------------------------- the dict type

function methO(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (nkw(kwnames)) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function noArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  if (nkw(kwnames)) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length) raiseTypeError(`${name}() takes no arguments (${args.length} given)`);
}

function fastcall(
  qual: string,
  name: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  if (nkw(kwnames)) raiseTypeError(`${qual}() takes no keyword arguments`);
  checkPositional(name, args.length, min, max);
}

dictType.tp_new = (type) => new PyDict(type);
dictType.tp_init = (self, args, kwnames) => updateCommon(asDict(self), args, kwnames, "dict");
dictType.tp_repr = dictRepr;
dictType.tp_richcompare = dictRichCompare;
dictType.tp_iter = (self) => dictIter(asDict(self));
dictType.mp_length = (self) => asDict(self).size;
dictType.mp_subscript = (self, key) => dictSubscript(asDict(self), key);
dictType.mp_ass_subscript = dictAssSubscript;
dictType.sq_contains = (self, key) => asDict(self).getItem(key) !== undefined;
dictType.attrs.set("__hash__", None);
dictType.nb.nb_or = (a, b) => {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) return NotImplemented;
  const r = dictCopy(a);
  dictUpdateArg(r, b);
  return r;
};
dictType.nb.nb_inplace_or = (a, b) => {
  dictUpdateArg(asDict(a), b);
  return a;
};

/** The size CPython reports for a combined-table dict holding n entries (64-bit). */
function dictSizeof(d: PyDict): number {
  if (d.keys.length === 0) return 48;
  let size = 8;
  while ((((size << 1) / 3) | 0) < d.keys.length) size <<= 1;
  const usable = ((size << 1) / 3) | 0;
  const indexBytes = size <= 128 ? 1 : size <= 32768 ? 2 : 4;
  let allStr = true;
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== undefined && typeof k !== "string") allStr = false;
  }
  return 48 + 32 + size * indexBytes + usable * (allStr ? 16 : 24);
}

defineMethods(dictType, {
  __getitem__(self, args, kwnames) {
    return dictSubscript(asDict(self), methO("dict.__getitem__", args, kwnames));
  },
  __contains__(self, args, kwnames) {
    return asDict(self).getItem(methO("dict.__contains__", args, kwnames)) !== undefined;
  },
  __sizeof__(self, args, kwnames) {
    noArgs("dict.__sizeof__", args, kwnames);
    return dictSizeof(asDict(self));
  },
  __reversed__(self, args, kwnames) {
    noArgs("dict.__reversed__", args, kwnames);
    return dictRevIter(asDict(self), KIND_KEYS);
  },
  get(self, args, kwnames) {
    fastcall("dict.get", "get", args, kwnames, 1, 2);
    const v = asDict(self).getItem(args[0]);
    if (v !== undefined) return v;
    return args.length > 1 ? args[1] : None;
  },
  setdefault(self, args, kwnames) {
    fastcall("dict.setdefault", "setdefault", args, kwnames, 1, 2);
    const d = asDict(self);
    const v = d.getItem(args[0]);
    if (v !== undefined) return v;
    const dflt = args.length > 1 ? args[1] : None;
    d.setItem(args[0], dflt);
    return dflt;
  },
  pop(self, args, kwnames) {
    fastcall("dict.pop", "pop", args, kwnames, 1, 2);
    const d = asDict(self);
    if (d.size === 0) {
      if (args.length > 1) return args[1];
      keyError(args[0]);
    }
    const v = d.getItem(args[0]);
    if (v === undefined) {
      if (args.length > 1) return args[1];
      keyError(args[0]);
    }
    d.delItem(args[0]);
    return v;
  },
  popitem(self, args, kwnames) {
    noArgs("dict.popitem", args, kwnames);
    const d = asDict(self);
    const i = d.lastIndex();
    if (i < 0) throw newException(E.PyExc_KeyError, "popitem(): dictionary is empty");
    const k = d.keys[i] as PyValue;
    const v = d.values[i] as PyValue;
    d.removeAt(i);
    return newTuple([k, v]);
  },
  keys(self, args, kwnames) {
    noArgs("dict.keys", args, kwnames);
    return new PyDictView(dictKeysType, asDict(self), KIND_KEYS);
  },
  values(self, args, kwnames) {
    noArgs("dict.values", args, kwnames);
    return new PyDictView(dictValuesType, asDict(self), KIND_VALUES);
  },
  items(self, args, kwnames) {
    noArgs("dict.items", args, kwnames);
    return new PyDictView(dictItemsType, asDict(self), KIND_ITEMS);
  },
  update(self, args, kwnames) {
    updateCommon(asDict(self), args, kwnames, "update");
    return None;
  },
  clear(self, args, kwnames) {
    noArgs("dict.clear", args, kwnames);
    asDict(self).clear();
    return None;
  },
  copy(self, args, kwnames) {
    noArgs("dict.copy", args, kwnames);
    return dictCopy(asDict(self));
  },
});

defineClassMethods(dictType, {
  fromkeys(cls, args, kwnames) {
    fastcall("dict.fromkeys", "fromkeys", args, kwnames, 1, 2);
    const iterable = args[0];
    const value = args.length > 1 ? args[1] : None;
    const d = call(cls, []);
    if (d instanceof PyDict && d.type === dictType) {
      if (iterable instanceof PyDict && iterable.type === dictType) {
        for (const [k] of entries(iterable)) d.setItem(k, value);
        return d;
      }
      if (isAnySet(iterable) && (iterable.type === setType || iterable.type.name === "frozenset")) {
        for (const k of setItems(iterable)) d.setItem(k, value);
        return d;
      }
      const it = iter(iterable);
      const f = typeOf(it).tp_iternext as (x: PyValue) => PyValue | undefined;
      for (;;) {
        const k = f(it);
        if (k === undefined) return d;
        d.setItem(k, value);
      }
    }
    const it = iter(iterable);
    const f = typeOf(it).tp_iternext as (x: PyValue) => PyValue | undefined;
    for (;;) {
      const k = f(it);
      if (k === undefined) return d;
      setItem(d, k, value);
    }
  },
  __class_getitem__(cls, args, kwnames) {
    return genericAliasHook(cls, methO("dict.__class_getitem__", args, kwnames));
  },
});

/** A new exact dict from JS key/value pairs (for the VM's BUILD_MAP). */
export function newDict(pairs: readonly PyValue[] = []): PyDict {
  const d = new PyDict();
  for (let i = 0; i + 1 < pairs.length; i += 2) d.setItem(pairs[i], pairs[i + 1]);
  return d;
}
