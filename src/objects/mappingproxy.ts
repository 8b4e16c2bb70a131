// mappingproxy (Objects/descrobject.c mappingproxy_*): a read-only view of a mapping. `T.__dict__`
// is a mappingproxy over the type's namespace (a JS Map, PyType.attrs); operations that need a
// real dict (keys(), items(), copy(), |, repr) work on a dict snapshot of that namespace.
import {
  callMethod,
  contains,
  getItem,
  hash,
  iter,
  len,
  lookupAttr,
  repr,
  richCompare,
  typeName,
} from "./abstract.ts";
import { bindArgs } from "./args.ts";
import { checkNoArgs, defineMethods } from "./descr.ts";
import { PyDict } from "./dict.ts";
import { newException, raiseTypeError } from "./errors.ts";
import { PyExc_KeyError } from "./exceptions.ts";
import { PyObject, type PyValue } from "./object.ts";
import { asString } from "./object-type.ts";
import { None } from "./singletons.ts";
import type { PyType } from "./type.ts";
import { listType, mappingproxyType, tupleType, typeOf } from "./typeobjects.ts";

export class PyMappingProxy extends PyObject {
  /** The proxied mapping, or null for a type's namespace (`ns`). */
  readonly mapping: PyValue | null;
  readonly ns: Map<string, PyValue> | null;
  constructor(mapping: PyValue | null, ns: Map<string, PyValue> | null) {
    super(mappingproxyType);
    this.mapping = mapping;
    this.ns = ns;
  }
}

/** `T.__dict__`. */
export function typeDictProxy(t: PyType): PyMappingProxy {
  return new PyMappingProxy(null, t.attrs);
}

/** A dict with the same items as a namespace Map (in order). */
export function nsToDict(ns: Map<string, PyValue>): PyDict {
  const d = new PyDict();
  for (const [k, v] of ns) d.setStr(k, v);
  return d;
}

function target(p: PyValue): PyValue {
  const mp = p as PyMappingProxy;
  return mp.ns !== null ? nsToDict(mp.ns) : (mp.mapping as PyValue);
}

mappingproxyType.tp_new = (_type, args, kwnames) => {
  const [mapping] = bindArgs("mappingproxy", args, kwnames, { names: ["mapping"], required: 1, posOnly: 0 });
  const m = mapping as PyValue;
  const t = typeOf(m);
  if (t.mp_subscript === null || t.isSubtypeOf(listType) || t.isSubtypeOf(tupleType))
    raiseTypeError(`mappingproxy() argument must be a mapping, not ${typeName(m)}`);
  return new PyMappingProxy(m, null);
};
mappingproxyType.mp_subscript = (p, key) => {
  const mp = p as PyMappingProxy;
  if (mp.ns !== null) {
    const s = asString(key);
    const v = s === undefined ? undefined : mp.ns.get(s);
    if (v === undefined) throw newException(PyExc_KeyError, key);
    return v;
  }
  return getItem(mp.mapping as PyValue, key);
};
mappingproxyType.mp_length = (p) => {
  const mp = p as PyMappingProxy;
  return mp.ns !== null ? mp.ns.size : len(mp.mapping as PyValue);
};
mappingproxyType.sq_contains = (p, key) => {
  const mp = p as PyMappingProxy;
  if (mp.ns !== null) {
    const s = asString(key);
    return s !== undefined && mp.ns.has(s);
  }
  return contains(mp.mapping as PyValue, key);
};
mappingproxyType.tp_iter = (p) => iter(target(p));
mappingproxyType.tp_repr = (p) => `mappingproxy(${repr(target(p))})`;
mappingproxyType.tp_str = (p) => {
  const r = lookupAttr(target(p), "__str__");
  return r === undefined ? repr(p) : (asString(callMethod(target(p), "__str__", [])) ?? repr(p));
};
mappingproxyType.tp_richcompare = (p, other, op) => richCompare(target(p), other, op);
// mappingproxy_hash (descrobject.c): the hash of the wrapped mapping.
mappingproxyType.tp_hash = (p) => hash(target(p));
mappingproxyType.nb.nb_or = (a, b) => {
  const x = a instanceof PyMappingProxy ? target(a) : a;
  const y = b instanceof PyMappingProxy ? target(b) : b;
  return callMethod(x, "__or__", [y]);
};
mappingproxyType.nb.nb_inplace_or = (a) =>
  raiseTypeError(`'|=' is not supported by ${typeName(a)}; use '|' instead`);

defineMethods(mappingproxyType, {
  get(self, args, kwnames) {
    const [key, dflt] = bindArgs("get", args, kwnames, {
      names: ["key", "default"],
      required: 1,
      posOnly: 2,
    });
    const mp = self as PyMappingProxy;
    if (mp.ns !== null) {
      const s = asString(key as PyValue);
      const v = s === undefined ? undefined : mp.ns.get(s);
      return v === undefined ? (dflt ?? None) : v;
    }
    return callMethod(
      mp.mapping as PyValue,
      "get",
      dflt === undefined ? [key as PyValue] : [key as PyValue, dflt],
    );
  },
  keys(self) {
    return callMethod(target(self), "keys", []);
  },
  values(self) {
    return callMethod(target(self), "values", []);
  },
  items(self) {
    return callMethod(target(self), "items", []);
  },
  copy(self) {
    const mp = self as PyMappingProxy;
    return mp.ns !== null ? nsToDict(mp.ns) : callMethod(mp.mapping as PyValue, "copy", []);
  },
  __reversed__(self) {
    return callMethod(target(self), "__reversed__", []);
  },
});
checkNoArgs(mappingproxyType);
