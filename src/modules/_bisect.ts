// The `_bisect` module (Modules/_bisectmodule.c, CPython 3.14): bisect_left/right and
// insort_left/right with lo, hi and key=, probing in CPython's order.
import { call, callMethod, getItem, index, len, richCompareBool, typeName } from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { raiseTypeError, raiseValueError } from "../objects/errors.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import { CompareOp, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { listType, typeOf } from "../objects/typeobjects.ts";
import { addFunction, newBuiltinModule } from "./modutil.ts";

type Kw = readonly string[] | null;

/** Py_ssize_t(accept={int, NoneType}) for hi, plain Py_ssize_t for lo. */
function ssize(v: PyValue, noneOk: boolean): number {
  const t = typeOf(v);
  if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean" && t.nb.nb_index === null) {
    if (noneOk) raiseTypeError(`argument should be integer or None, not '${typeName(v)}'`);
    raiseTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  const n = index(v);
  return typeof n === "bigint" ? (n < 0n ? -(2 ** 63) : 2 ** 63) : n;
}

function parse(fname: string, args: PyValue[], kw: Kw): [PyValue, PyValue, number, number, PyValue] {
  const [a, x, lo, hi, key] = bindArgs(fname, args, kw, {
    names: ["a", "x", "lo", "hi", "key"],
    required: 2,
    posOnly: 0,
    kwOnlyFrom: 4,
  });
  const lov = lo === undefined ? 0 : ssize(lo, false);
  const hiv = hi === undefined || hi === None ? -1 : ssize(hi, true);
  return [a as PyValue, x as PyValue, lov, hiv, key === undefined ? None : key];
}

function itemAt(a: PyValue, i: number): PyValue {
  if (a instanceof PyList && a.type === listType) {
    if (i < a.items.length) return a.items[i];
  }
  return getItem(a, i);
}

function bisectRight(a: PyValue, x: PyValue, lo: number, hi: number, key: PyValue): number {
  if (lo < 0) raiseValueError("lo must be non-negative");
  if (hi === -1) hi = len(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let litem = itemAt(a, mid);
    if (key !== None) litem = call(key, [litem]);
    if (richCompareBool(x, litem, CompareOp.LT)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bisectLeft(a: PyValue, x: PyValue, lo: number, hi: number, key: PyValue): number {
  if (lo < 0) raiseValueError("lo must be non-negative");
  if (hi === -1) hi = len(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let litem = itemAt(a, mid);
    if (key !== None) litem = call(key, [litem]);
    if (richCompareBool(litem, x, CompareOp.LT)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insort(a: PyValue, x: PyValue, i: number): void {
  if (a instanceof PyList && a.type === listType) a.items.splice(i, 0, x);
  else callMethod(a, "insert", [i, x]);
}

export function createBisectModule(): PyModule {
  const m = newBuiltinModule(
    "_bisect",
    "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n",
  );
  addFunction(m, "bisect_right", (args, kw) => {
    const [a, x, lo, hi, key] = parse("bisect_right", args, kw);
    return bisectRight(a, x, lo, hi, key);
  });
  addFunction(m, "bisect_left", (args, kw) => {
    const [a, x, lo, hi, key] = parse("bisect_left", args, kw);
    return bisectLeft(a, x, lo, hi, key);
  });
  addFunction(m, "insort_right", (args, kw) => {
    const [a, x, lo, hi, key] = parse("insort_right", args, kw);
    insort(a, x, bisectRight(a, key === None ? x : call(key, [x]), lo, hi, key));
    return None;
  });
  addFunction(m, "insort_left", (args, kw) => {
    const [a, x, lo, hi, key] = parse("insort_left", args, kw);
    insort(a, x, bisectLeft(a, key === None ? x : call(key, [x]), lo, hi, key));
    return None;
  });
  return m;
}
