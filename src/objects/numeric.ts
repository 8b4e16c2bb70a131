// Numeric primitives shared by int.ts, bool.ts, float-methods.ts, complex-methods.ts and
// format-spec.ts (so those files need not import each other): the int subclass box, int
// normalisation, exact int <-> float conversions and comparisons, correctly rounded int/int
// division (Objects/longobject.c: long_true_divide), float pow (Objects/floatobject.c:
// float_pow) and the Unicode-digit normalisation used by int() and float().
import { type MethodFn, PyClassMethodDescr, PyGetSetDescriptor, PyMethodDescriptor } from "./descr.ts";
import {
  newException,
  raiseOverflowError,
  raiseTypeError,
  raiseValueError,
  raiseZeroDivisionError,
} from "./errors.ts";
import * as E from "./exceptions.ts";
import { PyFloat } from "./float.ts";
import { accuratePow, fastPow } from "./libm.ts";
import { PyObject, type PyValue } from "./object.ts";
import type { PyType } from "./type.ts";
import { intType } from "./typeobjects.ts";

/**
 * Warnings raised by the numeric types (e.g. ~True's DeprecationWarning). A no-op until the
 * warnings machinery installs `numericHooks.warn` (PyErr_WarnEx: category, message, stacklevel).
 */
export const numericHooks = {
  warn: (_category: PyType, _message: string, _stacklevel: number): void => {},
};

/** A Python int's value: a safe-integer number, or a bigint outside the safe range. */
export type IntValue = number | bigint;

export const SAFE_MAX = Number.MAX_SAFE_INTEGER;
const SAFE_MAX_BIG = BigInt(SAFE_MAX);

/**
 * An instance of a Python subclass of int (`class MyInt(int)`): carries the value. Exact ints
 * are never boxed (they are JS numbers and bigints).
 */
export class PyIntSubclass extends PyObject {
  readonly value: IntValue;
  constructor(value: IntValue, type: PyType) {
    super(type);
    this.value = value;
  }
}

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function asIntValue(v: PyValue): IntValue | undefined {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyIntSubclass) return v.value;
  return undefined;
}

/** True for int, bool and int subclass instances (PyLong_Check). */
export function isInt(v: PyValue): boolean {
  return (
    typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || v instanceof PyIntSubclass
  );
}

/** A bigint result as a Python int: a number when it is a safe integer. */
export function normInt(b: bigint): IntValue {
  return b >= -SAFE_MAX_BIG && b <= SAFE_MAX_BIG ? Number(b) : b;
}

/** An integral JS number (maybe beyond the safe range) as a Python int. */
export function intFromIntegralNumber(x: number): IntValue {
  if (x >= -SAFE_MAX && x <= SAFE_MAX) return x + 0; // + 0 turns -0 into 0
  return BigInt(x);
}

/** Boxes a value for an int subclass, or returns the plain int for `int` itself. */
export function makeIntOfType(type: PyType, v: IntValue): PyValue {
  return type === intType ? v : new PyIntSubclass(v, type);
}

/** PyLong_AsDouble: the nearest float (ties to even); OverflowError when out of range. */
export function intToFloat(v: IntValue): number {
  if (typeof v === "number") return v;
  const f = Number(v);
  if (f === Infinity || f === -Infinity) raiseOverflowError("int too large to convert to float");
  return f;
}

/** Number of bits of |v| (int.bit_length). */
export function bitLength(v: IntValue): number {
  if (typeof v === "number") {
    let a = v < 0 ? -v : v;
    if (a < 0x80000000) return 32 - Math.clz32(a);
    let n = 0;
    while (a >= 0x100000000) {
      a = Math.floor(a / 0x100000000);
      n += 32;
    }
    return n + 32 - Math.clz32(a);
  }
  const a = v < 0n ? -v : v;
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(Number.parseInt(hex[0], 16)));
}

// ---------------------------------------------------------------- int/float comparison

/**
 * Compares an int with a float exactly (float_richcompare's int branch): -1, 0, 1, or NaN when
 * the float is nan (every comparison but != is false).
 */
export function compareIntFloat(i: IntValue, f: number): number {
  if (Number.isNaN(f)) return Number.NaN;
  if (typeof i === "number") return i < f ? -1 : i > f ? 1 : 0;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const b = BigInt(fl);
  if (i < b) return -1;
  if (i > b) return 1;
  return fl === f ? 0 : -1; // i == floor(f) < f
}

// ---------------------------------------------------------------- int / int

function ldexp(x: number, e: number): number {
  // Exact scaling by 2**e in two steps, so that neither factor over- or underflows by itself.
  const e1 = Math.trunc(e / 2);
  return x * 2 ** e1 * 2 ** (e - e1);
}

/** Correctly rounded int/int (long_true_divide). */
export function trueDivInt(a: IntValue, b: IntValue): number {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raiseZeroDivisionError("division by zero");
    return a / b; // both exact doubles: IEEE division is correctly rounded
  }
  let x = BigInt(a);
  let y = BigInt(b);
  if (y === 0n) raiseZeroDivisionError("division by zero");
  const negate = x < 0n !== y < 0n;
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  if (x === 0n) return negate ? -0 : 0;
  // Both fit in a double's mantissa: one correctly rounded division.
  if (x <= 2n ** 53n && y <= 2n ** 53n) {
    const r = Number(x) / Number(y);
    return negate ? -r : r;
  }
  const DBL_MANT_DIG = 53;
  const DBL_MAX_EXP = 1024;
  const DBL_MIN_EXP = -1021;
  const aBits = bitLength(x);
  const bBits = bitLength(y);
  const diff = aBits - bBits;
  if (diff > DBL_MAX_EXP) raiseOverflowError("integer division result too large for a float");
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return negate ? -0 : 0;
  const shift = Math.max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  let inexact = false;
  let n: bigint;
  if (shift <= 0) n = x << BigInt(-shift);
  else {
    const s = BigInt(shift);
    n = x >> s;
    if ((x & ((1n << s) - 1n)) !== 0n) inexact = true;
  }
  let q = n / y;
  if (q * y !== n) inexact = true;
  const xBits = bitLength(q);
  const extraBits = Math.max(xBits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  const mask = 1n << BigInt(extraBits - 1);
  const low = (q & (4n * mask - 1n)) | (inexact ? 1n : 0n);
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) q += mask;
  q &= ~(2n * mask - 1n);
  const dx = Number(q);
  if (shift + xBits >= DBL_MAX_EXP && (shift + xBits > DBL_MAX_EXP || dx === 2 ** xBits))
    raiseOverflowError("integer division result too large for a float");
  const r = ldexp(dx, shift);
  if (r === Infinity) raiseOverflowError("integer division result too large for a float");
  return negate ? -r : r;
}

// ---------------------------------------------------------------- float pow

/** x ** n for an integral n, computed exactly and rounded once (what a correctly rounded pow gives). */
function powIntegral(x: number, n: number): number {
  if (n === 0) return 1;
  if (n === 1) return x;
  if (n === 2) return x * x;
  if (n === -1) return 1 / x;
  const approx = accuratePow(Math.abs(x), n, x < 0 && Math.abs(n) % 2 === 1);
  if (approx === 0 || !Number.isFinite(approx)) {
    // Far out of range: the rounding direction cannot matter except right at the edges.
    const lg = Math.abs(n) * Math.log2(Math.abs(x));
    if (Math.abs(lg) > 1200) return approx;
  }
  // x = m * 2**e with m an odd integer.
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2 ** 32;
    e -= 32;
  }
  let mb = BigInt(m);
  while ((mb & 1n) === 0n) {
    mb >>= 1n;
    e += 1;
  }
  const neg = x < 0 && Math.abs(n) % 2 === 1;
  const k = Math.abs(n);
  // Guard against enormous exact powers (e.g. 1.0000001 ** 100000): fall back to pow.
  if (bitLength(normInt(mb)) * k > 200000) return approx;
  const p = mb ** BigInt(k);
  let r: number;
  // value = p * 2**(e*k) for n > 0, 1 / (p * 2**(e*k)) for n < 0
  if (n > 0) r = scaledToFloat(p, 1n, e * k);
  else r = scaledToFloat(1n, p, -e * k);
  return neg ? -r : r;
}

/** Correctly rounded num/den * 2**exp for positive bigints (inf on overflow, 0 on underflow). */
function scaledToFloat(num: bigint, den: bigint, exp: number): number {
  // Fold the power of two into the numerator or denominator, then divide with correct rounding.
  try {
    if (exp >= 0) return trueDivInt(normInt(num << BigInt(exp)), normInt(den));
    return trueDivInt(normInt(num), normInt(den << BigInt(-exp)));
  } catch (e) {
    if (e instanceof E.PyBaseException && e.type === E.PyExc_OverflowError) return Infinity;
    throw e;
  }
}

/** float ** float as float_pow (Objects/floatobject.c), for the two-argument form. */
export function powFloat(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const av = Math.abs(iv);
    if (av === 1.0) return 1.0;
    if (iw > 0 === av > 1.0) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const iwIsOdd = Number.isInteger(iw) && Math.abs(iw) % 2 === 1;
    if (iw > 0) return iwIsOdd ? iv : Math.abs(iv);
    return iwIsOdd ? (iv > 0 ? 0 : -0) : 0.0;
  }
  if (iv === 0) {
    const iwIsOdd = Number.isInteger(iw) && Math.abs(iw) % 2 === 1;
    if (iw < 0) raiseZeroDivisionError("zero to a negative power");
    return iwIsOdd ? iv : 0.0;
  }
  let negateResult = false;
  if (iv < 0) {
    if (!Number.isInteger(iw)) return Number.NaN; // caller turns this into a complex power
    iv = -iv;
    negateResult = Math.abs(iw) % 2 === 1;
  }
  if (iv === 1.0) return negateResult ? -1.0 : 1.0;
  if (iw <= 8 && iw >= -8 && iw !== 2 && iw !== 1 && iw !== -1 && 2 * iw === Math.trunc(2 * iw)) {
    const r = fastPow(iv, iw);
    if (!Number.isNaN(r)) return negateResult ? -r : r;
  }
  let ix: number;
  if (Number.isInteger(iw) && Math.abs(iw) <= 2 ** 31) {
    ix = powIntegral(iv, iw);
    if (negateResult) ix = -ix;
  } else ix = accuratePow(iv, iw, negateResult);
  if (!Number.isFinite(ix)) throw newException(E.PyExc_OverflowError, 34, "Numerical result out of range");
  return ix;
}

/** Wraps a JS number as a Python float. */
export function newFloat(x: number): PyFloat {
  return new PyFloat(x);
}

// ---------------------------------------------------------------- Unicode digits and spaces

/**
 * Value of a Unicode decimal digit (category Nd), or -1. Nd characters come in runs of ten,
 * 0 to 9, so the value is the distance to the start of the run modulo 10.
 */
const ND = /\p{Nd}/u;
export function unicodeDigitValue(cp: number): number {
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (cp < 128) return -1;
  if (!ND.test(String.fromCodePoint(cp))) return -1;
  let start = cp;
  while (start > 0 && ND.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** Py_UNICODE_ISSPACE */
export function isPySpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become ASCII digits and
 * Unicode spaces become ' '; any other non-ASCII character becomes '?' (so it fails to parse).
 */
export function toAsciiDigitsAndSpaces(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 128) out += ch;
    else if (isPySpace(c)) out += " ";
    else {
      const d = unicodeDigitValue(c);
      out += d >= 0 ? String.fromCharCode(48 + d) : "?";
    }
  }
  return out;
}

/** Strips Python whitespace from both ends. */
export function stripPySpace(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && isPySpace(s.charCodeAt(i))) i++;
  while (j > i && isPySpace(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

export function raiseValue(msg: string): never {
  return raiseValueError(msg);
}

// ---------------------------------------------------------------- method argument checks

/** A METH_NOARGS method: CPython's messages name it by its qualified name (e.g. "int.bit_length"). */
export function noArgs(qualname: string, fn: (self: PyValue) => PyValue): MethodFn {
  return (self, args, kw) => {
    if (kw !== null && kw.length > 0) raiseTypeError(`${qualname}() takes no keyword arguments`);
    if (args.length !== 0) raiseTypeError(`${qualname}() takes no arguments (${args.length} given)`);
    return fn(self);
  };
}

/** A METH_O method. */
export function oneArg(qualname: string, fn: (self: PyValue, arg: PyValue) => PyValue): MethodFn {
  return (self, args, kw) => {
    if (kw !== null && kw.length > 0) raiseTypeError(`${qualname}() takes no keyword arguments`);
    if (args.length !== 1) raiseTypeError(`${qualname}() takes exactly one argument (${args.length} given)`);
    return fn(self, args[0]);
  };
}

/** Sets a type's __doc__ and the docstrings of its methods and attributes (numeric-docs.ts). */
export function applyDocs(type: PyType, docs: Record<string, string>): void {
  for (const name of Object.keys(docs)) {
    const doc = docs[name];
    if (name === "__doc__") {
      type.attrs.set("__doc__", doc);
      continue;
    }
    const d = type.attrs.get(name);
    if (d instanceof PyMethodDescriptor)
      type.attrs.set(name, new PyMethodDescriptor(d.owner, d.name, d.fn, doc));
    else if (d instanceof PyClassMethodDescr)
      type.attrs.set(name, new PyClassMethodDescr(d.owner, d.name, d.fn, doc));
    else if (d instanceof PyGetSetDescriptor)
      type.attrs.set(name, new PyGetSetDescriptor(d.owner, d.name, d.get, d.set, doc));
  }
}

// ---------------------------------------------------------------- the str conversion limit

/** sys.get_int_max_str_digits() (0 = no limit); sys.set_int_max_str_digits sets it. */
export let intMaxStrDigits = 4300;
/** The smallest allowed nonzero limit (sys.int_info.str_digits_check_threshold). */
export const INT_MAX_STR_DIGITS_THRESHOLD = 640;
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
}

function digitLimitError(): never {
  raiseValueError(
    `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
  );
}

/** str(int) / repr(int), with the integer string conversion length limit. */
export function intToDecimal(v: IntValue): string {
  if (typeof v === "number") return String(v);
  const limit = intMaxStrDigits;
  if (limit > 0) {
    const bits = bitLength(v);
    // 2**bits > |v| >= 2**(bits-1): digits >= floor((bits-1) * log10(2)) + 1
    if (Math.floor((bits - 1) * Math.LOG10E * Math.LN2) + 1 > limit + 1) digitLimitError();
    const s = v.toString();
    if (s.length - (v < 0n ? 1 : 0) > limit) digitLimitError();
    return s;
  }
  return v.toString();
}
