// typing.TypeVar (Objects/typevarobject.c). The PEP 695 syntax makes them with INTRINSIC_TYPEVAR
// (bound, constraints and default evaluated lazily by the functions the compiler makes, on first
// access of __bound__/__constraints__/__default__); TypeVar('T', ...) makes them eagerly.
import { call, getAttr, isTrue, len, repr, typeName } from "./abstract.ts";
import { PyConstEvaluator } from "./constevaluator.ts";
import { defineGetSets, defineMembers, defineMethods } from "./descr.ts";
import { raiseTypeError, raiseValueError } from "./errors.ts";
import { NoDefault } from "./nodefault.ts";
import { PyObject, type PyValue } from "./object.ts";
import { genericSetAttr } from "./object-type.ts";
import { None } from "./singletons.ts";
import { EMPTY_TUPLE, newTuple, PyTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { makeBuiltinType, objectType } from "./typeobjects.ts";
import { callerModule, callTyping, makeUnionChecked, noArgs, oneArg, typeCheck } from "./typing-call.ts";

export const typeVarType = makeBuiltinType("typing.TypeVar", [objectType], 0);
typeVarType.hasInstanceDict = true;
typeVarType.hasWeakref = true;

/** The fields TypeVar, ParamSpec and TypeVarTuple share; null is CPython's NULL. */
export class PyTypeParam extends PyObject {
  readonly name: string;
  bound: PyValue | null = null;
  defaultValue: PyValue | null = null;
  evaluateDefault: PyValue | null = null;
  covariant = false;
  contravariant = false;
  inferVariance = false;
  constructor(type: PyType, name: string) {
    super(type);
    this.name = name;
  }
}

export class PyTypeVar extends PyTypeParam {
  evaluateBound: PyValue | null = null;
  constraints: PyValue | null = null;
  evaluateConstraints: PyValue | null = null;
}

function tv(self: PyValue): PyTypeVar {
  if (!(self instanceof PyTypeVar))
    raiseTypeError(`descriptor requires a 'typing.TypeVar' object but received '${typeName(self)}'`);
  return self;
}

/** _Py_make_typevar: the `class C[T: bound]` form (infer_variance, lazy bound/constraints). */
export function makeTypeVar(
  name: string,
  evaluateBound: PyValue | null,
  evaluateConstraints: PyValue | null,
) {
  const t = new PyTypeVar(typeVarType, name);
  t.evaluateBound = evaluateBound;
  t.evaluateConstraints = evaluateConstraints;
  t.inferVariance = true;
  return t;
}

/** typevar_repr (and paramspec/typevartuple): the bare name when variance is inferred, else ~T/+T/-T. */
export function typeParamRepr(self: PyValue): string {
  const p = self as PyTypeParam;
  if (p.inferVariance) return p.name;
  return (p.covariant ? "+" : p.contravariant ? "-" : "~") + p.name;
}

/** typevar_default and its twins: the value, computed once from evaluate_default. */
export function typeParamDefault(p: PyTypeParam): PyValue {
  if (p.defaultValue !== null) return p.defaultValue;
  if (p.evaluateDefault === null) return NoDefault;
  const v = call(p.evaluateDefault, []);
  p.defaultValue = v;
  return v;
}

/** *_evaluate_default getters. */
export function typeParamEvaluateDefault(p: PyTypeParam): PyValue {
  if (p.evaluateDefault !== null) return p.evaluateDefault;
  if (p.defaultValue !== null) return new PyConstEvaluator(p.defaultValue);
  return None;
}

export function typeParamHasDefault(p: PyTypeParam): boolean {
  return p.evaluateDefault !== null || (p.defaultValue !== null && p.defaultValue !== NoDefault);
}

/**
 * Argument Clinic parsing shared by the three constructors: `name` (a str), optional extra
 * positionals (TypeVar's *constraints), and keyword arguments from `keywords` with defaults.
 */
export function parseTypeParamArgs(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  varargs: boolean,
  keywords: readonly string[],
): { name: string; extra: PyValue[]; kw: Map<string, PyValue> } {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (!varargs && npos > 1) raiseTypeError(`${fname}() takes exactly 1 positional argument (${npos} given)`);
  const kw = new Map<string, PyValue>();
  let name: PyValue | undefined = npos > 0 ? args[0] : undefined;
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    const v = args[npos + i];
    if (k === "name") {
      if (name !== undefined)
        raiseTypeError(`argument for ${fname}() given by name ('name') and position (1)`);
      name = v;
    } else if (keywords.includes(k)) kw.set(k, v);
    else raiseTypeError(`${fname}() got an unexpected keyword argument '${k}'`);
  }
  if (name === undefined) raiseTypeError(`${fname}() missing required argument 'name' (pos 1)`);
  if (typeof name !== "string")
    raiseTypeError(`${fname}() argument 'name' must be str, not ${typeName(name)}`);
  return { name, extra: args.slice(1, npos), kw };
}

/** The variance flags checks of typevar_new/paramspec_new/typevartuple_impl. */
export function applyVariance(p: PyTypeParam, kw: Map<string, PyValue>): void {
  const covariant = kw.has("covariant") && isTrue(kw.get("covariant") as PyValue);
  const contravariant = kw.has("contravariant") && isTrue(kw.get("contravariant") as PyValue);
  const infer = kw.has("infer_variance") && isTrue(kw.get("infer_variance") as PyValue);
  if (covariant && contravariant) raiseValueError("Bivariant types are not supported.");
  if (infer && (covariant || contravariant))
    raiseValueError("Variance cannot be specified with infer_variance.");
  p.covariant = covariant;
  p.contravariant = contravariant;
  p.inferVariance = infer;
}

/** `bound=` of the constructors: None means none, anything else goes through typing._type_check. */
export function checkedBound(kw: Map<string, PyValue>): PyValue | null {
  const bound = kw.get("bound");
  if (bound === undefined || bound === None) return null;
  return typeCheck(bound, "Bound must be a type.");
}

/** Sets __module__ in the instance dict, as typevar_alloc does for the constructor's caller. */
export function setCallerModule(p: PyObject): void {
  const m = callerModule();
  if (m !== None) genericSetAttr(p, "__module__", m);
}

typeVarType.tp_new = (_type, args, kwnames) => {
  const { name, extra, kw } = parseTypeParamArgs("typevar", args, kwnames, true, [
    "bound",
    "default",
    "covariant",
    "contravariant",
    "infer_variance",
  ]);
  const t = new PyTypeVar(typeVarType, name);
  applyVariance(t, kw);
  const bound = checkedBound(kw);
  if (extra.length === 1) raiseTypeError("A single constraint is not allowed");
  if (extra.length > 1 && bound !== null) raiseTypeError("Constraints cannot be combined with bound=...");
  t.bound = bound;
  if (extra.length > 1) t.constraints = newTuple(extra);
  t.defaultValue = kw.get("default") ?? NoDefault;
  setCallerModule(t);
  return t;
};
typeVarType.tp_repr = typeParamRepr;
// make_union: a typing.Union of the two (strings are forward references, through typing).
typeVarType.nb.nb_or = (a, b) => makeUnionChecked([a, b]);

defineMembers(typeVarType, {
  __name__: { get: (s) => tv(s).name },
  __covariant__: { get: (s) => tv(s).covariant },
  __contravariant__: { get: (s) => tv(s).contravariant },
  __infer_variance__: { get: (s) => tv(s).inferVariance },
});

defineGetSets(typeVarType, {
  __bound__: {
    get(s) {
      const t = tv(s);
      if (t.bound !== null) return t.bound;
      if (t.evaluateBound === null) return None;
      const v = call(t.evaluateBound, []);
      t.bound = v;
      return v;
    },
  },
  __constraints__: {
    get(s) {
      const t = tv(s);
      if (t.constraints !== null) return t.constraints;
      if (t.evaluateConstraints === null) return EMPTY_TUPLE;
      const v = call(t.evaluateConstraints, []);
      t.constraints = v;
      return v;
    },
  },
  __default__: { get: (s) => typeParamDefault(tv(s)) },
  evaluate_bound: {
    get(s) {
      const t = tv(s);
      if (t.evaluateBound !== null) return t.evaluateBound;
      if (t.bound !== null) return new PyConstEvaluator(t.bound);
      return None;
    },
  },
  evaluate_constraints: {
    get(s) {
      const t = tv(s);
      if (t.evaluateConstraints !== null) return t.evaluateConstraints;
      if (t.constraints !== null) return new PyConstEvaluator(t.constraints);
      return None;
    },
  },
  evaluate_default: { get: (s) => typeParamEvaluateDefault(tv(s)) },
});

defineMethods(typeVarType, {
  __typing_subst__(self, args, kwnames) {
    return callTyping("_typevar_subst", [self, oneArg("TypeVar.__typing_subst__", args, kwnames)]);
  },
  __typing_prepare_subst__(self, args) {
    if (args.length !== 2)
      raiseTypeError(`__typing_prepare_subst__ expected 2 arguments, got ${args.length}`);
    return typeVarPrepareSubst(tv(self), args[0], args[1]);
  },
  __reduce__(self, args, kwnames) {
    noArgs("TypeVar.__reduce__", args, kwnames);
    return tv(self).name;
  },
  has_default(self, args, kwnames) {
    noArgs("TypeVar.has_default", args, kwnames);
    return typeParamHasDefault(tv(self));
  },
  __mro_entries__() {
    raiseTypeError("Cannot subclass an instance of TypeVar");
  },
});

/** typevar_typing_prepare_subst: fills in this TypeVar's default when its argument is missing. */
export function typeVarPrepareSubst(self: PyTypeVar, alias: PyValue, args: PyValue): PyValue {
  const params = getAttr(alias, "__parameters__");
  const items = params instanceof PyTuple ? params.items : null;
  const i = items === null ? -1 : items.indexOf(self);
  if (i < 0) raiseValueError("tuple.index(x): x not in tuple");
  const argsLen = len(args);
  if (i < argsLen) return args;
  if (i === argsLen) {
    const dflt = typeParamDefault(self);
    if (dflt !== NoDefault) {
      const before = args instanceof PyTuple ? args.items : [];
      return newTuple([...before, dflt]);
    }
  }
  raiseTypeError(`Too few arguments for ${repr(alias)}; actual ${argsLen}, expected at least ${i + 1}`);
}

typeVarType.attrs.set("__module__", "typing");
