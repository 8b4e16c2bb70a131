// The slice object (Objects/sliceobject.c): slice(start, stop, step), its `indices()` method,
// repr, comparisons and hash (hashable since 3.12), and `sliceIndices()`, the PySlice_Unpack +
// PySlice_AdjustIndices pair every sequence type uses to resolve a slice against its length.
import { hash, index, repr as reprOf, richCompare } from "./abstract.ts";
import { checkPositional, noKeywords } from "./args.ts";
import { defineMembers, defineMethods } from "./descr.ts";
import { raiseTypeError, raiseValueError } from "./errors.ts";
import { type CompareOp, PyObject, type PyValue } from "./object.ts";
import { asSsize, isIndex, SSIZE_MAX, SSIZE_MIN } from "./sequtil.ts";
import { None, NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import { sliceType } from "./typeobjects.ts";

export class PySlice extends PyObject {
  readonly start: PyValue;
  readonly stop: PyValue;
  readonly step: PyValue;
  constructor(start: PyValue, stop: PyValue, step: PyValue) {
    super(sliceType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

export function newSlice(start: PyValue, stop: PyValue, step: PyValue = None): PySlice {
  return new PySlice(start, stop, step);
}

/** A slice resolved against a sequence length: `length` items start, start+step, ... */
export interface SliceIndices {
  start: number;
  stop: number;
  step: number;
  length: number;
}

const BAD_INDEX = "slice indices must be integers or None or have an __index__ method";

/** _PyEval_SliceIndex: an int clamped to the ssize_t range. */
function sliceIndex(v: PyValue): number {
  if (typeof v === "number") return v;
  if (!isIndex(v)) raiseTypeError(BAD_INDEX);
  return asSsize(v, null);
}

/** PySlice_Unpack then PySlice_AdjustIndices(length). */
export function sliceIndices(s: PySlice, length: number): SliceIndices {
  let step: number;
  if (s.step === None) step = 1;
  else {
    step = sliceIndex(s.step);
    if (step === 0) raiseValueError("slice step cannot be zero");
    if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  }
  let start = s.start === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndex(s.start);
  let stop = s.stop === None ? (step < 0 ? SSIZE_MIN : SSIZE_MAX) : sliceIndex(s.stop);
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) start = step < 0 ? length - 1 : length;
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.trunc((start - 1 - stop) / -step) + 1;
  } else if (start < stop) n = Math.trunc((stop - start - 1) / step) + 1;
  return { start, stop, step, length: n };
}

// ---------------------------------------------------------------- slice.indices(), exact ints

function toBig(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

function normBig(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function exactIndex(v: PyValue): bigint {
  if (!isIndex(v)) raiseTypeError(BAD_INDEX);
  return toBig(index(v));
}

/** _PySlice_GetLongIndices: slice.indices(length) with arbitrary-precision ints. */
export function getLongIndices(s: PySlice, lengthArg: PyValue): [bigint, bigint, bigint] {
  const length = toBig(index(lengthArg));
  if (length < 0n) raiseValueError("length should not be negative");
  let step = 1n;
  if (s.step !== None) {
    step = exactIndex(s.step);
    if (step === 0n) raiseValueError("slice step cannot be zero");
  }
  const back = step < 0n;
  const lower = back ? -1n : 0n;
  const upper = back ? length - 1n : length;
  let start: bigint;
  if (s.start === None) start = back ? upper : lower;
  else {
    start = exactIndex(s.start);
    if (start < 0n) {
      start += length;
      if (start < lower) start = lower;
    } else if (start > upper) start = upper;
  }
  let stop: bigint;
  if (s.stop === None) stop = back ? lower : upper;
  else {
    stop = exactIndex(s.stop);
    if (stop < 0n) {
      stop += length;
      if (stop < lower) stop = lower;
    } else if (stop > upper) stop = upper;
  }
  return [start, stop, step];
}

// ---------------------------------------------------------------- hash

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** slice_hash: the tuple hash's xxHash rounds over (start, stop, step), without the length step. */
function sliceHash(s: PySlice): number | bigint {
  let acc = XXPRIME_5;
  const items = [s.start, s.stop, s.step];
  for (let i = 0; i < 3; i++) {
    const lane = BigInt.asUintN(64, toBig(hash(items[i])));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  if (acc === M64) return 1546275796;
  return normBig(BigInt.asIntN(64, acc));
}

// ---------------------------------------------------------------- the type

function asSlice(v: PyValue): PySlice {
  return v as PySlice;
}

sliceType.tp_new = (_type, args, kwnames) => {
  noKeywords("slice", kwnames);
  checkPositional("slice", args.length, 1, 3);
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args.length === 3 ? args[2] : None);
};

sliceType.tp_repr = (self) => {
  const s = asSlice(self);
  return `slice(${reprOf(s.start)}, ${reprOf(s.stop)}, ${reprOf(s.step)})`;
};

sliceType.tp_hash = (self) => sliceHash(asSlice(self));

sliceType.tp_richcompare = (self, other, op: CompareOp) => {
  if (!(other instanceof PySlice) || !(self instanceof PySlice)) return NotImplemented;
  const a = newTuple([self.start, self.stop, self.step]);
  const b = newTuple([other.start, other.stop, other.step]);
  return richCompare(a, b, op);
};

defineMembers(sliceType, {
  start: { get: (self) => asSlice(self).start },
  stop: { get: (self) => asSlice(self).stop },
  step: { get: (self) => asSlice(self).step },
});

defineMethods(sliceType, {
  indices(self, args, kwnames) {
    noKeywords("indices", kwnames);
    if (args.length !== 1)
      raiseTypeError(`slice.indices() takes exactly one argument (${args.length} given)`);
    const [start, stop, step] = getLongIndices(asSlice(self), args[0]);
    return newTuple([normBig(start), normBig(stop), normBig(step)]);
  },
  __reduce__(self) {
    const s = asSlice(self);
    return newTuple([sliceType, newTuple([s.start, s.stop, s.step])]);
  },
});
