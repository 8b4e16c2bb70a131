// typing.TypeAliasType (Objects/typevarobject.c, typealias_*): what `type X[T] = ...` makes
// (INTRINSIC_TYPEALIAS, value computed lazily by the compiler's function on first __value__) and
// what TypeAliasType('X', value, type_params=(...)) makes eagerly.
import { call, iter, repr as reprOf, typeName } from "./abstract.ts";
import { bindArgs } from "./args.ts";
import { PyConstEvaluator } from "./constevaluator.ts";
import { defineGetSets, defineMembers, defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import { PyFunction } from "./function.ts";
import { newGenericAlias } from "./genericalias.ts";
import { NoDefault } from "./nodefault.ts";
import { PyObject, type PyValue } from "./object.ts";
import { PyParamSpec } from "./paramspec.ts";
import { None } from "./singletons.ts";
import { EMPTY_TUPLE, newTuple, PyTuple } from "./tuple.ts";
import { makeBuiltinType, objectType } from "./typeobjects.ts";
import { PyTypeVar, typeParamDefault } from "./typevar.ts";
import { PyTypeVarTuple, unpackTypeVarTuple, unpackTypeVarTuples } from "./typevartuple.ts";
import { callerModule, noArgs } from "./typing-call.ts";
import { unionOr } from "./union.ts";

export const typeAliasType = makeBuiltinType("typing.TypeAliasType", [objectType], 0);

export class PyTypeAlias extends PyObject {
  readonly name: string;
  readonly qualname: string;
  /** A non-empty tuple, or null for none. */
  readonly typeParams: PyTuple | null;
  readonly computeValue: PyValue | null;
  value: PyValue | null;
  module: PyValue | null;
  constructor(
    name: string,
    qualname: string,
    typeParams: PyTuple | null,
    computeValue: PyValue | null,
    value: PyValue | null,
    module: PyValue | null,
  ) {
    super(typeAliasType);
    this.name = name;
    this.qualname = qualname;
    this.typeParams = typeParams;
    this.computeValue = computeValue;
    this.value = value;
    this.module = module;
  }
}

function ta(self: PyValue): PyTypeAlias {
  if (!(self instanceof PyTypeAlias))
    raiseTypeError(`descriptor requires a 'typing.TypeAliasType' object but received '${typeName(self)}'`);
  return self;
}

/** _Py_make_typealias (INTRINSIC_TYPEALIAS): args is (name, type_params or None, compute_value). */
export function makeTypeAlias(args: PyValue): PyTypeAlias {
  const [name, tps, compute] = (args as PyTuple).items;
  const typeParams = tps instanceof PyTuple && tps.items.length > 0 ? tps : null;
  const qualname = compute instanceof PyFunction ? compute.code.co_qualname : (name as string);
  return new PyTypeAlias(name as string, qualname, typeParams, compute, null, null);
}

/** get_type_param_default */
function typeParamDefaultOf(p: PyValue): PyValue {
  if (p instanceof PyTypeVar || p instanceof PyParamSpec || p instanceof PyTypeVarTuple)
    return typeParamDefault(p);
  raiseTypeError(`Expected a type param, got ${reprOf(p)}`);
}

typeAliasType.tp_new = (_type, args, kwnames) => {
  const [name, value, typeParams] = bindArgs("typealias", args, kwnames, {
    names: ["name", "value", "type_params"],
    required: 2,
    posOnly: 0,
    kwOnlyFrom: 2,
  });
  if (typeof name !== "string")
    raiseTypeError(`typealias() argument 'name' must be str, not ${typeName(name as PyValue)}`);
  let params: PyTuple | null = null;
  if (typeParams !== undefined) {
    if (!(typeParams instanceof PyTuple)) raiseTypeError("type_params must be a tuple");
    // typealias_check_type_params: defaults may not be followed by non-defaults.
    let defaultSeen = false;
    for (const p of typeParams.items) {
      const d = typeParamDefaultOf(p);
      if (d === NoDefault) {
        if (defaultSeen)
          raiseTypeError(`non-default type parameter '${reprOf(p)}' follows default type parameter`);
      } else defaultSeen = true;
    }
    if (typeParams.items.length > 0) params = typeParams;
  }
  return new PyTypeAlias(name, name, params, null, value as PyValue, callerModule());
};

// 3.14: the repr is the bare name (no __qualname__ yet).
typeAliasType.tp_repr = (self) => ta(self).name;
typeAliasType.nb.nb_or = unionOr;
typeAliasType.mp_subscript = (self, key) => {
  if (ta(self).typeParams === null) raiseTypeError("Only generic type aliases are subscriptable");
  return newGenericAlias(self, key);
};
typeAliasType.tp_iter = (self) => iter(newTuple([unpackTypeVarTuple(self, "iter(TypeAliasType)")]));

defineMembers(typeAliasType, {
  __name__: { get: (s) => ta(s).name },
});

defineGetSets(typeAliasType, {
  __value__: {
    get(s) {
      const t = ta(s);
      if (t.value !== null) return t.value;
      const v = call(t.computeValue as PyValue, []);
      t.value = v;
      return v;
    },
  },
  evaluate_value: {
    get(s) {
      const t = ta(s);
      if (t.computeValue !== null) return t.computeValue;
      return new PyConstEvaluator(t.value as PyValue);
    },
  },
  __parameters__: {
    get(s) {
      const t = ta(s);
      if (t.typeParams === null) return EMPTY_TUPLE;
      return unpackTypeVarTuples(t.typeParams, "TypeAliasType.__parameters__");
    },
  },
  __type_params__: { get: (s) => ta(s).typeParams ?? EMPTY_TUPLE },
  __module__: {
    get(s) {
      const t = ta(s);
      if (t.module !== null) return t.module;
      if (t.computeValue instanceof PyFunction) return t.computeValue.module;
      return None;
    },
  },
});

defineMethods(typeAliasType, {
  __reduce__(self, args, kwnames) {
    noArgs("TypeAliasType.__reduce__", args, kwnames);
    return ta(self).name;
  },
});
