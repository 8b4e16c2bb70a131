// enumerate and reversed (Objects/enumobject.c).
import { call, getItem, index, iter, len } from "./abstract.ts";
import { defineClassMethods, defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { PyObject, type PyValue } from "./object.ts";
import { genericAliasHook, tname } from "./sequtil.ts";
import { None } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { dictType, makeBuiltinType, typeOf } from "./typeobjects.ts";

export const enumerateType = makeBuiltinType("enumerate");
export const reversedType = makeBuiltinType("reversed");

// ---------------------------------------------------------------- enumerate

export class PyEnumerate extends PyObject {
  iterator: PyValue;
  /** The next count: a JS number while it is a safe integer, then a bigint. */
  count: number | bigint;
  constructor(type: PyType, iterator: PyValue, start: number | bigint) {
    super(type);
    this.iterator = iterator;
    this.count = start;
  }
}

enumerateType.tp_new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (args.length > 2) raiseTypeError(`enumerate() takes at most 2 arguments (${args.length} given)`);
  let iterable: PyValue | undefined = npos > 0 ? args[0] : undefined;
  let start: PyValue | undefined = npos > 1 ? args[1] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = (kwnames as readonly string[])[k];
    const v = args[npos + k];
    if (name === "iterable" && iterable === undefined) iterable = v;
    else if (name === "start" && start === undefined) start = v;
    else if (name === "iterable" || name === "start")
      raiseTypeError(
        `argument for enumerate() given by name ('${name}') and position (${name === "iterable" ? 1 : 2})`,
      );
    else raiseTypeError(`'${name}' is an invalid keyword argument for enumerate()`);
  }
  if (iterable === undefined) raiseTypeError("enumerate() missing required argument 'iterable'");
  const it = iter(iterable);
  const n = start === undefined ? 0 : index(start);
  return new PyEnumerate(type, it, n);
};

enumerateType.tp_iter = (self) => self;
enumerateType.tp_iternext = (self) => {
  const en = self as PyEnumerate;
  const f = typeOf(en.iterator).tp_iternext;
  if (f === null) raiseTypeError(`'${tname(en.iterator)}' object is not an iterator`);
  const item = f(en.iterator);
  if (item === undefined) return undefined;
  const i = en.count;
  if (typeof i === "number") en.count = i < Number.MAX_SAFE_INTEGER ? i + 1 : BigInt(i) + 1n;
  else {
    const n = i + 1n;
    en.count = n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
  }
  return newTuple([i, item]);
};

defineMethods(enumerateType, {
  __reduce__(self) {
    const en = self as PyEnumerate;
    return newTuple([en.type, newTuple([en.iterator, en.count])]);
  },
});
defineClassMethods(enumerateType, {
  __class_getitem__(cls, args) {
    if (args.length !== 1)
      raiseTypeError(`enumerate.__class_getitem__() takes exactly one argument (${args.length} given)`);
    return genericAliasHook(cls, args[0]);
  },
});

// ---------------------------------------------------------------- reversed

export class PyReversed extends PyObject {
  seq: PyValue | null;
  index: number;
  constructor(type: PyType, seq: PyValue, n: number) {
    super(type);
    this.seq = seq;
    this.index = n - 1;
  }
}

/** PySequence_Check: has __getitem__ and is not a dict. */
function isSequence(v: PyValue): boolean {
  if (typeof v === "string") return true;
  const t = typeOf(v);
  if (t.isSubtypeOf(dictType)) return false;
  return t.mp_subscript !== null;
}

reversedType.tp_new = (type, args, kwnames) => {
  if ((type === reversedType || type.tp_init === reversedType.tp_init) && kwnames !== null && kwnames.length)
    raiseTypeError("reversed() takes no keyword arguments");
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos !== 1) raiseTypeError(`reversed expected 1 argument, got ${npos}`);
  const seq = args[0];
  const t = typeOf(seq);
  const meth = t.lookup("__reversed__");
  if (meth === None) raiseTypeError(`'${t.name}' object is not reversible`);
  if (meth !== undefined) {
    const get = typeOf(meth).tp_descr_get;
    return get === null ? call(meth, []) : call(get(meth, seq, t), []);
  }
  if (!isSequence(seq)) raiseTypeError(`'${t.name}' object is not reversible`);
  return new PyReversed(type, seq, len(seq));
};

reversedType.tp_iter = (self) => self;
reversedType.tp_iternext = (self) => {
  const ro = self as PyReversed;
  const seq = ro.seq;
  if (seq === null) return undefined;
  const i = ro.index;
  if (i >= 0) {
    try {
      const item = getItem(seq, i);
      ro.index = i - 1;
      return item;
    } catch (e) {
      if (
        !(e instanceof E.PyBaseException) ||
        !(e.type.isSubtypeOf(E.PyExc_IndexError) || e.type.isSubtypeOf(E.PyExc_StopIteration))
      )
        throw e;
    }
  }
  ro.index = -1;
  ro.seq = null;
  return undefined;
};

defineMethods(reversedType, {
  __length_hint__(self) {
    const ro = self as PyReversed;
    if (ro.seq === null) return 0;
    const n = len(ro.seq);
    return n < ro.index + 1 ? 0 : ro.index + 1;
  },
});
