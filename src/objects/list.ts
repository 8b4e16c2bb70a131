// The list type (Objects/listobject.c): a mutable JS array of items, every method, indexing and
// slicing with ints and slices (extended slices included), concatenation and repetition, the
// lexicographic comparisons, the list_iterator and list_reverseiterator types, and list.sort(): a
// port of CPython's timsort (Objects/listsort.txt) with its pre-sort check that picks a fast
// comparison when all keys are ints, floats or strs.
//
// Sequence concatenation/repetition are installed as number slots (nb_add, nb_multiply and their
// in-place forms) because the slot table has no sq_concat/sq_repeat: the functions below return
// NotImplemented when the left operand is not a list, and give CPython's messages otherwise.
import { call, isTrue, iter, repr as reprOf, richCompare, richCompareBool } from "./abstract.ts";
import { checkPositional, noKeywords } from "./args.ts";
import { defineClassMethods, defineMethods } from "./descr.ts";
import { raiseIndexError, raiseTypeError, raiseValueError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { PyFloat } from "./float.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import {
  asSsize,
  asSsizeOverflow,
  compareStr,
  genericAliasHook,
  isIndex,
  reprEnter,
  reprLeave,
  SSIZE_MAX,
  tname,
} from "./sequtil.ts";
import { None, NotImplemented } from "./singletons.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { strListHook } from "./str.ts";
import { PyTuple } from "./tuple.ts";
import { type PyType, TPFLAGS_HEAPTYPE, TPFLAGS_LIST_SUBCLASS, TPFLAGS_SEQUENCE } from "./type.ts";
import { floatType, listType, makeBuiltinType, objectType, tupleType, typeOf } from "./typeobjects.ts";

export class PyList extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[] = [], type: PyType = listType) {
    super(type);
    this.items = items;
  }
}

/** A new exact list that takes ownership of `items`. */
export function newList(items: PyValue[]): PyList {
  return new PyList(items);
}

export function isList(v: PyValue): v is PyList {
  return v instanceof PyList;
}

listType.flags |= TPFLAGS_LIST_SUBCLASS | TPFLAGS_SEQUENCE;

/** PyErr_NoMemory(): a MemoryError with no arguments. */
function raiseMemoryError(): never {
  throw new E.PyBaseException(E.PyExc_MemoryError);
}

/** The largest list we agree to build (CPython raises MemoryError when allocation fails). */
const MAX_LIST = 2 ** 32 - 1;

function asList(v: PyValue): PyList {
  return v as PyList;
}

/** == between two items: identity, exact-str and int fast paths, then PyObject_RichCompareBool. */
export function itemsEqual(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === typeof b && (ta === "string" || ta === "number")) return false;
  return richCompareBool(a, b, CompareOp.EQ);
}

/** The items of a list or tuple without copying, else of any iterable (PySequence_Fast). */
export function sequenceFast(v: PyValue, message: string): readonly PyValue[] {
  if (v instanceof PyList) return v.items;
  if (v instanceof PyTuple) return v.items;
  let it: PyValue;
  try {
    it = iter(v);
  } catch (e) {
    if (e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_TypeError)) raiseTypeError(message);
    throw e;
  }
  return drain(it);
}

function drain(it: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const f = typeOf(it).tp_iternext;
  if (f === null) raiseTypeError(`'${tname(it)}' object is not an iterator`);
  for (;;) {
    const x = f(it);
    if (x === undefined) return out;
    out.push(x);
  }
}

/** list.extend(iterable) (list_extend): lists and tuples copied at once, else iterated. */
export function listExtend(self: PyList, iterable: PyValue): void {
  // list_extend copies exact lists and tuples; a subclass may override __iter__.
  if (
    (iterable instanceof PyList || iterable instanceof PyTuple) &&
    iterable.type.tp_iter === (iterable instanceof PyList ? listType : tupleType).tp_iter
  ) {
    const src = iterable.items;
    const n = src.length;
    if (n === 0) return;
    const items = self.items;
    if (items.length + n > MAX_LIST) raiseMemoryError();
    if (src === items) {
      for (let i = 0; i < n; i++) items.push(items[i]);
    } else {
      for (let i = 0; i < n; i++) items.push(src[i]);
    }
    return;
  }
  const it = iter(iterable);
  const f = typeOf(it).tp_iternext;
  if (f === null) raiseTypeError(`'${tname(it)}' object is not an iterator`);
  for (;;) {
    const x = f(it);
    if (x === undefined) return;
    self.items.push(x);
  }
}

// ---------------------------------------------------------------- indexing and slicing

function listItem(self: PyList, key: PyValue): PyValue {
  const items = self.items;
  let i: number;
  if (typeof key === "number") i = key;
  else if (key instanceof PySlice) return listSlice(self, key);
  else if (isIndex(key)) i = asSsize(key, E.PyExc_IndexError);
  else raiseTypeError(`list indices must be integers or slices, not ${tname(key)}`);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raiseIndexError("list index out of range");
  return items[i];
}

function listSlice(self: PyList, s: PySlice): PyList {
  const { start, step, length } = sliceIndices(s, self.items.length);
  const items = self.items;
  if (step === 1) return new PyList(items.slice(start, start + length));
  const out = new Array<PyValue>(length);
  for (let k = 0, cur = start; k < length; k++, cur += step) out[k] = items[cur];
  return new PyList(out);
}

/** list_ass_slice for a contiguous range: replace items[lo:hi] by `v` (null deletes). */
function assignSlice(self: PyList, lo: number, hi: number, v: PyValue | null): void {
  const items = self.items;
  const n = items.length;
  if (lo < 0) lo = 0;
  else if (lo > n) lo = n;
  if (hi < lo) hi = lo;
  else if (hi > n) hi = n;
  if (v === null) {
    items.splice(lo, hi - lo);
    return;
  }
  const src = v === self ? items.slice() : sequenceFast(v, "must assign iterable to extended slice");
  const m = src.length;
  if (n - (hi - lo) + m > MAX_LIST) raiseMemoryError();
  if (m === hi - lo) {
    for (let k = 0; k < m; k++) items[lo + k] = src[k];
    return;
  }
  if (m < 50000) items.splice(lo, hi - lo, ...src);
  else {
    const tail = items.slice(hi);
    items.length = lo;
    for (let k = 0; k < m; k++) items.push(src[k]);
    for (let k = 0; k < tail.length; k++) items.push(tail[k]);
  }
}

function listAssSubscript(selfv: PyValue, key: PyValue, value: PyValue | null): void {
  const self = asList(selfv);
  const items = self.items;
  let i: number;
  if (typeof key === "number") i = key;
  else if (key instanceof PySlice) {
    assignExtended(self, key, value);
    return;
  } else if (isIndex(key)) i = asSsize(key, E.PyExc_IndexError);
  else raiseTypeError(`list indices must be integers or slices, not ${tname(key)}`);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raiseIndexError("list assignment index out of range");
  if (value === null) items.splice(i, 1);
  else items[i] = value;
}

function assignExtended(self: PyList, s: PySlice, value: PyValue | null): void {
  let { start, stop, step, length } = sliceIndices(s, self.items.length);
  if (step === 1) {
    assignSlice(self, start, stop, value);
    return;
  }
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  const items = self.items;
  if (value === null) {
    if (length <= 0) return;
    if (step < 0) {
      start = start + step * (length - 1);
      step = -step;
    }
    // Keep every item not at start + k*step (k < length), in order.
    let w = start;
    let nextDel = start;
    let deleted = 0;
    for (let r = start; r < items.length; r++) {
      if (r === nextDel && deleted < length) {
        deleted++;
        nextDel += step;
        continue;
      }
      items[w++] = items[r];
    }
    items.length = w;
    return;
  }
  const src = value === self ? items.slice() : sequenceFast(value, "must assign iterable to extended slice");
  if (src.length !== length)
    raiseValueError(`attempt to assign sequence of size ${src.length} to extended slice of size ${length}`);
  for (let k = 0, cur = start; k < length; k++, cur += step) items[cur] = src[k];
}

// ---------------------------------------------------------------- repr and comparison

function listRepr(selfv: PyValue): string {
  const self = asList(selfv);
  if (self.items.length === 0) return "[]";
  if (!reprEnter(self)) return "[...]";
  try {
    let out = "[";
    for (let i = 0; i < self.items.length; i++) {
      if (i > 0) out += ", ";
      out += reprOf(self.items[i]);
    }
    return out + "]";
  } finally {
    reprLeave(self);
  }
}

function compareSizes(a: number, b: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return a < b;
    case CompareOp.LE:
      return a <= b;
    case CompareOp.EQ:
      return a === b;
    case CompareOp.NE:
      return a !== b;
    case CompareOp.GT:
      return a > b;
    default:
      return a >= b;
  }
}

function listRichCompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  if (!(v instanceof PyList) || !(w instanceof PyList)) return NotImplemented;
  if (v.items.length !== w.items.length && (op === CompareOp.EQ || op === CompareOp.NE))
    return op === CompareOp.NE;
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    const a = v.items[i];
    const b = w.items[i];
    if (a === b) continue;
    if (!richCompareBool(a, b, CompareOp.EQ)) break;
  }
  if (i >= v.items.length || i >= w.items.length) return compareSizes(v.items.length, w.items.length, op);
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return richCompare(v.items[i], w.items[i], op);
}

// ---------------------------------------------------------------- concatenation and repetition

/** True when `w`'s type is a Python class that may implement the reflected operation. */
function mayReflect(w: PyValue, slot: "nb_add" | "nb_multiply"): boolean {
  const t = typeOf(w);
  if ((t.flags & TPFLAGS_HEAPTYPE) === 0 || t.nb[slot] === null) return false;
  return t.lookup(slot === "nb_add" ? "__radd__" : "__rmul__") !== undefined;
}

/** The repeat count of `seq * n`: sequence_repeat's checks (abstract.c). */
export function repeatCount(n: PyValue): number {
  if (!isIndex(n)) raiseTypeError(`can't multiply sequence by non-int of type '${tname(n)}'`);
  return asSsize(n, E.PyExc_OverflowError);
}

export function repeatItems(items: readonly PyValue[], n: number): PyValue[] {
  const len = items.length;
  if (n <= 0 || len === 0) return [];
  if (len * n > MAX_LIST) raiseMemoryError();
  const out = new Array<PyValue>(len * n);
  if (len === 1) {
    out.fill(items[0]);
    return out;
  }
  for (let k = 0; k < len; k++) out[k] = items[k];
  let filled = len;
  const total = len * n;
  while (filled < total) {
    const chunk = Math.min(filled, total - filled);
    out.copyWithin(filled, 0, chunk);
    filled += chunk;
  }
  return out;
}

function listAdd(v: PyValue, w: PyValue): PyValue {
  if (!(v instanceof PyList)) return NotImplemented;
  if (!(w instanceof PyList)) {
    if (mayReflect(w, "nb_add")) return NotImplemented;
    raiseTypeError(`can only concatenate list (not "${tname(w)}") to list`);
  }
  if (v.items.length + w.items.length > MAX_LIST) raiseMemoryError();
  return new PyList(v.items.concat(w.items));
}

function listMultiply(v: PyValue, w: PyValue): PyValue {
  if (v instanceof PyList) {
    if (!isIndex(w) && mayReflect(w, "nb_multiply")) return NotImplemented;
    return new PyList(repeatItems(v.items, repeatCount(w)));
  }
  if (w instanceof PyList) return new PyList(repeatItems(w.items, repeatCount(v)));
  return NotImplemented;
}

function listInplaceAdd(v: PyValue, w: PyValue): PyValue {
  if (!(v instanceof PyList)) return NotImplemented;
  // CPython tries w.__radd__ before sq_inplace_concat (list has no nb_add/nb_inplace_add).
  if (!(w instanceof PyList) && mayReflect(w, "nb_add")) return NotImplemented;
  listExtend(v, w);
  return v;
}

function listInplaceMultiply(v: PyValue, w: PyValue): PyValue {
  if (!(v instanceof PyList)) return NotImplemented;
  if (!isIndex(w) && mayReflect(w, "nb_multiply")) return NotImplemented;
  const n = repeatCount(w);
  if (n <= 0) {
    v.items.length = 0;
    return v;
  }
  if (n === 1 || v.items.length === 0) return v;
  const rep = repeatItems(v.items, n);
  const items = v.items;
  for (let k = items.length; k < rep.length; k++) items.push(rep[k]);
  return v;
}

// ---------------------------------------------------------------- iterators

export const listIteratorType = makeBuiltinType("list_iterator", [objectType], 0);
export const listReverseIteratorType = makeBuiltinType("list_reverseiterator", [objectType], 0);

export class PyListIterator extends PyObject {
  seq: PyList | null;
  index: number;
  constructor(seq: PyList) {
    super(listIteratorType);
    this.seq = seq;
    this.index = 0;
  }
}

export class PyListReverseIterator extends PyObject {
  seq: PyList | null;
  index: number;
  constructor(seq: PyList) {
    super(listReverseIteratorType);
    this.seq = seq;
    this.index = seq.items.length - 1;
  }
}

listIteratorType.tp_iter = (self) => self;
listIteratorType.tp_iternext = (selfv) => {
  const it = selfv as PyListIterator;
  const seq = it.seq;
  if (seq === null) return undefined;
  const i = it.index;
  if (i < seq.items.length) {
    it.index = i + 1;
    return seq.items[i];
  }
  it.seq = null;
  return undefined;
};
defineMethods(listIteratorType, {
  __length_hint__(selfv) {
    const it = selfv as PyListIterator;
    if (it.seq === null) return 0;
    const n = it.seq.items.length - it.index;
    return Math.max(n, 0);
  },
  __setstate__(selfv, args) {
    const it = selfv as PyListIterator;
    let i = asSsize(args[0], null);
    if (it.seq !== null) {
      if (i < 0) i = 0;
      else if (i > it.seq.items.length) i = it.seq.items.length;
      it.index = i;
    }
    return None;
  },
});

listReverseIteratorType.tp_iter = (self) => self;
listReverseIteratorType.tp_iternext = (selfv) => {
  const it = selfv as PyListReverseIterator;
  const seq = it.seq;
  if (seq === null) return undefined;
  const i = it.index;
  if (i >= 0 && i < seq.items.length) {
    it.index = i - 1;
    return seq.items[i];
  }
  it.index = -1;
  it.seq = null;
  return undefined;
};
defineMethods(listReverseIteratorType, {
  __length_hint__(selfv) {
    const it = selfv as PyListReverseIterator;
    if (it.seq === null) return 0;
    const n = it.index + 1;
    return n <= it.seq.items.length ? n : 0;
  },
  __setstate__(selfv, args) {
    const it = selfv as PyListReverseIterator;
    let i = asSsize(args[0], null);
    if (it.seq !== null) {
      if (i < -1) i = -1;
      else if (i > it.seq.items.length - 1) i = it.seq.items.length - 1;
      it.index = i;
    }
    return None;
  },
});

// ---------------------------------------------------------------- timsort

const MIN_GALLOP = 7;
const MODE_OBJECT = 0;
const MODE_INT = 1;
const MODE_STR = 2;
const MODE_STR_SURROGATES = 3;
const MODE_FLOAT = 4;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * One sort in progress (listobject.c's MergeState). `keys` is sorted in place; `values`, when not
 * null, is permuted in lockstep (sorting with a key function). Every comparison is `lt`, which
 * raises what the item's __lt__ raises; on an exception the arrays stay a permutation of the input.
 */
class MergeState {
  keys: PyValue[];
  values: PyValue[] | null;
  tmpKeys: PyValue[];
  tmpValues: PyValue[];
  minGallop: number;
  /** The stack of pending runs: base index, length and power (powersort). */
  runBase: number[];
  runLen: number[];
  runPower: number[];
  n: number;
  listlen: number;
  mode: number;

  constructor(keys: PyValue[], values: PyValue[] | null, mode: number) {
    this.keys = keys;
    this.values = values;
    this.tmpKeys = [];
    this.tmpValues = [];
    this.minGallop = MIN_GALLOP;
    this.runBase = [];
    this.runLen = [];
    this.runPower = [];
    this.n = 0;
    this.listlen = keys.length;
    this.mode = mode;
  }

  lt(a: PyValue, b: PyValue): boolean {
    switch (this.mode) {
      case MODE_INT:
        return (a as number) < (b as number);
      case MODE_STR:
        return (a as string) < (b as string);
      case MODE_STR_SURROGATES:
        return compareStr(a as string, b as string) < 0;
      case MODE_FLOAT:
        return (a as PyFloat).value < (b as PyFloat).value;
      default:
        return richCompareBool(a, b, CompareOp.LT);
    }
  }

  reverseRange(lo: number, n: number): void {
    reverseArray(this.keys, lo, lo + n);
    if (this.values !== null) reverseArray(this.values, lo, lo + n);
  }

  /** Binary insertion sort of keys[lo:lo+n], whose first `ok` items are already sorted. */
  binarySort(lo: number, n: number, ok: number): void {
    const a = this.keys;
    const v = this.values;
    if (ok === 0) ok = 1;
    for (; ok < n; ok++) {
      let l = 0;
      let r = ok;
      const pivot = a[lo + ok];
      do {
        const m = (l + r) >> 1;
        if (this.lt(pivot, a[lo + m])) r = m;
        else l = m + 1;
      } while (l < r);
      for (let m = ok; m > l; m--) a[lo + m] = a[lo + m - 1];
      a[lo + l] = pivot;
      if (v !== null) {
        const pv = v[lo + ok];
        for (let m = ok; m > l; m--) v[lo + m] = v[lo + m - 1];
        v[lo + l] = pv;
      }
    }
  }

  /**
   * count_run (3.13+): the length of the run starting at lo, made ascending in place. A descending
   * run may hold equal items ("non-strict"); their order is restored before the run is reversed.
   */
  countRun(lo: number, nremaining: number): number {
    const a = this.keys;
    let n: number;
    for (n = 1; n < nremaining; n++) {
      if (this.lt(a[lo + n], a[lo + n - 1])) break;
    }
    if (n === nremaining) return n;
    if (n > 1) {
      if (this.lt(a[lo], a[lo + n - 1])) return n;
      this.reverseRange(lo, n);
    }
    n++;
    let neq = 0;
    for (; n < nremaining; n++) {
      if (this.lt(a[lo + n], a[lo + n - 1])) {
        if (neq) {
          neq++;
          this.reverseRange(lo + n - neq, neq);
          neq = 0;
        }
      } else if (this.lt(a[lo + n - 1], a[lo + n])) break;
      else neq++;
    }
    if (neq) {
      neq++;
      this.reverseRange(lo + n - neq, neq);
    }
    this.reverseRange(lo, n);
    for (; n < nremaining; n++) {
      if (this.lt(a[lo + n], a[lo + n - 1])) break;
    }
    return n;
  }

  /** gallop_left: k such that arr[base+k-1] < key <= arr[base+k]. */
  gallopLeft(key: PyValue, arr: PyValue[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    const ah = base + hint;
    if (this.lt(arr[ah], key)) {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(arr[ah + ofs], key)) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(arr[ah - ofs], key)) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(arr[base + m], key)) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  /** gallop_right: k such that arr[base+k-1] <= key < arr[base+k]. */
  gallopRight(key: PyValue, arr: PyValue[], base: number, n: number, hint: number): number {
    let lastofs = 0;
    let ofs = 1;
    const ah = base + hint;
    if (this.lt(key, arr[ah])) {
      const maxofs = hint + 1;
      while (ofs < maxofs) {
        if (this.lt(key, arr[ah - ofs])) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else break;
      }
      if (ofs > maxofs) ofs = maxofs;
      const k = lastofs;
      lastofs = hint - ofs;
      ofs = hint - k;
    } else {
      const maxofs = n - hint;
      while (ofs < maxofs) {
        if (this.lt(key, arr[ah + ofs])) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    lastofs++;
    while (lastofs < ofs) {
      const m = lastofs + ((ofs - lastofs) >> 1);
      if (this.lt(key, arr[base + m])) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  /** Merge the adjacent runs keys[pa:pa+na] and keys[pb:pb+nb], na <= nb, via a copy of run A. */
  mergeLo(pa: number, na: number, pb: number, nb: number): void {
    const K = this.keys;
    const V = this.values;
    const TK = this.tmpKeys;
    const TV = this.tmpValues;
    for (let i = 0; i < na; i++) TK[i] = K[pa + i];
    if (V !== null) for (let i = 0; i < na; i++) TV[i] = V[pa + i];
    let dest = pa;
    let a = 0;
    let b = pb;
    let copyB = false;
    try {
      // biome-ignore lint/suspicious/noConfusingLabels: the goto exits of listobject.c's merge_lo/merge_hi
      body: {
        K[dest] = K[b];
        if (V !== null) V[dest] = V[b];
        dest++;
        b++;
        if (--nb === 0) break body;
        if (na === 1) {
          copyB = true;
          break body;
        }
        let minGallop = this.minGallop;
        for (;;) {
          let acount = 0;
          let bcount = 0;
          for (;;) {
            if (this.lt(K[b], TK[a])) {
              K[dest] = K[b];
              if (V !== null) V[dest] = V[b];
              dest++;
              b++;
              bcount++;
              acount = 0;
              if (--nb === 0) break body;
              if (bcount >= minGallop) break;
            } else {
              K[dest] = TK[a];
              if (V !== null) V[dest] = TV[a];
              dest++;
              a++;
              acount++;
              bcount = 0;
              if (--na === 1) {
                copyB = true;
                break body;
              }
              if (acount >= minGallop) break;
            }
          }
          minGallop++;
          do {
            minGallop -= minGallop > 1 ? 1 : 0;
            this.minGallop = minGallop;
            let k = this.gallopRight(K[b], TK, a, na, 0);
            acount = k;
            if (k) {
              for (let i = 0; i < k; i++) K[dest + i] = TK[a + i];
              if (V !== null) for (let i = 0; i < k; i++) V[dest + i] = TV[a + i];
              dest += k;
              a += k;
              na -= k;
              if (na === 1) {
                copyB = true;
                break body;
              }
              if (na === 0) break body;
            }
            K[dest] = K[b];
            if (V !== null) V[dest] = V[b];
            dest++;
            b++;
            if (--nb === 0) break body;
            k = this.gallopLeft(TK[a], K, b, nb, 0);
            bcount = k;
            if (k) {
              K.copyWithin(dest, b, b + k);
              if (V !== null) V.copyWithin(dest, b, b + k);
              dest += k;
              b += k;
              nb -= k;
              if (nb === 0) break body;
            }
            K[dest] = TK[a];
            if (V !== null) V[dest] = TV[a];
            dest++;
            a++;
            if (--na === 1) {
              copyB = true;
              break body;
            }
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          minGallop++;
          this.minGallop = minGallop;
        }
      }
    } catch (e) {
      for (let i = 0; i < na; i++) K[dest + i] = TK[a + i];
      if (V !== null) for (let i = 0; i < na; i++) V[dest + i] = TV[a + i];
      throw e;
    }
    if (copyB) {
      K.copyWithin(dest, b, b + nb);
      K[dest + nb] = TK[a];
      if (V !== null) {
        V.copyWithin(dest, b, b + nb);
        V[dest + nb] = TV[a];
      }
    } else {
      for (let i = 0; i < na; i++) K[dest + i] = TK[a + i];
      if (V !== null) for (let i = 0; i < na; i++) V[dest + i] = TV[a + i];
    }
  }

  /** Merge the adjacent runs keys[pa:pa+na] and keys[pb:pb+nb], na > nb, via a copy of run B. */
  mergeHi(pa: number, na: number, pb: number, nb: number): void {
    const K = this.keys;
    const V = this.values;
    const TK = this.tmpKeys;
    const TV = this.tmpValues;
    for (let i = 0; i < nb; i++) TK[i] = K[pb + i];
    if (V !== null) for (let i = 0; i < nb; i++) TV[i] = V[pb + i];
    const basea = pa;
    let dest = pb + nb - 1;
    let a = pa + na - 1;
    let b = nb - 1;
    let copyA = false;
    try {
      // biome-ignore lint/suspicious/noConfusingLabels: the goto exits of listobject.c's merge_lo/merge_hi
      body: {
        K[dest] = K[a];
        if (V !== null) V[dest] = V[a];
        dest--;
        a--;
        if (--na === 0) break body;
        if (nb === 1) {
          copyA = true;
          break body;
        }
        let minGallop = this.minGallop;
        for (;;) {
          let acount = 0;
          let bcount = 0;
          for (;;) {
            if (this.lt(TK[b], K[a])) {
              K[dest] = K[a];
              if (V !== null) V[dest] = V[a];
              dest--;
              a--;
              acount++;
              bcount = 0;
              if (--na === 0) break body;
              if (acount >= minGallop) break;
            } else {
              K[dest] = TK[b];
              if (V !== null) V[dest] = TV[b];
              dest--;
              b--;
              bcount++;
              acount = 0;
              if (--nb === 1) {
                copyA = true;
                break body;
              }
              if (bcount >= minGallop) break;
            }
          }
          minGallop++;
          do {
            minGallop -= minGallop > 1 ? 1 : 0;
            this.minGallop = minGallop;
            let k = this.gallopRight(TK[b], K, basea, na, na - 1);
            k = na - k;
            acount = k;
            if (k) {
              dest -= k;
              a -= k;
              K.copyWithin(dest + 1, a + 1, a + 1 + k);
              if (V !== null) V.copyWithin(dest + 1, a + 1, a + 1 + k);
              na -= k;
              if (na === 0) break body;
            }
            K[dest] = TK[b];
            if (V !== null) V[dest] = TV[b];
            dest--;
            b--;
            if (--nb === 1) {
              copyA = true;
              break body;
            }
            k = this.gallopLeft(K[a], TK, 0, nb, nb - 1);
            k = nb - k;
            bcount = k;
            if (k) {
              dest -= k;
              b -= k;
              for (let i = 1; i <= k; i++) K[dest + i] = TK[b + i];
              if (V !== null) for (let i = 1; i <= k; i++) V[dest + i] = TV[b + i];
              nb -= k;
              if (nb === 1) {
                copyA = true;
                break body;
              }
              if (nb === 0) break body;
            }
            K[dest] = K[a];
            if (V !== null) V[dest] = V[a];
            dest--;
            a--;
            if (--na === 0) break body;
          } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
          minGallop++;
          this.minGallop = minGallop;
        }
      }
    } catch (e) {
      for (let i = 0; i < nb; i++) K[dest - (nb - 1) + i] = TK[i];
      if (V !== null) for (let i = 0; i < nb; i++) V[dest - (nb - 1) + i] = TV[i];
      throw e;
    }
    if (copyA) {
      K.copyWithin(dest + 1 - na, a + 1 - na, a + 1);
      if (V !== null) V.copyWithin(dest + 1 - na, a + 1 - na, a + 1);
      dest -= na;
      K[dest] = TK[b];
      if (V !== null) V[dest] = TV[b];
    } else {
      for (let i = 0; i < nb; i++) K[dest - (nb - 1) + i] = TK[i];
      if (V !== null) for (let i = 0; i < nb; i++) V[dest - (nb - 1) + i] = TV[i];
    }
  }

  /** merge_at: merge pending runs i and i+1. */
  mergeAt(i: number): void {
    let pa = this.runBase[i];
    let na = this.runLen[i];
    const pb = this.runBase[i + 1];
    let nb = this.runLen[i + 1];
    this.runLen[i] = na + nb;
    if (i === this.n - 3) {
      this.runBase[i + 1] = this.runBase[i + 2];
      this.runLen[i + 1] = this.runLen[i + 2];
      this.runPower[i + 1] = this.runPower[i + 2];
    }
    this.n--;
    const K = this.keys;
    const k = this.gallopRight(K[pb], K, pa, na, 0);
    pa += k;
    na -= k;
    if (na === 0) return;
    nb = this.gallopLeft(K[pa + na - 1], K, pb, nb, nb - 1);
    if (nb <= 0) return;
    if (na <= nb) this.mergeLo(pa, na, pb, nb);
    else this.mergeHi(pa, na, pb, nb);
  }

  /** found_new_run: powersort's merge policy for a new run of length n2. */
  foundNewRun(n2: number): void {
    if (this.n) {
      const s1 = this.runBase[this.n - 1];
      const n1 = this.runLen[this.n - 1];
      const power = powerloop(s1, n1, n2, this.listlen);
      while (this.n > 1 && this.runPower[this.n - 2] > power) this.mergeAt(this.n - 2);
      this.runPower[this.n - 1] = power;
    }
  }

  forceCollapse(): void {
    while (this.n > 1) {
      let n = this.n - 2;
      if (n > 0 && this.runLen[n - 1] < this.runLen[n + 1]) n--;
      this.mergeAt(n);
    }
  }

  sort(): void {
    let nremaining = this.keys.length;
    if (nremaining < 2) return;
    const minrun = computeMinrun(nremaining);
    let lo = 0;
    do {
      let n = this.countRun(lo, nremaining);
      if (n < minrun) {
        const force = Math.min(nremaining, minrun);
        this.binarySort(lo, force, n);
        n = force;
      }
      this.foundNewRun(n);
      this.runBase[this.n] = lo;
      this.runLen[this.n] = n;
      this.runPower[this.n] = 0;
      this.n++;
      lo += n;
      nremaining -= n;
    } while (nremaining);
    this.forceCollapse();
  }
}

function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) break;
    a *= 2;
    b *= 2;
  }
  return result;
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n = Math.floor(n / 2);
  }
  return n + r;
}

function reverseArray(a: PyValue[], lo: number, hi: number): void {
  hi--;
  while (lo < hi) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
    lo++;
    hi--;
  }
}

/** The pre-sort check: a fast comparison when every key has the same simple type. */
function chooseMode(keys: readonly PyValue[]): number {
  const n = keys.length;
  const first = keys[0];
  if (typeof first === "number") {
    for (let i = 1; i < n; i++) if (typeof keys[i] !== "number") return MODE_OBJECT;
    return MODE_INT;
  }
  if (typeof first === "string") {
    let surrogates = false;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (typeof k !== "string") return MODE_OBJECT;
      if (!surrogates && SURROGATE.test(k)) surrogates = true;
    }
    return surrogates ? MODE_STR_SURROGATES : MODE_STR;
  }
  if (first instanceof PyFloat && first.type === floatType) {
    for (let i = 1; i < n; i++) {
      const k = keys[i];
      if (!(k instanceof PyFloat) || k.type !== floatType) return MODE_OBJECT;
    }
    return MODE_FLOAT;
  }
  return MODE_OBJECT;
}

/**
 * Sorts `items` in place (stable), calling `keyfunc` once per item when it is not None. Exposed
 * for sorted() and other callers that hold a private array; list.sort() adds the guard against
 * the list being modified during the sort.
 */
export function sortArray(items: PyValue[], keyfunc: PyValue, reverse: boolean): void {
  const n = items.length;
  let keys: PyValue[];
  let values: PyValue[] | null;
  if (keyfunc === None) {
    keys = items;
    values = null;
  } else {
    keys = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) keys[i] = call(keyfunc, [items[i]]);
    values = items;
  }
  if (n < 2) return;
  if (reverse) {
    if (values !== null) reverseArray(keys, 0, n);
    reverseArray(items, 0, n);
  }
  try {
    new MergeState(keys, values, chooseMode(keys)).sort();
  } finally {
    if (reverse) reverseArray(items, 0, n);
  }
}

/** list.sort(): the list is empty while it sorts; anything added meanwhile is an error. */
export function listSort(self: PyList, keyfunc: PyValue, reverse: boolean): void {
  const saved = self.items;
  const guard: PyValue[] = [];
  self.items = guard;
  let ok = false;
  try {
    sortArray(saved, keyfunc, reverse);
    ok = true;
  } finally {
    // Another error (from a key function or a comparison) takes precedence, as in list_sort_impl.
    const modified = self.items !== guard || guard.length !== 0;
    self.items = saved;
    if (ok && modified) raiseValueError("list modified during sort");
  }
}

// ---------------------------------------------------------------- the type's slots and methods

listType.tp_new = (type, _args, _kwnames) => new PyList([], type);
listType.tp_init = (selfv, args, kwnames) => {
  const self = asList(selfv);
  if (self.type === listType || self.type.tp_new === listType.tp_new) noKeywords("list", kwnames);
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  checkPositional("list", npos, 0, 1);
  if (self.items.length) self.items.length = 0;
  if (npos === 1) listExtend(self, args[0]);
};
listType.tp_repr = listRepr;
listType.tp_richcompare = listRichCompare;
listType.tp_iter = (self) => new PyListIterator(asList(self));
listType.mp_length = (self) => asList(self).items.length;
listType.mp_subscript = (self, key) => listItem(asList(self), key);
listType.mp_ass_subscript = listAssSubscript;
listType.sq_contains = (selfv, item) => {
  const self = asList(selfv);
  for (let i = 0; i < self.items.length; i++) if (itemsEqual(self.items[i], item)) return true;
  return false;
};
listType.nb.nb_add = listAdd;
listType.nb.nb_multiply = listMultiply;
listType.nb.nb_inplace_add = listInplaceAdd;
listType.nb.nb_inplace_multiply = listInplaceMultiply;
listType.attrs.set("__hash__", None);

function methO(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames?.length) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function noArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames?.length) raiseTypeError(`${name}() takes no keyword arguments`);
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
  if (kwnames?.length) raiseTypeError(`${qual}() takes no keyword arguments`);
  checkPositional(name, args.length, min, max);
}

/** _PyEval_SliceIndexNotNone: index()'s start/stop. */
function sliceIndexNotNone(v: PyValue): number {
  if (typeof v === "number") return v;
  if (!isIndex(v)) raiseTypeError("slice indices must be integers or have an __index__ method");
  return asSsize(v, null);
}

defineMethods(listType, {
  __getitem__(self, args, kwnames) {
    return listItem(asList(self), methO("list.__getitem__", args, kwnames));
  },
  __reversed__(self, args, kwnames) {
    noArgs("list.__reversed__", args, kwnames);
    return new PyListReverseIterator(asList(self));
  },
  __sizeof__(self, args, kwnames) {
    noArgs("list.__sizeof__", args, kwnames);
    return 40 + 8 * allocatedFor(asList(self).items.length);
  },
  clear(self, args, kwnames) {
    noArgs("list.clear", args, kwnames);
    asList(self).items.length = 0;
    return None;
  },
  copy(self, args, kwnames) {
    noArgs("list.copy", args, kwnames);
    return new PyList(asList(self).items.slice());
  },
  append(self, args, kwnames) {
    const x = args.length === 1 && kwnames === null ? args[0] : methO("list.append", args, kwnames);
    asList(self).items.push(x);
    return None;
  },
  insert(selfv, args, kwnames) {
    fastcall("list.insert", "insert", args, kwnames, 2, 2);
    const self = asList(selfv);
    let i = asSsizeOverflow(args[0]);
    const n = self.items.length;
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    }
    if (i > n) i = n;
    if (i === n) self.items.push(args[1]);
    else self.items.splice(i, 0, args[1]);
    return None;
  },
  extend(self, args, kwnames) {
    listExtend(asList(self), methO("list.extend", args, kwnames));
    return None;
  },
  pop(selfv, args, kwnames) {
    fastcall("list.pop", "pop", args, kwnames, 0, 1);
    const self = asList(selfv);
    const items = self.items;
    let i = args.length ? asSsizeOverflow(args[0]) : -1;
    if (items.length === 0) raiseIndexError("pop from empty list");
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) raiseIndexError("pop index out of range");
    if (i === items.length - 1) return items.pop() as PyValue;
    const v = items[i];
    items.splice(i, 1);
    return v;
  },
  remove(selfv, args, kwnames) {
    const x = methO("list.remove", args, kwnames);
    const self = asList(selfv);
    for (let i = 0; i < self.items.length; i++) {
      const cmp = itemsEqual(self.items[i], x);
      if (cmp) {
        if (i < self.items.length) self.items.splice(i, 1);
        return None;
      }
    }
    raiseValueError("list.remove(x): x not in list");
  },
  index(selfv, args, kwnames) {
    fastcall("list.index", "index", args, kwnames, 1, 3);
    const self = asList(selfv);
    const x = args[0];
    let start = args.length > 1 ? sliceIndexNotNone(args[1]) : 0;
    let stop = args.length > 2 ? sliceIndexNotNone(args[2]) : SSIZE_MAX;
    if (start < 0) {
      start += self.items.length;
      if (start < 0) start = 0;
    }
    if (stop < 0) {
      stop += self.items.length;
      if (stop < 0) stop = 0;
    }
    for (let i = start; i < stop && i < self.items.length; i++) {
      if (itemsEqual(self.items[i], x)) return i;
    }
    raiseValueError("list.index(x): x not in list");
  },
  count(selfv, args, kwnames) {
    const x = methO("list.count", args, kwnames);
    const self = asList(selfv);
    let c = 0;
    for (let i = 0; i < self.items.length; i++) if (itemsEqual(self.items[i], x)) c++;
    return c;
  },
  reverse(self, args, kwnames) {
    noArgs("list.reverse", args, kwnames);
    const items = asList(self).items;
    reverseArray(items, 0, items.length);
    return None;
  },
  sort(self, args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (args.length > nkw) raiseTypeError("sort() takes no positional arguments");
    let key: PyValue = None;
    let reverse = false;
    for (let k = 0; k < nkw; k++) {
      const name = (kwnames as readonly string[])[k];
      const v = args[k];
      if (name === "key") key = v;
      else if (name === "reverse") reverse = isTrue(v);
      else raiseTypeError(`sort() got an unexpected keyword argument '${name}'`);
    }
    listSort(asList(self), key, reverse);
    return None;
  },
});

defineClassMethods(listType, {
  __class_getitem__(cls, args, kwnames) {
    return genericAliasHook(cls, methO("list.__class_getitem__", args, kwnames));
  },
});

/** The allocation CPython's list_resize would have made growing one item at a time to n. */
function allocatedFor(n: number): number {
  let allocated = 0;
  let size = 0;
  while (size < n) {
    size++;
    if (allocated < size) {
      let na = (size + (size >> 3) + 6) & ~3;
      if (size - (size - 1) > na - size) na = (size + 3) & ~3;
      allocated = na;
    }
  }
  return allocated;
}

strListHook.newList = (items) => new PyList(items);
