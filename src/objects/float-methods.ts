// The float type's behaviour (Objects/floatobject.c, Python/pystrtod.c): slots, methods, float()
// construction and parsing. The PyFloat layout is in float.ts; formatting in format-spec.ts.
import { call, index, typeName } from "./abstract.ts";
import { checkPositional, noKeywords } from "./args.ts";
import { asBytesLike } from "./bytes-methods.ts";
import { PyComplex } from "./complex.ts";
import { complexPowValues } from "./complex-methods.ts";
import { defineClassMethods, defineGetSets, defineMethods } from "./descr.ts";
import { raiseOverflowError, raiseTypeError, raiseValueError, raiseZeroDivisionError } from "./errors.ts";
import { PyExc_DeprecationWarning } from "./exceptions.ts";
import { PyFloat } from "./float.ts";
import { floatRepr, formatFloat, roundedDecimalDigits } from "./format-spec.ts";
import { hashFloat } from "./hash.ts";
import {
  applyDocs,
  asIntValue,
  compareIntFloat,
  type IntValue,
  intFromIntegralNumber,
  intToFloat,
  noArgs,
  normInt,
  numericHooks,
  oneArg,
  powFloat,
  stripPySpace,
  toAsciiDigitsAndSpaces,
  trueDivInt,
} from "./numeric.ts";
import { NUMERIC_DOCS } from "./numeric-docs.ts";
import { CompareOp, type PyValue } from "./object.ts";
import { None, NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { bytearrayType, bytesType, floatType, strType } from "./typeobjects.ts";

export { floatRepr };

/** The double of a float, int or bool (CONVERT_TO_DOUBLE); undefined for other types. */
export function asDouble(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const i = asIntValue(v);
  if (i === undefined) return undefined;
  return intToFloat(i);
}

// ---------------------------------------------------------------- arithmetic on doubles

/** float % float (float_rem) */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) raiseZeroDivisionError("division by zero");
  let mod = vx % wx;
  if (mod !== 0) {
    // (a nan is "true" here, as in C)
    if (wx < 0 !== mod < 0) mod += wx;
  } else mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  return mod;
}

/** divmod(float, float) (_float_div_mod) */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) raiseZeroDivisionError("division by zero");
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = wx < 0 || Object.is(wx, -0) ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

export function floatFloorDiv(vx: number, wx: number): number {
  return floatDivmod(vx, wx)[0];
}

export function floatTrueDiv(vx: number, wx: number): number {
  if (wx === 0) raiseZeroDivisionError("division by zero");
  return vx / wx;
}

/** float ** float, with a complex result for a negative base and a fractional exponent. */
export function floatPowValue(vx: number, wx: number): PyValue {
  if (vx < 0 && Number.isFinite(vx) && Number.isFinite(wx) && !Number.isInteger(wx)) {
    const [re, im] = complexPowValues(vx, 0, wx, 0);
    return new PyComplex(re, im);
  }
  return new PyFloat(powFloat(vx, wx));
}

/** float -> int by truncation, with CPython's errors for inf and nan. */
export function floatToInt(x: number): IntValue {
  if (Number.isNaN(x)) raiseValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raiseOverflowError("cannot convert float infinity to integer");
  return intFromIntegralNumber(Math.trunc(x));
}

function richcompareDoubles(a: number, b: number, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return a < b;
    case CompareOp.LE:
      return a <= b;
    case CompareOp.EQ:
      return a === b;
    case CompareOp.NE:
      return a !== b;
    case CompareOp.GT:
      return a > b;
    default:
      return a >= b;
  }
}

/** float_richcompare: float against float or int, exactly. */
export function floatRichCompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  const a = (self as PyFloat).value;
  if (other instanceof PyFloat) return richcompareDoubles(a, other.value, op);
  const i = asIntValue(other);
  if (i === undefined) return NotImplemented;
  const c = compareIntFloat(i, a); // sign of (i - a)
  if (Number.isNaN(c)) return op === CompareOp.NE;
  return richcompareDoubles(-c, 0, op);
}

// ---------------------------------------------------------------- slots

function fv(v: PyValue): number {
  return (v as PyFloat).value;
}

function floatBinary(f: (a: number, b: number) => PyValue): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    const x = asDouble(a);
    if (x === undefined) return NotImplemented;
    const y = asDouble(b);
    if (y === undefined) return NotImplemented;
    return f(x, y);
  };
}

const nb = floatType.nb;
nb.nb_add = (a, b) => {
  if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.value + b.value);
  const x = asDouble(a);
  if (x === undefined) return NotImplemented;
  const y = asDouble(b);
  if (y === undefined) return NotImplemented;
  return new PyFloat(x + y);
};
nb.nb_subtract = (a, b) => {
  if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.value - b.value);
  const x = asDouble(a);
  if (x === undefined) return NotImplemented;
  const y = asDouble(b);
  if (y === undefined) return NotImplemented;
  return new PyFloat(x - y);
};
nb.nb_multiply = (a, b) => {
  if (a instanceof PyFloat && b instanceof PyFloat) return new PyFloat(a.value * b.value);
  const x = asDouble(a);
  if (x === undefined) return NotImplemented;
  const y = asDouble(b);
  if (y === undefined) return NotImplemented;
  return new PyFloat(x * y);
};
nb.nb_true_divide = floatBinary((a, b) => new PyFloat(floatTrueDiv(a, b)));
nb.nb_floor_divide = floatBinary((a, b) => new PyFloat(floatFloorDiv(a, b)));
nb.nb_remainder = floatBinary((a, b) => new PyFloat(floatMod(a, b)));
nb.nb_divmod = floatBinary((a, b) => {
  const [q, r] = floatDivmod(a, b);
  return newTuple([new PyFloat(q), new PyFloat(r)]);
});
nb.nb_power = (a, b, m) => {
  if (m !== None) raiseTypeError("pow() 3rd argument not allowed unless all arguments are integers");
  const x = asDouble(a);
  if (x === undefined) return NotImplemented;
  const y = asDouble(b);
  if (y === undefined) return NotImplemented;
  return floatPowValue(x, y);
};
nb.nb_negative = (a) => new PyFloat(-fv(a));
nb.nb_positive = (a) => (a instanceof PyFloat && a.type === floatType ? a : new PyFloat(fv(a)));
nb.nb_absolute = (a) => new PyFloat(Math.abs(fv(a)));
nb.nb_bool = (a) => fv(a) !== 0;
nb.nb_int = (a) => floatToInt(fv(a));
nb.nb_float = (a) => (a instanceof PyFloat && a.type === floatType ? a : new PyFloat(fv(a)));

floatType.tp_repr = (a) => floatRepr(fv(a));
floatType.tp_hash = (a) => hashFloat(fv(a), a as PyFloat);
floatType.tp_richcompare = floatRichCompare;

// ---------------------------------------------------------------- float() and parsing

const FLOAT_RE = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)$/;
const SPECIAL_RE = /^([+-]?)(inf|infinity|nan)$/i;

/** Parses a float literal as float() does (after whitespace stripping); null when invalid. */
export function parseFloatLiteral(text: string): number | null {
  const s = stripPySpace(toAsciiDigitsAndSpaces(text));
  if (FLOAT_RE.test(s)) return Number(s.indexOf("_") >= 0 ? s.replace(/_/g, "") : s);
  const m = SPECIAL_RE.exec(s);
  if (m !== null) {
    const v = m[2].toLowerCase() === "nan" ? Number.NaN : Number.POSITIVE_INFINITY;
    return m[1] === "-" ? -v : v;
  }
  return null;
}

function reprForError(v: PyValue, s: string): string {
  if (typeof v === "string" || (typeof v === "object" && v.type.isSubtypeOf(strType))) {
    const f = strType.tp_repr;
    return f !== null ? f(s) : `'${s}'`;
  }
  const r = typeof v === "object" ? v.type.tp_repr : null;
  return r !== null ? r(v) : s;
}

/** float(str) */
export function floatFromString(v: PyValue, s: string): number {
  const r = parseFloatLiteral(s);
  if (r === null) raiseValueError(`could not convert string to float: ${reprForError(v, s)}`);
  return r;
}

/** PyNumber_Float: float(x) for one argument, as a JS number. */
export function toFloatValue(x: PyValue): number {
  if (x instanceof PyFloat && x.type === floatType) return x.value;
  if (typeof x === "number") return x;
  if (typeof x === "bigint") return intToFloat(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") return floatFromString(x, x);
  const t = x.type;
  if (t.nb.nb_float !== null) {
    const r = t.nb.nb_float(x);
    if (!(r instanceof PyFloat))
      raiseTypeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    if (r.type !== floatType)
      numericHooks.warn(
        PyExc_DeprecationWarning,
        `${t.name}.__float__ returned non-float (type ${r.type.name}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.`,
        1,
      );
    return r.value;
  }
  if (t.nb.nb_index !== null) return intToFloat(index(x));
  if (t.isSubtypeOf(strType)) {
    const value = (x as unknown as { value?: unknown }).value;
    if (typeof value === "string") return floatFromString(x, value);
  }
  // bytes, bytearray and any other buffer (memoryview, array.array)
  let data: Uint8Array | undefined;
  if (t.isSubtypeOf(bytesType) || t.isSubtypeOf(bytearrayType)) {
    const d = (x as unknown as { data?: unknown }).data;
    if (d instanceof Uint8Array) data = d;
  }
  if (data === undefined) data = asBytesLike(x);
  if (data !== undefined) {
    let s = "";
    for (const c of data) s += String.fromCharCode(c);
    return floatFromString(x, s);
  }
  raiseTypeError(`float() argument must be a string or a real number, not '${t.name}'`);
}

function floatNew(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKeywords("float", kwnames);
  checkPositional("float", args.length, 0, 1);
  if (args.length === 0) return new PyFloat(0, type);
  const x = args[0];
  if (type === floatType && x instanceof PyFloat && x.type === floatType) return x;
  return new PyFloat(toFloatValue(x), type);
}
floatType.tp_new = floatNew;

// ---------------------------------------------------------------- methods

function frexp(x: number): [number, number] {
  // x > 0 finite: x = m * 2**e with 0.5 <= m < 1
  let e = Math.max(-1073, Math.floor(Math.log2(x)) + 1);
  let m = x * 2 ** -Math.ceil(e / 2) * 2 ** (Math.ceil(e / 2) - e);
  while (m >= 1) {
    m /= 2;
    e++;
  }
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  return [m, e];
}

/** float.hex() */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  let [m, e] = frexp(Math.abs(x));
  const shift = 1 - Math.max(-1021 - e, 0);
  m = m * 2 ** shift;
  e -= shift;
  let s = "";
  let d = Math.floor(m);
  s += d.toString(16);
  m -= d;
  s += ".";
  for (let i = 0; i < 13; i++) {
    m *= 16;
    d = Math.floor(m);
    s += d.toString(16);
    m -= d;
  }
  const esign = e < 0 ? "-" : "+";
  return `${x < 0 ? "-" : ""}0x${s}p${esign}${Math.abs(e)}`;
}

const HEX_RE = /^([+-]?)(?:0[xX])?([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/;

/** float.fromhex(s) */
export function floatFromHex(text: string): number {
  // Py_ISSPACE: ASCII whitespace only (floatobject.c float_fromhex_impl).
  const s = text.replace(/^[ \t\n\r\v\f]+|[ \t\n\r\v\f]+$/g, "");
  const sp = SPECIAL_RE.exec(s);
  if (sp !== null) {
    const v = sp[2].toLowerCase() === "nan" ? Number.NaN : Number.POSITIVE_INFINITY;
    return sp[1] === "-" ? -v : v;
  }
  const m = HEX_RE.exec(s);
  if (m === null || (m[2] === "" && (m[3] === undefined || m[3] === "")))
    raiseValueError("invalid hexadecimal floating-point string");
  const neg = m[1] === "-";
  const intPart = m[2];
  const fracPart = m[3] ?? "";
  let exp = m[4] === undefined ? 0 : Number(m[4]);
  if (!Number.isFinite(exp)) exp = m[4].startsWith("-") ? -1e9 : 1e9;
  const mant = BigInt(`0x0${intPart}${fracPart}`);
  let r: number;
  if (mant === 0n) r = 0;
  else {
    const e2 = exp - 4 * fracPart.length;
    const bits = mant.toString(2).length;
    if (bits + e2 > 1025) raiseOverflowError("hexadecimal value too large to represent as a float");
    if (bits + e2 < -1080) r = 0;
    else if (e2 >= 0) r = Number(mant << BigInt(e2));
    else r = trueDivInt(normInt(mant), normInt(1n << BigInt(-e2)));
    if (!Number.isFinite(r)) raiseOverflowError("hexadecimal value too large to represent as a float");
  }
  return neg ? -r : r;
}

/** float.__round__(ndigits) for an int ndigits (double_round). */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  const a = Math.abs(x);
  // Correctly rounded (half to even) decimal digits, as dtoa mode 3 with ndigits.
  const [digits, decpt] = roundedDecimalDigits(a, ndigits);
  let r = digits === "" ? 0 : Number(`0.${digits}e${decpt}`);
  if (x < 0) r = -r;
  if (r === 0) r = x < 0 ? -0 : 0;
  if (!Number.isFinite(r)) raiseOverflowError("rounded value too large to represent");
  return r;
}

function floatRound(self: PyValue, args: PyValue[], kw: readonly string[] | null): PyValue {
  noKeywords("float.__round__", kw);
  checkPositional("__round__", args.length, 0, 1);
  const x = fv(self);
  if (args.length === 0 || args[0] === None) {
    if (!Number.isFinite(x)) return floatToInt(x);
    const a = Math.abs(x);
    let r = a;
    if (a < 2 ** 52) {
      const fl = Math.floor(a);
      const diff = a - fl;
      r = diff > 0.5 ? fl + 1 : diff < 0.5 ? fl : fl % 2 === 0 ? fl : fl + 1;
    }
    return floatToInt(x < 0 ? -r : r);
  }
  const nd = index(args[0]);
  const n = typeof nd === "bigint" ? (nd > 0n ? 1000 : -1000) : nd;
  return new PyFloat(roundFloat(x, n));
}

function asIntegerRatio(x: number): [IntValue, IntValue] {
  if (Number.isNaN(x)) raiseValueError("cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) raiseOverflowError("cannot convert Infinity to integer ratio");
  if (Number.isInteger(x)) return [intFromIntegralNumber(x), 1];
  let k = 0;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2 ** 32;
    k += 32;
  }
  let num = BigInt(m);
  while ((num & 1n) === 0n) {
    num >>= 1n;
    k--;
  }
  return [normInt(num), normInt(1n << BigInt(k))];
}

defineMethods(floatType, {
  conjugate: noArgs("float.conjugate", (self) =>
    self instanceof PyFloat && self.type === floatType ? self : new PyFloat(fv(self)),
  ),
  is_integer: noArgs("float.is_integer", (self) => Number.isInteger(fv(self))),
  as_integer_ratio: noArgs("float.as_integer_ratio", (self) => newTuple(asIntegerRatio(fv(self)))),
  hex: noArgs("float.hex", (self) => floatHex(fv(self))),
  __trunc__: noArgs("float.__trunc__", (self) => floatToInt(fv(self))),
  __floor__: noArgs("float.__floor__", (self) => floatToInt(Math.floor(fv(self)))),
  __ceil__: noArgs("float.__ceil__", (self) => floatToInt(Math.ceil(fv(self)))),
  __round__: floatRound,
  __getnewargs__: noArgs("float.__getnewargs__", (self) => newTuple([new PyFloat(fv(self))])),
  __format__: oneArg("float.__format__", (self, spec) => {
    if (typeof spec !== "string") raiseTypeError(`__format__() argument must be str, not ${typeName(spec)}`);
    return formatFloat(fv(self), spec, (self as PyFloat).type.name, self);
  }),
});

function getFormat(_cls: PyType, args: PyValue[], kw: readonly string[] | null): PyValue {
  classOneArg("float.__getformat__", args, kw);
  const t = args[0];
  if (typeof t !== "string") raiseTypeError(`__getformat__() argument must be str, not ${typeName(t)}`);
  if (t !== "double" && t !== "float")
    raiseValueError("__getformat__() argument 1 must be 'double' or 'float'");
  return "IEEE, little-endian";
}

function classOneArg(qualname: string, args: PyValue[], kw: readonly string[] | null): void {
  if (kw !== null && kw.length > 0) raiseTypeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${qualname}() takes exactly one argument (${args.length} given)`);
}

function fromValueForClass(cls: PyType, v: number): PyValue {
  if (cls === floatType) return new PyFloat(v);
  return call(cls, [new PyFloat(v)]);
}

defineClassMethods(floatType, {
  fromhex: (cls, args, kw) => {
    classOneArg("float.fromhex", args, kw);
    const s = args[0];
    const text = typeof s === "string" ? s : strSubclassValue(s);
    if (text === undefined) raiseTypeError("bad argument type for built-in operation");
    return fromValueForClass(cls, floatFromHex(text));
  },
  __getformat__: getFormat,
  from_number: (cls, args, kw) => {
    classOneArg("float.from_number", args, kw);
    const x = args[0];
    if (typeof x === "string" || (typeof x === "object" && x.type.isSubtypeOf(strType)))
      raiseTypeError(`must be real number, not ${typeName(x)}`);
    const v = toFloatValue(x);
    return cls === floatType ? new PyFloat(v) : call(cls, [new PyFloat(v)]);
  },
});

function strSubclassValue(v: PyValue): string | undefined {
  if (typeof v === "object" && v.type.isSubtypeOf(strType)) {
    const value = (v as unknown as { value?: unknown }).value;
    if (typeof value === "string") return value;
  }
  return undefined;
}

defineGetSets(floatType, {
  real: {
    get: (self) => (self instanceof PyFloat && self.type === floatType ? self : new PyFloat(fv(self))),
  },
  imag: { get: () => new PyFloat(0) },
});

applyDocs(floatType, NUMERIC_DOCS.float);
