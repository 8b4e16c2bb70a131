// types.GenericAlias (Objects/genericaliasobject.c): what `list[int]` and every builtin
// __class_getitem__ return. Attribute access other than the alias's own fields is delegated to
// the origin; calling it calls the origin. Substitution of type parameters (alias[int] for an
// alias with __parameters__) is left to the typing module's objects.
import {
  call,
  getAttr,
  hash,
  lookupAttr,
  repr as reprOf,
  richCompareBool,
  setClassGetItemHook,
  str,
} from "./abstract.ts";
import { defineGetSets, defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { PyList } from "./list.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { genericGetAttr } from "./object-type.ts";
import { setGenericAliasHook } from "./sequtil.ts";
import { Ellipsis, None, NotImplemented } from "./singletons.ts";
import { EMPTY_TUPLE, newTuple, PyTuple } from "./tuple.ts";
import { PyType } from "./type.ts";
import { makeBuiltinType, typeOf, typeType } from "./typeobjects.ts";

export const genericAliasType = makeBuiltinType("types.GenericAlias");

export class PyGenericAlias extends PyObject {
  readonly origin: PyValue;
  readonly args: PyTuple;
  readonly starred: boolean;
  parameters: PyTuple | null;
  constructor(origin: PyValue, args: PyValue, starred = false) {
    super(genericAliasType);
    this.origin = origin;
    this.args = args instanceof PyTuple && args.type.name === "tuple" ? args : newTuple([args]);
    this.starred = starred;
    this.parameters = null;
  }
}

export function newGenericAlias(origin: PyValue, args: PyValue): PyGenericAlias {
  return new PyGenericAlias(origin, args);
}

setGenericAliasHook((origin, args) => new PyGenericAlias(origin, args));

// PyObject_GetItem on a class: type[int] is an alias; other classes go through __class_getitem__.
setClassGetItemHook((t, key) => {
  if (t === typeType) return new PyGenericAlias(t, key);
  const meth = lookupAttr(t, "__class_getitem__");
  if (meth !== undefined && meth !== None) return call(meth, [key]);
  raiseTypeError(`type '${t.name}' is not subscriptable`);
});

/** ga_repr_item: `...`, a class as module.qualname (builtins unqualified), else repr(). */
function reprItem(p: PyValue): string {
  if (p === Ellipsis) return "...";
  if (p instanceof PyGenericAlias) return gaRepr(p);
  if (p instanceof PyList) return `[${p.items.map(reprItem).join(", ")}]`;
  const qualname = lookupAttr(p, "__qualname__");
  const module = lookupAttr(p, "__module__");
  if (qualname === undefined || module === undefined || lookupAttr(p, "__origin__") !== undefined)
    return reprOf(p);
  const q = str(qualname);
  if (typeof module === "string" && module === "builtins") return q;
  return `${str(module)}.${q}`;
}

function gaRepr(ga: PyGenericAlias): string {
  let out = ga.starred ? "*" : "";
  out += reprItem(ga.origin);
  const items = ga.args.items;
  if (items.length === 0) return `${out}[()]`;
  return `${out}[${items.map(reprItem).join(", ")}]`;
}

/** __parameters__: the type variables among the args, in order, without duplicates. */
function parameters(ga: PyGenericAlias): PyTuple {
  if (ga.parameters !== null) return ga.parameters;
  const out: PyValue[] = [];
  const add = (p: PyValue) => {
    if (!out.includes(p)) out.push(p);
  };
  for (const a of ga.args.items) {
    if (a instanceof PyType) continue;
    if (lookupAttr(a, "__typing_subst__") !== undefined) add(a);
    else {
      const sub = lookupAttr(a, "__parameters__");
      if (sub instanceof PyTuple) for (const p of sub.items) add(p);
    }
  }
  ga.parameters = out.length ? newTuple(out) : EMPTY_TUPLE;
  return ga.parameters;
}

const ATTR_EXCEPTIONS = new Set([
  "__class__",
  "__bases__",
  "__origin__",
  "__args__",
  "__unpacked__",
  "__parameters__",
  "__typing_unpacked_tuple_args__",
  "__mro_entries__",
  "__reduce_ex__",
  "__reduce__",
  "__copy__",
  "__deepcopy__",
]);

genericAliasType.tp_repr = (self) => gaRepr(self as PyGenericAlias);
genericAliasType.tp_getattro = (self, name) => {
  if (!ATTR_EXCEPTIONS.has(name)) return getAttr((self as PyGenericAlias).origin, name);
  return genericGetAttr(self, name);
};
genericAliasType.tp_call = (self, args, kwnames) => {
  const ga = self as PyGenericAlias;
  const obj = call(ga.origin, args, kwnames);
  if (typeof obj === "object") {
    try {
      const t = typeOf(obj);
      if (t.tp_setattro !== null) t.tp_setattro(obj, "__orig_class__", ga);
    } catch (e) {
      if (
        !(e instanceof E.PyBaseException) ||
        !(e.type.isSubtypeOf(E.PyExc_AttributeError) || e.type.isSubtypeOf(E.PyExc_TypeError))
      )
        throw e;
    }
  }
  return obj;
};
genericAliasType.tp_richcompare = (a, b, op) => {
  if (!(a instanceof PyGenericAlias) || !(b instanceof PyGenericAlias)) return NotImplemented;
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  const eq =
    a.starred === b.starred &&
    richCompareBool(a.origin, b.origin, CompareOp.EQ) &&
    richCompareBool(a.args, b.args, CompareOp.EQ);
  return op === CompareOp.EQ ? eq : !eq;
};
genericAliasType.tp_hash = (self) => {
  const ga = self as PyGenericAlias;
  const h0 = hash(ga.origin);
  const h1 = hash(ga.args);
  const r = BigInt.asIntN(64, BigInt(h0) ^ BigInt(h1));
  return r === -1n ? -2 : r >= -9007199254740991n && r <= 9007199254740991n ? Number(r) : r;
};
genericAliasType.mp_subscript = (self, _key) => {
  const ga = self as PyGenericAlias;
  if (parameters(ga).items.length === 0) raiseTypeError(`${reprOf(ga)} is not a generic class`);
  raiseTypeError(`substituting the type parameters of ${reprOf(ga)} is not supported`);
};

defineGetSets(genericAliasType, {
  __origin__: { get: (self) => (self as PyGenericAlias).origin },
  __args__: { get: (self) => (self as PyGenericAlias).args },
  __parameters__: { get: (self) => parameters(self as PyGenericAlias) },
  __unpacked__: { get: (self) => (self as PyGenericAlias).starred },
});

defineMethods(genericAliasType, {
  __mro_entries__(self) {
    return newTuple([(self as PyGenericAlias).origin]);
  },
  __instancecheck__() {
    raiseTypeError("isinstance() argument 2 cannot be a parameterized generic");
  },
  __subclasscheck__() {
    raiseTypeError("issubclass() argument 2 cannot be a parameterized generic");
  },
  __reduce__(self) {
    const ga = self as PyGenericAlias;
    return newTuple([genericAliasType, newTuple([ga.origin, ga.args])]);
  },
});

genericAliasType.tp_new = (_type, args, kwnames) => {
  if (kwnames?.length) raiseTypeError("GenericAlias() takes no keyword arguments");
  if (args.length !== 2) raiseTypeError(`GenericAlias expected 2 arguments, got ${args.length}`);
  return new PyGenericAlias(args[0], args[1]);
};
