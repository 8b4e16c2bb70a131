// Compile-time constants: the parser's constant representation converted to Typhon's Python
// values (docs/architecture.md "Values"), and the keys that de-duplicate co_consts the way
// _PyCode_ConstantKey does (1, 1.0, True and -0.0 stay distinct; equal tuples share a slot).

import { PyBytes } from "../objects/bytes.ts";
import { PyCode } from "../objects/code.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyFloat } from "../objects/float.ts";
import type { PyValue } from "../objects/object.ts";
import { frozensetConstant } from "../objects/set.ts";
import { Ellipsis, None } from "../objects/singletons.ts";
import { PyTuple } from "../objects/tuple.ts";
import { ComplexValue, type ConstantValue, EllipsisValue, FloatValue } from "../parser/ast.ts";

/** The items a frozenset constant was built from, in source order (for keys and for dis). */
const frozenSetItems = new WeakMap<object, readonly PyValue[]>();

/**
 * A frozenset constant (`x in {1, 2}`), or null when it cannot be built here (hashing needs the
 * object model; the compiler then leaves the set to be built at run time).
 */
export function frozenSetConst(items: readonly PyValue[]): PyValue | null {
  try {
    const s = frozensetConstant(items);
    frozenSetItems.set(s, items);
    return s;
  } catch {
    return null;
  }
}

export function frozenSetConstItems(v: PyValue): readonly PyValue[] | undefined {
  return typeof v === "object" ? frozenSetItems.get(v) : undefined;
}

export function fromAstConstant(v: ConstantValue): PyValue {
  if (v === null) return None;
  if (v instanceof FloatValue) return new PyFloat(v.value);
  if (v instanceof ComplexValue) return new PyComplex(v.real, v.imag);
  if (v instanceof Uint8Array) return new PyBytes(v);
  if (v instanceof EllipsisValue) return Ellipsis;
  return v;
}

/** A string that identifies a constant for de-duplication (_PyCode_ConstantKey). */
export function constantKey(v: PyValue): string {
  switch (typeof v) {
    case "number":
      return `i${v}`;
    case "bigint":
      return `i${v}`;
    case "boolean":
      return v ? "T" : "F";
    case "string":
      return `s${v}`;
  }
  if (v === None) return "N";
  if (v === Ellipsis) return "E";
  if (v instanceof PyFloat) return `f${floatKey(v.value)}`;
  if (v instanceof PyComplex) return `c${floatKey(v.real)},${floatKey(v.imag)}`;
  if (v instanceof PyBytes) return `b${Array.from(v.data).join(",")}`;
  if (v instanceof PyTuple) return `t(${v.items.map(constantKey).join("|")})`;
  const fs = frozenSetConstItems(v);
  if (fs !== undefined) return `z(${fs.map(constantKey).join("|")})`;
  if (v instanceof PyCode) return `o${codeId(v)}`;
  return `o${codeId(v)}`;
}

function floatKey(x: number): string {
  if (Object.is(x, -0)) return "-0";
  return Number.isNaN(x) ? "nan" : String(x);
}

const ids = new WeakMap<object, number>();
let nextId = 0;
function codeId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

export function isConstantNone(v: PyValue): boolean {
  return v === None;
}
