// property (Objects/descrobject.c property_*): a data descriptor calling fget/fset/fdel.
import { call, lookupAttr, typeName } from "./abstract.ts";
import { bindArgs } from "./args.ts";
import { defineGetSets, defineMembers, defineMethods } from "./descr.ts";
import { PyDict } from "./dict.ts";
import { raiseAttributeError, raiseTypeError } from "./errors.ts";
import { PyObject, type PyValue } from "./object.ts";
import { asString } from "./object-type.ts";
import { None } from "./singletons.ts";
import type { PyType } from "./type.ts";
import { propertyType, typeOf } from "./typeobjects.ts";

export class PyProperty extends PyObject {
  fget: PyValue;
  fset: PyValue;
  fdel: PyValue;
  doc: PyValue;
  /** The name given by __set_name__, or null. */
  name: PyValue | null;
  /** True when __doc__ was taken from fget (so getter() copies refresh it). */
  getterDoc: boolean;
  constructor(type: PyType = propertyType) {
    super(type);
    this.fget = None;
    this.fset = None;
    this.fdel = None;
    this.doc = None;
    this.name = null;
    this.getterDoc = false;
  }
}

/** The property's name for messages: __set_name__'s, else fget.__name__. */
function propName(p: PyProperty): string | null {
  if (p.name !== null) return asString(p.name) ?? null;
  if (p.fget !== None) {
    const n = lookupAttr(p.fget, "__name__");
    if (n !== undefined) return asString(n) ?? null;
  }
  return null;
}

function propError(p: PyProperty, obj: PyValue, what: string): never {
  const n = propName(p);
  if (n !== null) raiseAttributeError(`property '${n}' of '${typeName(obj)}' object has no ${what}`);
  raiseAttributeError(`property of '${typeName(obj)}' object has no ${what}`);
}

/** property_init. */
function propertyInit(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): void {
  const [fget, fset, fdel, doc] = bindArgs("property", args, kwnames, {
    names: ["fget", "fset", "fdel", "doc"],
    required: 0,
    posOnly: 0,
  });
  const p = self as PyProperty;
  p.fget = fget ?? None;
  p.fset = fset ?? None;
  p.fdel = fdel ?? None;
  p.doc = doc ?? None;
  p.getterDoc = false;
  if ((doc === undefined || doc === None) && p.fget !== None) {
    const d = lookupAttr(p.fget, "__doc__");
    if (d !== undefined && d !== None) {
      p.getterDoc = true;
      // For subclasses, the doc goes into the instance dict (CPython does the same).
      if (p.type !== propertyType) {
        if (p.dict === null) p.dict = new PyDict();
        p.dict.setStr("__doc__", d);
      }
      p.doc = d;
    }
  }
}

/** property_copy: type(self)(fget, fset, fdel, doc) with one accessor replaced. */
function propertyCopy(old: PyProperty, fget: PyValue, fset: PyValue, fdel: PyValue): PyValue {
  const t = old.type;
  const doc = old.getterDoc && fget !== None ? None : old.doc;
  const args = [fget, fset, fdel, doc];
  const np = (t.tp_new as NonNullable<PyType["tp_new"]>)(t, args, null);
  const init = typeOf(np).tp_init;
  if (init !== null) init(np, args, null);
  if (np instanceof PyProperty) np.name = old.name;
  return np;
}

propertyType.hasInstanceDict = false;
propertyType.tp_new = (type) => {
  const p = new PyProperty(type);
  return p;
};
propertyType.tp_init = propertyInit;
propertyType.tp_descr_get = (self, obj) => {
  const p = self as PyProperty;
  if (obj === null) return p;
  if (p.fget === None) propError(p, obj, "getter");
  return call(p.fget, [obj]);
};
propertyType.tp_descr_set = (self, obj, value) => {
  const p = self as PyProperty;
  if (value === null) {
    if (p.fdel === None) propError(p, obj, "deleter");
    call(p.fdel, [obj]);
  } else {
    if (p.fset === None) propError(p, obj, "setter");
    call(p.fset, [obj, value]);
  }
};

defineMethods(propertyType, {
  getter(self, args) {
    const p = self as PyProperty;
    if (args.length !== 1)
      raiseTypeError(`property.getter() takes exactly one argument (${args.length} given)`);
    return propertyCopy(p, args[0], p.fset, p.fdel);
  },
  setter(self, args) {
    const p = self as PyProperty;
    if (args.length !== 1)
      raiseTypeError(`property.setter() takes exactly one argument (${args.length} given)`);
    return propertyCopy(p, p.fget, args[0], p.fdel);
  },
  deleter(self, args) {
    const p = self as PyProperty;
    if (args.length !== 1)
      raiseTypeError(`property.deleter() takes exactly one argument (${args.length} given)`);
    return propertyCopy(p, p.fget, p.fset, args[0]);
  },
  __set_name__(self, args) {
    if (args.length !== 2) raiseTypeError(`__set_name__ expected 2 arguments, got ${args.length}`);
    (self as PyProperty).name = args[1];
    return None;
  },
});

defineMembers(propertyType, {
  fget: { get: (p) => (p as PyProperty).fget },
  fset: { get: (p) => (p as PyProperty).fset },
  fdel: { get: (p) => (p as PyProperty).fdel },
  __doc__: {
    get: (p) => (p as PyProperty).doc,
    set: (p, v) => {
      (p as PyProperty).doc = v ?? None;
    },
  },
});

defineGetSets(propertyType, {
  __isabstractmethod__: {
    get: (self) => {
      const p = self as PyProperty;
      for (const f of [p.fget, p.fset, p.fdel]) {
        if (f === None) continue;
        const v = lookupAttr(f, "__isabstractmethod__");
        if (v !== undefined && v !== false && v !== None) return true;
      }
      return false;
    },
  },
  __name__: {
    get: (self) => {
      const p = self as PyProperty;
      const n = p.name ?? (p.fget !== None ? lookupAttr(p.fget, "__name__") : undefined);
      if (n === undefined || n === null) raiseAttributeError("'property' object has no attribute '__name__'");
      return n;
    },
    set: (self, v) => {
      (self as PyProperty).name = v;
    },
  },
});
