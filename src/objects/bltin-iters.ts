// The iterator types defined in Python/bltinmodule.c: zip (with strict=), map (with strict=,
// new in 3.14) and filter.
import { call, isTrue, iter } from "./abstract.ts";
import { checkPositional } from "./args.ts";
import { defineMethods } from "./descr.ts";
import { newException, raiseTypeError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { PyObject, type PyValue } from "./object.ts";
import { tname } from "./sequtil.ts";
import { None } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { boolType, makeBuiltinType, typeOf } from "./typeobjects.ts";

export const zipType = makeBuiltinType("zip");
export const mapType = makeBuiltinType("map");
export const filterType = makeBuiltinType("filter");

type NextFn = (it: PyValue) => PyValue | undefined;

function nextFn(it: PyValue): NextFn {
  const f = typeOf(it).tp_iternext;
  if (f === null) raiseTypeError(`'${tname(it)}' object is not an iterator`);
  return f;
}

/** Parses a lone optional `strict=` keyword (zip/map): returns strict and the positional count. */
function parseStrict(fname: string, args: PyValue[], kwnames: readonly string[] | null): [boolean, number] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (nkw === 0) return [false, npos];
  if (nkw > 1) raiseTypeError(`${fname}() takes at most 1 keyword argument (${nkw} given)`);
  const name = (kwnames as readonly string[])[0];
  if (name !== "strict") raiseTypeError(`${fname}() got an unexpected keyword argument '${name}'`);
  return [isTrue(args[npos]), npos];
}

/**
 * The strict check once iterator `i` is exhausted (zip_next/map_next's `check:`): shorter when
 * i > 0, else longer if any later iterator still yields; fine when all are exhausted.
 */
function strictCheck(fname: string, iters: PyValue[], nexts: NextFn[], i: number): undefined {
  if (i > 0) {
    const plural = i === 1 ? " " : "s 1-";
    throw newException(
      E.PyExc_ValueError,
      `${fname}() argument ${i + 1} is shorter than argument${plural}${i}`,
    );
  }
  for (let j = 1; j < iters.length; j++) {
    const item = nexts[j](iters[j]);
    if (item !== undefined) {
      const plural = j === 1 ? " " : "s 1-";
      throw newException(
        E.PyExc_ValueError,
        `${fname}() argument ${j + 1} is longer than argument${plural}${j}`,
      );
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- zip

export class PyZip extends PyObject {
  iters: PyValue[];
  nexts: NextFn[];
  strict: boolean;
  constructor(type: PyType, iters: PyValue[], strict: boolean) {
    super(type);
    this.iters = iters;
    this.nexts = iters.map(nextFn);
    this.strict = strict;
  }
}

zipType.tp_new = (type, args, kwnames) => {
  const [strict, npos] = parseStrict("zip", args, kwnames);
  const iters: PyValue[] = [];
  for (let i = 0; i < npos; i++) iters.push(iter(args[i]));
  return new PyZip(type, iters, strict);
};
zipType.tp_iter = (self) => self;
zipType.tp_iternext = (self) => {
  const z = self as PyZip;
  const n = z.iters.length;
  if (n === 0) return undefined;
  const items = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) {
    const item = z.nexts[i](z.iters[i]);
    if (item === undefined) return z.strict ? strictCheck("zip", z.iters, z.nexts, i) : undefined;
    items[i] = item;
  }
  return newTuple(items);
};
defineMethods(zipType, {
  __reduce__(self) {
    const z = self as PyZip;
    return newTuple([z.type, newTuple(z.iters)]);
  },
});

// ---------------------------------------------------------------- map

export class PyMap extends PyObject {
  func: PyValue;
  iters: PyValue[];
  nexts: NextFn[];
  strict: boolean;
  constructor(type: PyType, func: PyValue, iters: PyValue[], strict: boolean) {
    super(type);
    this.func = func;
    this.iters = iters;
    this.nexts = iters.map(nextFn);
    this.strict = strict;
  }
}

mapType.tp_new = (type, args, kwnames) => {
  const [strict, npos] = parseStrict("map", args, kwnames);
  if (npos < 2) raiseTypeError("map() must have at least two arguments.");
  const iters: PyValue[] = [];
  for (let i = 1; i < npos; i++) iters.push(iter(args[i]));
  return new PyMap(type, args[0], iters, strict);
};
mapType.tp_iter = (self) => self;
mapType.tp_iternext = (self) => {
  const m = self as PyMap;
  const n = m.iters.length;
  if (n === 1) {
    const item = m.nexts[0](m.iters[0]);
    if (item === undefined) return undefined;
    return call(m.func, [item]);
  }
  const items = new Array<PyValue>(n);
  for (let i = 0; i < n; i++) {
    const item = m.nexts[i](m.iters[i]);
    if (item === undefined) return m.strict ? strictCheck("map", m.iters, m.nexts, i) : undefined;
    items[i] = item;
  }
  return call(m.func, items);
};
defineMethods(mapType, {
  __reduce__(self) {
    const m = self as PyMap;
    return newTuple([m.type, newTuple([m.func, ...m.iters])]);
  },
});

// ---------------------------------------------------------------- filter

export class PyFilter extends PyObject {
  func: PyValue;
  iterator: PyValue;
  constructor(type: PyType, func: PyValue, iterator: PyValue) {
    super(type);
    this.func = func;
    this.iterator = iterator;
  }
}

filterType.tp_new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (type === filterType && nkw) raiseTypeError("filter() takes no keyword arguments");
  checkPositional("filter", args.length - nkw, 2, 2);
  return new PyFilter(type, args[0], iter(args[1]));
};
filterType.tp_iter = (self) => self;
filterType.tp_iternext = (self) => {
  const fo = self as PyFilter;
  const next = nextFn(fo.iterator);
  const truth = fo.func === None || fo.func === boolType;
  for (;;) {
    const item = next(fo.iterator);
    if (item === undefined) return undefined;
    if (truth ? isTrue(item) : isTrue(call(fo.func, [item]))) return item;
  }
};
defineMethods(filterType, {
  __reduce__(self) {
    const fo = self as PyFilter;
    return newTuple([fo.type, newTuple([fo.func, fo.iterator])]);
  },
});
