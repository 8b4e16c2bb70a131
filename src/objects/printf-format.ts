// printf-style formatting: `str % args` (Objects/unicodeobject.c: PyUnicode_Format and
// unicode_format_arg*) and `bytes % args` (Objects/bytesobject.c: _PyBytes_FormatEx). Both share
// the parsing and number formatting here; bytes results are built as latin-1 strings.
import { call, getItem, index, lookupAttr, str as pyStr, repr, typeName } from "./abstract.ts";
import { PyBytes } from "./bytes.ts";
import { asBytesLike } from "./bytes-methods.ts";
import { raise, raiseOverflowError, raiseTypeError, raiseValueError } from "./errors.ts";
import { PyExc_OverflowError } from "./exceptions.ts";
import { PyFloat } from "./float.ts";
import { DTSF_ALT, doubleToString } from "./format-spec.ts";
import { intToBase, intToDecimal } from "./int.ts";
import { asIntValue, type IntValue, intToFloat } from "./numeric.ts";
import type { PyValue } from "./object.ts";
import { NotImplemented } from "./singletons.ts";
import { asciiOf, strLen, strValue } from "./str.ts";
import { PyTuple } from "./tuple.ts";
import { bytearrayType, bytesType, strType, typeOf } from "./typeobjects.ts";

const F_LJUST = 1;
const F_SIGN = 2;
const F_BLANK = 4;
const F_ALT = 8;
const F_ZERO = 16;

/** ascii() of a value; the builtins module installs the real one at start-up. */
export const printfHooks = {
  ascii: (v: PyValue): string => asciiOf(v),
};

class FormatContext {
  args: PyValue;
  arglen: number;
  argidx: number;
  dict: PyValue | null;
  constructor(args: PyValue) {
    if (args instanceof PyTuple) {
      this.args = args;
      this.arglen = args.items.length;
      this.argidx = 0;
    } else {
      this.args = args;
      this.arglen = -1;
      this.argidx = -2;
    }
    const t = typeOf(args);
    const isMapping = t.mp_subscript !== null && !(args instanceof PyTuple) && strValue(args) === undefined;
    this.dict = isMapping && t !== strType ? args : null;
  }
  nextArg(): PyValue {
    const i = this.argidx;
    if (i < this.arglen) {
      this.argidx++;
      if (this.arglen < 0) return this.args;
      return (this.args as PyTuple).items[i];
    }
    raiseTypeError("not enough arguments for format string");
  }
}

/** True for values PyNumber_Check accepts (have __index__, __int__ or __float__, or are complex). */
function isNumber(v: PyValue): boolean {
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return true;
  const nb = typeOf(v).nb;
  return nb.nb_index !== null || nb.nb_int !== null || nb.nb_float !== null;
}

/** PyFloat_AsDouble for %e/%f/%g: float, int, __float__, __index__. */
function asDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const i = asIntValue(v);
  if (i !== undefined) return intToFloat(i);
  const nb = typeOf(v).nb;
  if (nb.nb_float !== null) {
    const r = nb.nb_float(v);
    if (!(r instanceof PyFloat))
      raiseTypeError(`${typeName(v)}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  if (nb.nb_index !== null) return intToFloat(index(v));
  raiseTypeError(`must be real number, not ${typeName(v)}`);
}

/** The integer for %d/%i/%u (truncating floats) or %o/%x/%X (requiring __index__). */
function asFormatInt(v: PyValue, ch: string): IntValue {
  const i = asIntValue(v);
  if (i !== undefined) return i;
  if (!isNumber(v)) {
    if (ch === "d" || ch === "i" || ch === "u")
      raiseTypeError(`%${ch} format: a real number is required, not ${typeName(v)}`);
    raiseTypeError(`%${ch} format: an integer is required, not ${typeName(v)}`);
  }
  const nb = typeOf(v).nb;
  if (ch === "o" || ch === "x" || ch === "X") {
    if (nb.nb_index === null) raiseTypeError(`%${ch} format: an integer is required, not ${typeName(v)}`);
    return index(v);
  }
  if (v instanceof PyFloat) {
    const x = v.value;
    if (!Number.isFinite(x))
      raise(
        PyExc_OverflowError,
        Number.isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer",
      );
    const t = Math.trunc(x);
    return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
  }
  if (nb.nb_int !== null) {
    const r = asIntValue(nb.nb_int(v));
    if (r === undefined) raiseTypeError(`__int__ returned non-int (type ${typeName(v)})`);
    return r;
  }
  // PyNumber_Long failing with TypeError (e.g. only __float__) reports the format's own error.
  if (nb.nb_index === null) raiseTypeError(`%${ch} format: a real number is required, not ${typeName(v)}`);
  return index(v);
}

/** Pads a formatted number: sign and prefix first, then zeros or spaces, per the flags. */
function padNumber(body: string, negative: boolean, prefix: string, flags: number, width: number): string {
  let sign = "";
  if (negative) sign = "-";
  else if (flags & F_SIGN) sign = "+";
  else if (flags & F_BLANK) sign = " ";
  const len = sign.length + prefix.length + body.length;
  if (len >= width) return sign + prefix + body;
  const fill = width - len;
  if (flags & F_LJUST) return sign + prefix + body + " ".repeat(fill);
  if (flags & F_ZERO) return sign + prefix + "0".repeat(fill) + body;
  return " ".repeat(fill) + sign + prefix + body;
}

function formatIntArg(v: PyValue, ch: string, flags: number, width: number, prec: number): string {
  const n = asFormatInt(v, ch);
  const negative = typeof n === "number" ? n < 0 : n < 0n;
  const abs = negative ? (typeof n === "number" ? -n : -n) : n;
  let digits: string;
  let prefix = "";
  if (ch === "o") {
    digits = intToBase(abs, 8, false);
    if (flags & F_ALT) prefix = "0o";
  } else if (ch === "x" || ch === "X") {
    digits = intToBase(abs, 16, false);
    if (flags & F_ALT) prefix = ch === "X" ? "0X" : "0x";
    if (ch === "X") digits = digits.toUpperCase();
  } else digits = intToDecimal(abs);
  if (prec >= 0 && digits.length < prec) digits = "0".repeat(prec - digits.length) + digits;
  return padNumber(digits, negative, prefix, flags, width);
}

function formatFloatArg(v: PyValue, ch: string, flags: number, width: number, prec: number): string {
  const x = asDouble(v);
  if (prec < 0) prec = 6;
  const s = doubleToString(Math.abs(x), ch, prec, flags & F_ALT ? DTSF_ALT : 0);
  const negative = x < 0 || Object.is(x, -0);
  // Unlike format(), %-formatting zero-pads inf and nan too (formatfloat, unicodeobject.c).
  return padNumber(s, negative && !Number.isNaN(x), "", flags, width);
}

function padText(s: string, flags: number, width: number): string {
  const n = strLen(s);
  if (n >= width) return s;
  return flags & F_LJUST ? s + " ".repeat(width - n) : " ".repeat(width - n) + s;
}

function charArg(v: PyValue, bytes: boolean): string {
  if (bytes) {
    // bytesobject.c byte_converter: bytes or bytearray of length 1, else an int in range(256).
    if (v instanceof PyBytes || typeOf(v).isSubtypeOf(bytearrayType)) {
      const b = asBytesLike(v) as Uint8Array;
      if (b.length !== 1)
        raiseTypeError(
          `%c requires an integer in range(256) or a single byte, not a ${v instanceof PyBytes ? "bytes" : "bytearray"} object of length ${b.length}`,
        );
      return String.fromCharCode(b[0]);
    }
    const i = asIntValue(v);
    if (i === undefined && typeOf(v).nb.nb_index === null)
      raiseTypeError(`%c requires an integer in range(256) or a single byte, not ${typeName(v)}`);
    const n = i === undefined ? index(v) : i;
    if (n < 0 || n > 255) raiseOverflowError("%c arg not in range(256)");
    return String.fromCharCode(Number(n));
  }
  const s = strValue(v);
  if (s !== undefined) {
    if (strLen(s) !== 1)
      raiseTypeError(`%c requires an int or a unicode character, not a string of length ${strLen(s)}`);
    return s;
  }
  const i = asIntValue(v);
  if (i === undefined) raiseTypeError(`%c requires an int or a unicode character, not ${typeName(v)}`);
  if (i < 0 || i > 0x10ffff) raiseOverflowError("%c arg not in range(0x110000)");
  return String.fromCodePoint(Number(i));
}

/** %b / %s for bytes: a bytes-like object or one with __bytes__, as a latin-1 string. */
function bytesArg(v: PyValue): string {
  const b = asBytesLike(v);
  if (b !== undefined) return latin1(b);
  if (typeof v === "object" && typeOf(v).lookup("__bytes__") !== undefined) {
    const r = call(lookupAttr(v, "__bytes__") as PyValue, []);
    if (!(r instanceof PyBytes)) raiseTypeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
    return latin1(r.data);
  }
  raiseTypeError(
    `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`,
  );
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** The shared engine: `fmt % args`, fmt and the result as strings (latin-1 for bytes). */
function printf(fmt: string, args: PyValue, bytes: boolean): string {
  const ctx = new FormatContext(args);
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) raiseValueError("incomplete format");
    if (fmt[i] === "%") {
      out += "%";
      i++;
      continue;
    }
    // %(key)
    if (fmt[i] === "(") {
      if (ctx.dict === null) raiseTypeError("format requires a mapping");
      let depth = 1;
      const keyStart = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === "(") depth++;
        else if (fmt[i] === ")") depth--;
        i++;
      }
      if (depth > 0) raiseValueError("incomplete format key");
      const key = fmt.slice(keyStart, i - 1);
      ctx.args = getItem(ctx.dict, bytes ? new PyBytes(Uint8Array.from(key, (c) => c.charCodeAt(0))) : key);
      ctx.arglen = -1;
      ctx.argidx = -2;
    }
    let flags = 0;
    for (; i < n; i++) {
      const c = fmt[i];
      if (c === "-") flags |= F_LJUST;
      else if (c === "+") flags |= F_SIGN;
      else if (c === " ") flags |= F_BLANK;
      else if (c === "#") flags |= F_ALT;
      else if (c === "0") flags |= F_ZERO;
      else break;
    }
    let width = -1;
    if (fmt[i] === "*") {
      const w = ctx.nextArg();
      const wi = asIntValue(w);
      if (wi === undefined) raiseTypeError("* wants int");
      width = Number(wi);
      if (width < 0) {
        flags |= F_LJUST;
        width = -width;
      }
      i++;
    } else {
      while (i < n && fmt[i] >= "0" && fmt[i] <= "9") {
        width = Math.max(width, 0) * 10 + (fmt.charCodeAt(i) - 48);
        if (width > 0x7fffffff) raiseValueError("width too big");
        i++;
      }
    }
    let prec = -1;
    if (fmt[i] === ".") {
      i++;
      prec = 0;
      if (fmt[i] === "*") {
        const p = ctx.nextArg();
        const pi = asIntValue(p);
        if (pi === undefined) raiseTypeError("* wants int");
        prec = Math.max(0, Number(pi));
        i++;
      } else {
        while (i < n && fmt[i] >= "0" && fmt[i] <= "9") {
          prec = prec * 10 + (fmt.charCodeAt(i) - 48);
          if (prec > 0x7fffffff) raiseValueError("precision too big");
          i++;
        }
      }
    }
    while (i < n && (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L")) i++;
    if (i >= n) raiseValueError("incomplete format");
    const ch = fmt[i++];
    const v = ctx.nextArg();
    if (width < 0) width = 0;
    switch (ch) {
      case "%":
        out += "%";
        break;
      case "s":
      case "r":
      case "a":
      case "b": {
        let s: string;
        if (bytes) {
          if (ch === "r" || ch === "a")
            s = latin1(Uint8Array.from(printfHooks.ascii(v), (c) => c.charCodeAt(0)));
          else s = bytesArg(v);
        } else if (ch === "b") {
          raiseValueError(`unsupported format character 'b' (0x62) at index ${i - 1}`);
        } else s = ch === "s" ? pyStr(v) : ch === "r" ? repr(v) : printfHooks.ascii(v);
        if (prec >= 0) s = bytes ? s.slice(0, prec) : Array.from(s).slice(0, prec).join("");
        out += padText(s, flags, width);
        break;
      }
      case "d":
      case "i":
      case "u":
      case "o":
      case "x":
      case "X":
        out += formatIntArg(v, ch, flags, width, prec);
        break;
      case "e":
      case "E":
      case "f":
      case "F":
      case "g":
      case "G":
        out += formatFloatArg(v, ch, flags, width, prec);
        break;
      case "c":
        out += padText(charArg(v, bytes), flags, width);
        break;
      default: {
        const code = ch.codePointAt(0) as number;
        const shown =
          code >= 32 && code < 127 ? `'${ch}' (0x${code.toString(16)})` : `'\\x${code.toString(16)}'`;
        raiseValueError(`unsupported format character ${shown} at index ${i - 1}`);
      }
    }
  }
  if (ctx.argidx < ctx.arglen && ctx.dict === null)
    raiseTypeError(`not all arguments converted during ${bytes ? "bytes" : "string"} formatting`);
  return out;
}

/** `str % args` */
export function strPrintf(fmt: string, args: PyValue): string {
  return printf(fmt, args, false);
}

/** `bytes % args` */
export function bytesPrintf(fmt: Uint8Array, args: PyValue): Uint8Array {
  const s = printf(latin1(fmt), args, true);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) raiseValueError("bytes formatting produced a non-byte character");
    out[i] = c;
  }
  return out;
}

strType.nb.nb_remainder = (a, b) => {
  const fmt = strValue(a);
  if (fmt === undefined) return NotImplemented;
  return strPrintf(fmt, b);
};
bytesType.nb.nb_remainder = (a, b) => {
  if (!(a instanceof PyBytes)) return NotImplemented;
  return new PyBytes(bytesPrintf(a.data, b));
};
bytearrayType.nb.nb_remainder = (a, b) => {
  if (typeOf(a) !== bytearrayType && !typeOf(a).isSubtypeOf(bytearrayType)) return NotImplemented;
  return call(bytearrayType, [new PyBytes(bytesPrintf(asBytesLike(a) as Uint8Array, b))]);
};
