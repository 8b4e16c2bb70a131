// The `_collections` module (Modules/_collectionsmodule.c, CPython 3.14): deque (a ring buffer
// with maxlen, every method, mutation checks during iteration, CPython's messages and repr),
// defaultdict (a dict subclass with __missing__ and repr), _count_elements (Counter's helper)
// and _tuplegetter (namedtuple's field descriptor). OrderedDict comes from the pure-Python
// fallback in collections/__init__.py.
import {
  binaryOp,
  call,
  getAttr,
  index,
  iter,
  repr,
  richCompare,
  richCompareBool,
  setItem,
  typeName,
} from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { defineClassMethods, defineGetSets, defineMethods } from "../objects/descr.ts";
import { PyDict } from "../objects/dict.ts";
import { dictMerge } from "../objects/dict-methods.ts";
import {
  newException,
  raise,
  raiseIndexError,
  raiseRuntimeError,
  raiseTypeError,
  raiseValueError,
} from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import type { PyModule } from "../objects/module.ts";
import { asIntValue } from "../objects/numeric.ts";
import { CompareOp, PyObject, type PyValue } from "../objects/object.ts";
import { genericAliasHook, reprEnter, reprLeave } from "../objects/sequtil.ts";
import { None, NotImplemented } from "../objects/singletons.ts";
import { readyAllTypes } from "../objects/slots.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import type { PyType } from "../objects/type.ts";
import { dictType, makeBuiltinType, objectType, tupleType, typeOf } from "../objects/typeobjects.ts";
import { addFunction, newBuiltinModule } from "./modutil.ts";

type Kw = readonly string[] | null;
const FINAL = 0;

// ---------------------------------------------------------------- deque

export const dequeType = makeBuiltinType("collections.deque");
export const dequeIterType = makeBuiltinType("collections._deque_iterator", [objectType], FINAL);
export const dequeRevIterType = makeBuiltinType("collections._deque_reverse_iterator", [objectType], FINAL);

export class PyDeque extends PyObject {
  /** Ring buffer; its length is a power of two. */
  buf: (PyValue | undefined)[];
  head: number;
  len: number;
  /** -1 when unbounded. */
  maxlen: number;
  /** Incremented by every mutation (iterators compare it). */
  state: number;
  constructor(type: PyType = dequeType, maxlen = -1) {
    super(type);
    this.buf = new Array(8);
    this.head = 0;
    this.len = 0;
    this.maxlen = maxlen;
    this.state = 0;
  }
  at(i: number): PyValue {
    return this.buf[(this.head + i) & (this.buf.length - 1)] as PyValue;
  }
  setAt(i: number, v: PyValue): void {
    this.buf[(this.head + i) & (this.buf.length - 1)] = v;
  }
  private grow(): void {
    const old = this.buf;
    const n = old.length;
    const nb: (PyValue | undefined)[] = new Array(n * 2);
    for (let i = 0; i < this.len; i++) nb[i] = old[(this.head + i) & (n - 1)];
    this.buf = nb;
    this.head = 0;
  }
  pushRight(v: PyValue): void {
    if (this.len === this.buf.length) this.grow();
    this.buf[(this.head + this.len) & (this.buf.length - 1)] = v;
    this.len++;
  }
  pushLeft(v: PyValue): void {
    if (this.len === this.buf.length) this.grow();
    this.head = (this.head - 1) & (this.buf.length - 1);
    this.buf[this.head] = v;
    this.len++;
  }
  popRight(): PyValue {
    const i = (this.head + this.len - 1) & (this.buf.length - 1);
    const v = this.buf[i] as PyValue;
    this.buf[i] = undefined;
    this.len--;
    return v;
  }
  popLeft(): PyValue {
    const v = this.buf[this.head] as PyValue;
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) & (this.buf.length - 1);
    this.len--;
    return v;
  }
  toArray(): PyValue[] {
    const out = new Array<PyValue>(this.len);
    for (let i = 0; i < this.len; i++) out[i] = this.at(i);
    return out;
  }
  clearAll(): void {
    this.buf = new Array(8);
    this.head = 0;
    this.len = 0;
  }
  /** deque_append_internal: append, dropping from the left when full. */
  append(v: PyValue): void {
    if (this.maxlen === 0) return;
    this.pushRight(v);
    if (this.maxlen >= 0 && this.len > this.maxlen) this.popLeft();
    this.state++;
  }
  appendLeft(v: PyValue): void {
    if (this.maxlen === 0) return;
    this.pushLeft(v);
    if (this.maxlen >= 0 && this.len > this.maxlen) this.popRight();
    this.state++;
  }
}

function dq(v: PyValue): PyDeque {
  if (!(v instanceof PyDeque))
    raiseTypeError(`descriptor requires a 'collections.deque' object but received a '${typeName(v)}'`);
  return v;
}

function dequeExtend(d: PyDeque, iterable: PyValue): void {
  if (iterable === d) {
    for (const x of d.toArray()) d.append(x);
    return;
  }
  const it = iter(iterable);
  const next = typeOf(it).tp_iternext as (it: PyValue) => PyValue | undefined;
  for (let x = next(it); x !== undefined; x = next(it)) d.append(x);
}

function dequeExtendLeft(d: PyDeque, iterable: PyValue): void {
  const items = iterable === d ? d.toArray() : null;
  if (items !== null) {
    for (const x of items) d.appendLeft(x);
    return;
  }
  const it = iter(iterable);
  const next = typeOf(it).tp_iternext as (it: PyValue) => PyValue | undefined;
  for (let x = next(it); x !== undefined; x = next(it)) d.appendLeft(x);
}

function maxlenArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  const n = asIntValue(v);
  if (n === undefined) {
    if (typeOf(v).nb.nb_index === null) raiseTypeError("an integer is required");
  }
  const m = n ?? index(v);
  if (typeof m === "bigint") {
    if (m < 0n) raiseValueError("maxlen must be non-negative");
    raise(E.PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (m < 0) raiseValueError("maxlen must be non-negative");
  return m;
}

dequeType.tp_new = (type) => new PyDeque(type);
dequeType.tp_init = (self, args, kwnames) => {
  if (args.length > 2) raiseTypeError(`deque() takes at most 2 arguments (${args.length} given)`);
  const [iterable, maxlen] = bindArgs("deque", args, kwnames, {
    names: ["iterable", "maxlen"],
    required: 0,
    posOnly: 0,
  });
  const d = dq(self);
  d.maxlen = maxlenArg(maxlen);
  if (d.len > 0) {
    d.clearAll();
    d.state++;
  }
  if (iterable !== undefined) dequeExtend(d, iterable);
};
dequeType.mp_length = (self) => (self as PyDeque).len;

function normIndex(d: PyDeque, key: PyValue): number {
  const t = typeOf(key);
  if (
    typeof key !== "number" &&
    typeof key !== "boolean" &&
    typeof key !== "bigint" &&
    t.nb.nb_index === null
  )
    raiseTypeError(`sequence index must be integer, not '${t.name}'`);
  const iv = index(key);
  let i = typeof iv === "bigint" ? (iv < 0n ? -Infinity : Infinity) : iv;
  if (i < 0) i += d.len;
  if (i < 0 || i >= d.len) raiseIndexError("deque index out of range");
  return i;
}

dequeType.mp_subscript = (self, key) => {
  const d = self as PyDeque;
  return d.at(normIndex(d, key));
};
dequeType.mp_ass_subscript = (self, key, value) => {
  const d = self as PyDeque;
  const i = normIndex(d, key);
  if (value === null) dequeDelItem(d, i);
  else d.setAt(i, value);
};

function dequeDelItem(d: PyDeque, i: number): void {
  const items = d.toArray();
  items.splice(i, 1);
  d.clearAll();
  for (const x of items) d.pushRight(x);
  d.state++;
}

/** Compares items while watching for mutation (deque_contains, deque_count, deque_index). */
function findIndex(d: PyDeque, v: PyValue, start: number, stop: number): number {
  const state = d.state;
  for (let i = start; i < stop && i < d.len; i++) {
    const item = d.at(i);
    const eq = item === v || richCompareBool(item, v, CompareOp.EQ);
    if (d.state !== state) raiseRuntimeError("deque mutated during iteration");
    if (eq) return i;
  }
  return -1;
}

dequeType.sq_contains = (self, v) => findIndex(self as PyDeque, v, 0, (self as PyDeque).len) >= 0;

dequeType.tp_repr = (self) => {
  const d = self as PyDeque;
  const name = d.type.qualname;
  if (!reprEnter(d)) return "[...]";
  try {
    const parts = d.toArray().map(repr);
    const body = `[${parts.join(", ")}]`;
    return d.maxlen >= 0 ? `${name}(${body}, maxlen=${d.maxlen})` : `${name}(${body})`;
  } finally {
    reprLeave(d);
  }
};

dequeType.tp_richcompare = (self, other, op) => {
  if (!(self instanceof PyDeque) || !(other instanceof PyDeque)) return NotImplemented;
  const a = self.toArray();
  const b = other.toArray();
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!richCompareBool(a[i], b[i], CompareOp.EQ)) {
      if (op === CompareOp.EQ) return false;
      if (op === CompareOp.NE) return true;
      return richCompare(a[i], b[i], op);
    }
  }
  const la = a.length;
  const lb = b.length;
  switch (op) {
    case CompareOp.LT:
      return la < lb;
    case CompareOp.LE:
      return la <= lb;
    case CompareOp.EQ:
      return la === lb;
    case CompareOp.NE:
      return la !== lb;
    case CompareOp.GT:
      return la > lb;
    default:
      return la >= lb;
  }
};

function dequeCopy(d: PyDeque): PyValue {
  if (d.type === dequeType) {
    const c = new PyDeque(dequeType, d.maxlen);
    for (let i = 0; i < d.len; i++) c.pushRight(d.at(i));
    return c;
  }
  return d.maxlen < 0 ? call(d.type, [d]) : call(d.type, [d, d.maxlen]);
}

function repeatCount(n: PyValue): number {
  const t = typeOf(n);
  if (typeof n !== "number" && typeof n !== "boolean" && typeof n !== "bigint" && t.nb.nb_index === null)
    raiseTypeError(`can't multiply sequence by non-int of type '${t.name}'`);
  const v = index(n);
  if (typeof v === "bigint") {
    if (v < 0n) return 0;
    raise(E.PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return Math.max(v, 0);
}

function dequeInplaceRepeat(d: PyDeque, n: number): PyDeque {
  if (n <= 0 || d.len === 0) {
    if (d.len > 0) {
      d.clearAll();
      d.state++;
    }
    return d;
  }
  if (n === 1) return d;
  const items = d.toArray();
  if (d.maxlen >= 0 && items.length * n > d.maxlen) {
    // only the last maxlen items survive
    for (let r = 1; r < n; r++) for (const x of items) d.append(x);
    return d;
  }
  for (let r = 1; r < n; r++) for (const x of items) d.pushRight(x);
  d.state++;
  return d;
}

dequeType.nb.nb_add = (a, b) => {
  if (!(a instanceof PyDeque)) return NotImplemented;
  if (!(b instanceof PyDeque)) raiseTypeError(`can only concatenate deque (not "${typeName(b)}") to deque`);
  const c = dequeCopy(a);
  if (!(c instanceof PyDeque)) return c;
  dequeExtend(c, b);
  return c;
};
dequeType.nb.nb_inplace_add = (a, b) => {
  dequeExtend(a as PyDeque, b);
  return a;
};
dequeType.nb.nb_multiply = (a, b) => {
  const [d, n] = a instanceof PyDeque ? [a, b] : [b as PyDeque, a];
  if (!(d instanceof PyDeque)) return NotImplemented;
  const count = repeatCount(n);
  const c = dequeCopy(d) as PyDeque;
  return dequeInplaceRepeat(c, count);
};
dequeType.nb.nb_inplace_multiply = (a, b) => dequeInplaceRepeat(a as PyDeque, repeatCount(b));

function noKwArgs(name: string, kw: Kw): void {
  if (kw !== null && kw.length > 0) raiseTypeError(`deque.${name}() takes no keyword arguments`);
}
function oneArg(name: string, args: PyValue[], kw: Kw): PyValue {
  noKwArgs(name, kw);
  if (args.length !== 1) raiseTypeError(`deque.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
function noArg(name: string, args: PyValue[], kw: Kw): void {
  noKwArgs(name, kw);
  if (args.length !== 0) raiseTypeError(`deque.${name}() takes no arguments (${args.length} given)`);
}

function sliceIndex(v: PyValue): number {
  if (v === None) raiseTypeError("slice indices must be integers or have an __index__ method");
  const t = typeOf(v);
  if (typeof v !== "number" && typeof v !== "boolean" && typeof v !== "bigint" && t.nb.nb_index === null)
    raiseTypeError("slice indices must be integers or have an __index__ method");
  const n = index(v);
  if (typeof n === "bigint") return n < 0n ? -(2 ** 63) : 2 ** 63;
  return n;
}

defineMethods(dequeType, {
  append(self, args, kw) {
    dq(self).append(oneArg("append", args, kw));
    return None;
  },
  appendleft(self, args, kw) {
    dq(self).appendLeft(oneArg("appendleft", args, kw));
    return None;
  },
  pop(self, args, kw) {
    noArg("pop", args, kw);
    const d = dq(self);
    if (d.len === 0) raiseIndexError("pop from an empty deque");
    d.state++;
    return d.popRight();
  },
  popleft(self, args, kw) {
    noArg("popleft", args, kw);
    const d = dq(self);
    if (d.len === 0) raiseIndexError("pop from an empty deque");
    d.state++;
    return d.popLeft();
  },
  extend(self, args, kw) {
    dequeExtend(dq(self), oneArg("extend", args, kw));
    return None;
  },
  extendleft(self, args, kw) {
    dequeExtendLeft(dq(self), oneArg("extendleft", args, kw));
    return None;
  },
  clear(self, args, kw) {
    noArg("clear", args, kw);
    const d = dq(self);
    d.clearAll();
    d.state++;
    return None;
  },
  copy(self, args, kw) {
    noArg("copy", args, kw);
    return dequeCopy(dq(self));
  },
  __copy__(self, args, kw) {
    noArg("__copy__", args, kw);
    return dequeCopy(dq(self));
  },
  count(self, args, kw) {
    const v = oneArg("count", args, kw);
    const d = dq(self);
    const state = d.state;
    let n = 0;
    for (let i = 0; i < d.len; i++) {
      const item = d.at(i);
      const eq = item === v || richCompareBool(item, v, CompareOp.EQ);
      if (d.state !== state) raiseRuntimeError("deque mutated during iteration");
      if (eq) n++;
    }
    return n;
  },
  index(self, args, kw) {
    noKwArgs("index", kw);
    if (args.length < 1 || args.length > 3)
      raiseTypeError(
        `index expected ${args.length < 1 ? "at least 1 argument" : "at most 3 arguments"}, got ${args.length}`,
      );
    const d = dq(self);
    let start = args.length > 1 ? sliceIndex(args[1]) : 0;
    let stop = args.length > 2 ? sliceIndex(args[2]) : 2 ** 63;
    if (start < 0) {
      start += d.len;
      if (start < 0) start = 0;
    }
    if (stop < 0) {
      stop += d.len;
      if (stop < 0) stop = 0;
    }
    if (stop > d.len) stop = d.len;
    const i = findIndex(d, args[0], start, stop);
    if (i < 0) raiseValueError("deque.index(x): x not in deque");
    return i;
  },
  insert(self, args, kw) {
    noKwArgs("insert", kw);
    if (args.length !== 2) raiseTypeError(`insert expected 2 arguments, got ${args.length}`);
    const d = dq(self);
    const iv = index(args[0]);
    let i = typeof iv === "bigint" ? (iv < 0n ? -Infinity : Infinity) : iv;
    if (d.maxlen >= 0 && d.len >= d.maxlen) raiseIndexError("deque already at its maximum size");
    const n = d.len;
    if (i < 0) {
      i += n;
      if (i < 0) i = 0;
    }
    if (i >= n) {
      d.append(args[1]);
      return None;
    }
    if (i === 0) {
      d.appendLeft(args[1]);
      return None;
    }
    const items = d.toArray();
    items.splice(i, 0, args[1]);
    d.clearAll();
    for (const x of items) d.pushRight(x);
    d.state++;
    return None;
  },
  remove(self, args, kw) {
    const v = oneArg("remove", args, kw);
    const d = dq(self);
    const i = findIndex(d, v, 0, d.len);
    if (i < 0) raiseValueError("deque.remove(x): x not in deque");
    dequeDelItem(d, i);
    return None;
  },
  reverse(self, args, kw) {
    noArg("reverse", args, kw);
    const d = dq(self);
    const items = d.toArray().reverse();
    d.clearAll();
    for (const x of items) d.pushRight(x);
    d.state++;
    return None;
  },
  rotate(self, args, kw) {
    noKwArgs("rotate", kw);
    if (args.length > 1) raiseTypeError(`rotate expected at most 1 argument, got ${args.length}`);
    const d = dq(self);
    let n = 1;
    if (args.length === 1) {
      const iv = index(args[0]);
      if (typeof iv === "bigint")
        raise(E.PyExc_OverflowError, "Python int too large to convert to C ssize_t");
      n = iv;
    }
    const len = d.len;
    if (len <= 1) return None;
    let k = n % len;
    if (k < 0) k += len;
    if (k === 0) return None;
    if (k <= len - k) for (let i = 0; i < k; i++) d.pushLeft(d.popRight());
    else for (let i = 0; i < len - k; i++) d.pushRight(d.popLeft());
    d.state++;
    return None;
  },
  __reversed__(self, args, kw) {
    noArg("__reversed__", args, kw);
    return new PyDequeIter(dequeRevIterType, dq(self));
  },
  __reduce__(self) {
    const d = dq(self);
    const state = d.dict === null ? None : d.dict;
    const ctorArgs = d.maxlen < 0 ? newTuple([]) : newTuple([newTuple([]), d.maxlen]);
    return newTuple([d.type, ctorArgs, state, new PyDequeIter(dequeIterType, d)]);
  },
  __sizeof__(self) {
    return 64 + 8 * dq(self).buf.length;
  },
});
defineGetSets(dequeType, {
  maxlen: { get: (self) => (dq(self).maxlen < 0 ? None : dq(self).maxlen) },
});
defineClassMethods(dequeType, {
  __class_getitem__(cls, args) {
    if (args.length !== 1)
      raiseTypeError(`deque.__class_getitem__() takes exactly one argument (${args.length} given)`);
    return genericAliasHook(cls, args[0]);
  },
});

// ---------------------------------------------------------------- deque iterators

class PyDequeIter extends PyObject {
  deque: PyDeque;
  /** Items still to produce. */
  counter: number;
  index: number;
  state: number;
  constructor(type: PyType, d: PyDeque) {
    super(type);
    this.deque = d;
    this.counter = d.len;
    this.index = type === dequeRevIterType ? d.len - 1 : 0;
    this.state = d.state;
  }
}

function dequeIterNext(self: PyValue): PyValue | undefined {
  const it = self as PyDequeIter;
  const d = it.deque;
  if (d.state !== it.state) {
    it.counter = 0;
    raiseRuntimeError("deque mutated during iteration");
  }
  if (it.counter === 0) return undefined;
  const v = d.at(it.index);
  it.counter--;
  it.index += it.type === dequeRevIterType ? -1 : 1;
  return v;
}

dequeType.tp_iter = (self) => new PyDequeIter(dequeIterType, self as PyDeque);
for (const t of [dequeIterType, dequeRevIterType]) {
  t.tp_iter = (self) => self;
  t.tp_iternext = dequeIterNext;
  defineMethods(t, {
    __length_hint__(self) {
      return (self as PyDequeIter).counter;
    },
  });
}

// ---------------------------------------------------------------- defaultdict

export const defaultdictType = makeBuiltinType("collections.defaultdict", [dictType]);

export class PyDefaultDict extends PyDict {
  defaultFactory: PyValue;
  constructor(type: PyType = defaultdictType, factory: PyValue = None) {
    super(type);
    this.defaultFactory = factory;
  }
}

function ddict(v: PyValue): PyDefaultDict {
  if (!(v instanceof PyDefaultDict))
    raiseTypeError(`descriptor requires a 'collections.defaultdict' object but received a '${typeName(v)}'`);
  return v;
}

function ddMissing(self: PyValue, key: PyValue): PyValue {
  const dd = ddict(self);
  if (dd.defaultFactory === None) throw newException(E.PyExc_KeyError, key);
  const value = call(dd.defaultFactory, []);
  setItem(dd, key, value);
  return value;
}

defaultdictType.tp_new = (type) => new PyDefaultDict(type);
defaultdictType.tp_init = (self, args, kwnames) => {
  const dd = ddict(self);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let rest = args;
  if (npos > 0) {
    const f = args[0];
    if (f !== None && typeOf(f).tp_call === null) raiseTypeError("first argument must be callable or None");
    dd.defaultFactory = f;
    rest = args.slice(1);
  }
  (dictType.tp_init as NonNullable<PyType["tp_init"]>)(self, rest, kwnames);
};
defaultdictType.tp_repr = (self) => {
  const dd = self as PyDefaultDict;
  const base = (dictType.tp_repr as (v: PyValue) => string)(dd);
  let fr: string;
  if (dd.defaultFactory === None) fr = "None";
  else if (!reprEnter(dd.defaultFactory)) fr = "...";
  else {
    try {
      fr = repr(dd.defaultFactory);
    } finally {
      reprLeave(dd.defaultFactory);
    }
  }
  return `${dd.type.qualname}(${fr}, ${base})`;
};

function ddCopy(self: PyValue): PyValue {
  const dd = ddict(self);
  if (dd.type === defaultdictType) {
    const c = new PyDefaultDict(defaultdictType, dd.defaultFactory);
    dictMerge(c, dd, 1);
    return c;
  }
  return call(dd.type, [dd.defaultFactory, dd]);
}

defineMethods(defaultdictType, {
  __missing__(self, args, kw) {
    if ((kw !== null && kw.length > 0) || args.length !== 1)
      raiseTypeError(`defaultdict.__missing__() takes exactly one argument (${args.length} given)`);
    return ddMissing(self, args[0]);
  },
  copy(self) {
    return ddCopy(self);
  },
  __copy__(self) {
    return ddCopy(self);
  },
  __reduce__(self) {
    const dd = ddict(self);
    const a = dd.defaultFactory === None ? newTuple([]) : newTuple([dd.defaultFactory]);
    return newTuple([dd.type, a, None, None, call(getAttr(dd, "items"), [])]);
  },
});
defineGetSets(defaultdictType, {
  default_factory: {
    get: (self) => ddict(self).defaultFactory,
    set: (self, v) => {
      ddict(self).defaultFactory = v === null ? None : v;
    },
  },
});
defaultdictType.nb.nb_or = (a, b) => {
  const [dd, other, left] = a instanceof PyDefaultDict ? [a, b, true] : [b as PyDefaultDict, a, false];
  if (!(other instanceof PyDict)) return NotImplemented;
  if (left) {
    const c = ddCopy(dd) as PyDict;
    dictMerge(c, other, 1);
    return c;
  }
  const c = call(dd.type, [dd.defaultFactory, other]) as PyDict;
  dictMerge(c, dd, 1);
  return c;
};
defaultdictType.nb.nb_inplace_or = (a, b) => {
  if (!(b instanceof PyDict)) {
    dictMerge(a as PyDict, newDictFrom(b), 1);
    return a;
  }
  dictMerge(a as PyDict, b, 1);
  return a;
};
function newDictFrom(b: PyValue): PyDict {
  const d = new PyDict();
  (dictType.tp_init as NonNullable<PyType["tp_init"]>)(d, [b], null);
  return d;
}

// ---------------------------------------------------------------- _count_elements

function countElements(args: PyValue[], kw: Kw): PyValue {
  if (kw !== null && kw.length > 0) raiseTypeError("_count_elements() takes no keyword arguments");
  if (args.length !== 2) raiseTypeError(`_count_elements expected 2 arguments, got ${args.length}`);
  const mapping = args[0];
  const it = iter(args[1]);
  const next = typeOf(it).tp_iternext as (it: PyValue) => PyValue | undefined;
  const mt = typeOf(mapping);
  const fast =
    mapping instanceof PyDict &&
    mt.lookup("get") === dictType.lookup("get") &&
    mt.lookup("__setitem__") === dictType.lookup("__setitem__");
  const get = fast ? null : getAttr(mapping, "get");
  for (let key = next(it); key !== undefined; key = next(it)) {
    if (fast) {
      const d = mapping as PyDict;
      const old = d.getItem(key);
      if (old === undefined) d.setItem(key, 1);
      else if (typeof old === "number" && old < Number.MAX_SAFE_INTEGER) d.setItem(key, old + 1);
      else d.setItem(key, binaryAdd(old, 1));
    } else {
      const old = call(get as PyValue, [key, 0]);
      setItem(mapping, key, binaryAdd(old, 1));
    }
  }
  return None;
}

function binaryAdd(a: PyValue, b: PyValue): PyValue {
  if (typeof a === "number" && typeof b === "number" && Number.isSafeInteger(a + b)) return a + b;
  return binaryOp(a, b, "nb_add", "+");
}

// ---------------------------------------------------------------- _tuplegetter

export const tuplegetterType = makeBuiltinType("_collections._tuplegetter", [objectType], FINAL);

class PyTupleGetter extends PyObject {
  index: number;
  doc: PyValue;
  constructor(type: PyType, index: number, doc: PyValue) {
    super(type);
    this.index = index;
    this.doc = doc;
  }
}

tuplegetterType.tp_new = (type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError("_tuplegetter() takes no keyword arguments");
  if (args.length !== 2) raiseTypeError(`_tuplegetter expected 2 arguments, got ${args.length}`);
  const i = index(args[0]);
  return new PyTupleGetter(type, typeof i === "bigint" ? Number.MAX_SAFE_INTEGER : i, args[1]);
};
tuplegetterType.tp_descr_get = (self, obj) => {
  const tg = self as PyTupleGetter;
  if (obj === null || obj === None) return tg;
  if (!(obj instanceof PyTuple) || !typeOf(obj).isSubtypeOf(tupleType))
    raiseTypeError(
      `descriptor for index '${tg.index}' for tuple subclasses doesn't apply to '${typeName(obj)}' object`,
    );
  if (tg.index < 0 || tg.index >= obj.items.length) raiseIndexError("tuple index out of range");
  return obj.items[tg.index];
};
tuplegetterType.tp_descr_set = (_self, _obj, value) => {
  if (value === null) raise(E.PyExc_AttributeError, "can't delete attribute");
  raise(E.PyExc_AttributeError, "can't set attribute");
};
defineGetSets(tuplegetterType, {
  __doc__: {
    get: (self) => (self as PyTupleGetter).doc,
    set: (self, v) => {
      (self as PyTupleGetter).doc = v === null ? None : v;
    },
  },
});
defineMethods(tuplegetterType, {
  __reduce__(self) {
    const tg = self as PyTupleGetter;
    return newTuple([tg.type, newTuple([tg.index, tg.doc])]);
  },
});

// ---------------------------------------------------------------- the module

export function createCollectionsModule(): PyModule {
  const m = newBuiltinModule(
    "_collections",
    "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n",
  );
  const d = m.dict;
  d.setStr("deque", dequeType);
  d.setStr("defaultdict", defaultdictType);
  d.setStr("_deque_iterator", dequeIterType);
  d.setStr("_deque_reverse_iterator", dequeRevIterType);
  d.setStr("_tuplegetter", tuplegetterType);
  addFunction(m, "_count_elements", countElements);
  readyAllTypes();
  return m;
}
