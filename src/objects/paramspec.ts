// typing.ParamSpec (Objects/typevarobject.c), the `**P` type parameter. P.args and P.kwargs are
// typing.ParamSpecArgs / typing.ParamSpecKwargs (src/objects/paramspec-attr.ts).
import { typeName } from "./abstract.ts";
import { defineGetSets, defineMembers, defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import { NoDefault } from "./nodefault.ts";
import type { PyValue } from "./object.ts";
import { newParamSpecAttr, paramSpecArgsType, paramSpecKwargsType } from "./paramspec-attr.ts";
import { None } from "./singletons.ts";
import { makeBuiltinType, objectType } from "./typeobjects.ts";
import {
  applyVariance,
  PyTypeParam,
  parseTypeParamArgs,
  setCallerModule,
  typeParamDefault,
  typeParamEvaluateDefault,
  typeParamHasDefault,
  typeParamRepr,
} from "./typevar.ts";
import { callTyping, makeUnionChecked, noArgs, oneArg, typeCheck } from "./typing-call.ts";

export const paramSpecType = makeBuiltinType("typing.ParamSpec", [objectType], 0);
paramSpecType.hasInstanceDict = true;
paramSpecType.hasWeakref = true;

export class PyParamSpec extends PyTypeParam {}

function ps(self: PyValue): PyParamSpec {
  if (!(self instanceof PyParamSpec))
    raiseTypeError(`descriptor requires a 'typing.ParamSpec' object but received '${typeName(self)}'`);
  return self;
}

/** _Py_make_paramspec (INTRINSIC_PARAMSPEC). */
export function makeParamSpec(name: string): PyParamSpec {
  const p = new PyParamSpec(paramSpecType, name);
  p.inferVariance = true;
  return p;
}

paramSpecType.tp_new = (_type, args, kwnames) => {
  const { name, kw } = parseTypeParamArgs("paramspec", args, kwnames, false, [
    "bound",
    "default",
    "covariant",
    "contravariant",
    "infer_variance",
  ]);
  const p = new PyParamSpec(paramSpecType, name);
  applyVariance(p, kw);
  // Unlike TypeVar's, ParamSpec's bound=None goes through type_check too (NoneType).
  p.bound = typeCheck(kw.get("bound") ?? None, "Bound must be a type.");
  p.defaultValue = kw.get("default") ?? NoDefault;
  setCallerModule(p);
  return p;
};
paramSpecType.tp_repr = typeParamRepr;
// Unions of ParamSpecs have no defined meaning, but CPython allows them.
paramSpecType.nb.nb_or = (a, b) => makeUnionChecked([a, b]);

defineMembers(paramSpecType, {
  __name__: { get: (s) => ps(s).name },
  __bound__: { get: (s) => ps(s).bound ?? None },
  __covariant__: { get: (s) => ps(s).covariant },
  __contravariant__: { get: (s) => ps(s).contravariant },
  __infer_variance__: { get: (s) => ps(s).inferVariance },
});

defineGetSets(paramSpecType, {
  args: { get: (s) => newParamSpecAttr(paramSpecArgsType, ps(s)) },
  kwargs: { get: (s) => newParamSpecAttr(paramSpecKwargsType, ps(s)) },
  __default__: { get: (s) => typeParamDefault(ps(s)) },
  evaluate_default: { get: (s) => typeParamEvaluateDefault(ps(s)) },
});

defineMethods(paramSpecType, {
  __typing_subst__(self, args, kwnames) {
    return callTyping("_paramspec_subst", [self, oneArg("ParamSpec.__typing_subst__", args, kwnames)]);
  },
  __typing_prepare_subst__(self, args) {
    if (args.length !== 2)
      raiseTypeError(`__typing_prepare_subst__ expected 2 arguments, got ${args.length}`);
    return callTyping("_paramspec_prepare_subst", [self, args[0], args[1]]);
  },
  has_default(self, args, kwnames) {
    noArgs("ParamSpec.has_default", args, kwnames);
    return typeParamHasDefault(ps(self));
  },
  __reduce__(self, args, kwnames) {
    noArgs("ParamSpec.__reduce__", args, kwnames);
    return ps(self).name;
  },
  __mro_entries__() {
    raiseTypeError("Cannot subclass an instance of ParamSpec");
  },
});

paramSpecType.attrs.set("__module__", "typing");
