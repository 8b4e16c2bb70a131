// The range type (Objects/rangeobject.c): range(start, stop, step) over ints of any size, len
// (OverflowError past ssize_t), indexing and slicing (slices give ranges), the O(1) `in` for ints,
// index/count, equality and hash by content, repr, reversed(), and the range_iterator (safe ints,
// the hot path) / longrange_iterator (bigints).
import { hash, index, richCompareBool } from "./abstract.ts";
import { checkPositional } from "./args.ts";
import { checkNoArgs, defineMembers, defineMethods } from "./descr.ts";
import { newException, raiseIndexError, raiseTypeError, raiseValueError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { hashTuple } from "./hash.ts";
import { addInt, compareInts, floorDivInt, intToDecimal, mulInt, subInt } from "./int.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { isIndex, tname } from "./sequtil.ts";
import { None, NotImplemented } from "./singletons.ts";
import { getLongIndices, PySlice } from "./slice.ts";
import { newTuple } from "./tuple.ts";
import { makeBuiltinType, objectType, rangeType, typeOf } from "./typeobjects.ts";

type Int = number | bigint;

const SSIZE_MAX_N = 9223372036854775807n;

export class PyRange extends PyObject {
  readonly start: Int;
  readonly stop: Int;
  readonly step: Int;
  readonly length: Int;
  constructor(start: Int, stop: Int, step: Int) {
    super(rangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
  }
}

function sign(v: Int): number {
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** compute_range_length. */
function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return stop < start ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  let lo: Int;
  let hi: Int;
  let st: Int;
  if (sign(step) > 0) {
    lo = start;
    hi = stop;
    st = step;
  } else {
    lo = stop;
    hi = start;
    st = subInt(0, step);
  }
  if (compareInts(lo, hi) >= 0) return 0;
  return addInt(floorDivInt(subInt(subInt(hi, lo), 1), st), 1);
}

/** start + i * step. */
function computeItem(r: PyRange, i: Int): Int {
  if (typeof i === "number" && typeof r.start === "number" && typeof r.step === "number") {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return addInt(r.start, mulInt(i, r.step));
}

function asRange(v: PyValue): PyRange {
  return v as PyRange;
}

/** len(range): the length as a JS number, OverflowError beyond ssize_t. */
function rangeLen(r: PyRange): number {
  const n = r.length;
  if (typeof n === "number") return n;
  if (n > SSIZE_MAX_N)
    throw newException(E.PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return Number(n);
}

function toInt(v: PyValue): Int {
  const i = index(v);
  return i;
}

rangeType.tp_new = (_type, args, kwnames) => {
  if (kwnames?.length) raiseTypeError("range() takes no keyword arguments");
  checkPositional("range", args.length, 1, 3);
  if (args.length === 1) return new PyRange(0, toInt(args[0]), 1);
  const start = toInt(args[0]);
  const stop = toInt(args[1]);
  let step: Int = 1;
  if (args.length === 3) {
    step = toInt(args[2]);
    if (step === 0) raiseValueError("range() arg 3 must not be zero");
  }
  return new PyRange(start, stop, step);
};

rangeType.tp_repr = (self) => {
  const r = asRange(self);
  const a = intToDecimal(r.start);
  const b = intToDecimal(r.stop);
  if (r.step === 1) return `range(${a}, ${b})`;
  return `range(${a}, ${b}, ${intToDecimal(r.step)})`;
};

rangeType.mp_length = (self) => rangeLen(asRange(self));
rangeType.nb.nb_bool = (self) => asRange(self).length !== 0;

function rangeItem(r: PyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) {
    const [start, stop, step] = getLongIndices(key, norm(r.length));
    const substep = mulInt(r.step, norm(step));
    return new PyRange(computeItem(r, norm(start)), computeItem(r, norm(stop)), substep);
  }
  if (!isIndex(key)) raiseTypeError(`range indices must be integers or slices, not ${tname(key)}`);
  let i: Int = index(key);
  if (sign(i) < 0) i = addInt(i, r.length);
  if (sign(i) < 0 || compareInts(i, r.length) >= 0) raiseIndexError("range object index out of range");
  return computeItem(r, i);
}

function norm(v: bigint | number): Int {
  if (typeof v === "number") return v;
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

rangeType.mp_subscript = (self, key) => rangeItem(asRange(self), key);

/** range_contains_long: an int is in the range without iterating. */
function containsInt(r: PyRange, ob: Int): boolean {
  const cmpStart = compareInts(ob, r.start);
  const cmpStop = compareInts(ob, r.stop);
  if (sign(r.step) > 0) {
    if (cmpStart < 0 || cmpStop >= 0) return false;
  } else if (cmpStart > 0 || cmpStop <= 0) return false;
  const diff = subInt(ob, r.start);
  if (typeof diff === "number" && typeof r.step === "number") return diff % r.step === 0;
  return BigInt(diff) % BigInt(r.step) === 0n;
}

function isExactInt(v: PyValue): v is Int | boolean {
  const t = typeof v;
  return t === "number" || t === "bigint" || t === "boolean";
}

function asInt(v: Int | boolean): Int {
  return typeof v === "boolean" ? (v ? 1 : 0) : v;
}

function rangeContains(r: PyRange, ob: PyValue): boolean {
  if (isExactInt(ob)) return containsInt(r, asInt(ob));
  const it = rangeType.tp_iter?.(r) as PyValue;
  const f = typeOf(it).tp_iternext as (x: PyValue) => PyValue | undefined;
  for (;;) {
    const x = f(it);
    if (x === undefined) return false;
    if (richCompareBool(x, ob, CompareOp.EQ)) return true;
  }
}

rangeType.sq_contains = (self, ob) => rangeContains(asRange(self), ob);

/** range_equals: the same sequence of ints. */
function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (compareInts(a.length, b.length) !== 0) return false;
  if (a.length === 0) return true;
  if (compareInts(a.start, b.start) !== 0) return false;
  if (a.length === 1) return true;
  return compareInts(a.step, b.step) === 0;
}

rangeType.tp_richcompare = (v, w, op) => {
  if (!(v instanceof PyRange) || !(w instanceof PyRange)) return NotImplemented;
  if (op === CompareOp.EQ) return rangeEquals(v, w);
  if (op === CompareOp.NE) return !rangeEquals(v, w);
  return NotImplemented;
};

rangeType.tp_hash = (self) => {
  const r = asRange(self);
  if (r.length === 0) return hashTuple([0, hash(None), hash(None)]);
  const hl = hash(r.length);
  if (r.length === 1) return hashTuple([hl, hash(r.start), hash(None)]);
  return hashTuple([hl, hash(r.start), hash(r.step)]);
};

defineMembers(rangeType, {
  start: { get: (self) => asRange(self).start },
  stop: { get: (self) => asRange(self).stop },
  step: { get: (self) => asRange(self).step },
});

// ---------------------------------------------------------------- iterators

export const rangeIteratorType = makeBuiltinType("range_iterator", [objectType], 0);
export const longRangeIteratorType = makeBuiltinType("longrange_iterator", [objectType], 0);

/** The iterator over a range of safe ints: `remaining` values from `next`, stepping by `step`. */
export class PyRangeIterator extends PyObject {
  next: number;
  step: number;
  remaining: number;
  constructor(start: number, step: number, len: number) {
    super(rangeIteratorType);
    this.next = start;
    this.step = step;
    this.remaining = len;
  }
}

export class PyLongRangeIterator extends PyObject {
  next: bigint;
  step: bigint;
  remaining: bigint;
  constructor(start: bigint, step: bigint, len: bigint) {
    super(longRangeIteratorType);
    this.next = start;
    this.step = step;
    this.remaining = len;
  }
}

function rangeIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyRangeIterator;
  if (it.remaining <= 0) return undefined;
  const v = it.next;
  it.next = v + it.step;
  it.remaining--;
  return v;
}

rangeIteratorType.tp_iter = (self) => self;
rangeIteratorType.tp_iternext = rangeIterNext;
defineMethods(rangeIteratorType, {
  __length_hint__(self) {
    const it = self as PyRangeIterator;
    return Math.max(it.remaining, 0);
  },
});

function longRangeIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyLongRangeIterator;
  if (it.remaining <= 0n) return undefined;
  const v = it.next;
  it.next = v + it.step;
  it.remaining--;
  return norm(v);
}

longRangeIteratorType.tp_iter = (self) => self;
longRangeIteratorType.tp_iternext = longRangeIterNext;
defineMethods(longRangeIteratorType, {
  __length_hint__(self) {
    return norm((self as PyLongRangeIterator).remaining);
  },
});

/** Safe to iterate with JS numbers: every produced value and the bounds are safe ints. */
function fitsNumbers(start: Int, step: Int, len: Int): boolean {
  if (typeof start !== "number" || typeof step !== "number" || typeof len !== "number") return false;
  return Number.isSafeInteger(start + len * step);
}

function makeIter(start: Int, step: Int, len: Int): PyValue {
  if (fitsNumbers(start, step, len)) {
    return new PyRangeIterator(start as number, step as number, len as number);
  }
  // Values beyond 2**53 are iterated as bigints (CPython names this a range_iterator while the
  // values fit a C long; here it is always a longrange_iterator).
  return new PyLongRangeIterator(BigInt(start), BigInt(step), BigInt(len));
}

rangeType.tp_iter = (self) => {
  const r = asRange(self);
  return makeIter(r.start, r.step, r.length);
};

function rangeReversed(r: PyRange): PyValue {
  if (r.length === 0) return makeIter(0, 1, 0);
  const last = computeItem(r, subInt(r.length, 1));
  return makeIter(last, subInt(0, r.step), r.length);
}

// ---------------------------------------------------------------- methods

function methO(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames?.length) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

defineMethods(rangeType, {
  __reversed__(self) {
    return rangeReversed(asRange(self));
  },
  __reduce__(self) {
    const r = asRange(self);
    return newTuple([rangeType, newTuple([r.start, r.stop, r.step])]);
  },
  count(self, args, kwnames) {
    const ob = methO("range.count", args, kwnames);
    const r = asRange(self);
    if (isExactInt(ob)) return containsInt(r, asInt(ob)) ? 1 : 0;
    let n = 0;
    const it = rangeType.tp_iter?.(r) as PyValue;
    const f = typeOf(it).tp_iternext as (x: PyValue) => PyValue | undefined;
    for (;;) {
      const x = f(it);
      if (x === undefined) return n;
      if (richCompareBool(x, ob, CompareOp.EQ)) n++;
    }
  },
  index(self, args, kwnames) {
    const ob = methO("range.index", args, kwnames);
    const r = asRange(self);
    if (isExactInt(ob)) {
      const v = asInt(ob);
      if (!containsInt(r, v)) raiseValueError("range.index(x): x not in range");
      return floorDivInt(subInt(v, r.start), r.step);
    }
    let i = 0;
    const it = rangeType.tp_iter?.(r) as PyValue;
    const f = typeOf(it).tp_iternext as (x: PyValue) => PyValue | undefined;
    for (;;) {
      const x = f(it);
      if (x === undefined) raiseValueError("sequence.index(x): x not in sequence");
      if (richCompareBool(x, ob, CompareOp.EQ)) return i;
      i++;
    }
  },
});
checkNoArgs(rangeType);
