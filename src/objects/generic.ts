// typing.Generic (Objects/typevarobject.c, generic_*): the base that `class C[T]: ...` adds.
// Generic.__class_getitem__ and __init_subclass__, and the Generic[T] base INTRINSIC_SUBSCRIPT_GENERIC
// makes, are typing.py functions in CPython (_generic_class_getitem, _generic_init_subclass,
// _GenericAlias). Those run whenever typing can be imported. Until the import system loads typing.py
// from the stdlib zip, TypeScript stand-ins of those functions (ports of Lib/typing.py, for
// TypeVar parameters) keep `class C[T]`, `C[int]` and `class D(C[int])` working; operations beyond
// them (ParamSpec/TypeVarTuple substitution, forward references) raise ModuleNotFoundError.
import { call, getAttr, hash, lookupAttr, repr, richCompareBool, str, typeName } from "./abstract.ts";
import { defineClassMethods, defineGetSets, defineMethods } from "./descr.ts";
import { raiseAttributeError, raiseTypeError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { PyFunction } from "./function.ts";
import { PyGenericAlias } from "./genericalias.ts";
import { PyList } from "./list.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { genericGetAttr, objectNew } from "./object-type.ts";
import { PyParamSpec } from "./paramspec.ts";
import { Ellipsis, None, NotImplemented } from "./singletons.ts";
import { newSuper } from "./super.ts";
import { EMPTY_TUPLE, newTuple, PyTuple } from "./tuple.ts";
import { PyType } from "./type.ts";
import { makeBuiltinType, noneType, objectType, typeOf } from "./typeobjects.ts";
import { PyTypeParam, PyTypeVar, typeParamHasDefault } from "./typevar.ts";
import { PyTypeVarTuple, unpackTypeVarTuples } from "./typevartuple.ts";
import { callTyping, makeUnionChecked, typeCheck, typingFallbacks, typingMissing } from "./typing-call.ts";

export const genericType = makeBuiltinType("typing.Generic");
genericType.tp_new = objectNew;
// A heap type of object's size in CPython: no layout of its own (class C(dict, Generic) is fine).
genericType.ownLayout = false;
genericType.attrs.set("__module__", "typing");

defineClassMethods(genericType, {
  __class_getitem__: (cls, args, kwnames) => callTyping("_generic_class_getitem", [cls, ...args], kwnames),
  __init_subclass__: (cls, args, kwnames) => callTyping("_generic_init_subclass", [cls, ...args], kwnames),
});

/** _Py_subscript_generic (INTRINSIC_SUBSCRIPT_GENERIC): Generic[*params], the base of `class C[T]`. */
export function subscriptGeneric(params: PyValue): PyValue {
  const p = unpackTypeVarTuples(params as PyTuple, "a class with a TypeVarTuple parameter");
  return callTyping("_GenericAlias", [genericType, p]);
}

// ---------------------------------------------------------------- stand-ins for typing.py

/** The stand-in for typing._GenericAlias (only made while typing cannot be imported). */
export const fallbackGenericAliasType = makeBuiltinType("typing._GenericAlias", [objectType], 0);

class PyFallbackGenericAlias extends PyObject {
  readonly origin: PyValue;
  readonly args: PyTuple;
  readonly parameters: PyTuple;
  constructor(origin: PyValue, args: PyTuple) {
    super(fallbackGenericAliasType);
    this.origin = origin;
    this.args = args;
    this.parameters = collectTypeParameters(args.items, true);
  }
}

function isTypeObj(v: PyValue): v is PyType {
  return v instanceof PyType;
}

/** annotationlib.type_repr, as typing's _type_repr uses it. */
function typeRepr(v: PyValue): string {
  if (v instanceof PyTuple) return `[${v.items.map(typeRepr).join(", ")}]`;
  if (isTypeObj(v) || v instanceof PyFunction) {
    const mod = getAttr(v, "__module__");
    const q = str(getAttr(v, "__qualname__"));
    return mod === "builtins" ? q : `${str(mod)}.${q}`;
  }
  if (v === Ellipsis) return "...";
  return repr(v);
}

function hasDefault(t: PyValue): boolean {
  return t instanceof PyTypeParam ? typeParamHasDefault(t) : false;
}

/** typing._collect_type_parameters (for TypeVar, ParamSpec and TypeVarTuple parameters). */
function collectTypeParameters(args: readonly PyValue[], enforceDefaultOrdering: boolean): PyTuple {
  let defaultEncountered = false;
  const out: PyValue[] = [];
  for (const t of args) {
    if (isTypeObj(t)) continue;
    if (t instanceof PyTuple) {
      for (const x of t.items)
        for (const c of collectTypeParameters([x], true).items) if (!out.includes(c)) out.push(c);
    } else if (lookupAttr(t, "__typing_subst__") !== undefined) {
      if (!out.includes(t)) {
        if (enforceDefaultOrdering) {
          if (hasDefault(t)) defaultEncountered = true;
          else if (defaultEncountered)
            raiseTypeError(
              `Type parameter ${repr(t)} without a default follows type parameter with a default`,
            );
        }
        out.push(t);
      }
    } else {
      const sub = lookupAttr(t, "__parameters__");
      if (sub instanceof PyTuple) for (const x of sub.items) if (!out.includes(x)) out.push(x);
    }
  }
  return out.length ? newTuple(out) : EMPTY_TUPLE;
}

/** typing._type_convert: None is NoneType; strings are forward references (typing.ForwardRef). */
function typeConvert(arg: PyValue): PyValue {
  if (arg === None) return noneType;
  if (typeof arg === "string") typingMissing("a string forward reference", "ForwardRef");
  return arg;
}

function gaSelf(self: PyValue): PyFallbackGenericAlias {
  if (!(self instanceof PyFallbackGenericAlias))
    raiseTypeError(`descriptor requires a 'typing._GenericAlias' object but received '${typeName(self)}'`);
  return self;
}

fallbackGenericAliasType.tp_repr = (self) => {
  const ga = gaSelf(self);
  const args = ga.args.items.length ? ga.args.items.map(typeRepr).join(", ") : "()";
  return `${typeRepr(ga.origin)}[${args}]`;
};
// _BaseGenericAlias.__getattr__: other non-dunder attributes come from the origin.
fallbackGenericAliasType.tp_getattro = (self, name) => {
  // _GenericAlias.__init__ sets __module__ to the origin's; __getattr__ gives the origin's __name__.
  if (name === "__module__") return lookupAttr((self as PyFallbackGenericAlias).origin, "__module__");
  const v = genericGetAttr(self, name);
  if (v !== undefined) return v;
  if (name === "__name__" || name === "__qualname__")
    return lookupAttr((self as PyFallbackGenericAlias).origin, "__name__");
  if (name.startsWith("__") && name.endsWith("__")) raiseAttributeError(name);
  return getAttr((self as PyFallbackGenericAlias).origin, name);
};
fallbackGenericAliasType.tp_call = (self, args, kwnames) => {
  const result = call(gaSelf(self).origin, args, kwnames);
  try {
    if (typeof result === "object") {
      const t = typeOf(result);
      if (t.tp_setattro !== null) t.tp_setattro(result, "__orig_class__", self);
    }
  } catch (e) {
    if (!(e instanceof E.PyBaseException) || !e.type.isSubtypeOf(E.PyExc_Exception)) throw e;
  }
  return result;
};
fallbackGenericAliasType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyFallbackGenericAlias) || (op !== CompareOp.EQ && op !== CompareOp.NE))
    return NotImplemented;
  const x = a as PyFallbackGenericAlias;
  const same =
    richCompareBool(x.origin, b.origin, CompareOp.EQ) && richCompareBool(x.args, b.args, CompareOp.EQ);
  return op === CompareOp.EQ ? same : !same;
};
fallbackGenericAliasType.tp_hash = (self) => hash(newTuple([gaSelf(self).origin, gaSelf(self).args]));
fallbackGenericAliasType.nb.nb_or = (a, b) => makeUnionChecked([a, b]);
fallbackGenericAliasType.mp_subscript = (self, key) => aliasSubscript(gaSelf(self), key);

defineGetSets(fallbackGenericAliasType, {
  __origin__: { get: (s) => gaSelf(s).origin },
  __args__: { get: (s) => gaSelf(s).args },
  __parameters__: { get: (s) => gaSelf(s).parameters },
});

defineMethods(fallbackGenericAliasType, {
  // _GenericAlias.__mro_entries__
  __mro_entries__(self, args) {
    const ga = gaSelf(self);
    const bases = args[0];
    if (ga.origin === genericType && bases instanceof PyTuple) {
      const i = bases.items.indexOf(self);
      for (const b of bases.items.slice(i + 1))
        if (b instanceof PyFallbackGenericAlias && b !== self) return EMPTY_TUPLE;
    }
    return newTuple([ga.origin]);
  },
  __instancecheck__() {
    raiseTypeError("Subscripted generics cannot be used with class and instance checks");
  },
  __subclasscheck__() {
    raiseTypeError("Subscripted generics cannot be used with class and instance checks");
  },
  __reduce__(self) {
    raiseAttributeError(`'typing._GenericAlias' stand-in for ${repr(self)} cannot be pickled`);
  },
});

/** typing._is_typevar_like */
function isTypeVarLike(x: PyValue): boolean {
  return x instanceof PyTypeVar || x instanceof PyParamSpec;
}

/** _GenericAlias.__getitem__ / _determine_new_args for TypeVar parameters. */
function aliasSubscript(ga: PyFallbackGenericAlias, key: PyValue): PyValue {
  if (ga.origin === genericType) raiseTypeError(`Cannot subscript already-subscripted ${repr(ga)}`);
  const params = ga.parameters.items;
  if (params.length === 0) raiseTypeError(`${repr(ga)} is not a generic class`);
  let args: PyValue = newTuple((key instanceof PyTuple ? key.items : [key]).map(typeConvert));
  for (const p of params) {
    const prepare = lookupAttr(p, "__typing_prepare_subst__");
    if (prepare !== undefined) args = call(prepare, [ga, args]);
  }
  const items = (args as PyTuple).items;
  if (items.length !== params.length)
    raiseTypeError(
      `Too ${items.length > params.length ? "many" : "few"} arguments for ${repr(ga)}; actual ${items.length}, expected ${params.length}`,
    );
  const subst = (p: PyValue): PyValue => items[params.indexOf(p)];
  const newArgs: PyValue[] = [];
  for (const old of ga.args.items) {
    if (isTypeObj(old)) {
      newArgs.push(old);
      continue;
    }
    const substfunc = lookupAttr(old, "__typing_subst__");
    if (substfunc !== undefined) {
      if (old instanceof PyTypeVarTuple) typingMissing("substituting a TypeVarTuple", "_GenericAlias");
      newArgs.push(call(substfunc, [subst(old)]));
      continue;
    }
    const sub = lookupAttr(old, "__parameters__");
    if (sub instanceof PyTuple && sub.items.length > 0) {
      const k = sub.items.map(subst);
      newArgs.push(call(getAttr(old, "__getitem__"), [newTuple(k)]));
    } else newArgs.push(old);
  }
  return new PyFallbackGenericAlias(ga.origin, newTuple(newArgs));
}

/** typing._check_generic_specialization */
function checkGenericSpecialization(cls: PyValue, nargs: number): void {
  const params = getAttr(cls, "__parameters__");
  const p = params instanceof PyTuple ? params.items : [];
  let expected = p.length;
  if (expected === 0) raiseTypeError(`${repr(cls)} is not a generic class`);
  if (nargs === expected) return;
  let expectVal = String(expected);
  if (nargs < expected) {
    if (hasDefault(p[nargs])) return;
    expected -= p.filter(hasDefault).length;
    expectVal = `at least ${expected}`;
  }
  raiseTypeError(
    `Too ${nargs > expected ? "many" : "few"} arguments for ${repr(cls)}; actual ${nargs}, expected ${expectVal}`,
  );
}

/** typing._is_param_expr */
function isParamExpr(arg: PyValue): boolean {
  return arg === Ellipsis || arg instanceof PyTuple || arg instanceof PyList || arg instanceof PyParamSpec;
}

// typing._paramspec_prepare_subst
typingFallbacks.set("_paramspec_prepare_subst", (args) => {
  const [self, alias, given] = args;
  const params = (getAttr(alias, "__parameters__") as PyTuple).items;
  const i = params.indexOf(self);
  let items = [...(given as PyTuple).items];
  if (i === items.length && hasDefault(self)) items.push(getAttr(self, "__default__"));
  if (i >= items.length) raiseTypeError(`Too few arguments for ${repr(alias)}`);
  if (params.length === 1 && !isParamExpr(items[0])) items = [newTuple(items)];
  else if (items[i] instanceof PyList) items[i] = newTuple((items[i] as PyList).items);
  return newTuple(items);
});

// typing._paramspec_subst
typingFallbacks.set("_paramspec_subst", (args) => {
  const arg = args[1];
  if (arg instanceof PyList || arg instanceof PyTuple)
    return newTuple(arg.items.map((a) => typeCheck(a, "Expected a type.")));
  if (!isParamExpr(arg))
    raiseTypeError(`Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got ${str(arg)}`);
  return arg;
});

typingFallbacks.set("_GenericAlias", (args) => new PyFallbackGenericAlias(args[0], args[1] as PyTuple));

// typing._generic_class_getitem
typingFallbacks.set("_generic_class_getitem", (args, kwnames) => {
  if (kwnames?.length) raiseTypeError("_generic_class_getitem() got an unexpected keyword argument");
  if (args.length !== 2)
    raiseTypeError(`_generic_class_getitem() takes 2 positional arguments but ${args.length} were given`);
  const cls = args[0];
  const raw = args[1];
  let params: readonly PyValue[] = (raw instanceof PyTuple ? raw.items : [raw]).map(typeConvert);
  if (cls === genericType) {
    const q = str(getAttr(cls, "__qualname__"));
    if (params.length === 0) raiseTypeError(`Parameter list to ${q}[...] cannot be empty`);
    if (!params.every(isTypeVarLike))
      raiseTypeError(
        `Parameters to ${q}[...] must all be type variables or parameter specification variables.`,
      );
    if (new Set(params).size !== params.length) raiseTypeError(`Parameters to ${q}[...] must all be unique`);
  } else {
    const clsParams = getAttr(cls, "__parameters__");
    const cp = clsParams instanceof PyTuple ? clsParams.items : [];
    let tuple: PyValue = newTuple(params);
    for (const param of cp) {
      const prepare = lookupAttr(param, "__typing_prepare_subst__");
      if (prepare !== undefined) tuple = call(prepare, [cls, tuple]);
    }
    params = (tuple as PyTuple).items;
    checkGenericSpecialization(cls, params.length);
    const out: PyValue[] = [];
    for (let i = 0; i < cp.length && i < params.length; i++) {
      if (cp[i] instanceof PyTypeVarTuple)
        typingMissing("substituting a TypeVarTuple", "_generic_class_getitem");
      out.push(params[i]);
    }
    params = out;
  }
  return new PyFallbackGenericAlias(cls, newTuple(params));
});

// typing._generic_init_subclass
typingFallbacks.set("_generic_init_subclass", (args, kwnames) => {
  const cls = args[0] as PyType;
  call(getAttr(newSuper(genericType, cls), "__init_subclass__"), args.slice(1), kwnames);
  const ns = cls.attrs;
  const orig = ns.get("__orig_bases__");
  const error =
    orig !== undefined
      ? orig instanceof PyTuple && orig.items.includes(genericType)
      : cls.bases.includes(genericType) && cls.name !== "Protocol";
  if (error) raiseTypeError("Cannot inherit from plain Generic");
  let tvars: readonly PyValue[] = [];
  if (orig instanceof PyTuple) {
    tvars = collectTypeParameters(orig.items, true).items;
    let gvars: readonly PyValue[] | null = null;
    let basename = "";
    for (const base of orig.items) {
      if (base instanceof PyFallbackGenericAlias && base.origin === genericType) {
        if (gvars !== null) raiseTypeError("Cannot inherit from Generic[...] multiple times.");
        gvars = base.parameters.items;
        basename = "Generic";
      }
    }
    if (gvars !== null) {
      const g = gvars;
      const missing = tvars.filter((t) => !g.includes(t));
      if (missing.length)
        raiseTypeError(
          `Some type variables (${missing.map((t) => str(t)).join(", ")}) are not listed in ${basename}[${g.map((t) => str(t)).join(", ")}]`,
        );
      tvars = g;
    }
  }
  cls.attrs.set("__parameters__", tvars.length ? newTuple(tvars) : EMPTY_TUPLE);
  return None;
});

// typing._type_check (without special forms: those live in typing.py)
typingFallbacks.set("_type_check", (args) => {
  const msg = args[1];
  const arg = typeConvert(args[0]);
  if (arg instanceof PyFallbackGenericAlias && arg.origin === genericType)
    raiseTypeError(`${str(arg)} is not valid as type argument`);
  if (arg === genericType) raiseTypeError(`Plain ${str(arg)} is not valid as type argument`);
  if (arg instanceof PyTuple && typeOf(arg).name === "tuple")
    raiseTypeError(`${str(msg)} Got ${repr(arg).slice(0, 100)}.`);
  return arg;
});

// typing._typevar_subst
typingFallbacks.set("_typevar_subst", (args) => {
  const arg = typeCheck(args[1], "Parameters to generic types must be types.");
  if (arg instanceof PyGenericAlias && arg.starred)
    raiseTypeError(`${str(arg)} is not valid as type argument`);
  return arg;
});
