// The `_functools` module (Modules/_functoolsmodule.c, CPython 3.14): reduce, partial (with 3.14's
// Placeholder, flattening of nested partials, method binding through __get__), cmp_to_key's
// KeyWrapper, and _lru_cache_wrapper (the C lru_cache: bounded LRU or unbounded cache, typed keys,
// cache_info/cache_clear, method binding).
import { call, getAttr, hash, isTrue, iter, next, repr, richCompare } from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { defineGetSets, defineMethods } from "../objects/descr.ts";
import { PyDict } from "../objects/dict.ts";
import { raiseTypeError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { PyMethod } from "../objects/method.ts";
import type { PyModule } from "../objects/module.ts";
import { asIntValue } from "../objects/numeric.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { reprEnter, reprLeave } from "../objects/sequtil.ts";
import { None } from "../objects/singletons.ts";
import { readyAllTypes } from "../objects/slots.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { type PyType, TPFLAGS_METHOD_DESCRIPTOR } from "../objects/type.ts";
import { makeBuiltinType, objectType, typeOf } from "../objects/typeobjects.ts";
import { addFunction, newBuiltinModule } from "./modutil.ts";

type Kw = readonly string[] | null;
const FINAL = 0;

// ---------------------------------------------------------------- reduce

function reduce(args: PyValue[], kw: Kw): PyValue {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  let initial: PyValue | undefined = npos > 2 ? args[2] : undefined;
  for (let i = 0; i < nkw; i++) {
    const name = (kw as readonly string[])[i];
    if (name !== "initial") raiseTypeError(`reduce() got an unexpected keyword argument '${name}'`);
    if (initial !== undefined)
      raiseTypeError("argument for reduce() given by name ('initial') and position (3)");
    initial = args[npos + i];
  }
  if (npos < 2) raiseTypeError(`reduce() takes at least 2 positional arguments (${npos} given)`);
  if (npos > 3) raiseTypeError(`reduce() takes at most 3 arguments (${npos} given)`);
  const func = args[0];
  let it: PyValue;
  try {
    it = iter(args[1]);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_TypeError))
      raiseTypeError("reduce() arg 2 must support iteration");
    throw e;
  }
  let result = initial;
  for (let x = next(it); x !== undefined; x = next(it))
    result = result === undefined ? x : call(func, [result, x]);
  if (result === undefined) raiseTypeError("reduce() of empty iterable with no initial value");
  return result;
}

// ---------------------------------------------------------------- Placeholder

export const placeholderType = makeBuiltinType("functools._PlaceholderType", [objectType], FINAL);
class PyPlaceholder extends PyObject {}
export const Placeholder = new PyPlaceholder(placeholderType);
placeholderType.tp_new = (_type, args, kwnames) => {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0))
    raiseTypeError("_PlaceholderType takes no arguments");
  return Placeholder;
};
placeholderType.tp_repr = () => "Placeholder";
defineMethods(placeholderType, {
  __reduce__() {
    return "Placeholder";
  },
});

// ---------------------------------------------------------------- partial

export const partialType = makeBuiltinType("functools.partial");
partialType.flags |= TPFLAGS_METHOD_DESCRIPTOR;
partialType.hasInstanceDict = true;

class PyPartial extends PyObject {
  fn: PyValue;
  args: PyValue[];
  kw: PyDict;
  /** Number of Placeholders in args. */
  phcount: number;
  constructor(type: PyType, fn: PyValue, args: PyValue[], kw: PyDict) {
    super(type);
    this.fn = fn;
    this.args = args;
    this.kw = kw;
    let n = 0;
    for (const a of args) if (a === Placeholder) n++;
    this.phcount = n;
  }
}

function dictItems(d: PyDict): [PyValue, PyValue][] {
  const out: [PyValue, PyValue][] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== undefined) out.push([k, d.values[i] as PyValue]);
  }
  return out;
}

partialType.tp_new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) raiseTypeError("type 'partial' takes at least one argument");
  let func = args[0];
  if (typeOf(func).tp_call === null) raiseTypeError("the first argument must be callable");
  let newArgs = args.slice(1, npos);
  if (newArgs.length > 0 && newArgs[newArgs.length - 1] === Placeholder)
    raiseTypeError("trailing Placeholders are not allowed");
  const kw = new PyDict();
  for (let i = 0; i < nkw; i++) {
    const v = args[npos + i];
    if (v === Placeholder) raiseTypeError("Placeholder cannot be passed as a keyword argument");
  }
  if (func instanceof PyPartial && func.dict === null) {
    // flatten: fill the inner Placeholders with the new positional arguments
    const inner = func;
    const merged: PyValue[] = [];
    let j = 0;
    for (const a of inner.args) {
      if (a === Placeholder && j < newArgs.length) merged.push(newArgs[j++]);
      else merged.push(a);
    }
    for (; j < newArgs.length; j++) merged.push(newArgs[j]);
    newArgs = merged;
    for (const [k, v] of dictItems(inner.kw)) kw.setItem(k, v);
    func = inner.fn;
  }
  for (let i = 0; i < nkw; i++) kw.setStr((kwnames as readonly string[])[i], args[npos + i]);
  return new PyPartial(type, func, newArgs, kw);
};

partialType.tp_call = (self, args, kwnames) => {
  const p = self as PyPartial;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < p.phcount)
    raiseTypeError(
      `missing positional arguments in 'partial' call; expected at least ${p.phcount}, got ${npos}`,
    );
  const all: PyValue[] = [];
  let j = 0;
  for (const a of p.args) all.push(a === Placeholder ? args[j++] : a);
  for (; j < npos; j++) all.push(args[j]);
  const names: string[] = [];
  const kwvals: PyValue[] = [];
  for (const [k, v] of dictItems(p.kw)) {
    names.push(k as string);
    kwvals.push(v);
  }
  for (let i = 0; i < nkw; i++) {
    const name = (kwnames as readonly string[])[i];
    const at = names.indexOf(name);
    if (at >= 0) kwvals[at] = args[npos + i];
    else {
      names.push(name);
      kwvals.push(args[npos + i]);
    }
  }
  return call(p.fn, [...all, ...kwvals], names.length ? names : null);
};

partialType.tp_descr_get = (self, obj) => (obj === null || obj === None ? self : new PyMethod(self, obj));

partialType.tp_repr = (self) => {
  const p = self as PyPartial;
  const name = p.type === partialType ? "functools.partial" : p.type.qualname;
  if (!reprEnter(p)) return "...";
  try {
    const parts = [repr(p.fn)];
    for (const a of p.args) parts.push(repr(a));
    for (const [k, v] of dictItems(p.kw)) parts.push(`${typeof k === "string" ? k : repr(k)}=${repr(v)}`);
    return `${name}(${parts.join(", ")})`;
  } finally {
    reprLeave(p);
  }
};

/** PyObject_GenericGetDict for the types CPython gives a tp_dictoffset (partial, _lru_cache_wrapper). */
const instanceDict = {
  get: (self: PyValue) => {
    const o = self as PyObject;
    if (o.dict === null) o.dict = new PyDict();
    return o.dict;
  },
  set: (self: PyValue, v: PyValue | null) => {
    if (v === null) raiseTypeError("cannot delete __dict__");
    if (!(v instanceof PyDict))
      raiseTypeError(`__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
    (self as PyObject).dict = v;
  },
};
defineGetSets(partialType, {
  __dict__: instanceDict,
  func: { get: (self) => (self as PyPartial).fn },
  args: { get: (self) => newTuple((self as PyPartial).args) },
  keywords: { get: (self) => (self as PyPartial).kw },
});
defineMethods(partialType, {
  __reduce__(self) {
    const p = self as PyPartial;
    return newTuple([
      p.type,
      newTuple([p.fn]),
      newTuple([p.fn, newTuple(p.args), p.kw, p.dict === null ? None : p.dict]),
    ]);
  },
  __setstate__(self, args) {
    const p = self as PyPartial;
    const st = args[0];
    if (!(st instanceof PyTuple) || st.items.length !== 4) raiseTypeError("invalid partial state");
    const [fn, fargs, kw, d] = st.items;
    if (
      typeOf(fn).tp_call === null ||
      !(fargs instanceof PyTuple) ||
      (kw !== None && !(kw instanceof PyDict))
    )
      raiseTypeError("invalid partial state");
    p.fn = fn;
    p.args = fargs.items.slice();
    p.kw = kw instanceof PyDict ? kw : new PyDict();
    p.phcount = p.args.filter((a) => a === Placeholder).length;
    p.dict = d instanceof PyDict ? d : null;
    return None;
  },
});

// ---------------------------------------------------------------- cmp_to_key

export const keyWrapperType = makeBuiltinType("functools.KeyWrapper", [objectType], FINAL);

class PyKeyWrapper extends PyObject {
  cmp: PyValue;
  obj: PyValue | null;
  constructor(cmp: PyValue, obj: PyValue | null) {
    super(keyWrapperType);
    this.cmp = cmp;
    this.obj = obj;
  }
}

keyWrapperType.tp_call = (self, args, kwnames) => {
  const k = self as PyKeyWrapper;
  const nkw = kwnames === null ? 0 : kwnames.length;
  let obj: PyValue | undefined;
  if (args.length - nkw === 1 && nkw === 0) obj = args[0];
  else if (nkw === 1 && args.length === 1 && (kwnames as readonly string[])[0] === "obj") obj = args[0];
  else raiseTypeError(`K() takes exactly 1 argument (${args.length} given)`);
  return new PyKeyWrapper(k.cmp, obj);
};
keyWrapperType.tp_richcompare = (self, other, op) => {
  if (!(other instanceof PyKeyWrapper)) raiseTypeError("other argument must be K instance");
  const a = self as PyKeyWrapper;
  const r = call(a.cmp, [a.obj ?? None, other.obj ?? None]);
  return richCompare(r, 0, op);
};
defineGetSets(keyWrapperType, {
  obj: {
    get: (self) => (self as PyKeyWrapper).obj ?? None,
    set: (self, v) => {
      (self as PyKeyWrapper).obj = v;
    },
  },
});

function cmpToKey(args: PyValue[], kw: Kw): PyValue {
  const [mycmp] = bindArgs("cmp_to_key", args, kw, { names: ["mycmp"], required: 1, posOnly: 0 });
  return new PyKeyWrapper(mycmp as PyValue, null);
}

// ---------------------------------------------------------------- _lru_cache_wrapper

export const lruCacheWrapperType = makeBuiltinType("functools._lru_cache_wrapper", [objectType], FINAL);
lruCacheWrapperType.flags |= TPFLAGS_METHOD_DESCRIPTOR;
lruCacheWrapperType.hasInstanceDict = true;

/** A cache entry in recency order (a doubly linked list; root.next is the oldest). */
class LruLink {
  prev: LruLink;
  next: LruLink;
  key: PyValue;
  result: PyValue;
  constructor(key: PyValue, result: PyValue) {
    this.prev = this;
    this.next = this;
    this.key = key;
    this.result = result;
  }
}

class PyLruCacheWrapper extends PyObject {
  func: PyValue;
  /** -1: unbounded; 0: no caching. */
  maxsize: number;
  typed: boolean;
  cacheInfoType: PyValue;
  cache: PyDict;
  root: LruLink;
  hits: number;
  misses: number;
  constructor(type: PyType, func: PyValue, maxsize: number, typed: boolean, cacheInfoType: PyValue) {
    super(type);
    this.func = func;
    this.maxsize = maxsize;
    this.typed = typed;
    this.cacheInfoType = cacheInfoType;
    this.cache = new PyDict();
    this.root = new LruLink(None, None);
    this.hits = 0;
    this.misses = 0;
  }
}

const kwdMark = new PyObject(objectType);

/** lru_cache_make_key: a lone exact int/str argument is its own key, else a flat tuple. */
function makeKey(args: PyValue[], kwnames: Kw, typed: boolean): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (!typed && nkw === 0) {
    if (npos === 1) {
      const k = args[0];
      if (typeof k === "string" || typeof k === "number" || typeof k === "bigint") return k;
    }
    return newTuple(args.slice());
  }
  const key: PyValue[] = args.slice(0, npos);
  if (nkw > 0) {
    key.push(kwdMark);
    for (let i = 0; i < nkw; i++) key.push((kwnames as readonly string[])[i], args[npos + i]);
  }
  if (typed) {
    for (let i = 0; i < npos; i++) key.push(typeOf(args[i]));
    for (let i = 0; i < nkw; i++) key.push(typeOf(args[npos + i]));
  }
  return newTuple(key);
}

lruCacheWrapperType.tp_new = (type, args, kwnames) => {
  const [func, maxsize, typed, cacheInfoType] = bindArgs("lru_cache", args, kwnames, {
    names: ["user_function", "maxsize", "typed", "cache_info_type"],
    required: 4,
    posOnly: 0,
  });
  if (typeOf(func as PyValue).tp_call === null) raiseTypeError("the first argument must be callable");
  let size: number;
  if (maxsize === None) size = -1;
  else {
    const n = asIntValue(maxsize as PyValue);
    if (n === undefined) raiseTypeError("maxsize should be integer or None");
    size = typeof n === "bigint" ? (n < 0n ? 0 : Number.MAX_SAFE_INTEGER) : Math.max(n, 0);
  }
  return new PyLruCacheWrapper(
    type,
    func as PyValue,
    size,
    isTrue(typed as PyValue),
    cacheInfoType as PyValue,
  );
};

lruCacheWrapperType.tp_call = (self, args, kwnames) => {
  const w = self as PyLruCacheWrapper;
  if (w.maxsize === 0) {
    w.misses++;
    return call(w.func, args, kwnames);
  }
  const key = makeKey(args, kwnames, w.typed);
  const h = hash(key); // "unhashable type: ..." as CPython reports it
  const link = w.cache.getItemWithHash(key, h) as unknown as LruLink | undefined;
  if (link !== undefined) {
    w.hits++;
    if (w.maxsize > 0) {
      // move to the most recent end
      link.prev.next = link.next;
      link.next.prev = link.prev;
      const root = w.root;
      link.prev = root.prev;
      link.next = root;
      root.prev.next = link;
      root.prev = link;
    }
    return link.result;
  }
  w.misses++;
  const result = call(w.func, args, kwnames);
  if (w.cache.getItem(key) !== undefined) return result; // added by a reentrant call
  const nl = new LruLink(key, result);
  if (w.maxsize > 0 && w.cache.size >= w.maxsize) {
    const oldest = w.root.next;
    oldest.prev.next = oldest.next;
    oldest.next.prev = oldest.prev;
    w.cache.delItem(oldest.key);
  }
  const root = w.root;
  nl.prev = root.prev;
  nl.next = root;
  root.prev.next = nl;
  root.prev = nl;
  w.cache.setItem(key, nl as unknown as PyValue);
  return result;
};

lruCacheWrapperType.tp_descr_get = (self, obj) =>
  obj === null || obj === None ? self : new PyMethod(self, obj);

defineGetSets(lruCacheWrapperType, { __dict__: instanceDict });
defineMethods(lruCacheWrapperType, {
  cache_info(self) {
    const w = self as PyLruCacheWrapper;
    return call(w.cacheInfoType, [w.hits, w.misses, w.maxsize < 0 ? None : w.maxsize, w.cache.size]);
  },
  cache_clear(self) {
    const w = self as PyLruCacheWrapper;
    w.hits = 0;
    w.misses = 0;
    w.cache = new PyDict();
    w.root = new LruLink(None, None);
    return None;
  },
  __reduce__(self) {
    return getAttr(self, "__qualname__");
  },
  __copy__(self) {
    return self;
  },
  __deepcopy__(self) {
    return self;
  },
});

export function createFunctoolsModule(): PyModule {
  const m = newBuiltinModule("_functools", "Tools that operate on functions.");
  addFunction(m, "reduce", reduce);
  addFunction(m, "cmp_to_key", cmpToKey);
  m.dict.setStr("partial", partialType);
  m.dict.setStr("Placeholder", Placeholder);
  m.dict.setStr("_PlaceholderType", placeholderType);
  m.dict.setStr("_lru_cache_wrapper", lruCacheWrapperType);
  readyAllTypes();
  return m;
}
