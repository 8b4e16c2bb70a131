// The format-spec mini-language (Python/formatter_unicode.c) and float-to-string conversion
// (Python/pystrtod.c: PyOS_double_to_string / format_float_short, with the digit generation of
// Python/dtoa.c modes 0, 2 and 3).
//
// Digits: JS's Number.prototype.toExponential() gives the shortest round-trip digits (dtoa mode
// 0); toFixed/toExponential with a precision are correctly rounded except that exact ties round
// half up where dtoa rounds half to even, so a possible tie (decided exactly from the float's
// bits) takes the exact path: the float's full decimal expansion via BigInt, rounded by hand.
import { str as pyStr } from "./abstract.ts";
import { raise, raiseValueError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { type IntValue, intToDecimal, intToFloat, unicodeDigitValue } from "./numeric.ts";
import type { PyValue } from "./object.ts";
import { setStrFormatSpecHook } from "./str-format.ts";

export interface FormatSpec {
  // (returned objects may be shared through the parse cache: treat them as read-only)
  fill: string;
  align: string;
  alternate: boolean;
  noNeg0: boolean;
  /** "", "+", "-" or " " */
  sign: string;
  width: number;
  /** "", ",", "_" ; "_4" for bin/oct/hex underscore grouping by four */
  thousands: string;
  precision: number;
  /** "", "," or "_" (3.14: grouping of the fractional digits) */
  fracThousands: string;
  /** the presentation type, "" when omitted */
  type: string;
}

function codeName(t: string): string {
  const c = t.codePointAt(0) as number;
  return c > 32 && c < 128 ? t : `\\x${c.toString(16)}`;
}

export function unknownPresentationType(type: string, typeName: string): never {
  raiseValueError(`Unknown format code '${codeName(type)}' for object of type '${typeName}'`);
}

function invalidThousands(sep: string, type: string): never {
  raiseValueError(`Cannot specify '${sep}' with '${codeName(type)}'.`);
}

function invalidCommaAndUnderscore(): never {
  raiseValueError("Cannot specify both ',' and '_'.");
}

const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/** parse_internal_render_format_spec: `typeName` is used in messages, as Py_TYPE(obj)->tp_name. */
export function parseFormatSpec(
  specStr: string,
  typeName: string,
  defaultType: string,
  defaultAlign: string,
): FormatSpec {
  // Specs repeat (f"{x:.2f}" in a loop): successful parses are cached. Callers never mutate them.
  const key = defaultType + defaultAlign + specStr;
  const cached = specCache.get(key);
  if (cached !== undefined) return cached;
  const f = parseFormatSpecUncached(specStr, typeName, defaultType, defaultAlign);
  if (specCache.size >= 256) specCache.clear();
  specCache.set(key, f);
  return f;
}

const specCache = new Map<string, FormatSpec>();

function parseFormatSpecUncached(
  specStr: string,
  typeName: string,
  defaultType: string,
  defaultAlign: string,
): FormatSpec {
  const s = Array.from(specStr);
  const end = s.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    alternate: false,
    noNeg0: false,
    sign: "",
    width: -1,
    thousands: "",
    precision: -1,
    fracThousands: "",
    type: defaultType,
  };
  let alignSpecified = false;
  let fillSpecified = false;
  const isAlign = (c: string | undefined) => c === "<" || c === ">" || c === "=" || c === "^";
  if (end - pos >= 2 && isAlign(s[pos + 1])) {
    f.align = s[pos + 1];
    f.fill = s[pos];
    fillSpecified = true;
    alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(s[pos])) {
    f.align = s[pos];
    alignSpecified = true;
    pos++;
  }
  if (end - pos >= 1 && (s[pos] === " " || s[pos] === "+" || s[pos] === "-")) {
    f.sign = s[pos];
    pos++;
  }
  if (end - pos >= 1 && s[pos] === "z") {
    f.noNeg0 = true;
    pos++;
  }
  if (end - pos >= 1 && s[pos] === "#") {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && end - pos >= 1 && s[pos] === "0") {
    f.fill = "0";
    if (!alignSpecified && defaultAlign === ">") f.align = "=";
    pos++;
  }
  const getInteger = (): [number, number] => {
    let acc = 0;
    let n = 0;
    for (; pos < end; pos++, n++) {
      const d = unicodeDigitValue(s[pos].codePointAt(0) as number);
      if (d < 0) break;
      if (acc > (PY_SSIZE_T_MAX - d) / 10) raiseValueError("Too many decimal digits in format string");
      acc = acc * 10 + d;
    }
    return [acc, n];
  };
  let [width, consumed] = getInteger();
  f.width = consumed === 0 ? -1 : width;
  if (end - pos && s[pos] === ",") {
    f.thousands = ",";
    pos++;
  }
  if (end - pos && s[pos] === "_") {
    if (f.thousands !== "") invalidCommaAndUnderscore();
    f.thousands = "_";
    pos++;
  }
  if (end - pos && s[pos] === "," && f.thousands === "_") invalidCommaAndUnderscore();
  if (end - pos && s[pos] === ".") {
    pos++;
    [width, consumed] = getInteger();
    f.precision = width;
    if (end - pos && s[pos] === ",") {
      if (consumed === 0) f.precision = -1;
      f.fracThousands = ",";
      pos++;
      consumed++;
    }
    if (end - pos && s[pos] === "_") {
      if (f.fracThousands !== "") invalidCommaAndUnderscore();
      if (consumed === 0) f.precision = -1;
      f.fracThousands = "_";
      pos++;
      consumed++;
    }
    if (end - pos && s[pos] === "," && f.fracThousands === "_") invalidCommaAndUnderscore();
    if (consumed === 0) raiseValueError("Format specifier missing precision");
  }
  if (end - pos > 1)
    raiseValueError(`Invalid format specifier '${specStr}' for object of type '${typeName}'`);
  if (end - pos === 1) f.type = s[pos];
  if (f.thousands !== "") {
    switch (f.type) {
      case "d":
      case "e":
      case "f":
      case "g":
      case "E":
      case "G":
      case "%":
      case "F":
      case "":
        break;
      case "b":
      case "o":
      case "x":
      case "X":
        if (f.thousands === "_") {
          f.thousands = "_4";
          break;
        }
        invalidThousands(f.thousands, f.type);
        break;
      default:
        invalidThousands(f.thousands, f.type);
    }
  }
  if (f.type === "n" && f.fracThousands !== "") invalidThousands(f.fracThousands, f.type);
  return f;
}

// ---------------------------------------------------------------- padding and grouping

/** _PyUnicode_InsertThousandsGrouping: `size` 0 means no grouping. */
function insertGrouping(digits: string, minWidth: number, sep: string, size: number): string {
  let minW = Math.max(0, minWidth);
  let remaining = digits.length;
  let pos = digits.length;
  if (size === 0 || sep === "") {
    const len = Math.max(remaining, minW, 1);
    return "0".repeat(Math.max(0, len - remaining)) + digits;
  }
  const parts: string[] = [];
  for (;;) {
    const len = Math.min(size, Math.max(remaining, minW, 1));
    const zeros = Math.max(0, len - remaining);
    const chars = Math.max(0, Math.min(remaining, len));
    parts.push("0".repeat(zeros) + digits.slice(pos - chars, pos));
    pos -= chars;
    remaining -= chars;
    minW -= len;
    if (remaining <= 0 && minW <= 0) break;
    minW -= sep.length;
  }
  parts.reverse();
  return parts.join(sep);
}

function groupFrac(digits: string, sep: string): string {
  if (sep === "" || digits.length <= 3) return digits;
  const parts: string[] = [];
  for (let i = 0; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(sep);
}

function strLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/**
 * calc_number_widths + fill_number: lays out sign, prefix, grouped integer digits, decimal point,
 * (grouped) fractional digits and the remainder (exponent, '%', or the 'c' character).
 */
function layoutNumber(
  f: FormatSpec,
  signChar: string,
  prefix: string,
  intDigits: string,
  hasDecimal: boolean,
  fracDigits: string,
  remainder: string,
  thousands: string,
): string {
  let sign = "";
  if (f.sign === "+") sign = signChar === "-" ? "-" : "+";
  else if (f.sign === " ") sign = signChar === "-" ? "-" : " ";
  else if (signChar === "-") sign = "-";
  const sep = thousands === "" ? "" : thousands === "," ? "," : "_";
  const size = thousands === "" ? 0 : thousands === "_4" ? 4 : 3;
  const frac = groupFrac(fracDigits, f.fracThousands);
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + frac.length + strLen(remainder);
  const minWidth = f.fill === "0" && f.align === "=" ? f.width - nonDigit : 0;
  const grouped = intDigits.length === 0 ? "" : insertGrouping(intDigits, minWidth, sep, size);
  const padding = f.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    if (f.align === "<") rpad = padding;
    else if (f.align === "^") {
      lpad = padding >> 1;
      rpad = padding - lpad;
    } else if (f.align === "=") spad = padding;
    else lpad = padding;
  }
  const fill = f.fill;
  return (
    (lpad ? fill.repeat(lpad) : "") +
    sign +
    prefix +
    (spad ? fill.repeat(spad) : "") +
    grouped +
    (hasDecimal ? "." : "") +
    frac +
    remainder +
    (rpad ? fill.repeat(rpad) : "")
  );
}

/** calc_padding + fill_padding for an already-formatted body of `len` code points. */
function pad(body: string, len: number, width: number, align: string, fill: string): string {
  if (width <= len) return body;
  const total = width - len;
  let l = 0;
  if (align === ">") l = total;
  else if (align === "^") l = total >> 1;
  return fill.repeat(l) + body + fill.repeat(total - l);
}

// ---------------------------------------------------------------- str

/** str.__format__ (format_string_internal), for the strings engineer to reuse. */
export function formatStr(value: string, specStr: string, typeName = "str"): string {
  if (specStr === "") return value;
  const f = parseFormatSpec(specStr, typeName, "s", "<");
  if (f.type !== "s") unknownPresentationType(f.type, typeName);
  if (f.sign === " ") raiseValueError("Space not allowed in string format specifier");
  if (f.sign !== "") raiseValueError("Sign not allowed in string format specifier");
  if (f.noNeg0) raiseValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alternate) raiseValueError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") raiseValueError("'=' alignment not allowed in string format specifier");
  let v = value;
  let len = strLen(v);
  if (f.precision >= 0 && len > f.precision) {
    v = Array.from(v).slice(0, f.precision).join("");
    len = f.precision;
  }
  return pad(v, len, f.width, f.align, f.fill);
}

// ---------------------------------------------------------------- int

/** int.__format__ (format_long_internal, and the float types through PyNumber_Float). */
export function formatInt(v: IntValue, specStr: string, typeName: string, self: PyValue): string {
  if (specStr === "")
    return typeof self === "number" || typeof self === "bigint" ? intToDecimal(v) : pyStr(self);
  const f = parseFormatSpec(specStr, typeName, "d", ">");
  switch (f.type) {
    case "b":
    case "c":
    case "d":
    case "o":
    case "x":
    case "X":
    case "n":
      break;
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloatWithSpec(intToFloat(v), f);
    default:
      unknownPresentationType(f.type, typeName);
  }
  if (f.precision !== -1) raiseValueError("Precision not allowed in integer format specifier");
  if (f.noNeg0) raiseValueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign !== "") raiseValueError("Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raiseValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof v === "bigint" && (v >= 2n ** 63n || v < -(2n ** 63n)))
      raise(E.PyExc_OverflowError, "Python int too large to convert to C long");
    if (v < 0 || v > 0x10ffff) raise(E.PyExc_OverflowError, "%c arg not in range(0x110000)");
    return layoutNumber(f, "", "", "", false, "", String.fromCodePoint(Number(v)), "");
  }
  const neg = v < 0;
  const abs = neg ? (typeof v === "number" ? -v : -v) : v;
  let digits: string;
  let prefix = "";
  switch (f.type) {
    case "b":
      digits = abs.toString(2);
      prefix = "0b";
      break;
    case "o":
      digits = abs.toString(8);
      prefix = "0o";
      break;
    case "x":
      digits = abs.toString(16);
      prefix = "0x";
      break;
    case "X":
      digits = abs.toString(16).toUpperCase();
      prefix = "0X";
      break;
    default:
      digits = typeof abs === "number" ? String(abs) : intToDecimal(abs);
  }
  return layoutNumber(
    f,
    neg ? "-" : "",
    f.alternate ? prefix : "",
    digits,
    false,
    "",
    "",
    f.type === "n" ? "" : f.thousands,
  );
}

// ---------------------------------------------------------------- float to string

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Number of fractional bits of a finite positive double (0 for integers). */
function fractionalBits(x: number): number {
  if (x >= 4503599627370496) return 0; // 2**52: every double from here is an integer
  f64[0] = x;
  const hi = u32[LITTLE ? 1 : 0];
  const lo = u32[LITTLE ? 0 : 1];
  const bexp = (hi >>> 20) & 0x7ff;
  // value = mant * 2**(exp) with mant having 53 bits (normal) or 52 (subnormal)
  const exp = bexp === 0 ? -1074 : bexp - 1075;
  let tz: number;
  if (lo !== 0) tz = 31 - Math.clz32(lo & -lo);
  else {
    const mh = bexp === 0 ? hi & 0xfffff : (hi & 0xfffff) | 0x100000;
    tz = 32 + (31 - Math.clz32(mh & -mh));
  }
  const k = -(exp + tz);
  return Math.max(k, 0);
}

interface Digits {
  digits: string;
  decpt: number;
}

/** The exact decimal expansion of a finite positive double, without trailing zeros. */
function exactDecimal(x: number): Digits {
  const k = fractionalBits(x);
  let s: string;
  let decpt: number;
  if (k === 0) {
    s = x <= 9007199254740992 ? String(x) : BigInt(x).toString();
    decpt = s.length;
  } else {
    const h = Math.floor(k / 2);
    const m = x * 2 ** h * 2 ** (k - h);
    s = (BigInt(m) * 5n ** BigInt(k)).toString();
    decpt = s.length - k;
  }
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 48) e--;
  return { digits: s.slice(0, e), decpt };
}

/** Keeps `keep` leading digits, rounding half to even (dtoa's rounding). */
function roundDigits(d: Digits, keep: number): Digits {
  const D = d.digits;
  if (keep >= D.length) return d;
  if (keep < 0) return { digits: "", decpt: d.decpt };
  const first = D.charCodeAt(keep);
  const prevOdd = keep > 0 && (D.charCodeAt(keep - 1) & 1) === 1;
  const up = first > 53 || (first === 53 && (D.length > keep + 1 || prevOdd));
  let kept = D.slice(0, keep);
  let decpt = d.decpt;
  if (up) {
    let i = kept.length - 1;
    while (i >= 0 && kept.charCodeAt(i) === 57) i--;
    if (i < 0) {
      kept = "1";
      decpt++;
    } else kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  }
  let e = kept.length;
  while (e > 0 && kept.charCodeAt(e - 1) === 48) e--;
  return { digits: kept.slice(0, e), decpt };
}

function fromExponential(s: string): Digits {
  const ei = s.indexOf("e");
  const mant = s.slice(0, ei).replace(".", "");
  let e = mant.length;
  while (e > 1 && mant.charCodeAt(e - 1) === 48) e--;
  return { digits: mant.slice(0, e), decpt: Number(s.slice(ei + 1)) + 1 };
}

/**
 * x > 0 rounded half-to-even at 10**-ndigits (ndigits may be negative), as _Py_dg_dtoa mode 3:
 * the significant digits (no trailing zeros; "" when the result is 0) and the decimal point
 * position (value = 0.DIGITS * 10**decpt). float.__round__'s double_round is built on this.
 */
export function roundedDecimalDigits(x: number, ndigits: number): [string, number] {
  const d = dtoa(x, 3, ndigits);
  return [d.digits, d.decpt];
}

/** _Py_dg_dtoa for a finite x >= 0: mode 0 (shortest), 2 (ndigits significant), 3 (ndigits after the point). */
function dtoa(x: number, mode: number, ndigits: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  if (mode === 0) return fromExponential(x.toExponential());
  if (mode === 2) {
    if (ndigits <= 101 && !Number.isInteger(x)) {
      const k = fractionalBits(x);
      const sig = k + Math.floor(Math.log10(x)) + 1;
      if (Math.abs(sig - (ndigits + 1)) > 1) return fromExponential(x.toExponential(ndigits - 1));
    }
    return roundDigits(exactDecimal(x), ndigits);
  }
  // mode 3
  if (ndigits >= 0 && ndigits <= 100 && x < 1e21) {
    const k = fractionalBits(x);
    if (k !== ndigits + 1) {
      const s = x.toFixed(ndigits);
      const dot = s.indexOf(".");
      const ip = dot < 0 ? s : s.slice(0, dot);
      const fp = dot < 0 ? "" : s.slice(dot + 1);
      let all: string;
      let decpt: number;
      if (ip !== "0") {
        all = ip + fp;
        decpt = ip.length;
      } else {
        let z = 0;
        while (z < fp.length && fp.charCodeAt(z) === 48) z++;
        all = fp.slice(z);
        decpt = -z;
      }
      let e = all.length;
      while (e > 0 && all.charCodeAt(e - 1) === 48) e--;
      if (e === 0) return { digits: "", decpt: -ndigits };
      return { digits: all.slice(0, e), decpt };
    }
  }
  const ex = exactDecimal(x);
  const r = roundDigits(ex, ex.decpt + ndigits);
  if (r.digits === "") return { digits: "", decpt: -ndigits };
  return r;
}

export const DTSF_SIGN = 1;
export const DTSF_ADD_DOT_0 = 2;
export const DTSF_ALT = 4;
export const DTSF_NO_NEG_0 = 8;

/** PyOS_double_to_string: code is one of e E f F g G r. */
export function doubleToString(val: number, code: string, precision: number, flags: number): string {
  let upper = false;
  let mode: number;
  switch (code) {
    case "E":
      upper = true;
      code = "e";
      mode = 2;
      precision++;
      break;
    case "e":
      mode = 2;
      precision++;
      break;
    case "F":
      upper = true;
      code = "f";
      mode = 3;
      break;
    case "f":
      mode = 3;
      break;
    case "G":
      upper = true;
      code = "g";
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    case "g":
      mode = 2;
      if (precision === 0) precision = 1;
      break;
    default:
      mode = 0;
      code = "r";
  }
  const alwaysSign = (flags & DTSF_SIGN) !== 0;
  const addDot0 = (flags & DTSF_ADD_DOT_0) !== 0;
  const alt = (flags & DTSF_ALT) !== 0;
  let sign = val < 0 || Object.is(val, -0);
  if (Number.isNaN(val)) return (alwaysSign ? "+" : "") + (upper ? "NAN" : "nan");
  if (!Number.isFinite(val)) return (sign ? "-" : alwaysSign ? "+" : "") + (upper ? "INF" : "inf");
  const d = dtoa(Math.abs(val), mode, precision);
  const digits = d.digits;
  const digitsLen = digits.length;
  let decpt = d.decpt;
  if ((flags & DTSF_NO_NEG_0) !== 0 && sign && (digitsLen === 0 || (digitsLen === 1 && digits === "0")))
    sign = false;
  let vEnd = digitsLen;
  let useExp = false;
  switch (code) {
    case "e":
      useExp = true;
      vEnd = precision;
      break;
    case "f":
      vEnd = decpt + precision;
      break;
    case "g":
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (alt) vEnd = precision;
      break;
    default:
      if (decpt <= -4 || decpt > 16) useExp = true;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = Math.max(vEnd, decpt);
  let out = sign ? "-" : alwaysSign ? "+" : "";
  if (decpt <= 0) out += `${"0".repeat(decpt - vStart)}.${"0".repeat(-decpt)}`;
  else out += "0".repeat(-vStart);
  if (decpt > 0 && decpt <= digitsLen) out += `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  else out += digits;
  if (digitsLen < decpt) out += `${"0".repeat(decpt - digitsLen)}.${"0".repeat(vEnd - decpt)}`;
  else out += "0".repeat(vEnd - digitsLen);
  if (out.charCodeAt(out.length - 1) === 46 && !alt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += `${upper ? "E" : "e"}${exp < 0 ? "-" : "+"}${ae < 10 ? "0" : ""}${ae}`;
  }
  return out;
}

/** repr(float) / str(float): shortest round-trip digits in Python's layout. */
export function floatRepr(x: number): string {
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? `${s}.0` : s;
  }
  return doubleToString(x, "r", 0, DTSF_ADD_DOT_0);
}

// ---------------------------------------------------------------- float and complex

/** Splits "-123.456e+07" into sign, integer digits, decimal flag, fraction digits, remainder. */
function splitNumber(buf: string, fracGrouping: boolean): [string, string, boolean, string, string] {
  let i = 0;
  let sign = "";
  if (buf[0] === "-") {
    sign = "-";
    i = 1;
  }
  let j = i;
  while (j < buf.length && buf.charCodeAt(j) >= 48 && buf.charCodeAt(j) <= 57) j++;
  const intDigits = buf.slice(i, j);
  const hasDecimal = buf[j] === ".";
  let k = hasDecimal ? j + 1 : j;
  let frac = "";
  if (fracGrouping && hasDecimal) {
    const fs = k;
    while (k < buf.length && buf.charCodeAt(k) >= 48 && buf.charCodeAt(k) <= 57) k++;
    frac = buf.slice(fs, k);
  }
  return [sign, intDigits, hasDecimal, frac, buf.slice(k)];
}

function checkPrecision(f: FormatSpec): void {
  if (f.precision > 2147483647) raiseValueError("precision too big");
}

/** format_float_internal with a parsed spec. */
export function formatFloatWithSpec(val: number, f: FormatSpec): string {
  checkPrecision(f);
  let type: string = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  if (type === "") {
    flags |= DTSF_ADD_DOT_0;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let addPct = false;
  if (type === "%") {
    type = "f";
    val *= 100;
    addPct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  let buf = doubleToString(val, type, precision, flags);
  if (addPct) buf += "%";
  if (
    f.sign !== "+" &&
    f.sign !== " " &&
    f.width === -1 &&
    f.type !== "n" &&
    f.thousands === "" &&
    f.fracThousands === ""
  )
    return buf;
  const [sign, intDigits, hasDecimal, frac, rem] = splitNumber(buf, f.fracThousands !== "");
  return layoutNumber(f, sign, "", intDigits, hasDecimal, frac, rem, f.type === "n" ? "" : f.thousands);
}

/** float.__format__ */
export function formatFloat(val: number, specStr: string, typeName: string, self: PyValue): string {
  if (specStr === "") return pyStr(self);
  const f = parseFormatSpec(specStr, typeName, "", ">");
  switch (f.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
    case "%":
      return formatFloatWithSpec(val, f);
    default:
      unknownPresentationType(f.type, typeName);
  }
}

/** complex.__format__ (format_complex_internal) */
export function formatComplex(
  re: number,
  im: number,
  specStr: string,
  typeName: string,
  self: PyValue,
): string {
  if (specStr === "") return pyStr(self);
  const f = parseFormatSpec(specStr, typeName, "", ">");
  switch (f.type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
      break;
    default:
      unknownPresentationType(f.type, typeName);
  }
  checkPrecision(f);
  if (f.fill === "0") raiseValueError("Zero padding is not allowed in complex format specifier");
  if (f.align === "=") raiseValueError("'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let flags = 0;
  if (f.alternate) flags |= DTSF_ALT;
  if (f.noNeg0) flags |= DTSF_NO_NEG_0;
  let skipRe = false;
  let addParens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else addParens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const reBuf = doubleToString(re, type, precision, flags);
  const imBuf = doubleToString(im, type, precision, flags);
  const tmp: FormatSpec = { ...f, fill: "", align: "<", width: -1 };
  const thousands = f.type === "n" ? "" : f.thousands;
  const fracG = f.fracThousands !== "";
  let reStr = "";
  if (!skipRe) {
    const [s, i, d, fr, r] = splitNumber(reBuf, fracG);
    reStr = layoutNumber(tmp, s, "", i, d, fr, r, thousands);
    tmp.sign = "+";
  }
  const [s, i, d, fr, r] = splitNumber(imBuf, fracG);
  const imStr = layoutNumber(tmp, s, "", i, d, fr, r, thousands);
  const body = `${addParens ? "(" : ""}${reStr}${imStr}j${addParens ? ")" : ""}`;
  return pad(body, body.length, f.width, f.align, f.fill);
}

setStrFormatSpecHook((s, spec) => formatStr(s, spec));
