// staticmethod (Objects/funcobject.c sm_*): a descriptor that returns its callable unchanged.
// Like CPython 3.10+, it copies __module__, __name__, __qualname__, __doc__ from the callable
// into its own __dict__ (functools.wraps) and is itself callable.
import { call, lookupAttr, repr } from "./abstract.ts";
import { defineGetSets } from "./descr.ts";
import { PyDict } from "./dict.ts";
import { raiseTypeError } from "./errors.ts";
import { PyObject, type PyValue } from "./object.ts";
import { instanceDictGet, instanceDictSet } from "./object-type.ts";
import { None } from "./singletons.ts";
import type { PyType } from "./type.ts";
import { staticmethodType, typeOf } from "./typeobjects.ts";

export class PyStaticMethod extends PyObject {
  callable: PyValue;
  constructor(callable: PyValue, type: PyType = staticmethodType) {
    super(type);
    this.callable = callable;
  }
}

const WRAPPED_ATTRS = ["__module__", "__name__", "__qualname__", "__doc__"];

/** functools_wraps in funcobject.c: copy the wrapped callable's identity into the wrapper's dict. */
export function copyWrapsAttrs(wrapper: PyObject, wrapped: PyValue): void {
  let d = wrapper.dict;
  if (d === null) d = wrapper.dict = new PyDict();
  for (const name of WRAPPED_ATTRS) {
    const v = lookupAttr(wrapped, name);
    if (v !== undefined) d.setStr(name, v);
  }
  const wd = lookupAttr(wrapped, "__dict__");
  if (wd instanceof PyDict) {
    for (let i = 0; i < wd.keys.length; i++) {
      const k = wd.keys[i];
      if (k !== undefined) d.setItem(k, wd.values[i] as PyValue);
    }
  }
}

/** staticmethod(f), as class creation wraps a `__new__` function. */
export function newStaticMethod(callable: PyValue): PyStaticMethod {
  const sm = new PyStaticMethod(callable);
  copyWrapsAttrs(sm, callable);
  return sm;
}

export function checkOneCallableArg(
  name: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

staticmethodType.hasInstanceDict = true;
staticmethodType.tp_new = (type) => new PyStaticMethod(None, type);
staticmethodType.tp_init = (self, args, kwnames) => {
  const f = checkOneCallableArg("staticmethod", args, kwnames);
  (self as PyStaticMethod).callable = f;
  copyWrapsAttrs(self as PyObject, f);
};
staticmethodType.tp_descr_get = (self) => (self as PyStaticMethod).callable;
staticmethodType.tp_call = (self, args, kwnames) => call((self as PyStaticMethod).callable, args, kwnames);
staticmethodType.tp_repr = (self) => `<staticmethod(${repr((self as PyStaticMethod).callable)})>`;

export function isAbstractCallable(f: PyValue): PyValue {
  const v = lookupAttr(f, "__isabstractmethod__");
  return v === undefined ? false : v;
}

defineGetSets(staticmethodType, {
  __func__: { get: (s) => (s as PyStaticMethod).callable },
  __wrapped__: { get: (s) => (s as PyStaticMethod).callable },
  __isabstractmethod__: { get: (s) => isAbstractCallable((s as PyStaticMethod).callable) },
  __dict__: { get: instanceDictGet, set: instanceDictSet },
});
// Used by the class machinery to tell the two wrappers apart without instanceof chains.
export function isStaticMethod(v: PyValue): v is PyStaticMethod {
  return typeof v === "object" && typeOf(v).isSubtypeOf(staticmethodType);
}
