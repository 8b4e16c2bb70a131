// typing.TypeVarTuple (Objects/typevarobject.c), the `*Ts` type parameter. Iterating one yields
// typing.Unpack[Ts] (unpack_iter), which lives in typing.py.
import { getAttr, getItem, iter, typeName } from "./abstract.ts";
import { defineGetSets, defineMembers, defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import { NoDefault } from "./nodefault.ts";
import type { PyValue } from "./object.ts";
import { newTuple, type PyTuple } from "./tuple.ts";
import { makeBuiltinType, objectType } from "./typeobjects.ts";
import {
  PyTypeParam,
  parseTypeParamArgs,
  setCallerModule,
  typeParamDefault,
  typeParamEvaluateDefault,
  typeParamHasDefault,
} from "./typevar.ts";
import { callTyping, importTyping, noArgs, typingMissing } from "./typing-call.ts";

export const typeVarTupleType = makeBuiltinType("typing.TypeVarTuple", [objectType], 0);
typeVarTupleType.hasInstanceDict = true;
typeVarTupleType.hasWeakref = true;

export class PyTypeVarTuple extends PyTypeParam {}

function tvt(self: PyValue): PyTypeVarTuple {
  if (!(self instanceof PyTypeVarTuple))
    raiseTypeError(`descriptor requires a 'typing.TypeVarTuple' object but received '${typeName(self)}'`);
  return self;
}

/** _Py_make_typevartuple (INTRINSIC_TYPEVARTUPLE). */
export function makeTypeVarTuple(name: string): PyTypeVarTuple {
  const p = new PyTypeVarTuple(typeVarTupleType, name);
  p.inferVariance = true;
  return p;
}

/** unpack(): typing.Unpack[self]. */
export function unpackTypeVarTuple(self: PyValue, what: string): PyValue {
  const typing = importTyping();
  if (typing === null) typingMissing(what, "Unpack");
  return getItem(getAttr(typing, "Unpack"), self);
}

/** unpack_typevartuples: the params with each TypeVarTuple replaced by Unpack[it]. */
export function unpackTypeVarTuples(params: PyTuple, what: string): PyTuple {
  if (!params.items.some((p) => p instanceof PyTypeVarTuple)) return params;
  return newTuple(params.items.map((p) => (p instanceof PyTypeVarTuple ? unpackTypeVarTuple(p, what) : p)));
}

// 3.14's TypeVarTuple takes only a name and a default (no bound, no variance).
typeVarTupleType.tp_new = (_type, args, kwnames) => {
  const { name, kw } = parseTypeParamArgs("typevartuple", args, kwnames, false, ["default"]);
  const p = new PyTypeVarTuple(typeVarTupleType, name);
  p.defaultValue = kw.get("default") ?? NoDefault;
  setCallerModule(p);
  return p;
};
typeVarTupleType.tp_repr = (self) => tvt(self).name;
typeVarTupleType.tp_iter = (self) => iter(newTuple([unpackTypeVarTuple(self, "iter(TypeVarTuple)")]));

defineMembers(typeVarTupleType, {
  __name__: { get: (s) => tvt(s).name },
});

defineGetSets(typeVarTupleType, {
  __default__: { get: (s) => typeParamDefault(tvt(s)) },
  evaluate_default: { get: (s) => typeParamEvaluateDefault(tvt(s)) },
});

defineMethods(typeVarTupleType, {
  __typing_subst__() {
    raiseTypeError("Substitution of bare TypeVarTuple is not supported");
  },
  __typing_prepare_subst__(self, args) {
    if (args.length !== 2)
      raiseTypeError(`__typing_prepare_subst__ expected 2 arguments, got ${args.length}`);
    return callTyping("_typevartuple_prepare_subst", [self, args[0], args[1]]);
  },
  has_default(self, args, kwnames) {
    noArgs("TypeVarTuple.has_default", args, kwnames);
    return typeParamHasDefault(tvt(self));
  },
  __reduce__(self, args, kwnames) {
    noArgs("TypeVarTuple.__reduce__", args, kwnames);
    return tvt(self).name;
  },
  __mro_entries__() {
    raiseTypeError("Cannot subclass an instance of TypeVarTuple");
  },
});

typeVarTupleType.attrs.set("__module__", "typing");
