// The iterator types of the builtins module: enumerate, zip, map, filter, reversed
// (Objects/enumobject.c, Python/bltinmodule.c).
import { call, getItem, isTrue, iter, len, lookupAttr } from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { addressOf } from "../objects/function.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
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
  const [iterable, start] = bindArgs("enumerate", args, kwnames, {
    names: ["iterable", "start"],
    required: 1,
    posOnly: 0,
  });
  let s: number | bigint = 0;
  if (start !== undefined) {
    if (typeof start === "number" || typeof start === "bigint") s = start;
    else if (typeof start === "boolean") s = start ? 1 : 0;
    else raiseTypeError(`'${typeOf(start).name}' object cannot be interpreted as an integer`);
  }
  return new PyEnumerate(type, iter(iterable as PyValue), s);
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
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    if (k === "strict") strict = isTrue(args[npos + i]);
    else raiseTypeError(`zip() got an unexpected keyword argument '${k}'`);
  }
  const its: PyValue[] = [];
  for (let i = 0; i < npos; i++) {
    try {
      its.push(iter(args[i]));
    } catch (e) {
      if (e instanceof PyBaseException && e.type === E.PyExc_TypeError)
        raiseTypeError(`zip argument #${i + 1} must support iteration`);
      throw e;
    }
  }
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
  constructor(type: PyType, func: PyValue, its: PyValue[]) {
    super(type);
    this.func = func;
    this.its = its;
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
  void strict;
  if (npos < 2) raiseTypeError("map() must have at least two arguments.");
  const its: PyValue[] = [];
  for (let i = 1; i < npos; i++) its.push(iter(args[i]));
  return new PyMap(type, args[0], its);
};
mapType.tp_iternext = (self) => {
  const m = self as PyMap;
  const items: PyValue[] = [];
  for (const it of m.its) {
    const v = nextOf(it);
    if (v === undefined) return undefined;
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
  if (rev === None || t.lookup("__getitem__") === undefined || t.mp_length === null) {
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
