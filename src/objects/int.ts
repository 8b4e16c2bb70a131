// The int type (Objects/longobject.c). An int is a JS number while it is a safe integer and a
// bigint beyond (docs/architecture.md "Values"); instances of int subclasses are PyIntSubclass
// boxes (src/objects/numeric.ts). Every operation accepts all three (and bools) through
// asIntValue, and every result is normalised: a number when safe, else a bigint, never -0.
//
// The exported arithmetic helpers (addInt, subInt, mulInt, ...) take and return IntValues and are
// what the VM's fast paths call once both operands are known to be ints.
import { call, index, typeName } from "./abstract.ts";
import { bindArgs, checkPositional, noKeywords } from "./args.ts";
import { PyBytes } from "./bytes.ts";
import { asBytesLike } from "./bytes-methods.ts";
import { defineClassMethods, defineGetSets, defineMethods } from "./descr.ts";
import {
  newException,
  raiseOverflowError,
  raiseTypeError,
  raiseValueError,
  raiseZeroDivisionError,
} from "./errors.ts";
import * as E from "./exceptions.ts";
import { PyFloat } from "./float.ts";
import { formatInt } from "./format-spec.ts";
import { hashInt } from "./hash.ts";
import {
  applyDocs,
  asIntValue,
  bitLength,
  INT_MAX_STR_DIGITS_THRESHOLD,
  type IntValue,
  intMaxStrDigits,
  intToDecimal,
  intToFloat,
  makeIntOfType,
  noArgs,
  normInt,
  numericHooks,
  oneArg,
  PyIntSubclass,
  powFloat,
  SAFE_MAX,
  setIntMaxStrDigits,
  stripPySpace,
  toAsciiDigitsAndSpaces,
  trueDivInt,
} from "./numeric.ts";
import { NUMERIC_DOCS } from "./numeric-docs.ts";
import { CompareOp, type PyValue } from "./object.ts";
import { None, NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { boolType, bytearrayType, bytesType, intType, strType, typeOf } from "./typeobjects.ts";

export {
  asIntValue,
  INT_MAX_STR_DIGITS_THRESHOLD,
  type IntValue,
  intMaxStrDigits,
  intToDecimal,
  normInt,
  PyIntSubclass,
  setIntMaxStrDigits,
} from "./numeric.ts";

// ---------------------------------------------------------------- the str conversion limit

/** sys.set_int_max_str_digits(maxdigits), with CPython's argument checks. */
export function sysSetIntMaxStrDigits(maxdigits: PyValue): void {
  const n = index(maxdigits);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648)
    raiseOverflowError("Python int too large to convert to C int");
  if (n !== 0 && n < INT_MAX_STR_DIGITS_THRESHOLD)
    raiseValueError(`maxdigits must be >= ${INT_MAX_STR_DIGITS_THRESHOLD} or 0 for unlimited`);
  setIntMaxStrDigits(n);
}

/**
 * Values for sys.int_info, sys.hash_info and sys.float_info of a 64-bit CPython 3.14 (the sys
 * module builds the struct sequences from these).
 */
export const INT_INFO = {
  bits_per_digit: 30,
  sizeof_digit: 4,
  default_max_str_digits: 4300,
  str_digits_check_threshold: INT_MAX_STR_DIGITS_THRESHOLD,
} as const;
export const HASH_INFO = {
  width: 64,
  modulus: 2305843009213693951n,
  inf: 314159,
  nan: 0,
  imag: 1000003,
  algorithm: "siphash13",
  hash_bits: 64,
  seed_bits: 128,
  cutoff: 0,
} as const;
export const FLOAT_INFO = {
  max: Number.MAX_VALUE,
  max_exp: 1024,
  max_10_exp: 308,
  min: 2.2250738585072014e-308,
  min_exp: -1021,
  min_10_exp: -307,
  dig: 15,
  mant_dig: 53,
  epsilon: Number.EPSILON,
  radix: 2,
  rounds: 1,
} as const;

// ---------------------------------------------------------------- arithmetic on IntValues

export function addInt(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r >= -SAFE_MAX && r <= SAFE_MAX) return r;
    return BigInt(a) + BigInt(b);
  }
  return normInt(BigInt(a) + BigInt(b));
}

export function subInt(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r >= -SAFE_MAX && r <= SAFE_MAX) return r;
    return BigInt(a) - BigInt(b);
  }
  return normInt(BigInt(a) - BigInt(b));
}

export function mulInt(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (r >= -SAFE_MAX && r <= SAFE_MAX) return r + 0; // + 0: no -0
    return BigInt(a) * BigInt(b);
  }
  return normInt(BigInt(a) * BigInt(b));
}

export function negInt(a: IntValue): IntValue {
  if (typeof a === "number") return 0 - a;
  return normInt(-a);
}

export function absInt(a: IntValue): IntValue {
  if (typeof a === "number") return a < 0 ? -a : a;
  return a < 0n ? -a : a;
}

export function invertInt(a: IntValue): IntValue {
  if (typeof a === "number") return -a - 1 >= -SAFE_MAX ? -a - 1 : normInt(~BigInt(a));
  return normInt(~a);
}

/** a // b */
export function floorDivInt(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raiseZeroDivisionError("division by zero");
    return Math.floor(a / b) + 0;
  }
  const x = BigInt(a);
  const y = BigInt(b);
  if (y === 0n) raiseZeroDivisionError("division by zero");
  let q = x / y;
  if (x % y !== 0n && x < 0n !== y < 0n) q -= 1n;
  return normInt(q);
}

/** a % b (result has the sign of b) */
export function modInt(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) raiseZeroDivisionError("division by zero");
    let r = a % b;
    if (r !== 0 && r < 0 !== b < 0) r += b;
    return r + 0;
  }
  const x = BigInt(a);
  const y = BigInt(b);
  if (y === 0n) raiseZeroDivisionError("division by zero");
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) r += y;
  return normInt(r);
}

export function divmodInt(a: IntValue, b: IntValue): [IntValue, IntValue] {
  return [floorDivInt(a, b), modInt(a, b)];
}

export { trueDivInt };

function tooBig(): never {
  throw newException(E.PyExc_MemoryError);
}

/** a ** b for b >= 0 (int result); for b < 0 the float result (int_pow without modulus). */
export function powInt(a: IntValue, b: IntValue): IntValue | PyFloat {
  if (b < 0) {
    const fa = intToFloat(a);
    const fb = intToFloat(b);
    if (fa === 0) raiseZeroDivisionError("zero to a negative power");
    return new PyFloat(powFloat(fa, fb));
  }
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) return 1;
    if (a === 0 || a === 1) return a;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    // Square-and-multiply in doubles while every intermediate stays exact.
    let result = 1;
    let base = a;
    let e = b;
    for (;;) {
      if (e % 2 === 1) {
        result *= base;
        if (result > SAFE_MAX || result < -SAFE_MAX) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result;
      base *= base;
      if (base > SAFE_MAX) break;
    }
  }
  const x = BigInt(a);
  if (x === 0n || x === 1n) return normInt(x);
  if (x === -1n) return BigInt(b) % 2n === 0n ? 1 : -1;
  if (typeof b === "bigint" || b * bitLength(a) > 2 ** 32) tooBig();
  try {
    return normInt(x ** BigInt(b));
  } catch (e) {
    if (e instanceof RangeError) tooBig();
    throw e;
  }
}

/** Modular inverse of a modulo m > 0, or null when gcd(a, m) != 1. */
function modInverse(a: bigint, m: bigint): bigint | null {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return null;
  return ((s0 % m) + m) % m;
}

/** pow(a, b, m) for ints. */
export function powModInt(a: IntValue, b: IntValue, m: IntValue): IntValue {
  let c = BigInt(m);
  if (c === 0n) raiseValueError("pow() 3rd argument cannot be 0");
  const negativeOutput = c < 0n;
  if (negativeOutput) c = -c;
  if (c === 1n) return 0;
  let base = BigInt(a);
  let e = BigInt(b);
  if (e < 0n) {
    const inv = modInverse(base, c);
    if (inv === null) raiseValueError("base is not invertible for the given modulus");
    base = inv;
    e = -e;
  }
  base %= c;
  if (base < 0n) base += c;
  let result = 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * base) % c;
    e >>= 1n;
    if (e > 0n) base = (base * base) % c;
  }
  if (negativeOutput && result !== 0n) result -= c;
  return normInt(result);
}

export function lshiftInt(a: IntValue, b: IntValue): IntValue {
  if (b < 0) raiseValueError("negative shift count");
  if (a === 0) return 0;
  if (typeof b === "bigint") raiseOverflowError("too many digits in integer");
  if (typeof a === "number" && b < 53) {
    const r = a * 2 ** b;
    if (r >= -SAFE_MAX && r <= SAFE_MAX) return r;
  }
  if (b > 2 ** 32) tooBig();
  try {
    return normInt(BigInt(a) << BigInt(b));
  } catch (e) {
    if (e instanceof RangeError) tooBig();
    throw e;
  }
}

export function rshiftInt(a: IntValue, b: IntValue): IntValue {
  if (b < 0) raiseValueError("negative shift count");
  if (typeof a === "number") {
    if (b >= 64) return a < 0 ? -1 : 0;
    return Math.floor(a / 2 ** (b as number)) + 0;
  }
  if (typeof b === "bigint" || b > 2 ** 32) return a < 0n ? -1 : 0;
  return normInt(a >> BigInt(b));
}

function isInt32(v: IntValue): v is number {
  return typeof v === "number" && (v | 0) === v;
}

export function andInt(a: IntValue, b: IntValue): IntValue {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(BigInt(a) & BigInt(b));
}

export function orInt(a: IntValue, b: IntValue): IntValue {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(BigInt(a) | BigInt(b));
}

export function xorInt(a: IntValue, b: IntValue): IntValue {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(BigInt(a) ^ BigInt(b));
}

/** -1, 0 or 1. Mixed number/bigint comparisons are exact in JS. */
export function compareInts(a: IntValue, b: IntValue): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareResult(c: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return c < 0;
    case CompareOp.LE:
      return c <= 0;
    case CompareOp.EQ:
      return c === 0;
    case CompareOp.NE:
      return c !== 0;
    case CompareOp.GT:
      return c > 0;
    default:
      return c >= 0;
  }
}

// ---------------------------------------------------------------- str <-> int

/** bin/oct/hex style: base 2, 8 or 16 with an optional 0b/0o/0x prefix (no length limit). */
export function intToBase(v: IntValue, base: 2 | 8 | 16, prefix: boolean): string {
  const neg = v < 0;
  const abs = neg ? (typeof v === "number" ? -v : -v) : v;
  let s = abs.toString(base);
  if (prefix) s = (base === 2 ? "0b" : base === 8 ? "0o" : "0x") + s;
  return neg ? `-${s}` : s;
}

function strLikeValue(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "object" && v.type !== strType && v.type.isSubtypeOf(strType)) {
    const value = (v as unknown as { value?: unknown }).value;
    if (typeof value === "string") return value;
  }
  return undefined;
}

function bytesLikeData(v: PyValue): Uint8Array | undefined {
  if (typeof v !== "object") return undefined;
  if (v.type.isSubtypeOf(bytesType) || v.type.isSubtypeOf(bytearrayType)) {
    const data = (v as unknown as { data?: unknown }).data;
    if (data instanceof Uint8Array) return data;
  }
  return undefined;
}

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return 99;
}

/**
 * PyLong_FromString on an ASCII-normalised string: returns the value, or null when the literal is
 * invalid (the caller raises with the original object's repr). `base` is 0 or 2..36.
 */
export function parseIntLiteral(text: string, base: number): IntValue | null {
  const s = stripPySpace(text);
  let i = 0;
  const n = s.length;
  let neg = false;
  if (i < n && (s[i] === "+" || s[i] === "-")) {
    neg = s[i] === "-";
    i++;
  }
  let underscoreAllowed = false;
  if (base === 0) {
    if (s[i] !== "0") base = 10;
    else {
      const p = s[i + 1];
      if (p === "x" || p === "X") base = 16;
      else if (p === "o" || p === "O") base = 8;
      else if (p === "b" || p === "B") base = 2;
      else {
        // "0", "00", "0_0": only zeros allowed after a leading 0 in base 0
        let j = i;
        let lastUnderscore = false;
        for (; j < n; j++) {
          if (s[j] === "0") lastUnderscore = false;
          else if (s[j] === "_" && !lastUnderscore && j > i) lastUnderscore = true;
          else return null;
        }
        if (lastUnderscore) return null;
        return 0;
      }
      i += 2;
      underscoreAllowed = true;
    }
  } else if (s[i] === "0" && n > i + 1) {
    const p = s[i + 1];
    if (
      (base === 16 && (p === "x" || p === "X")) ||
      (base === 8 && (p === "o" || p === "O")) ||
      (base === 2 && (p === "b" || p === "B"))
    ) {
      i += 2;
      underscoreAllowed = true;
    }
  }
  // digits with single underscores between them (or right after a base prefix)
  const start = i;
  let digits = "";
  let ndigits = 0;
  let prevUnderscore = false;
  for (; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 95) {
      if (prevUnderscore || (i === start && !underscoreAllowed)) return null;
      prevUnderscore = true;
      continue;
    }
    if (digitValue(ch) >= base) return null;
    prevUnderscore = false;
    ndigits++;
  }
  if (ndigits === 0 || prevUnderscore) return null;
  digits = s.slice(start).replace(/_/g, "");
  if (base & (base - 1) && intMaxStrDigits > 0 && ndigits > intMaxStrDigits) {
    raiseValueError(
      `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion: value has ${ndigits} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let v: IntValue;
  if (base === 10 && ndigits <= 15) v = Number(digits);
  else if (base === 10) v = normInt(BigInt(digits));
  else if (base === 16 || base === 8 || base === 2)
    v = normInt(BigInt((base === 16 ? "0x" : base === 8 ? "0o" : "0b") + digits));
  else if (ndigits <= 10) v = Number.parseInt(digits, base);
  else {
    let acc = 0n;
    const bb = BigInt(base);
    for (let k = 0; k < digits.length; k++) acc = acc * bb + BigInt(digitValue(digits.charCodeAt(k)));
    v = normInt(acc);
  }
  return neg ? negInt(v) : v;
}

function bytesRepr(data: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of data) {
    if (c === 39) hasSingle = true;
    if (c === 34) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = `b${q}`;
  for (const c of data) {
    if (c === 39 && q === "'") out += "\\'";
    else if (c === 92) out += "\\\\";
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c >= 127) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += String.fromCharCode(c);
  }
  return out + q;
}

function strReprForError(s: string): string {
  // repr() of the str, via the str type's repr slot when it is installed.
  const f = strType.tp_repr;
  if (f !== null) return f(s);
  return `'${s}'`;
}

/** int(s, base) for a str: the value, or ValueError with CPython's message. */
export function intFromString(s: string, base: number): IntValue {
  const v = parseIntLiteral(toAsciiDigitsAndSpaces(s), base);
  if (v === null) {
    let r = strReprForError(s);
    if (r.length > 200) r = r.slice(0, 200);
    raiseValueError(`invalid literal for int() with base ${base}: ${r}`);
  }
  return v;
}

function intFromBytes(data: Uint8Array, base: number): IntValue {
  let s = "";
  for (const c of data) s += String.fromCharCode(c);
  const v = /^[\x00-\x7f]*$/.test(s) ? parseIntLiteral(s, base) : null;
  if (v === null) {
    let r = bytesRepr(data);
    if (r.length > 200) r = r.slice(0, 200);
    raiseValueError(`invalid literal for int() with base ${base}: ${r}`);
  }
  return v;
}

/** PyNumber_Long: int(x) for one argument. */
export function toInt(x: PyValue): IntValue {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") return intFromString(x, 10);
  if (x instanceof PyIntSubclass && x.type.nb.nb_int === intType.nb.nb_int) return x.value;
  const t = x.type;
  if (t.nb.nb_int !== null) {
    const r = t.nb.nb_int(x);
    const v = asIntValue(r);
    if (v === undefined) raiseTypeError(`__int__ returned non-int (type ${typeName(r)})`);
    // a bool is a strict int subclass too (PyLong_CheckExact fails)
    if (typeof r === "object" || typeof r === "boolean")
      numericHooks.warn(
        E.PyExc_DeprecationWarning,
        `__int__ returned non-int (type ${typeName(r)}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.`,
        1,
      );
    return v;
  }
  if (t.nb.nb_index !== null) return index(x);
  const s = strLikeValue(x);
  if (s !== undefined) return intFromString(s, 10);
  // bytes, bytearray and any other buffer (memoryview, array.array)
  const data = bytesLikeData(x) ?? asBytesLike(x);
  if (data !== undefined) return intFromBytes(data, 10);
  raiseTypeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`,
  );
}

function intNew(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (type === boolType) raiseTypeError("int.__new__(bool) is not safe, use bool.__new__()");
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 2) raiseTypeError(`int expected at most 2 arguments, got ${npos}`);
  const [x, baseArg] = bindArgs("int", args, kwnames, { names: ["", "base"], required: 0, posOnly: 1 });
  let v: IntValue;
  if (baseArg === undefined) {
    v = x === undefined ? 0 : toInt(x);
  } else {
    if (x === undefined) raiseTypeError("int() missing string argument");
    const b = index(baseArg);
    if (typeof b === "bigint" || (b !== 0 && (b < 2 || b > 36)))
      raiseValueError("int() base must be >= 2 and <= 36, or 0");
    const s = strLikeValue(x);
    if (s !== undefined) v = intFromString(s, b);
    else {
      const data = bytesLikeData(x);
      if (data === undefined) raiseTypeError("int() can't convert non-string with explicit base");
      v = intFromBytes(data, b);
    }
  }
  return makeIntOfType(type, v);
}

// ---------------------------------------------------------------- slots

function iv(v: PyValue): IntValue {
  return asIntValue(v) as IntValue;
}

/** A binary int slot: NotImplemented unless both operands are ints. */
function binary(f: (a: IntValue, b: IntValue) => PyValue): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = asIntValue(a);
    if (x === undefined) return NotImplemented;
    const y = asIntValue(b);
    if (y === undefined) return NotImplemented;
    return f(x, y);
  };
}

const nb = intType.nb;
nb.nb_add = (a, b) => {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (r >= -SAFE_MAX && r <= SAFE_MAX) return r;
  }
  const x = asIntValue(a);
  if (x === undefined) return NotImplemented;
  const y = asIntValue(b);
  if (y === undefined) return NotImplemented;
  return addInt(x, y);
};
nb.nb_subtract = (a, b) => {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (r >= -SAFE_MAX && r <= SAFE_MAX) return r;
  }
  const x = asIntValue(a);
  if (x === undefined) return NotImplemented;
  const y = asIntValue(b);
  if (y === undefined) return NotImplemented;
  return subInt(x, y);
};
nb.nb_multiply = binary(mulInt);
nb.nb_floor_divide = binary(floorDivInt);
nb.nb_remainder = binary(modInt);
nb.nb_divmod = binary((a, b) => newTuple(divmodInt(a, b)));
nb.nb_true_divide = binary((a, b) => new PyFloat(trueDivInt(a, b)));
nb.nb_power = (a, b, m) => {
  const x = asIntValue(a);
  if (x === undefined) return NotImplemented;
  const y = asIntValue(b);
  if (y === undefined) return NotImplemented;
  if (m === None) return powInt(x, y);
  const z = asIntValue(m);
  if (z === undefined) return NotImplemented;
  return powModInt(x, y, z);
};
nb.nb_lshift = binary(lshiftInt);
nb.nb_rshift = binary(rshiftInt);
nb.nb_and = binary(andInt);
nb.nb_or = binary(orInt);
nb.nb_xor = binary(xorInt);
nb.nb_negative = (a) => negInt(iv(a));
nb.nb_positive = (a) => iv(a);
nb.nb_absolute = (a) => absInt(iv(a));
nb.nb_invert = (a) => invertInt(iv(a));
nb.nb_bool = (a) => iv(a) !== 0;
nb.nb_int = (a) => iv(a);
nb.nb_index = (a) => iv(a);
nb.nb_float = (a) => new PyFloat(intToFloat(iv(a)));

intType.tp_hash = (a) => hashInt(iv(a));
intType.tp_repr = (a) => intToDecimal(iv(a));
intType.tp_richcompare = (a, b, op) => {
  const x = asIntValue(a);
  const y = asIntValue(b);
  if (x === undefined || y === undefined) return NotImplemented;
  return compareResult(x < y ? -1 : x > y ? 1 : 0, op);
};
intType.tp_new = intNew;

// ---------------------------------------------------------------- methods

/** int.__round__(ndigits): round half to even at 10**-ndigits. */
export function roundInt(v: IntValue, ndigits: IntValue): IntValue {
  if (ndigits >= 0) return v;
  // -ndigits digits to remove; beyond the number's size the result is 0
  const nd = -BigInt(ndigits);
  if (nd > BigInt(bitLength(v)) + 1n) return 0;
  const p = 10n ** nd;
  const x = BigInt(v);
  let q = x / p;
  let r = x % p;
  if (r < 0n) {
    r += p;
    q -= 1n;
  }
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
  return normInt(q * p);
}

function popCount(v: IntValue): number {
  let a = typeof v === "number" ? Math.abs(v) : v < 0n ? -v : v;
  if (typeof a === "number") {
    let c = 0;
    while (a > 0) {
      let w: number = a % 0x100000000;
      a = (a - w) / 0x100000000;
      w -= (w >>> 1) & 0x55555555;
      w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
      c += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return c;
  }
  let c = 0;
  const hex = a.toString(16);
  for (let i = 0; i < hex.length; i++) {
    let d = Number.parseInt(hex[i], 16);
    while (d) {
      c += d & 1;
      d >>= 1;
    }
  }
  return c;
}

function byteorderArg(v: PyValue | undefined, fname: string): boolean {
  if (v === undefined) return false;
  if (typeof v !== "string")
    raiseTypeError(`${fname}() argument 'byteorder' must be str, not ${typeName(v)}`);
  if (v === "little") return true;
  if (v === "big") return false;
  raiseValueError("byteorder must be either 'little' or 'big'");
}

/** int.to_bytes */
export function intToBytes(v: IntValue, length: number, little: boolean, signed: boolean): Uint8Array {
  let x = BigInt(v);
  if (x < 0n && !signed) raiseOverflowError("can't convert negative int to unsigned");
  const out = new Uint8Array(length);
  const bits = BigInt(length * 8);
  if (signed) {
    const lim = length === 0 ? 0n : 1n << (bits - 1n);
    if (x >= lim || x < -lim) raiseOverflowError("int too big to convert");
    if (x < 0n) x += 1n << bits;
  } else if (x >> bits !== 0n) raiseOverflowError("int too big to convert");
  for (let i = 0; i < length; i++) {
    const byte = Number(x & 0xffn);
    x >>= 8n;
    out[little ? i : length - 1 - i] = byte;
  }
  return out;
}

/** int.from_bytes */
export function intFromByteArray(data: Uint8Array, little: boolean, signed: boolean): IntValue {
  const n = data.length;
  if (n === 0) return 0;
  let hex = "";
  for (let i = 0; i < n; i++) {
    const b = data[little ? n - 1 - i : i];
    hex += (b < 16 ? "0" : "") + b.toString(16);
  }
  let x = BigInt(`0x${hex}`);
  if (signed && data[little ? n - 1 : 0] >= 0x80) x -= 1n << BigInt(8 * n);
  return normInt(x);
}

function sizeofInt(v: IntValue): number {
  // 64-bit CPython 3.12+: 24-byte header and one 30-bit digit at least.
  const bits = bitLength(v);
  return 24 + 4 * Math.max(1, Math.ceil(bits / 30));
}

function exactInt(self: PyValue): IntValue {
  return iv(self);
}

defineMethods(intType, {
  conjugate: noArgs("int.conjugate", exactInt),
  bit_length: noArgs("int.bit_length", (self) => bitLength(iv(self))),
  bit_count: noArgs("int.bit_count", (self) => popCount(iv(self))),
  to_bytes: (self, args, kwnames) => {
    const [len, order, signed] = bindArgs("to_bytes", args, kwnames, {
      names: ["length", "byteorder", "signed"],
      required: 0,
      posOnly: 0,
      kwOnlyFrom: 2,
    });
    let length = 1;
    if (len !== undefined) {
      const l = index(len);
      if (l < 0) raiseValueError("length argument must be non-negative");
      if (typeof l === "bigint") raiseOverflowError("Python int too large to convert to C ssize_t");
      length = l;
    }
    const little = byteorderArg(order, "to_bytes");
    const isSigned = signed === undefined ? false : isTrueValue(signed);
    return new PyBytes(intToBytes(iv(self), length, little, isSigned));
  },
  as_integer_ratio: noArgs("int.as_integer_ratio", (self) => newTuple([exactInt(self), 1])),
  is_integer: noArgs("int.is_integer", () => true),
  __trunc__: noArgs("int.__trunc__", exactInt),
  __floor__: noArgs("int.__floor__", exactInt),
  __ceil__: noArgs("int.__ceil__", exactInt),
  __round__: (self, args, kw) => {
    noKeywords("int.__round__", kw);
    checkPositional("__round__", args.length, 0, 1);
    if (args.length === 0 || args[0] === None) return exactInt(self);
    return roundInt(iv(self), index(args[0]));
  },
  __getnewargs__: noArgs("int.__getnewargs__", (self) => newTuple([exactInt(self)])),
  __sizeof__: noArgs("int.__sizeof__", (self) => sizeofInt(iv(self))),
  __format__: oneArg("int.__format__", (self, spec) => {
    if (typeof spec !== "string") raiseTypeError(`__format__() argument must be str, not ${typeName(spec)}`);
    return formatInt(iv(self), spec, typeOf(self).name, self);
  }),
});

function isTrueValue(v: PyValue): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "string") return v.length > 0;
  if (typeof v === "bigint") return true;
  const f = v.type.nb.nb_bool;
  if (f !== null) return f(v);
  if (v.type.mp_length !== null) return v.type.mp_length(v) > 0;
  return true;
}

function bytesFromObject(v: PyValue): Uint8Array {
  const data = bytesLikeData(v);
  if (data !== undefined) return data;
  if (typeof v === "object" && v.type.tp_iter !== null) {
    // an iterable of ints in range(256), as bytes(iterable)
    const it = v.type.tp_iter(v);
    const next = typeOf(it).tp_iternext;
    if (next === null) raiseTypeError(`cannot convert '${typeName(v)}' object to bytes`);
    const out: number[] = [];
    for (;;) {
      const x = next(it);
      if (x === undefined) break;
      const b = index(x);
      if (b < 0 || b > 255) raiseValueError("bytes must be in range(0, 256)");
      out.push(Number(b));
    }
    return Uint8Array.from(out);
  }
  raiseTypeError(`cannot convert '${typeName(v)}' object to bytes`);
}

defineClassMethods(intType, {
  from_bytes: (cls, args, kwnames) => {
    const [bytesArg, order, signed] = bindArgs("from_bytes", args, kwnames, {
      names: ["bytes", "byteorder", "signed"],
      required: 1,
      posOnly: 0,
      kwOnlyFrom: 2,
    });
    const little = byteorderArg(order, "from_bytes");
    const isSigned = signed === undefined ? false : isTrueValue(signed);
    const v = intFromByteArray(bytesFromObject(bytesArg as PyValue), little, isSigned);
    return cls === intType ? v : call(cls, [v]);
  },
});

defineGetSets(intType, {
  real: { get: (self) => exactInt(self) },
  imag: { get: () => 0 },
  numerator: { get: (self) => exactInt(self) },
  denominator: { get: () => 1 },
});

export { intNew };

applyDocs(intType, NUMERIC_DOCS.int);
