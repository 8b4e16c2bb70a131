// classmethod (Objects/funcobject.c cm_*): binds its callable to the class. Since 3.13 it no
// longer chains to the callable's own __get__; it always makes a bound method of the class.
import { repr } from "./abstract.ts";
import { defineGetSets } from "./descr.ts";
import { PyMethod } from "./method.ts";
import { PyObject, type PyValue } from "./object.ts";
import { instanceDictGet, instanceDictSet } from "./object-type.ts";
import { None } from "./singletons.ts";
import { checkOneCallableArg, copyWrapsAttrs, isAbstractCallable } from "./staticmethod.ts";
import type { PyType } from "./type.ts";
import { classmethodType, typeOf } from "./typeobjects.ts";

export class PyClassMethod extends PyObject {
  callable: PyValue;
  constructor(callable: PyValue, type: PyType = classmethodType) {
    super(type);
    this.callable = callable;
  }
}

/** classmethod(f), as class creation wraps `__init_subclass__` and `__class_getitem__`. */
export function newClassMethod(callable: PyValue): PyClassMethod {
  const cm = new PyClassMethod(callable);
  copyWrapsAttrs(cm, callable);
  return cm;
}

classmethodType.hasInstanceDict = true;
classmethodType.tp_new = (type) => new PyClassMethod(None, type);
classmethodType.tp_init = (self, args, kwnames) => {
  const f = checkOneCallableArg("classmethod", args, kwnames);
  (self as PyClassMethod).callable = f;
  copyWrapsAttrs(self as PyObject, f);
};
classmethodType.tp_descr_get = (self, obj, type) => {
  const t = type === null ? typeOf(obj as PyValue) : type;
  return new PyMethod((self as PyClassMethod).callable, t);
};
classmethodType.tp_repr = (self) => `<classmethod(${repr((self as PyClassMethod).callable)})>`;

defineGetSets(classmethodType, {
  __func__: { get: (s) => (s as PyClassMethod).callable },
  __wrapped__: { get: (s) => (s as PyClassMethod).callable },
  __isabstractmethod__: { get: (s) => isAbstractCallable((s as PyClassMethod).callable) },
  __dict__: { get: instanceDictGet, set: instanceDictSet },
});
