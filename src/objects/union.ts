// typing.Union (Objects/unionobject.c): what `int | None` makes. Since 3.14, types.UnionType and
// typing.Union are this one type. Arguments are flattened and deduplicated; `X | X` is X.
import { eq, hash, isInstance, isSubclass, repr } from "./abstract.ts";
import { defineClassMethods, defineGetSets, defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import { genericAliasType } from "./genericalias.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { typeModule } from "./object-type.ts";
import { None, NotImplemented } from "./singletons.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { typeHooks } from "./type-type.ts";
import { makeBuiltinType, noneType, objectType, typeOf, typeType } from "./typeobjects.ts";

export const unionType = makeBuiltinType("typing.Union", [objectType], 0);

export class PyUnion extends PyObject {
  /** The member types, flattened and deduplicated, None as NoneType. */
  readonly args: readonly PyValue[];
  constructor(args: readonly PyValue[]) {
    super(unionType);
    this.args = args;
  }
}

function isTypeObj(v: PyValue): v is PyType {
  return typeof v === "object" && v.type.isSubtypeOf(typeType);
}

/** Names of the other objects `|` accepts (typing's generic aliases, type aliases, type variables). */
const UNIONABLE_TYPE_NAMES = new Set([
  "types.GenericAlias",
  "typing.TypeAliasType",
  "typing.TypeVar",
  "typing.ParamSpec",
  "typing.TypeVarTuple",
  "typing._GenericAlias",
]);

/** is_unionable. */
export function isUnionable(v: PyValue): boolean {
  if (v === None || isTypeObj(v) || v instanceof PyUnion) return true;
  return UNIONABLE_TYPE_NAMES.has(typeOf(v).name);
}

/** Flattens, replaces None by NoneType and deduplicates; one argument left means no union. */
export function makeUnion(items: readonly PyValue[]): PyValue {
  const out: PyValue[] = [];
  const add = (v: PyValue): void => {
    if (v instanceof PyUnion) {
      for (const a of v.args) add(a);
      return;
    }
    const x = v === None ? noneType : v;
    for (const o of out) if (o === x || eq(o, x)) return;
    out.push(x);
  };
  for (const v of items) add(v);
  if (out.length === 1) return out[0];
  return new PyUnion(out);
}

/** `a | b` for types and unions (type.__or__ / type.__ror__ and the union's own). */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!isUnionable(a) || !isUnionable(b)) return NotImplemented;
  return makeUnion([a, b]);
}

function argRepr(v: PyValue): string {
  if (v === noneType || v === None) return "None";
  if (isTypeObj(v)) {
    const mod = typeModule(v);
    if (typeof mod === "string" && mod !== "builtins") return `${mod}.${v.qualname}`;
    return v.qualname;
  }
  return repr(v);
}

function checkNotGeneric(args: readonly PyValue[], what: string): void {
  for (const a of args)
    if (!isTypeObj(a) && !(a instanceof PyUnion))
      raiseTypeError(`${what}() argument 2 cannot be a parameterized generic`);
}

unionType.tp_repr = (u) => (u as PyUnion).args.map(argRepr).join(" | ");
unionType.nb.nb_or = unionOr;
unionType.tp_hash = (u) => {
  let h = 0x345678;
  for (const a of (u as PyUnion).args) h ^= Number(BigInt.asIntN(32, BigInt(hash(a))));
  return h === -1 ? -2 : h;
};
unionType.tp_richcompare = (a, b, op) => {
  if (!(b instanceof PyUnion) || (op !== CompareOp.EQ && op !== CompareOp.NE)) return NotImplemented;
  const x = (a as PyUnion).args;
  const y = b.args;
  let same = x.length === y.length;
  if (same)
    for (const v of x) {
      if (!y.some((w) => w === v || eq(v, w))) {
        same = false;
        break;
      }
    }
  return op === CompareOp.EQ ? same : !same;
};

defineMethods(unionType, {
  __instancecheck__(self, args) {
    const u = self as PyUnion;
    checkNotGeneric(u.args, "isinstance");
    for (const a of u.args) if (isInstance(args[0], a)) return true;
    return false;
  },
  __subclasscheck__(self, args) {
    const u = self as PyUnion;
    checkNotGeneric(u.args, "issubclass");
    for (const a of u.args) if (isSubclass(args[0], a)) return true;
    return false;
  },
  __mro_entries__(_self) {
    raiseTypeError("Cannot subclass typing.Union");
  },
});
defineClassMethods(unionType, {
  __class_getitem__(_cls, args) {
    const key = args[0];
    const items = key instanceof PyTuple ? key.items : [key];
    for (const it of items)
      if (!isUnionable(it)) raiseTypeError(`Union[arg, ...]: each arg must be a type. Got ${repr(it)}.`);
    return makeUnion(items);
  },
});
defineGetSets(unionType, {
  __args__: { get: (u) => newTuple((u as PyUnion).args) },
  __parameters__: { get: () => newTuple([]) },
  __origin__: { get: () => unionType },
});
unionType.attrs.set("__module__", "typing");

typeHooks.union = unionOr;

// ga_as_number (Objects/genericaliasobject.c): `list[int] | None` makes a union too
genericAliasType.nb.nb_or = unionOr;
