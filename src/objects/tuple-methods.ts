// The tuple type's slots and methods (Objects/tupleobject.c) over the layout in tuple.ts:
// construction (tuple(iterable), subclasses), indexing and slicing, concatenation and repetition,
// the lexicographic comparisons, hash (xxHash-style, hash.ts), repr `(1,)`, the tuple_iterator,
// count/index and __getnewargs__.
import { hash, iter, repr as reprOf, richCompare, richCompareBool } from "./abstract.ts";
import { checkPositional } from "./args.ts";
import { defineClassMethods, defineMethods } from "./descr.ts";
import { raiseIndexError, raiseTypeError, raiseValueError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { hashTuple } from "./hash.ts";
import { itemsEqual, PyList, repeatCount, repeatItems } from "./list.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { asSsize, genericAliasHook, isIndex, reprEnter, reprLeave, SSIZE_MAX, tname } from "./sequtil.ts";
import { NotImplemented } from "./singletons.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { EMPTY_TUPLE, newTuple, PyTuple } from "./tuple.ts";
import { TPFLAGS_HEAPTYPE, TPFLAGS_SEQUENCE, TPFLAGS_TUPLE_SUBCLASS } from "./type.ts";
import { listType, makeBuiltinType, objectType, tupleType, typeOf } from "./typeobjects.ts";

tupleType.flags |= TPFLAGS_TUPLE_SUBCLASS | TPFLAGS_SEQUENCE;

function asTuple(v: PyValue): PyTuple {
  return v as PyTuple;
}

function nkw(kwnames: readonly string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

/** PySequence_Tuple: a tuple as is, a list copied, else the items of any iterable. */
export function toTuple(v: PyValue): PyTuple {
  if (v instanceof PyTuple && v.type === tupleType) return v;
  // PySequence_Tuple: exact lists are copied at once; subclasses may override __iter__.
  if (v instanceof PyList && v.type.tp_iter === listType.tp_iter) return newTuple(v.items.slice());
  if (v instanceof PyTuple && v.type.tp_iter === tupleType.tp_iter) return newTuple(v.items);
  const iterator = iter(v);
  const f = typeOf(iterator).tp_iternext;
  if (f === null) raiseTypeError(`'${tname(iterator)}' object is not an iterator`);
  const out: PyValue[] = [];
  for (;;) {
    const x = f(iterator);
    if (x === undefined) return newTuple(out);
    out.push(x);
  }
}

// ---------------------------------------------------------------- slots

tupleType.tp_new = (type, args, kwnames) => {
  if ((type === tupleType || type.tp_init === tupleType.tp_init) && nkw(kwnames))
    raiseTypeError("tuple() takes no keyword arguments");
  const npos = args.length - nkw(kwnames);
  checkPositional("tuple", npos, 0, 1);
  if (type === tupleType) return npos === 0 ? EMPTY_TUPLE : toTuple(args[0]);
  const items = npos === 0 ? [] : toTuple(args[0]).items;
  return new PyTuple(items, type);
};

tupleType.tp_repr = (self) => {
  const t = asTuple(self);
  const n = t.items.length;
  if (n === 0) return "()";
  if (!reprEnter(t)) return "(...)";
  try {
    let out = "(";
    for (let i = 0; i < n; i++) {
      if (i > 0) out += ", ";
      out += reprOf(t.items[i]);
    }
    return n === 1 ? `${out},)` : `${out})`;
  } finally {
    reprLeave(t);
  }
};

tupleType.tp_hash = (self) => {
  const items = asTuple(self).items;
  const hs = new Array<number | bigint>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    hs[i] = typeof x === "number" ? (x === -1 ? -2 : x) : hash(x);
  }
  return hashTuple(hs);
};

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

tupleType.tp_richcompare = (v, w, op) => {
  if (!(v instanceof PyTuple) || !(w instanceof PyTuple)) return NotImplemented;
  const a = v.items;
  const b = w.items;
  let i = 0;
  for (; i < a.length && i < b.length; i++) {
    if (a[i] === b[i]) continue;
    if (!richCompareBool(a[i], b[i], CompareOp.EQ)) break;
  }
  if (i >= a.length || i >= b.length) return compareSizes(a.length, b.length, op);
  if (op === CompareOp.EQ) return false;
  if (op === CompareOp.NE) return true;
  return richCompare(a[i], b[i], op);
};

function tupleItem(t: PyTuple, key: PyValue): PyValue {
  const items = t.items;
  let i: number;
  if (typeof key === "number") i = key;
  else if (key instanceof PySlice) {
    const { start, step, length } = sliceIndices(key, items.length);
    if (length <= 0) return EMPTY_TUPLE;
    if (start === 0 && step === 1 && length === items.length && t.type === tupleType) return t;
    if (step === 1) return newTuple(items.slice(start, start + length));
    const out = new Array<PyValue>(length);
    for (let k = 0, cur = start; k < length; k++, cur += step) out[k] = items[cur];
    return newTuple(out);
  } else if (isIndex(key)) i = asSsize(key, E.PyExc_IndexError);
  else raiseTypeError(`tuple indices must be integers or slices, not ${tname(key)}`);
  if (i < 0) i += items.length;
  if (i < 0 || i >= items.length) raiseIndexError("tuple index out of range");
  return items[i];
}

tupleType.mp_length = (self) => asTuple(self).items.length;
tupleType.mp_subscript = (self, key) => tupleItem(asTuple(self), key);
tupleType.sq_contains = (self, x) => {
  const items = asTuple(self).items;
  for (let i = 0; i < items.length; i++) if (itemsEqual(items[i], x)) return true;
  return false;
};

function mayReflect(w: PyValue, slot: "nb_add" | "nb_multiply"): boolean {
  const t = typeOf(w);
  if ((t.flags & TPFLAGS_HEAPTYPE) === 0 || t.nb[slot] === null) return false;
  return t.lookup(slot === "nb_add" ? "__radd__" : "__rmul__") !== undefined;
}

tupleType.nb.nb_add = (v, w) => {
  if (!(v instanceof PyTuple)) return NotImplemented;
  if (!(w instanceof PyTuple)) {
    if (mayReflect(w, "nb_add")) return NotImplemented;
    raiseTypeError(`can only concatenate tuple (not "${tname(w)}") to tuple`);
  }
  if (w.items.length === 0 && v.type === tupleType) return v;
  if (v.items.length === 0 && w.type === tupleType) return w;
  return newTuple(v.items.concat(w.items));
};

tupleType.nb.nb_multiply = (v, w) => {
  let t: PyTuple;
  let n: PyValue;
  if (v instanceof PyTuple) {
    t = v;
    n = w;
    if (!isIndex(n) && mayReflect(n, "nb_multiply")) return NotImplemented;
  } else if (w instanceof PyTuple) {
    t = w;
    n = v;
  } else return NotImplemented;
  const count = repeatCount(n);
  if (count === 1 && t.type === tupleType) return t;
  const items = repeatItems(t.items, count);
  return items.length === 0 ? EMPTY_TUPLE : newTuple(items);
};

// ---------------------------------------------------------------- iterator

export const tupleIteratorType = makeBuiltinType("tuple_iterator", [objectType], 0);

export class PyTupleIterator extends PyObject {
  seq: PyTuple | null;
  index: number;
  constructor(seq: PyTuple) {
    super(tupleIteratorType);
    this.seq = seq;
    this.index = 0;
  }
}

tupleType.tp_iter = (self) => new PyTupleIterator(asTuple(self));
tupleIteratorType.tp_iter = (self) => self;
tupleIteratorType.tp_iternext = (self) => {
  const it = self as PyTupleIterator;
  const seq = it.seq;
  if (seq === null) return undefined;
  if (it.index < seq.items.length) return seq.items[it.index++];
  it.seq = null;
  return undefined;
};
defineMethods(tupleIteratorType, {
  __length_hint__(self) {
    const it = self as PyTupleIterator;
    return it.seq === null ? 0 : Math.max(0, it.seq.items.length - it.index);
  },
});

// ---------------------------------------------------------------- methods

function methO(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (nkw(kwnames)) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function sliceIndexNotNone(v: PyValue): number {
  if (typeof v === "number") return v;
  if (!isIndex(v)) raiseTypeError("slice indices must be integers or have an __index__ method");
  return asSsize(v, null);
}

defineMethods(tupleType, {
  __getnewargs__(self, args, kwnames) {
    if (nkw(kwnames)) raiseTypeError("tuple.__getnewargs__() takes no keyword arguments");
    if (args.length) raiseTypeError(`tuple.__getnewargs__() takes no arguments (${args.length} given)`);
    return newTuple([newTuple(asTuple(self).items)]);
  },
  index(self, args, kwnames) {
    if (nkw(kwnames)) raiseTypeError("tuple.index() takes no keyword arguments");
    checkPositional("index", args.length, 1, 3);
    const items = asTuple(self).items;
    let start = args.length > 1 ? sliceIndexNotNone(args[1]) : 0;
    let stop = args.length > 2 ? sliceIndexNotNone(args[2]) : SSIZE_MAX;
    if (start < 0) {
      start += items.length;
      if (start < 0) start = 0;
    }
    if (stop < 0) {
      stop += items.length;
    } else if (stop > items.length) stop = items.length;
    for (let i = start; i < stop; i++) if (itemsEqual(items[i], args[0])) return i;
    raiseValueError("tuple.index(x): x not in tuple");
  },
  count(self, args, kwnames) {
    const x = methO("tuple.count", args, kwnames);
    const items = asTuple(self).items;
    let c = 0;
    for (let i = 0; i < items.length; i++) if (itemsEqual(items[i], x)) c++;
    return c;
  },
});

defineClassMethods(tupleType, {
  __class_getitem__(cls, args, kwnames) {
    return genericAliasHook(cls, methO("tuple.__class_getitem__", args, kwnames));
  },
});
