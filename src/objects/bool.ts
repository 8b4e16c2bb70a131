// The bool type (Objects/boolobject.c). True and False are JS true/false (docs/architecture.md
// "Values"). bool is a final subclass of int: it inherits int's behaviour (its slots are copied
// here, since builtin shells do not inherit slots by themselves) except for repr and &, |, ^,
// which return a bool when both operands are bools.
import { isTrue } from "./abstract.ts";
import { checkPositional, noKeywords } from "./args.ts";
import "./int.ts";
import { PyExc_DeprecationWarning } from "./exceptions.ts";
import { andInt, orInt, xorInt } from "./int.ts";
import { applyDocs, asIntValue, numericHooks } from "./numeric.ts";
import { NUMERIC_DOCS } from "./numeric-docs.ts";
import { NotImplemented } from "./singletons.ts";
import type { NumberSlots } from "./type.ts";
import { boolType, intType } from "./typeobjects.ts";

export function boolRepr(v: boolean): string {
  return v ? "True" : "False";
}

boolType.tp_repr = (v) => boolRepr(v as boolean);
boolType.tp_new = (_type, args, kwnames) => {
  noKeywords("bool", kwnames);
  checkPositional("bool", args.length, 0, 1);
  return args.length === 0 ? false : isTrue(args[0]);
};

const nb = boolType.nb;
nb.nb_and = (a, b) => {
  if (typeof a === "boolean" && typeof b === "boolean") return a && b;
  const x = asIntValue(a);
  const y = asIntValue(b);
  if (x === undefined || y === undefined) return NotImplemented;
  return andInt(x, y);
};
nb.nb_or = (a, b) => {
  if (typeof a === "boolean" && typeof b === "boolean") return a || b;
  const x = asIntValue(a);
  const y = asIntValue(b);
  if (x === undefined || y === undefined) return NotImplemented;
  return orInt(x, y);
};
nb.nb_xor = (a, b) => {
  if (typeof a === "boolean" && typeof b === "boolean") return a !== b;
  const x = asIntValue(a);
  const y = asIntValue(b);
  if (x === undefined || y === undefined) return NotImplemented;
  return xorInt(x, y);
};
// ~True: in 3.14 the int inversion (-2), with a DeprecationWarning.
nb.nb_invert = (a) => {
  numericHooks.warn(
    PyExc_DeprecationWarning,
    "Bitwise inversion '~' on bool is deprecated and will be removed in Python 3.16. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.",
    1,
  );
  return a === true ? -2 : -1;
};

// Inherit the rest of int's slots.
for (const k of Object.keys(intType.nb) as (keyof NumberSlots)[]) {
  if (nb[k] === null) (nb as unknown as Record<string, unknown>)[k] = intType.nb[k];
}
if (boolType.tp_hash === null) boolType.tp_hash = intType.tp_hash;
if (boolType.tp_richcompare === null) boolType.tp_richcompare = intType.tp_richcompare;

applyDocs(boolType, NUMERIC_DOCS.bool);
