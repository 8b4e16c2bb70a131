// The `itertools` module (Modules/itertoolsmodule.c, CPython 3.14): every iterator type, with
// tp_iternext returning undefined at the end, CPython's argument errors and the reprs of count
// and repeat. Each iterator keeps the tp_iternext function of its source iterator(s) so that the
// per-item path is a direct call (no closure or exception per item).
import {
  binaryOp,
  call,
  index,
  isTrue,
  iter,
  lookupAttr,
  repr,
  richCompareBool,
  toArray,
  typeName,
} from "../objects/abstract.ts";
import { bindArgs, checkPositional } from "../objects/args.ts";
import { defineClassMethods, defineMethods } from "../objects/descr.ts";
import { raise, raiseRuntimeError, raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import type { PyModule } from "../objects/module.ts";
import { asIntValue, type IntValue, normInt } from "../objects/numeric.ts";
import { CompareOp, PyObject, type PyValue } from "../objects/object.ts";
import { genericAliasHook } from "../objects/sequtil.ts";
import { None } from "../objects/singletons.ts";
import { readyAllTypes } from "../objects/slots.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import type { PyType } from "../objects/type.ts";
import { makeBuiltinType, objectType, typeOf } from "../objects/typeobjects.ts";
import { addFunction, newBuiltinModule } from "./modutil.ts";

type NextFn = (it: PyValue) => PyValue | undefined;
type Kw = readonly string[] | null;

const FINAL = 0;

function nextOf(it: PyValue): NextFn {
  const f = typeOf(it).tp_iternext;
  if (f === null) raiseTypeError(`'${typeName(it)}' object is not an iterator`);
  return f;
}

function nkw(kwnames: Kw): number {
  return kwnames === null ? 0 : kwnames.length;
}

/** _PyArg_NoKeywords for a type's tp_new (only for the exact type, as CPython checks). */
function noKw(type: PyType, base: PyType, name: string, kwnames: Kw): void {
  if (type === base && kwnames !== null && kwnames.length > 0)
    raiseTypeError(`${name}() takes no keyword arguments`);
}

function raiseSsizeOverflow(): never {
  raise(E.PyExc_OverflowError, "Python int too large to convert to C ssize_t");
}

function isSsize(v: IntValue): boolean {
  return typeof v === "number" || (v >= -(2n ** 63n) && v < 2n ** 63n);
}

function classGetItem(t: PyType): void {
  defineClassMethods(t, {
    __class_getitem__(cls, args) {
      if (args.length !== 1)
        raiseTypeError(`${cls.name}.__class_getitem__() takes exactly one argument (${args.length} given)`);
      return genericAliasHook(cls, args[0]);
    },
  });
}

// ---------------------------------------------------------------- count

export const countType = makeBuiltinType("itertools.count");

class PyCount extends PyObject {
  /** The next value, as an int when start and step are ints (the fast mode), else any number. */
  cnt: PyValue;
  step: PyValue;
  fast: boolean;
  constructor(type: PyType, start: PyValue, step: PyValue) {
    super(type);
    this.cnt = start;
    this.step = step;
    this.fast = typeof start === "number" && typeof step === "number";
  }
}

function isNumber(v: PyValue): boolean {
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return true;
  if (typeof v === "string") return false;
  const nb = v.type.nb;
  return nb.nb_index !== null || nb.nb_int !== null || nb.nb_float !== null || v.type.name === "complex";
}

/** PyArg_ParseTupleAndKeywords's "takes at most N arguments" (count, repeat). */
function atMost(name: string, args: PyValue[], max: number): void {
  if (args.length > max) raiseTypeError(`${name}() takes at most ${max} arguments (${args.length} given)`);
}

/** _PyArg_CheckPositional for exactly one argument: "name expected 1 argument, got N". */
function exactlyOne(name: string, n: number): void {
  if (n !== 1) raiseTypeError(`${name} expected 1 argument, got ${n}`);
}

countType.tp_new = (type, args, kwnames) => {
  atMost("count", args, 2);
  const [start, step] = bindArgs("count", args, kwnames, {
    names: ["start", "step"],
    required: 0,
    posOnly: 0,
  });
  const s0: PyValue = start === undefined ? 0 : start;
  const s1: PyValue = step === undefined ? 1 : step;
  if (!isNumber(s0) || !isNumber(s1)) raiseTypeError("a number is required");
  const a = asIntValue(s0);
  const b = asIntValue(s1);
  return new PyCount(
    type,
    a !== undefined && typeof s0 === "boolean" ? a : s0,
    b !== undefined && typeof s1 === "boolean" ? b : s1,
  );
};
countType.tp_iter = (self) => self;
countType.tp_iternext = (self) => {
  const c = self as PyCount;
  const v = c.cnt;
  if (c.fast) {
    const n = (v as number) + (c.step as number);
    if (Number.isSafeInteger(n)) c.cnt = n;
    else {
      c.cnt = normInt(BigInt(v as number) + BigInt(c.step as number));
      c.fast = false;
    }
    return v;
  }
  c.cnt = binaryOp(v, c.step, "nb_add", "+");
  return v;
};
countType.tp_repr = (self) => {
  const c = self as PyCount;
  const name = c.type.qualname;
  const s = c.step;
  if (typeof s === "number" && s === 1) return `${name}(${repr(c.cnt)})`;
  return `${name}(${repr(c.cnt)}, ${repr(s)})`;
};

// ---------------------------------------------------------------- cycle

export const cycleType = makeBuiltinType("itertools.cycle");

class PyCycle extends PyObject {
  it: PyValue | null;
  next: NextFn | null;
  saved: PyValue[];
  index: number;
  constructor(type: PyType, it: PyValue) {
    super(type);
    this.it = it;
    this.next = nextOf(it);
    this.saved = [];
    this.index = 0;
  }
}

cycleType.tp_new = (type, args, kwnames) => {
  noKw(type, cycleType, "cycle", kwnames);
  exactlyOne("cycle", args.length - nkw(kwnames));
  return new PyCycle(type, iter(args[0]));
};
cycleType.tp_iter = (self) => self;
cycleType.tp_iternext = (self) => {
  const c = self as PyCycle;
  if (c.it !== null) {
    const item = (c.next as NextFn)(c.it);
    if (item !== undefined) {
      c.saved.push(item);
      return item;
    }
    c.it = null;
    c.next = null;
  }
  const n = c.saved.length;
  if (n === 0) return undefined;
  const item = c.saved[c.index];
  c.index++;
  if (c.index >= n) c.index = 0;
  return item;
};

// ---------------------------------------------------------------- repeat

export const repeatType = makeBuiltinType("itertools.repeat");

class PyRepeat extends PyObject {
  element: PyValue;
  /** Remaining count, or -1 for forever. */
  cnt: number;
  constructor(type: PyType, element: PyValue, cnt: number) {
    super(type);
    this.element = element;
    this.cnt = cnt;
  }
}

repeatType.tp_new = (type, args, kwnames) => {
  atMost("repeat", args, 2);
  const [element, times] = bindArgs("repeat", args, kwnames, {
    names: ["object", "times"],
    required: 1,
    posOnly: 0,
  });
  let cnt = -1;
  if (times !== undefined) {
    const n = index(times);
    if (!isSsize(n)) raiseSsizeOverflow();
    cnt = typeof n === "bigint" ? (n < 0n ? 0 : Number.MAX_SAFE_INTEGER) : Math.max(n, 0);
  }
  return new PyRepeat(type, element as PyValue, cnt);
};
repeatType.tp_iter = (self) => self;
repeatType.tp_iternext = (self) => {
  const r = self as PyRepeat;
  if (r.cnt === 0) return undefined;
  if (r.cnt > 0) r.cnt--;
  return r.element;
};
repeatType.tp_repr = (self) => {
  const r = self as PyRepeat;
  const name = r.type.qualname;
  if (r.cnt === -1) return `${name}(${repr(r.element)})`;
  return `${name}(${repr(r.element)}, ${r.cnt})`;
};
defineMethods(repeatType, {
  __length_hint__(self) {
    const r = self as PyRepeat;
    if (r.cnt === -1) raiseTypeError("len() of unsized object");
    return r.cnt;
  },
});

// ---------------------------------------------------------------- accumulate

export const accumulateType = makeBuiltinType("itertools.accumulate");

class PyAccumulate extends PyObject {
  it: PyValue;
  next: NextFn;
  func: PyValue;
  total: PyValue | undefined;
  initial: PyValue | undefined;
  constructor(type: PyType, it: PyValue, func: PyValue, initial: PyValue | undefined) {
    super(type);
    this.it = it;
    this.next = nextOf(it);
    this.func = func;
    this.total = undefined;
    this.initial = initial;
  }
}

accumulateType.tp_new = (type, args, kwnames) => {
  const [iterable, func, initial] = bindArgs("accumulate", args, kwnames, {
    names: ["iterable", "func", "initial"],
    required: 1,
    posOnly: 0,
    kwOnlyFrom: 2,
  });
  return new PyAccumulate(
    type,
    iter(iterable as PyValue),
    func === undefined ? None : func,
    initial === undefined || initial === None ? undefined : initial,
  );
};
accumulateType.tp_iter = (self) => self;
accumulateType.tp_iternext = (self) => {
  const a = self as PyAccumulate;
  if (a.initial !== undefined) {
    a.total = a.initial;
    a.initial = undefined;
    return a.total;
  }
  const val = a.next(a.it);
  if (val === undefined) return undefined;
  if (a.total === undefined) {
    a.total = val;
    return val;
  }
  const total = a.total;
  if (a.func === None) {
    if (typeof total === "number" && typeof val === "number") {
      const s = total + val;
      a.total = Number.isSafeInteger(s) ? s : binaryOp(total, val, "nb_add", "+");
    } else a.total = binaryOp(total, val, "nb_add", "+");
  } else a.total = call(a.func, [total, val]);
  return a.total;
};

// ---------------------------------------------------------------- batched

export const batchedType = makeBuiltinType("itertools.batched");

class PyBatched extends PyObject {
  it: PyValue | null;
  next: NextFn;
  n: number;
  strict: boolean;
  constructor(type: PyType, it: PyValue, n: number, strict: boolean) {
    super(type);
    this.it = it;
    this.next = nextOf(it);
    this.n = n;
    this.strict = strict;
  }
}

batchedType.tp_new = (type, args, kwnames) => {
  const [iterable, n, strict] = bindArgs("batched", args, kwnames, {
    names: ["iterable", "n", "strict"],
    required: 2,
    posOnly: 0,
    kwOnlyFrom: 2,
  });
  const nv = index(n as PyValue);
  if (typeof nv === "bigint" ? nv < 1n : nv < 1) raiseValueError("n must be at least one");
  if (!isSsize(nv)) raiseValueError("n must be at least one");
  return new PyBatched(
    type,
    iter(iterable as PyValue),
    typeof nv === "bigint" ? Number.MAX_SAFE_INTEGER : nv,
    strict !== undefined && isTrue(strict),
  );
};
batchedType.tp_iter = (self) => self;
batchedType.tp_iternext = (self) => {
  const b = self as PyBatched;
  const it = b.it;
  if (it === null) return undefined;
  const items: PyValue[] = [];
  const n = b.n;
  const next = b.next;
  while (items.length < n) {
    const item = next(it);
    if (item === undefined) {
      b.it = null;
      if (items.length === 0) return undefined;
      if (b.strict) raiseValueError("batched(): incomplete batch");
      return newTuple(items);
    }
    items.push(item);
  }
  return newTuple(items);
};

// ---------------------------------------------------------------- chain

export const chainType = makeBuiltinType("itertools.chain");

class PyChain extends PyObject {
  source: PyValue | null;
  sourceNext: NextFn | null;
  active: PyValue | null;
  activeNext: NextFn | null;
  constructor(type: PyType, source: PyValue) {
    super(type);
    this.source = source;
    this.sourceNext = nextOf(source);
    this.active = null;
    this.activeNext = null;
  }
}

chainType.tp_new = (type, args, kwnames) => {
  noKw(type, chainType, "chain", kwnames);
  const n = args.length - nkw(kwnames);
  return new PyChain(type, iter(newTuple(args.slice(0, n))));
};
defineClassMethods(chainType, {
  from_iterable(cls, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0)
      raiseTypeError("chain.from_iterable() takes no keyword arguments");
    if (args.length !== 1)
      raiseTypeError(`chain.from_iterable() takes exactly one argument (${args.length} given)`);
    return new PyChain(cls, iter(args[0]));
  },
});
classGetItem(chainType);
chainType.tp_iter = (self) => self;
chainType.tp_iternext = (self) => {
  const c = self as PyChain;
  while (c.source !== null) {
    if (c.active === null) {
      const iterable = (c.sourceNext as NextFn)(c.source);
      if (iterable === undefined) {
        c.source = null;
        c.sourceNext = null;
        return undefined;
      }
      c.active = iter(iterable);
      c.activeNext = nextOf(c.active);
    }
    const item = (c.activeNext as NextFn)(c.active);
    if (item !== undefined) return item;
    c.active = null;
    c.activeNext = null;
  }
  return undefined;
};

// ---------------------------------------------------------------- compress

export const compressType = makeBuiltinType("itertools.compress");

class PyCompress extends PyObject {
  data: PyValue;
  dataNext: NextFn;
  selectors: PyValue;
  selNext: NextFn;
  constructor(type: PyType, data: PyValue, selectors: PyValue) {
    super(type);
    this.data = data;
    this.dataNext = nextOf(data);
    this.selectors = selectors;
    this.selNext = nextOf(selectors);
  }
}

compressType.tp_new = (type, args, kwnames) => {
  const [data, selectors] = bindArgs("compress", args, kwnames, {
    names: ["data", "selectors"],
    required: 2,
    posOnly: 0,
  });
  return new PyCompress(type, iter(data as PyValue), iter(selectors as PyValue));
};
compressType.tp_iter = (self) => self;
compressType.tp_iternext = (self) => {
  const c = self as PyCompress;
  for (;;) {
    const datum = c.dataNext(c.data);
    if (datum === undefined) return undefined;
    const sel = c.selNext(c.selectors);
    if (sel === undefined) return undefined;
    if (isTrue(sel)) return datum;
  }
};

// ---------------------------------------------------------------- dropwhile, takewhile, filterfalse, starmap

export const dropwhileType = makeBuiltinType("itertools.dropwhile");
export const takewhileType = makeBuiltinType("itertools.takewhile");
export const filterfalseType = makeBuiltinType("itertools.filterfalse");
export const starmapType = makeBuiltinType("itertools.starmap");

class PyFuncIter extends PyObject {
  func: PyValue;
  it: PyValue;
  next: NextFn;
  /** dropwhile: done dropping; takewhile: stopped. */
  flag: boolean;
  constructor(type: PyType, func: PyValue, it: PyValue) {
    super(type);
    this.func = func;
    this.it = it;
    this.next = nextOf(it);
    this.flag = false;
  }
}

function funcIterNew(name: string, base: PyType): PyType["tp_new"] {
  return (type, args, kwnames) => {
    noKw(type, base, name, kwnames);
    checkPositional(name, args.length - nkw(kwnames), 2, 2);
    return new PyFuncIter(type, args[0], iter(args[1]));
  };
}

dropwhileType.tp_new = funcIterNew("dropwhile", dropwhileType);
dropwhileType.tp_iter = (self) => self;
dropwhileType.tp_iternext = (self) => {
  const d = self as PyFuncIter;
  for (;;) {
    const item = d.next(d.it);
    if (item === undefined) return undefined;
    if (d.flag) return item;
    if (!isTrue(call(d.func, [item]))) {
      d.flag = true;
      return item;
    }
  }
};

takewhileType.tp_new = funcIterNew("takewhile", takewhileType);
takewhileType.tp_iter = (self) => self;
takewhileType.tp_iternext = (self) => {
  const t = self as PyFuncIter;
  if (t.flag) return undefined;
  const item = t.next(t.it);
  if (item === undefined) return undefined;
  if (isTrue(call(t.func, [item]))) return item;
  t.flag = true;
  return undefined;
};

filterfalseType.tp_new = funcIterNew("filterfalse", filterfalseType);
filterfalseType.tp_iter = (self) => self;
filterfalseType.tp_iternext = (self) => {
  const f = self as PyFuncIter;
  const truth = f.func === None || f.func === boolTypeRef();
  for (;;) {
    const item = f.next(f.it);
    if (item === undefined) return undefined;
    const ok = truth ? isTrue(item) : isTrue(call(f.func, [item]));
    if (!ok) return item;
  }
};
function boolTypeRef(): PyType {
  return typeOf(true);
}

starmapType.tp_new = funcIterNew("starmap", starmapType);
starmapType.tp_iter = (self) => self;
starmapType.tp_iternext = (self) => {
  const s = self as PyFuncIter;
  const args = s.next(s.it);
  if (args === undefined) return undefined;
  const items = args instanceof PyTuple ? args.items.slice() : toArray(args);
  return call(s.func, items);
};

// ---------------------------------------------------------------- groupby

export const groupbyType = makeBuiltinType("itertools.groupby");
export const grouperType = makeBuiltinType("itertools._grouper", [objectType], FINAL);

class PyGroupBy extends PyObject {
  it: PyValue;
  next: NextFn;
  keyfunc: PyValue;
  tgtkey: PyValue | undefined;
  currkey: PyValue | undefined;
  currvalue: PyValue | undefined;
  currgrouper: PyGrouper | null;
  constructor(type: PyType, it: PyValue, keyfunc: PyValue) {
    super(type);
    this.it = it;
    this.next = nextOf(it);
    this.keyfunc = keyfunc;
    this.tgtkey = undefined;
    this.currkey = undefined;
    this.currvalue = undefined;
    this.currgrouper = null;
  }
}

class PyGrouper extends PyObject {
  parent: PyGroupBy;
  tgtkey: PyValue;
  constructor(parent: PyGroupBy, tgtkey: PyValue) {
    super(grouperType);
    this.parent = parent;
    this.tgtkey = tgtkey;
  }
}

/** groupby_step: advances to the next item; false at the end. */
function groupbyStep(gbo: PyGroupBy): boolean {
  const newvalue = gbo.next(gbo.it);
  if (newvalue === undefined) return false;
  const newkey = gbo.keyfunc === None ? newvalue : call(gbo.keyfunc, [newvalue]);
  gbo.currvalue = newvalue;
  gbo.currkey = newkey;
  return true;
}

groupbyType.tp_new = (type, args, kwnames) => {
  const [iterable, key] = bindArgs("groupby", args, kwnames, {
    names: ["iterable", "key"],
    required: 1,
    posOnly: 0,
  });
  return new PyGroupBy(type, iter(iterable as PyValue), key === undefined ? None : key);
};
groupbyType.tp_iter = (self) => self;
groupbyType.tp_iternext = (self) => {
  const gbo = self as PyGroupBy;
  gbo.currgrouper = null;
  for (;;) {
    if (gbo.currkey === undefined) {
      if (!groupbyStep(gbo)) return undefined;
    } else if (gbo.tgtkey === undefined) break;
    else {
      if (!richCompareBool(gbo.tgtkey, gbo.currkey, CompareOp.EQ)) break;
      if (!groupbyStep(gbo)) return undefined;
    }
  }
  gbo.tgtkey = gbo.currkey;
  const grouper = new PyGrouper(gbo, gbo.tgtkey as PyValue);
  gbo.currgrouper = grouper;
  return newTuple([gbo.currkey as PyValue, grouper]);
};
grouperType.tp_iter = (self) => self;
grouperType.tp_iternext = (self) => {
  const igo = self as PyGrouper;
  const gbo = igo.parent;
  if (gbo.currgrouper !== igo) return undefined;
  if (gbo.currvalue === undefined) {
    if (!groupbyStep(gbo)) return undefined;
  }
  if (!richCompareBool(igo.tgtkey, gbo.currkey as PyValue, CompareOp.EQ)) return undefined;
  const r = gbo.currvalue as PyValue;
  gbo.currvalue = undefined;
  return r;
};

// ---------------------------------------------------------------- islice

export const isliceType = makeBuiltinType("itertools.islice");

class PyIslice extends PyObject {
  it: PyValue | null;
  nextFn: NextFn;
  next: number;
  stop: number;
  step: number;
  cnt: number;
  constructor(type: PyType, it: PyValue, start: number, stop: number, step: number) {
    super(type);
    this.it = it;
    this.nextFn = nextOf(it);
    this.next = start;
    this.stop = stop;
    this.step = step;
    this.cnt = 0;
  }
}

const SSIZE_MAX_NUM = Number.MAX_SAFE_INTEGER;

function sliceArg(v: PyValue, msg: string): number {
  if (v === None) return -1;
  const n = asIntValue(v) ?? (typeOf(v).nb.nb_index !== null ? index(v) : undefined);
  if (n === undefined) raiseValueError(msg);
  if (typeof n === "bigint") {
    if (n < 0n || n >= 2n ** 63n) raiseValueError(msg);
    return SSIZE_MAX_NUM;
  }
  if (n < 0) raiseValueError(msg);
  return n;
}

isliceType.tp_new = (type, args, kwnames) => {
  noKw(type, isliceType, "islice", kwnames);
  const n = args.length - nkw(kwnames);
  checkPositional("islice", n, 2, 4);
  const seq = args[0];
  let start = 0;
  let stop = -1;
  let step = 1;
  const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  if (n === 2) {
    stop = sliceArg(args[1], stopMsg);
  } else {
    if (args[1] !== None) start = sliceArg(args[1], idxMsg);
    if (args[2] !== None) stop = sliceArg(args[2], stopMsg);
    if (n === 4 && args[3] !== None) {
      const sv = asIntValue(args[3]) ?? (typeOf(args[3]).nb.nb_index !== null ? index(args[3]) : undefined);
      const bad = "Step for islice() must be a positive integer or None.";
      if (sv === undefined) raiseValueError(bad);
      if (typeof sv === "bigint" ? sv < 1n || sv >= 2n ** 63n : sv < 1) raiseValueError(bad);
      step = typeof sv === "bigint" ? SSIZE_MAX_NUM : sv;
    }
  }
  return new PyIslice(type, iter(seq), start, stop, step);
};
isliceType.tp_iter = (self) => self;
isliceType.tp_iternext = (self) => {
  const lz = self as PyIslice;
  const it = lz.it;
  if (it === null) return undefined;
  const iternext = lz.nextFn;
  const stop = lz.stop;
  while (lz.cnt < lz.next) {
    const item = iternext(it);
    if (item === undefined) {
      lz.it = null;
      return undefined;
    }
    lz.cnt++;
  }
  if (stop !== -1 && lz.cnt >= stop) {
    lz.it = null;
    return undefined;
  }
  const item = iternext(it);
  if (item === undefined) {
    lz.it = null;
    return undefined;
  }
  lz.cnt++;
  const oldnext = lz.next;
  lz.next += lz.step;
  if (lz.next < oldnext || (stop !== -1 && lz.next > stop)) lz.next = stop;
  return item;
};

// ---------------------------------------------------------------- pairwise

export const pairwiseType = makeBuiltinType("itertools.pairwise");

class PyPairwise extends PyObject {
  it: PyValue | null;
  next: NextFn;
  old: PyValue | undefined;
  constructor(type: PyType, it: PyValue) {
    super(type);
    this.it = it;
    this.next = nextOf(it);
    this.old = undefined;
  }
}

pairwiseType.tp_new = (type, args, kwnames) => {
  noKw(type, pairwiseType, "pairwise", kwnames);
  exactlyOne("pairwise", args.length - nkw(kwnames));
  return new PyPairwise(type, iter(args[0]));
};
pairwiseType.tp_iter = (self) => self;
pairwiseType.tp_iternext = (self) => {
  const po = self as PyPairwise;
  const it = po.it;
  if (it === null) return undefined;
  let old = po.old;
  if (old === undefined) {
    old = po.next(it);
    po.old = old;
    if (old === undefined) {
      po.it = null;
      return undefined;
    }
  }
  const nw = po.next(it);
  if (nw === undefined) {
    po.it = null;
    po.old = undefined;
    return undefined;
  }
  po.old = nw;
  return newTuple([old, nw]);
};

// ---------------------------------------------------------------- tee

export const teeType = makeBuiltinType("itertools._tee", [objectType], FINAL);
export const teedataobjectType = makeBuiltinType("itertools._tee_dataobject", [objectType], FINAL);

const LINKCELLS = 57;

/** teedataobject: up to LINKCELLS items read from the shared source, then the next link. */
class PyTeeData extends PyObject {
  it: PyValue;
  next: NextFn;
  values: PyValue[];
  nextLink: PyTeeData | null;
  running: boolean;
  constructor(it: PyValue, next: NextFn) {
    super(teedataobjectType);
    this.it = it;
    this.next = next;
    this.values = [];
    this.nextLink = null;
    this.running = false;
  }
}

class PyTee extends PyObject {
  data: PyTeeData;
  index: number;
  constructor(data: PyTeeData, index: number) {
    super(teeType);
    this.data = data;
    this.index = index;
  }
}

function teeFromIterable(iterable: PyValue): PyTee {
  const it = iter(iterable);
  if (it instanceof PyTee) return new PyTee(it.data, it.index);
  return new PyTee(new PyTeeData(it, nextOf(it)), 0);
}

teeType.tp_new = (_type, args, kwnames) => {
  const [iterable] = bindArgs("_tee", args, kwnames, { names: ["iterable"], required: 1, posOnly: 1 });
  return teeFromIterable(iterable as PyValue);
};
teeType.tp_iter = (self) => self;
teeType.tp_iternext = (self) => {
  const to = self as PyTee;
  if (to.index >= LINKCELLS) {
    const d = to.data;
    if (d.nextLink === null) d.nextLink = new PyTeeData(d.it, d.next);
    to.data = d.nextLink;
    to.index = 0;
  }
  const d = to.data;
  if (to.index < d.values.length) return d.values[to.index++];
  if (d.running) raiseRuntimeErrorTee();
  d.running = true;
  let value: PyValue | undefined;
  try {
    value = d.next(d.it);
  } finally {
    d.running = false;
  }
  if (value === undefined) return undefined;
  d.values.push(value);
  to.index++;
  return value;
};
function raiseRuntimeErrorTee(): never {
  raiseRuntimeError("cannot re-enter the tee iterator");
}
defineMethods(teeType, {
  __copy__(self) {
    const to = self as PyTee;
    return new PyTee(to.data, to.index);
  },
});

function itertoolsTee(args: PyValue[], kwnames: Kw): PyValue {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError("itertools.tee() takes no keyword arguments");
  checkPositional("tee", args.length, 1, 2);
  let n = 2;
  if (args.length === 2) {
    const nv = index(args[1]);
    if (typeof nv === "bigint") {
      if (nv < 0n) raiseValueError("n must be >= 0");
      raiseSsizeOverflow();
    }
    n = nv;
  }
  if (n < 0) raiseValueError("n must be >= 0");
  if (n === 0) return newTuple([]);
  const it = iter(args[0]);
  let copyable: PyValue;
  const copyFunc = lookupAttr(it, "__copy__");
  if (copyFunc !== undefined) copyable = it;
  else copyable = teeFromIterable(it);
  const result: PyValue[] = [copyable];
  for (let i = 1; i < n; i++) {
    copyable =
      copyable instanceof PyTee
        ? new PyTee(copyable.data, copyable.index)
        : call(lookupAttr(copyable, "__copy__") as PyValue, []);
    result.push(copyable);
  }
  return newTuple(result);
}

// ---------------------------------------------------------------- zip_longest

export const zipLongestType = makeBuiltinType("itertools.zip_longest");

class PyZipLongest extends PyObject {
  iters: (PyValue | null)[];
  nexts: (NextFn | null)[];
  numactive: number;
  fillvalue: PyValue;
  constructor(type: PyType, iters: PyValue[], fillvalue: PyValue) {
    super(type);
    this.iters = iters;
    this.nexts = iters.map(nextOf);
    this.numactive = iters.length;
    this.fillvalue = fillvalue;
  }
}

zipLongestType.tp_new = (type, args, kwnames) => {
  const k = nkw(kwnames);
  let fillvalue: PyValue = None;
  const npos = args.length - k;
  for (let i = 0; i < k; i++) {
    const name = (kwnames as readonly string[])[i];
    if (name !== "fillvalue") raiseTypeError("zip_longest() got an unexpected keyword argument");
    fillvalue = args[npos + i];
  }
  const iters: PyValue[] = [];
  for (let i = 0; i < npos; i++) iters.push(iter(args[i]));
  return new PyZipLongest(type, iters, fillvalue);
};
zipLongestType.tp_iter = (self) => self;
zipLongestType.tp_iternext = (self) => {
  const lz = self as PyZipLongest;
  const n = lz.iters.length;
  if (n === 0 || lz.numactive === 0) return undefined;
  const result = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) {
    const it = lz.iters[i];
    let item: PyValue | undefined;
    if (it === null) item = lz.fillvalue;
    else {
      item = (lz.nexts[i] as NextFn)(it);
      if (item === undefined) {
        lz.numactive--;
        if (lz.numactive === 0) return undefined;
        item = lz.fillvalue;
        lz.iters[i] = null;
        lz.nexts[i] = null;
      }
    }
    result[i] = item;
  }
  return newTuple(result);
};

// ---------------------------------------------------------------- combinatorics

export const productType = makeBuiltinType("itertools.product");
export const permutationsType = makeBuiltinType("itertools.permutations");
export const combinationsType = makeBuiltinType("itertools.combinations");
export const cwrType = makeBuiltinType("itertools.combinations_with_replacement");

class PyProduct extends PyObject {
  pools: PyValue[][];
  indices: number[];
  result: PyValue[] | null;
  stopped: boolean;
  constructor(type: PyType, pools: PyValue[][]) {
    super(type);
    this.pools = pools;
    this.indices = new Array(pools.length).fill(0);
    this.result = null;
    this.stopped = false;
  }
}

productType.tp_new = (type, args, kwnames) => {
  const k = nkw(kwnames);
  const npos = args.length - k;
  let repeat = 1;
  for (let i = 0; i < k; i++) {
    const name = (kwnames as readonly string[])[i];
    if (name !== "repeat") raiseTypeError(`product() got an unexpected keyword argument '${name}'`);
    const r = index(args[npos + i]);
    if (typeof r === "bigint") raiseSsizeOverflow();
    repeat = r;
  }
  if (repeat < 0) raiseValueError("repeat argument cannot be negative");
  const base: PyValue[][] = [];
  for (let i = 0; i < npos; i++) base.push(toArray(args[i]));
  const pools: PyValue[][] = [];
  for (let r = 0; r < repeat; r++) for (const p of base) pools.push(p);
  return new PyProduct(type, pools);
};
productType.tp_iter = (self) => self;
productType.tp_iternext = (self) => {
  const lz = self as PyProduct;
  if (lz.stopped) return undefined;
  const pools = lz.pools;
  const n = pools.length;
  if (lz.result === null) {
    const result = new Array<PyValue>(n);
    for (let i = 0; i < n; i++) {
      if (pools[i].length === 0) {
        lz.stopped = true;
        return undefined;
      }
      result[i] = pools[i][0];
    }
    lz.result = result;
    return newTuple(result.slice());
  }
  const indices = lz.indices;
  const result = lz.result;
  if (n === 0) {
    lz.stopped = true;
    return undefined;
  }
  let i = n - 1;
  for (; i >= 0; i--) {
    const pool = pools[i];
    indices[i]++;
    if (indices[i] === pool.length) {
      indices[i] = 0;
      result[i] = pool[0];
    } else {
      result[i] = pool[indices[i]];
      break;
    }
  }
  if (i < 0) {
    lz.stopped = true;
    return undefined;
  }
  return newTuple(result.slice());
};

class PyCombinations extends PyObject {
  pool: PyValue[];
  indices: number[];
  cycles: number[];
  r: number;
  first: boolean;
  stopped: boolean;
  constructor(type: PyType, pool: PyValue[], r: number) {
    super(type);
    this.pool = pool;
    this.r = r;
    this.indices = [];
    this.cycles = [];
    this.first = true;
    this.stopped = false;
  }
}

function rArg(v: PyValue | undefined, name: string): number {
  void name;
  const r = index(v as PyValue);
  if (typeof r === "bigint") {
    if (r < 0n) raiseValueError("r must be non-negative");
    raiseSsizeOverflow();
  }
  if (r < 0) raiseValueError("r must be non-negative");
  return r;
}

combinationsType.tp_new = (type, args, kwnames) => {
  const [iterable, r] = bindArgs("combinations", args, kwnames, {
    names: ["iterable", "r"],
    required: 2,
    posOnly: 0,
  });
  const pool = toArray(iterable as PyValue);
  const rv = rArg(r, "combinations");
  const co = new PyCombinations(type, pool, rv);
  for (let i = 0; i < rv; i++) co.indices.push(i);
  co.stopped = rv > pool.length;
  return co;
};
combinationsType.tp_iter = (self) => self;
combinationsType.tp_iternext = (self) => {
  const co = self as PyCombinations;
  if (co.stopped) return undefined;
  const { pool, indices, r } = co;
  const n = pool.length;
  if (co.first) {
    co.first = false;
    const out = new Array<PyValue>(r);
    for (let i = 0; i < r; i++) out[i] = pool[indices[i]];
    return newTuple(out);
  }
  let i = r - 1;
  while (i >= 0 && indices[i] === i + n - r) i--;
  if (i < 0) {
    co.stopped = true;
    return undefined;
  }
  indices[i]++;
  for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
  const out = new Array<PyValue>(r);
  for (let k = 0; k < r; k++) out[k] = pool[indices[k]];
  return newTuple(out);
};

cwrType.tp_new = (type, args, kwnames) => {
  const [iterable, r] = bindArgs("combinations_with_replacement", args, kwnames, {
    names: ["iterable", "r"],
    required: 2,
    posOnly: 0,
  });
  const pool = toArray(iterable as PyValue);
  const rv = rArg(r, "combinations_with_replacement");
  const co = new PyCombinations(type, pool, rv);
  for (let i = 0; i < rv; i++) co.indices.push(0);
  co.stopped = pool.length === 0 && rv > 0;
  return co;
};
cwrType.tp_iter = (self) => self;
cwrType.tp_iternext = (self) => {
  const co = self as PyCombinations;
  if (co.stopped) return undefined;
  const { pool, indices, r } = co;
  const n = pool.length;
  if (co.first) {
    co.first = false;
    const out = new Array<PyValue>(r);
    for (let i = 0; i < r; i++) out[i] = pool[0];
    return newTuple(out);
  }
  let i = r - 1;
  while (i >= 0 && indices[i] === n - 1) i--;
  if (i < 0) {
    co.stopped = true;
    return undefined;
  }
  const index0 = indices[i] + 1;
  for (let j = i; j < r; j++) indices[j] = index0;
  const out = new Array<PyValue>(r);
  for (let k = 0; k < r; k++) out[k] = pool[indices[k]];
  return newTuple(out);
};

permutationsType.tp_new = (type, args, kwnames) => {
  const [iterable, r] = bindArgs("permutations", args, kwnames, {
    names: ["iterable", "r"],
    required: 1,
    posOnly: 0,
  });
  const pool = toArray(iterable as PyValue);
  const n = pool.length;
  if (r !== undefined && r !== None && asIntValue(r) === undefined) raiseTypeError("Expected int as r");
  const rv = r === undefined || r === None ? n : rArg(r, "permutations");
  const po = new PyCombinations(type, pool, rv);
  for (let i = 0; i < n; i++) po.indices.push(i);
  for (let i = 0; i < rv; i++) po.cycles.push(n - i);
  po.stopped = rv > n;
  return po;
};
permutationsType.tp_iter = (self) => self;
permutationsType.tp_iternext = (self) => {
  const po = self as PyCombinations;
  if (po.stopped) return undefined;
  const { pool, indices, cycles, r } = po;
  const n = pool.length;
  if (po.first) {
    po.first = false;
    const out = new Array<PyValue>(r);
    for (let i = 0; i < r; i++) out[i] = pool[indices[i]];
    return newTuple(out);
  }
  if (n === 0) {
    po.stopped = true;
    return undefined;
  }
  let i = r - 1;
  for (; i >= 0; i--) {
    cycles[i]--;
    if (cycles[i] === 0) {
      // rotate indices[i:] left by one
      const index0 = indices[i];
      for (let j = i; j < n - 1; j++) indices[j] = indices[j + 1];
      indices[n - 1] = index0;
      cycles[i] = n - i;
    } else {
      const j = cycles[i];
      const t = indices[i];
      indices[i] = indices[n - j];
      indices[n - j] = t;
      break;
    }
  }
  if (i < 0) {
    po.stopped = true;
    return undefined;
  }
  const out = new Array<PyValue>(r);
  for (let k = 0; k < r; k++) out[k] = pool[indices[k]];
  return newTuple(out);
};

// ---------------------------------------------------------------- the module

export function createItertoolsModule(): PyModule {
  const m = newBuiltinModule(
    "itertools",
    "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n",
  );
  const d = m.dict;
  const types: [string, PyType][] = [
    ["accumulate", accumulateType],
    ["batched", batchedType],
    ["chain", chainType],
    ["combinations", combinationsType],
    ["combinations_with_replacement", cwrType],
    ["compress", compressType],
    ["count", countType],
    ["cycle", cycleType],
    ["dropwhile", dropwhileType],
    ["filterfalse", filterfalseType],
    ["groupby", groupbyType],
    ["islice", isliceType],
    ["pairwise", pairwiseType],
    ["permutations", permutationsType],
    ["product", productType],
    ["repeat", repeatType],
    ["starmap", starmapType],
    ["takewhile", takewhileType],
    ["zip_longest", zipLongestType],
    ["_grouper", grouperType],
    ["_tee", teeType],
    ["_tee_dataobject", teedataobjectType],
  ];
  for (const [name, t] of types) d.setStr(name, t);
  addFunction(m, "tee", itertoolsTee);
  readyAllTypes();
  return m;
}
