// The `_weakref` module (Modules/_weakref.c, Objects/weakrefobject.c): weakref.ReferenceType over
// JS WeakRef, the proxies, and the per-object lists behind getweakrefcount/getweakrefs and
// `__weakref__`. Referents die when the JS collector reclaims them, not when the last Python
// reference goes (no reference counting): a callback registered with a FinalizationRegistry runs
// only once the host's event loop gets control, i.e. not during a synchronous program.
import {
  call,
  getAttr,
  hash,
  isTrue,
  lookupAttr,
  repr,
  richCompare,
  setAttr,
  str,
  typeName,
} from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { defineClassMethods, defineMembers } from "../objects/descr.ts";
import type { PyDict } from "../objects/dict.ts";
import { raiseTypeError } from "../objects/errors.ts";
import { addressOf } from "../objects/function.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import { CompareOp, PyObject, type PyValue } from "../objects/object.ts";
import { genericAliasHook } from "../objects/sequtil.ts";
import { None, NotImplemented } from "../objects/singletons.ts";
import type { PyType } from "../objects/type.ts";
import { weakrefHooks } from "../objects/type-type.ts";
import * as T from "../objects/typeobjects.ts";
import { addFunctions, newBuiltinModule, oneArg } from "./modutil.ts";

export const refType = T.makeBuiltinType("weakref.ReferenceType", [T.objectType]);
export const proxyType = T.makeBuiltinType("weakref.ProxyType", [T.objectType], 0);
export const callableProxyType = T.makeBuiltinType("weakref.CallableProxyType", [T.objectType], 0);

// The builtin types whose instances CPython can reference weakly (tp_weaklistoffset != 0).
for (const t of [
  T.typeType,
  T.setType,
  T.frozensetType,
  T.memoryviewType,
  T.functionType,
  T.builtinFunctionType,
  T.methodType,
  T.codeType,
  T.generatorType,
  T.coroutineType,
  T.asyncGeneratorType,
])
  t.hasWeakref = true;

class PyWeakref extends PyObject {
  target: WeakRef<PyObject> | null;
  callback: PyValue;
  hashValue: number | bigint | null = null;
  constructor(type: PyType, target: PyObject, callback: PyValue) {
    super(type);
    this.target = new WeakRef(target);
    this.callback = callback;
  }
  get referent(): PyObject | null {
    const t = this.target?.deref();
    return t === undefined ? null : t;
  }
}

/** The weak references to each object, oldest first (the object's weakref list). */
const refsOf = new WeakMap<PyObject, PyWeakref[]>();

const registry = new FinalizationRegistry<PyWeakref[]>((refs) => {
  for (const r of refs) {
    r.target = null;
    if (r.callback !== None) {
      try {
        call(r.callback, [r]);
      } catch {
        // CPython reports it as unraisable; nothing can be reported outside the program's run
      }
    }
  }
});

function checkReferent(ob: PyValue): PyObject {
  if (typeof ob !== "object" || !T.typeOf(ob).hasWeakref)
    raiseTypeError(`cannot create weak reference to '${typeName(ob)}' object`);
  return ob;
}

function listFor(ob: PyObject): PyWeakref[] {
  let l = refsOf.get(ob);
  if (l === undefined) {
    l = [];
    refsOf.set(ob, l);
    registry.register(ob, l);
  }
  return l;
}

weakrefHooks.get = (obj) => {
  if (typeof obj !== "object") return None;
  const l = refsOf.get(obj);
  return l !== undefined && l.length > 0 ? l[0] : None;
};

/** weakref___new__: a plain ref without callback is shared (get_basic_refs). */
refType.tp_new = (type, args, kwnames) => {
  const [ob, callback] = bindArgs(type.name, args, kwnames, {
    names: ["object", "callback"],
    required: 1,
    posOnly: 2,
  }) as [PyValue, PyValue | undefined];
  const target = checkReferent(ob);
  const cb = callback ?? None;
  const l = listFor(target);
  if (cb === None && type === refType) {
    for (const r of l) if (r.type === refType && r.callback === None) return r;
  }
  const r = new PyWeakref(type, target, cb);
  if (cb === None) l.unshift(r);
  else l.push(r);
  return r;
};
refType.tp_init = () => {};
refType.tp_call = (self, args, kwnames) => {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0))
    raiseTypeError(`weakref() takes no arguments (${args.length} given)`);
  return (self as PyWeakref).referent ?? None;
};
refType.tp_hash = (self) => {
  const r = self as PyWeakref;
  if (r.hashValue !== null) return r.hashValue;
  const o = r.referent;
  if (o === null) raiseTypeError("weak object has gone away");
  r.hashValue = hash(o);
  return r.hashValue;
};
refType.tp_richcompare = (self, other, op) => {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(other instanceof PyWeakref)) return NotImplemented;
  const a = (self as PyWeakref).referent;
  const b = other.referent;
  if (a === null || b === null) {
    const same = self === other;
    return op === CompareOp.EQ ? same : !same;
  }
  return richCompare(a, b, op);
};
refType.tp_repr = (self) => {
  const r = self as PyWeakref;
  const o = r.referent;
  const at = addressOf(r);
  if (o === null) return `<weakref at ${at}; dead>`;
  const name = lookupAttr(o, "__name__");
  const tn = T.typeOf(o).name;
  if (typeof name === "string") return `<weakref at ${at}; to '${tn}' at ${addressOf(o)} (${name})>`;
  return `<weakref at ${at}; to '${tn}' at ${addressOf(o)}>`;
};
defineMembers(refType, {
  __callback__: { get: (s) => (s as PyWeakref).callback },
});
defineClassMethods(refType, {
  __class_getitem__(cls, args) {
    return genericAliasHook(cls, args[0]);
  },
});

// ---------------------------------------------------------------- proxies

function proxied(self: PyValue): PyObject {
  const o = (self as PyWeakref).referent;
  if (o === null) raiseTypeError("weakly-referenced object no longer exists");
  return o;
}

for (const t of [proxyType, callableProxyType]) {
  t.tp_getattro = (self, name) => getAttr(proxied(self), name);
  t.tp_setattro = (self, name, value) => {
    if (value === null) call(getAttr(T.objectType, "__delattr__"), [proxied(self), name]);
    else setAttr(proxied(self), name, value);
  };
  t.tp_repr = (self) => {
    const o = (self as PyWeakref).referent;
    return `<weakproxy at ${addressOf(self as PyObject)}; ${o === null ? "dead" : `to '${T.typeOf(o).name}' at ${addressOf(o)}`}>`;
  };
  t.tp_str = (self) => str(proxied(self));
  t.tp_richcompare = (self, other, op) => {
    const w =
      other instanceof PyWeakref && (other.type === proxyType || other.type === callableProxyType)
        ? proxied(other)
        : other;
    return richCompare(proxied(self), w, op);
  };
  t.tp_hash = () => raiseTypeError(`unhashable type: 'weakref.ProxyType'`);
  t.nb.nb_bool = (self) => isTrue(proxied(self));
  t.mp_length = (self) => {
    const n = call(getAttr(proxied(self), "__len__"), []);
    return n as number;
  };
  t.tp_iter = (self) => call(getAttr(proxied(self), "__iter__"), []);
  t.tp_iternext = (self) => call(getAttr(proxied(self), "__next__"), []);
  t.mp_subscript = (self, key) => call(getAttr(proxied(self), "__getitem__"), [key]);
}
callableProxyType.tp_call = (self, args, kwnames) => call(proxied(self), args, kwnames);

function newProxy(ob: PyValue, callback: PyValue): PyWeakref {
  const target = checkReferent(ob);
  const callable = T.typeOf(target).tp_call !== null;
  const p = new PyWeakref(callable ? callableProxyType : proxyType, target, callback);
  listFor(target).push(p);
  return p;
}

export function createWeakrefModule(): PyModule {
  const m = newBuiltinModule("_weakref", "Weak-reference support module.");
  const d = m.dict;
  d.setStr("ref", refType);
  d.setStr("ReferenceType", refType);
  d.setStr("ProxyType", proxyType);
  d.setStr("CallableProxyType", callableProxyType);
  addFunctions(m, {
    getweakrefcount(args, kw) {
      const ob = oneArg("getweakrefcount", args, kw);
      if (typeof ob !== "object") return 0;
      return (refsOf.get(ob) ?? []).filter((r) => r.target !== null).length;
    },
    getweakrefs(args, kw) {
      const ob = oneArg("getweakrefs", args, kw);
      if (typeof ob !== "object") return new PyList([]);
      return new PyList((refsOf.get(ob) ?? []).slice());
    },
    proxy(args, kw) {
      const [ob, callback] = bindArgs("proxy", args, kw, {
        names: ["object", "callback"],
        required: 1,
        posOnly: 2,
      });
      return newProxy(ob as PyValue, callback ?? None);
    },
    _remove_dead_weakref(args, kw) {
      const [dct, key] = bindArgs("_remove_dead_weakref", args, kw, {
        names: ["dct", "key"],
        required: 2,
        posOnly: 2,
      }) as [PyValue, PyValue];
      const dict = dct as PyDict;
      if (typeof dict.getItem !== "function")
        raiseTypeError(`_remove_dead_weakref() argument 1 must be dict, not ${typeName(dct)}`);
      const v = dict.getItem(key);
      if (v instanceof PyWeakref && v.referent === null) dict.delItem(key);
      return None;
    },
  });
  void repr;
  return m;
}
