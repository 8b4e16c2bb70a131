// The iterator types of the builtins module: enumerate, zip, map, filter, reversed
// (Objects/enumobject.c, Python/bltinmodule.c).
import { call, getItem, isTrue, iter, len, lookupAttr } from "../objects/abstract.ts";
import { defineClassMethods, defineMethods } from "../objects/descr.ts";
import { raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { addressOf } from "../objects/function.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { genericAliasHook } from "../objects/sequtil.ts";
import { None } from "../objects/singletons.ts";
import { newTuple } from "../objects/tuple.ts";
import type { PyType } from "../objects/type.ts";
import { makeBuiltinType, objectType, typeOf } from "../objects/typeobjects.ts";

type IterNext = NonNullable<PyType["tp_iternext"]>;

function nextOf(it: PyValue): PyValue | undefined {
  return (typeOf(it).tp_iternext as IterNext)(it);
}

function noKwargs(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${name}() takes no keyword arguments`);
}

function iterType(name: string): PyType {
  const t = makeBuiltinType(name, [objectType]);
  t.tp_iter = (self) => self;
  t.tp_repr = (self) => `<${typeOf(self).name} object at ${addressOf(self as PyObject)}>`;
  return t;
}

// ---------------------------------------------------------------- enumerate

export const enumerateType = iterType("enumerate");
class PyEnumerate extends PyObject {
  it: PyValue;
  index: number | bigint;
  constructor(type: PyType, it: PyValue, start: number | bigint) {
    super(type);
    this.it = it;
    this.index = start;
  }
}
enumerateType.tp_new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos + nkw > 2) raiseTypeError(`enumerate() takes at most 2 arguments (${npos + nkw} given)`);
  let iterable: PyValue | undefined = npos > 0 ? args[0] : undefined;
  let start: PyValue | undefined = npos > 1 ? args[1] : undefined;
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    const v = args[npos + i];
    if (k === "iterable" && iterable === undefined) iterable = v;
    else if (k === "start" && start === undefined) start = v;
    else if (k === "iterable" || k === "start")
      raiseTypeError(
        `argument for enumerate() given by name ('${k}') and position (${k === "iterable" ? 1 : 2})`,
      );
    else raiseTypeError(`'${k}' is an invalid keyword argument for enumerate()`);
  }
  if (iterable === undefined) raiseTypeError("enumerate() missing required argument 'iterable'");
  let s: number | bigint = 0;
  if (start !== undefined) {
    if (typeof start === "number" || typeof start === "bigint") s = start;
    else if (typeof start === "boolean") s = start ? 1 : 0;
    else {
      const f = typeOf(start).nb.nb_index;
      if (f === null) raiseTypeError(`'${typeOf(start).name}' object cannot be interpreted as an integer`);
      s = f(start) as number | bigint;
    }
  }
  return new PyEnumerate(type, iter(iterable), s);
};
enumerateType.tp_iternext = (self) => {
  const e = self as PyEnumerate;
  const v = nextOf(e.it);
  if (v === undefined) return undefined;
  const i = e.index;
  if (typeof i === "number") {
    e.index = i + 1 > Number.MAX_SAFE_INTEGER ? BigInt(i) + 1n : i + 1;
  } else e.index = i + 1n;
  return newTuple([i, v]);
};

// ---------------------------------------------------------------- zip

export const zipType = iterType("zip");
class PyZip extends PyObject {
  its: PyValue[];
  strict: boolean;
  done: boolean;
  constructor(type: PyType, its: PyValue[], strict: boolean) {
    super(type);
    this.its = its;
    this.strict = strict;
    this.done = false;
  }
}
zipType.tp_new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let strict = false;
  if (nkw > 1) raiseTypeError(`zip() takes at most 1 keyword argument (${nkw} given)`);
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    if (k === "strict") strict = isTrue(args[npos + i]);
    else raiseTypeError(`zip() got an unexpected keyword argument '${k}'`);
  }
  const its: PyValue[] = [];
  for (let i = 0; i < npos; i++) its.push(iter(args[i]));
  return new PyZip(type, its, strict);
};
zipType.tp_iternext = (self) => {
  const z = self as PyZip;
  if (z.done || z.its.length === 0) return undefined;
  const items: PyValue[] = [];
  for (let i = 0; i < z.its.length; i++) {
    const v = nextOf(z.its[i]);
    if (v === undefined) {
      z.done = true;
      if (z.strict) {
        if (i > 0) {
          const plural = i === 1 ? " " : "s 1-";
          raiseValueError(`zip() argument ${i + 1} is shorter than argument${plural}${i}`);
        }
        for (let j = 1; j < z.its.length; j++) {
          if (nextOf(z.its[j]) !== undefined) {
            const plural = j === 1 ? " " : "s 1-";
            raiseValueError(`zip() argument ${j + 1} is longer than argument${plural}${j}`);
          }
        }
      }
      return undefined;
    }
    items.push(v);
  }
  return newTuple(items);
};

// ---------------------------------------------------------------- map

export const mapType = iterType("map");
class PyMap extends PyObject {
  func: PyValue;
  its: PyValue[];
  strict: boolean;
  constructor(type: PyType, func: PyValue, its: PyValue[], strict: boolean) {
    super(type);
    this.func = func;
    this.its = its;
    this.strict = strict;
  }
}
mapType.tp_new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let strict = false;
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    if (k === "strict") strict = isTrue(args[npos + i]);
    else raiseTypeError(`map() got an unexpected keyword argument '${k}'`);
  }
  if (npos < 2) raiseTypeError("map() must have at least two arguments.");
  const its: PyValue[] = [];
  for (let i = 1; i < npos; i++) its.push(iter(args[i]));
  return new PyMap(type, args[0], its, strict);
};
mapType.tp_iternext = (self) => {
  const m = self as PyMap;
  const items: PyValue[] = [];
  for (let i = 0; i < m.its.length; i++) {
    const v = nextOf(m.its[i]);
    if (v === undefined) {
      if (m.strict) {
        if (i > 0) {
          const plural = i === 1 ? " " : "s 1-";
          raiseValueError(`map() argument ${i + 1} is shorter than argument${plural}${i}`);
        }
        for (let j = 1; j < m.its.length; j++) {
          if (nextOf(m.its[j]) !== undefined) {
            const plural = j === 1 ? " " : "s 1-";
            raiseValueError(`map() argument ${j + 1} is longer than argument${plural}${j}`);
          }
        }
      }
      return undefined;
    }
    items.push(v);
  }
  return call(m.func, items);
};

// ---------------------------------------------------------------- filter

export const filterType = iterType("filter");
class PyFilter extends PyObject {
  func: PyValue;
  it: PyValue;
  constructor(type: PyType, func: PyValue, it: PyValue) {
    super(type);
    this.func = func;
    this.it = it;
  }
}
filterType.tp_new = (type, args, kwnames) => {
  noKwargs("filter", kwnames);
  if (args.length !== 2) raiseTypeError(`filter expected 2 arguments, got ${args.length}`);
  return new PyFilter(type, args[0], iter(args[1]));
};
filterType.tp_iternext = (self) => {
  const f = self as PyFilter;
  for (;;) {
    const v = nextOf(f.it);
    if (v === undefined) return undefined;
    const ok = f.func === None || f.func === typeOf(true) ? isTrue(v) : isTrue(call(f.func, [v]));
    if (ok) return v;
  }
};

// ---------------------------------------------------------------- reversed

export const reversedType = iterType("reversed");
class PyReversed extends PyObject {
  seq: PyValue | null;
  index: number;
  constructor(type: PyType, seq: PyValue, n: number) {
    super(type);
    this.seq = seq;
    this.index = n - 1;
  }
}
reversedType.tp_new = (type, args, kwnames) => {
  noKwargs("reversed", kwnames);
  if (args.length !== 1) raiseTypeError(`reversed expected 1 argument, got ${args.length}`);
  const seq = args[0];
  const t = typeOf(seq);
  const rev = t.lookup("__reversed__");
  if (rev !== undefined && rev !== None) {
    return call(lookupAttr(seq, "__reversed__") as PyValue, []);
  }
  if (rev === None || t.lookup("__getitem__") === undefined || t.name === "dict") {
    raiseTypeError(`'${t.name}' object is not reversible`);
  }
  if (t.name === "dict") raiseTypeError(`'${t.name}' object is not reversible`);
  return new PyReversed(type, seq, len(seq));
};
reversedType.tp_iternext = (self) => {
  const r = self as PyReversed;
  if (r.seq === null || r.index < 0) {
    r.seq = null;
    return undefined;
  }
  try {
    const v = getItem(r.seq, r.index);
    r.index--;
    return v;
  } catch (e) {
    if (
      e instanceof PyBaseException &&
      (e.type.isSubtypeOf(E.PyExc_IndexError) || e.type.isSubtypeOf(E.PyExc_StopIteration))
    ) {
      r.seq = null;
      return undefined;
    }
    throw e;
  }
};

defineMethods(reversedType, {
  __length_hint__(self) {
    const r = self as PyReversed;
    return r.seq === null ? 0 : r.index + 1;
  },
});

defineClassMethods(enumerateType, {
  __class_getitem__(cls, args, kwnames) {
    noKwargs("enumerate.__class_getitem__", kwnames);
    if (args.length !== 1)
      raiseTypeError(`enumerate.__class_getitem__() takes exactly one argument (${args.length} given)`);
    return genericAliasHook(cls, args[0]);
  },
});
