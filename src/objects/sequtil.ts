// Small helpers shared by the container types (list, tuple, dict, set, range, slice, iterators):
// index conversion as PyNumber_AsSsize_t, the repr recursion guard (Py_ReprEnter/Py_ReprLeave),
// str ordering by code point, and the hook that builds `types.GenericAlias` for __class_getitem__.
import { index, typeName } from "./abstract.ts";
import { raise, raiseTypeError } from "./errors.ts";
import * as E from "./exceptions.ts";
import type { PyObject, PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import { typeOf } from "./typeobjects.ts";

/** PY_SSIZE_T_MAX / MIN on a 64-bit build, as JS numbers (inexact, but only used for clamping). */
export const SSIZE_MAX = 2 ** 63;
export const SSIZE_MIN = -(2 ** 63);
const SSIZE_MAX_N = 9223372036854775807n;
const SSIZE_MIN_N = -9223372036854775808n;

/** True when v has __index__ (PyIndex_Check). */
export function isIndex(v: PyValue): boolean {
  const t = typeof v;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  if (t === "string") return false;
  return (v as PyObject).type.nb.nb_index !== null;
}

/**
 * PyNumber_AsSsize_t(v, exc): an int from __index__, as a JS number. An int outside the C ssize_t
 * range raises `exc` ("cannot fit 'int' into an index-sized integer"), or is clamped to
 * PY_SSIZE_T_MIN/MAX when exc is null. Ints beyond 2**53 that fit in ssize_t come back inexact,
 * which is harmless: every caller compares them with lengths far smaller.
 */
export function asSsize(v: PyValue, exc: PyType | null): number {
  if (typeof v === "number") return v;
  const i = index(v);
  if (typeof i === "number") return i;
  if (i > SSIZE_MAX_N || i < SSIZE_MIN_N) {
    if (exc === null) return i < 0n ? SSIZE_MIN : SSIZE_MAX;
    raise(exc, `cannot fit '${typeName(v)}' into an index-sized integer`);
  }
  return Number(i);
}

/** PyLong_AsSsize_t after __index__: OverflowError for ints outside ssize_t. */
export function asSsizeOverflow(v: PyValue): number {
  if (typeof v === "number") return v;
  const i = index(v);
  if (typeof i === "number") return i;
  if (i > SSIZE_MAX_N || i < SSIZE_MIN_N)
    raise(E.PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return Number(i);
}

// ---------------------------------------------------------------- repr recursion guard

const reprActive = new Set<PyValue>();

/** Py_ReprEnter: false when obj's repr is already in progress (the caller prints `[...]`). */
export function reprEnter(obj: PyValue): boolean {
  if (reprActive.has(obj)) return false;
  reprActive.add(obj);
  return true;
}

export function reprLeave(obj: PyValue): void {
  reprActive.delete(obj);
}

// ---------------------------------------------------------------- str ordering

/**
 * Three-way comparison of two JS strings by Python's rule (code point order). UTF-16 code unit
 * order agrees with it except between a surrogate (an astral character) and U+E000..U+FFFF.
 */
export function compareStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      if (x < 0xd800 && y < 0xd800) return x < y ? -1 : 1;
      // Back up to the start of a surrogate pair, then compare whole code points.
      let j = i;
      if (j > 0) {
        const p = a.charCodeAt(j - 1);
        if (p >= 0xd800 && p <= 0xdbff && ((x >= 0xdc00 && x <= 0xdfff) || (y >= 0xdc00 && y <= 0xdfff))) j--;
      }
      const cx = codePointAt(a, j);
      const cy = codePointAt(b, j);
      return cx < cy ? -1 : cx > cy ? 1 : x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return c;
}

// ---------------------------------------------------------------- __class_getitem__

/** Builds `types.GenericAlias(origin, args)`; replaced by the file that implements GenericAlias. */
export let genericAliasHook = (origin: PyType, _args: PyValue): PyValue =>
  raiseTypeError(`type '${origin.name}' is not subscriptable`);
export function setGenericAliasHook(fn: typeof genericAliasHook): void {
  genericAliasHook = fn;
}

/** The type's name as CPython's messages print it for a value. */
export function tname(v: PyValue): string {
  return typeOf(v).name;
}
