// Behaviour of the builtin callables and descriptors declared in descr.ts (Objects/descrobject.c:
// method_get, methoddescr_call, classmethod_get, getset_get/set, member_get/set, wrapperdescr_call,
// wrapper_call; Objects/methodobject.c: meth_repr, meth_get__qualname__, ...).
import { raiseNoAttribute, typeName } from "./abstract.ts";
import {
  type BuiltinFn,
  type ClassMethodFn,
  defineGetSets,
  defineMembers,
  type MethodFn,
  PyBuiltinFunction,
  type PyClassMethodDescr,
  type PyGetSetDescriptor,
  type PyMemberDescriptor,
  type PyMethodDescriptor,
  PyMethodWrapper,
  type PyWrapperDescriptor,
} from "./descr.ts";
import type { PyDict } from "./dict.ts";
import { raiseAttributeError, raiseTypeError } from "./errors.ts";
import { CompareOp, type PyObject, type PyValue } from "./object.ts";
import { addressOfValue, memberSlots, objectHash } from "./object-type.ts";
import { None, NotImplemented } from "./singletons.ts";
import { type PyType, TPFLAGS_METHOD_DESCRIPTOR } from "./type.ts";
import {
  builtinFunctionType,
  classmethodDescriptorType,
  getsetDescriptorType,
  memberDescriptorType,
  methodDescriptorType,
  methodWrapperType,
  moduleType,
  typeOf,
  typeType,
  wrapperDescriptorType,
} from "./typeobjects.ts";

function isType(v: PyValue): v is PyType {
  return typeof v === "object" && v.type.isSubtypeOf(typeType);
}

const NO_FN: BuiltinFn = () => None;

// ---------------------------------------------------------------- builtin_function_or_method

/** Calls a builtin function or bound builtin method. */
export function builtinCall(f: PyValue, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const b = f as PyBuiltinFunction;
  const m = b.meth;
  if (m !== null) return m(b.self as PyValue, args, kwnames);
  return b.fn(args, kwnames);
}

/** A method descriptor's function bound to self (method_get): a builtin method object. */
export function bindMethod(
  descr: PyObject,
  owner: PyType,
  name: string,
  fn: MethodFn,
  self: PyValue,
  doc: string | null,
): PyBuiltinFunction {
  return new PyBuiltinFunction(name, NO_FN, self, doc, `${owner.qualname}.${name}`, fn, descr);
}

builtinFunctionType.tp_call = builtinCall;
builtinFunctionType.tp_repr = (f) => {
  const b = f as PyBuiltinFunction;
  const self = b.self;
  if (self === null || self === None || (typeof self === "object" && self.type.isSubtypeOf(moduleType)))
    return `<built-in function ${b.name}>`;
  return `<built-in method ${b.name} of ${typeName(self)} object at ${addressOfValue(self)}>`;
};
builtinFunctionType.tp_hash = (f) => {
  const b = f as PyBuiltinFunction;
  const h = b.self === null ? 0 : Number(hashIdentity(b.self));
  return (h ^ objectHash(b.descr ?? b)) | 0 || 1;
};
builtinFunctionType.tp_richcompare = (a, b, op) => {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(b instanceof PyBuiltinFunction))
    return NotImplemented;
  const x = a as PyBuiltinFunction;
  const same =
    x.self === b.self && (x.descr !== null ? x.descr === b.descr : x.fn === b.fn && x.meth === b.meth);
  return op === CompareOp.EQ ? same : !same;
};

function hashIdentity(v: PyValue): number {
  return objectHash(v);
}

function builtinQualname(b: PyBuiltinFunction): string {
  const self = b.self;
  if (self === null || self === None || (typeof self === "object" && self.type.isSubtypeOf(moduleType)))
    return b.qualname;
  const owner = isType(self) ? self : typeOf(self);
  return `${owner.qualname}.${b.name}`;
}

defineGetSets(builtinFunctionType, {
  __name__: { get: (f) => (f as PyBuiltinFunction).name },
  __qualname__: { get: (f) => builtinQualname(f as PyBuiltinFunction) },
  __doc__: { get: (f) => (f as PyBuiltinFunction).doc ?? None },
  __self__: { get: (f) => (f as PyBuiltinFunction).self ?? None },
  __text_signature__: { get: () => None },
});
// m_module (methodobject.c meth_members): a module function's is its module's name; a method
// bound to an object has none.
defineMembers(builtinFunctionType, {
  __module__: {
    get: (f) => {
      const b = f as PyBuiltinFunction;
      if (b.moduleName !== undefined) return b.moduleName;
      const self = b.self;
      if (b.meth === null && self !== null && typeof self === "object" && self.type.isSubtypeOf(moduleType))
        return (self as unknown as { dict: PyDict }).dict.getStr("__name__") ?? None;
      return None;
    },
    set: (f, v) => {
      (f as PyBuiltinFunction).moduleName = v === null ? None : v;
    },
  },
});

// ---------------------------------------------------------------- method_descriptor

function descrCheck(d: { owner: PyType; name: string }, obj: PyValue): void {
  if (!typeOf(obj).isSubtypeOf(d.owner))
    raiseTypeError(
      `descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${typeName(obj)}' object`,
    );
}

methodDescriptorType.flags |= TPFLAGS_METHOD_DESCRIPTOR;
methodDescriptorType.tp_descr_get = (descr, obj) => {
  const d = descr as PyMethodDescriptor;
  if (obj === null) return d;
  descrCheck(d, obj);
  return bindMethod(d, d.owner, d.name, d.fn, obj, d.doc);
};
methodDescriptorType.tp_call = (descr, args, kwnames) => {
  const d = descr as PyMethodDescriptor;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 1)
    raiseTypeError(`unbound method ${d.owner.qualname}.${d.name}() needs an argument`);
  const self = args[0];
  descrCheck(d, self);
  return d.fn(self, args.slice(1), kwnames);
};
methodDescriptorType.tp_repr = (descr) => {
  const d = descr as PyMethodDescriptor;
  return `<method '${d.name}' of '${d.owner.name}' objects>`;
};

function descrGetSets(t: PyType): void {
  defineGetSets(t, {
    __name__: { get: (d) => (d as unknown as { name: string }).name },
    __qualname__: {
      get: (d) => {
        const x = d as unknown as { name: string; owner: PyType };
        return `${x.owner.qualname}.${x.name}`;
      },
    },
    __objclass__: { get: (d) => (d as unknown as { owner: PyType }).owner },
    __doc__: { get: (d) => (d as unknown as { doc: string | null }).doc ?? None },
  });
}
descrGetSets(methodDescriptorType);
defineGetSets(methodDescriptorType, { __text_signature__: { get: () => None } });

// ---------------------------------------------------------------- classmethod_descriptor

classmethodDescriptorType.tp_descr_get = (descr, obj, type) => {
  const d = descr as PyClassMethodDescr;
  let t = type;
  if (t === null) {
    if (obj === null)
      raiseTypeError(`descriptor '${d.name}' for type '${d.owner.name}' needs either an object or a type`);
    t = typeOf(obj);
  }
  if (!t.isSubtypeOf(d.owner))
    raiseTypeError(`descriptor '${d.name}' requires a subtype of '${d.owner.name}' but received '${t.name}'`);
  return bindMethod(d, d.owner, d.name, d.fn as unknown as MethodFn, t, d.doc);
};
classmethodDescriptorType.tp_call = (descr, args, kwnames) => {
  const d = descr as PyClassMethodDescr;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 1)
    raiseTypeError(`descriptor '${d.name}' of '${d.owner.name}' object needs an argument`);
  const cls = args[0];
  if (!isType(cls))
    raiseTypeError(
      `descriptor '${d.name}' for type '${d.owner.name}' needs a type, not a '${typeName(cls)}' as arg 2`,
    );
  if (!cls.isSubtypeOf(d.owner))
    raiseTypeError(
      `descriptor '${d.name}' requires a subtype of '${d.owner.name}' but received '${cls.name}'`,
    );
  return (d.fn as ClassMethodFn)(cls, args.slice(1), kwnames);
};
classmethodDescriptorType.tp_repr = (descr) => {
  const d = descr as PyClassMethodDescr;
  return `<method '${d.name}' of '${d.owner.name}' objects>`;
};
descrGetSets(classmethodDescriptorType);
defineGetSets(classmethodDescriptorType, { __text_signature__: { get: () => None } });

// ---------------------------------------------------------------- getset_descriptor

getsetDescriptorType.tp_descr_get = (descr, obj) => {
  const d = descr as PyGetSetDescriptor;
  if (obj === null) return d;
  descrCheck(d, obj);
  if (d.get === null)
    raiseAttributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not readable`);
  return d.get(obj);
};
getsetDescriptorType.tp_descr_set = (descr, obj, value) => {
  const d = descr as PyGetSetDescriptor;
  descrCheck(d, obj);
  if (d.set === null)
    raiseAttributeError(`attribute '${d.name}' of '${d.owner.name}' objects is not writable`);
  d.set(obj, value);
};
getsetDescriptorType.tp_repr = (descr) => {
  const d = descr as PyGetSetDescriptor;
  return `<attribute '${d.name}' of '${d.owner.name}' objects>`;
};
descrGetSets(getsetDescriptorType);

// ---------------------------------------------------------------- member_descriptor

memberDescriptorType.tp_descr_get = (descr, obj) => {
  const d = descr as PyMemberDescriptor;
  if (obj === null) return d;
  descrCheck(d, obj);
  let v: PyValue | undefined;
  if (d.index >= 0) v = memberSlots(obj as PyObject)[d.index];
  else v = (d.get as NonNullable<PyMemberDescriptor["get"]>)(obj);
  if (v === undefined) raiseNoAttribute(obj, d.name);
  return v;
};
memberDescriptorType.tp_descr_set = (descr, obj, value) => {
  const d = descr as PyMemberDescriptor;
  descrCheck(d, obj);
  if (d.index >= 0) {
    const slots = memberSlots(obj as PyObject);
    if (value === null) {
      // Deleting an unset slot raises AttributeError(name) (member_set in Python/structmember.c).
      if (slots[d.index] === undefined) raiseAttributeError(d.name);
      slots[d.index] = undefined;
    } else {
      slots[d.index] = value;
    }
    return;
  }
  if (d.set === null) raiseAttributeError("readonly attribute");
  d.set(obj, value);
};
memberDescriptorType.tp_repr = (descr) => {
  const d = descr as PyMemberDescriptor;
  return `<member '${d.name}' of '${d.owner.name}' objects>`;
};
descrGetSets(memberDescriptorType);

// ---------------------------------------------------------------- wrapper_descriptor, method-wrapper

wrapperDescriptorType.flags |= TPFLAGS_METHOD_DESCRIPTOR;
wrapperDescriptorType.tp_descr_get = (descr, obj) => {
  const d = descr as PyWrapperDescriptor;
  if (obj === null) return d;
  descrCheck(d, obj);
  return new PyMethodWrapper(d, obj);
};
wrapperDescriptorType.tp_call = (descr, args, kwnames) => {
  const d = descr as PyWrapperDescriptor;
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 1)
    raiseTypeError(`descriptor '${d.name}' of '${d.owner.name}' object needs an argument`);
  const self = args[0];
  if (!typeOf(self).isSubtypeOf(d.owner))
    raiseTypeError(
      `descriptor '${d.name}' requires a '${d.owner.name}' object but received a '${typeName(self)}'`,
    );
  return d.wrapper(d.wrapped, self, args.slice(1), kwnames, d.name);
};
wrapperDescriptorType.tp_repr = (descr) => {
  const d = descr as PyWrapperDescriptor;
  return `<slot wrapper '${d.name}' of '${d.owner.name}' objects>`;
};
descrGetSets(wrapperDescriptorType);
defineGetSets(wrapperDescriptorType, { __text_signature__: { get: () => None } });

methodWrapperType.tp_call = (mw, args, kwnames) => {
  const w = mw as PyMethodWrapper;
  return w.descr.wrapper(w.descr.wrapped, w.self, args, kwnames, w.descr.name);
};
methodWrapperType.tp_repr = (mw) => {
  const w = mw as PyMethodWrapper;
  return `<method-wrapper '${w.descr.name}' of ${typeName(w.self)} object at ${addressOfValue(w.self)}>`;
};
methodWrapperType.tp_richcompare = (a, b, op) => {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(b instanceof PyMethodWrapper)) return NotImplemented;
  const x = a as PyMethodWrapper;
  const same = x.descr === b.descr && x.self === b.self;
  return op === CompareOp.EQ ? same : !same;
};
methodWrapperType.tp_hash = (mw) => {
  const w = mw as PyMethodWrapper;
  return (objectHash(w.self) ^ objectHash(w.descr)) | 0 || 1;
};
defineGetSets(methodWrapperType, {
  __self__: { get: (w) => (w as PyMethodWrapper).self },
  __name__: { get: (w) => (w as PyMethodWrapper).descr.name },
  __qualname__: {
    get: (w) => {
      const d = (w as PyMethodWrapper).descr;
      return `${d.owner.qualname}.${d.name}`;
    },
  },
  __objclass__: { get: (w) => (w as PyMethodWrapper).descr.owner },
  __doc__: { get: (w) => (w as PyMethodWrapper).descr.doc ?? None },
  __text_signature__: { get: () => None },
});
