// The str type (Objects/unicodeobject.c). A Python str is a JS string (docs/architecture.md
// "Values"); instances of str subclasses are PyStr objects carrying the value. Python counts code
// points: lengths, indexes and slices here go through code points, with a fast path for strings
// that contain no surrogates (where a UTF-16 unit is a code point).
import { getItem, index, isTrue, iter, next, str as pyStr, repr, toArray, typeName } from "./abstract.ts";
import { bindArgs, checkPositional, noKeywords } from "./args.ts";
import { checkNoArgs, defineClassMethods, defineMethods } from "./descr.ts";
import { dictHooks, PyDict } from "./dict.ts";
import { raise, raiseOverflowError, raiseTypeError, raiseValueError } from "./errors.ts";
import {
  PyBaseException,
  PyExc_IndexError,
  PyExc_LookupError,
  PyExc_MemoryError,
  PyExc_OverflowError,
} from "./exceptions.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { asSsize, asSsizeOverflow, compareStr } from "./sequtil.ts";
import { None, NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { makeBuiltinType, sliceType, strType, typeOf } from "./typeobjects.ts";
import {
  isAlphaChar,
  isCasedChar,
  isDecimalChar,
  isDigitChar,
  isLineBreakCode,
  isLowerChar,
  isNumericChar,
  isPrintableChar,
  isSpaceCode,
  isTitleChar,
  isUpperChar,
  toTitleChar,
} from "./unicode-chars.ts";

/** An instance of a str subclass: the value plus the subclass type (and an instance dict). */
export class PyStr extends PyObject {
  readonly value: string;
  constructor(value: string, type: PyType) {
    super(type);
    this.value = value;
  }
  /** BUILD_STRING joins with `+=`: a str subclass (a __format__ result) joins as its value. */
  override toString(): string {
    return this.value;
  }
}

/** The JS string of a str or str-subclass value, or undefined if v is not a str. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyStr) return v.value;
  return undefined;
}

function selfStr(self: PyValue): string {
  return typeof self === "string" ? self : (self as PyStr).value;
}

// ------------------------------------------------------------------ code points

let lastChecked = "";
let lastHasSurrogates = false;
const SURROGATE = /[\ud800-\udfff]/;

/** True when s has UTF-16 surrogates, i.e. UTF-16 indexes are not code point indexes. */
export function hasSurrogates(s: string): boolean {
  if (s.length < 1) return false;
  if (s === lastChecked) return lastHasSurrogates;
  lastChecked = s;
  lastHasSurrogates = SURROGATE.test(s);
  return lastHasSurrogates;
}

/** The code points of s as one-code-point strings (lone surrogates stay single units). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

export function strLen(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** PySlice_AdjustIndices over a slice object's start/stop/step (slice.ts holds the layout). */
export function sliceBounds(slice: PyValue, length: number): [number, number, number, number] {
  const sl = slice as unknown as { start: PyValue; stop: PyValue; step: PyValue };
  let step = 1;
  if (sl.step !== None) {
    const s = sliceIndex(sl.step);
    if (s === 0) raiseValueError("slice step cannot be zero");
    step = s;
  }
  const defStart = step < 0 ? length - 1 : 0;
  const defStop = step < 0 ? -1 : length;
  let start = sl.start === None ? defStart : sliceIndex(sl.start);
  let stop = sl.stop === None ? defStop : sliceIndex(sl.stop);
  if (sl.start !== None) {
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (sl.stop !== None) {
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

function sliceIndex(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v !== "bigint" && typeof v !== "boolean" && typeOf(v).nb.nb_index === null)
    raiseTypeError("slice indices must be integers or None or have an __index__ method");
  const i = index(v);
  if (typeof i === "bigint") return i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  return i;
}

function strGetItem(s: string, key: PyValue): PyValue {
  if (typeof key === "number" || typeof key === "boolean" || typeof key === "bigint") {
    const n = strLen(s);
    let i = typeof key === "number" ? key : asSsize(key, PyExc_IndexError);
    if (i < 0) i += n;
    if (!(i >= 0 && i < n)) raise(PyExc_IndexError, "string index out of range");
    if (n === s.length) return s[i];
    return codePoints(s)[i];
  }
  if (typeOf(key) === sliceType) {
    const fast = !hasSurrogates(s);
    const n = fast ? s.length : strLen(s);
    const [start, , step, count] = sliceBounds(key, n);
    if (count <= 0) return "";
    if (fast) {
      if (step === 1) return s.slice(start, start + count);
      let out = "";
      for (let i = 0, j = start; i < count; i++, j += step) out += s[j];
      return out;
    }
    const cps = codePoints(s);
    if (step === 1) return cps.slice(start, start + count).join("");
    let out = "";
    for (let i = 0, j = start; i < count; i++, j += step) out += cps[j];
    return out;
  }
  if (typeOf(key).nb.nb_index !== null) return strGetItem(s, asSsize(key, PyExc_IndexError));
  raiseTypeError(`string indices must be integers, not '${typeName(key)}'`);
}

// ------------------------------------------------------------------ repr

/** unicode_repr: CPython's quoting and escaping rules. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let plain = 0;
  let i = 0;
  const flush = (upTo: number) => {
    if (upTo > plain) out += s.slice(plain, upTo);
  };
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x5c || String.fromCharCode(c) === quote) {
        flush(i);
        out += `\\${s[i]}`;
        plain = i + 1;
      }
      i++;
      continue;
    }
    const cp = s.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    let esc: string | null = null;
    if (c === 9) esc = "\\t";
    else if (c === 10) esc = "\\n";
    else if (c === 13) esc = "\\r";
    else if (c < 0x20 || c === 0x7f) esc = `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c >= 0x80 && !isPrintableChar(s.slice(i, i + width))) {
      if (cp < 0x100) esc = `\\x${cp.toString(16).padStart(2, "0")}`;
      else if (cp < 0x10000) esc = `\\u${cp.toString(16).padStart(4, "0")}`;
      else esc = `\\U${cp.toString(16).padStart(8, "0")}`;
    }
    if (esc !== null) {
      flush(i);
      out += esc;
      plain = i + width;
    }
    i += width;
  }
  flush(s.length);
  return out + quote;
}

// ------------------------------------------------------------------ comparison

/** Compares by code point (JS's < compares UTF-16 units, which differs above U+FFFF). */
export function compareStrings(a: string, b: string): number {
  return compareStr(a, b);
}

function strRichCompare(self: PyValue, other: PyValue, op: CompareOp): PyValue {
  const a = selfStr(self);
  const b = strValue(other);
  if (b === undefined) return NotImplemented;
  switch (op) {
    case CompareOp.EQ:
      return a === b;
    case CompareOp.NE:
      return a !== b;
    case CompareOp.LT:
      return compareStrings(a, b) < 0;
    case CompareOp.LE:
      return compareStrings(a, b) <= 0;
    case CompareOp.GT:
      return compareStrings(a, b) > 0;
    default:
      return compareStrings(a, b) >= 0;
  }
}

// ------------------------------------------------------------------ slots

strType.tp_repr = (self) => strRepr(selfStr(self));
strType.tp_str = (self) => selfStr(self);
strType.tp_hash = (self) => dictHooks.strHash(selfStr(self));
strType.tp_richcompare = strRichCompare;
strType.mp_length = (self) => strLen(selfStr(self));
strType.mp_subscript = (self, key) => strGetItem(selfStr(self), key);
strType.sq_contains = (self, item) => {
  const sub = strValue(item);
  if (sub === undefined)
    raiseTypeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
  return selfStr(self).includes(sub);
};
strType.nb.nb_add = (a, b) => {
  const x = strValue(a);
  const y = strValue(b);
  if (x === undefined) return NotImplemented;
  if (y === undefined) raiseTypeError(`can only concatenate str (not "${typeName(b)}") to str`);
  return x + y;
};
strType.nb.nb_multiply = (a, b) => {
  let s = strValue(a);
  let n: PyValue = b;
  if (s === undefined) {
    s = strValue(b);
    n = a;
  }
  if (s === undefined) return NotImplemented;
  if (typeof n !== "number" && typeof n !== "bigint" && typeof n !== "boolean") {
    if (typeOf(n).nb.nb_index === null)
      raiseTypeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  // sequence_repeat: PyNumber_AsSsize_t(n, OverflowError) first, then unicode_repeat's size check
  const count = asSsize(n, PyExc_OverflowError);
  if (count * s.length > 0x7fffffff) {
    if (count <= 0 || s.length === 0) return "";
    raiseOverflowError("repeated string is too long");
  }
  return count <= 0 ? "" : s.repeat(count);
};

const strIteratorType = makeBuiltinType("str_ascii_iterator", undefined, 0);
class PyStrIterator extends PyObject {
  s: string;
  pos: number;
  constructor(s: string) {
    super(strIteratorType);
    this.s = s;
    this.pos = 0;
  }
}
strIteratorType.tp_iter = (self) => self;
strIteratorType.tp_iternext = (self) => {
  const it = self as PyStrIterator;
  const s = it.s;
  if (it.pos >= s.length) return undefined;
  const c = s.charCodeAt(it.pos);
  if (c >= 0xd800 && c <= 0xdbff && it.pos + 1 < s.length) {
    const d = s.charCodeAt(it.pos + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      it.pos += 2;
      return s.slice(it.pos - 2, it.pos);
    }
  }
  return s[it.pos++];
};
strType.tp_iter = (self) => new PyStrIterator(selfStr(self));
defineMethods(strIteratorType, {
  /** Remaining code points (striter_len). */
  __length_hint__(self) {
    const it = self as PyStrIterator;
    return it.pos >= it.s.length ? 0 : strLen(it.s.slice(it.pos));
  },
});

strType.tp_new = (type, args, kwnames) => {
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos > 3) raiseTypeError(`str expected at most 3 arguments, got ${npos}`);
  const [obj, encoding, errors] = bindArgs("str", args, kwnames, {
    names: ["object", "encoding", "errors"],
    required: 0,
    posOnly: 0,
  });
  let value: string;
  if (obj === undefined) value = "";
  else if (encoding === undefined && errors === undefined) value = pyStr(obj);
  else {
    if (strValue(obj) !== undefined) raiseTypeError("decoding str is not supported");
    value = strDecodeHook(obj, encoding, errors);
  }
  if (type === strType) return value;
  return new PyStr(value, type);
};

/** str(bytes, encoding, errors): installed by the bytes/codecs implementation. */
let strDecodeHook = (obj: PyValue, _encoding: PyValue | undefined, _errors: PyValue | undefined): string =>
  raiseTypeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
export function setStrDecodeHook(fn: typeof strDecodeHook): void {
  strDecodeHook = fn;
}

// ------------------------------------------------------------------ methods

function argStr(fname: string, v: PyValue, what = "argument"): string {
  const s = strValue(v);
  if (s === undefined)
    raiseTypeError(`${fname}() ${what} must be str, not ${v === None ? "None" : typeName(v)}`);
  return s;
}

/** Optional start/end arguments as code point offsets, clamped like CPython's ADJUST_INDICES. */
function startEnd(n: number, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  let a = start === undefined || start === None ? 0 : sliceIndex(start);
  let b = end === undefined || end === None ? n : sliceIndex(end);
  if (b > n) b = n;
  else if (b < 0) {
    b += n;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += n;
    if (a < 0) a = 0;
  }
  return [a, b];
}

/** Code point offset → UTF-16 offset for a string with surrogates. */
function unitOffset(s: string, cp: number): number {
  let i = 0;
  let n = 0;
  while (n < cp && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    n++;
  }
  return i;
}

function cpOffset(s: string, unit: number): number {
  return strLen(s.slice(0, unit));
}

/** find/rfind/index/rindex/count core: returns a code point index or -1. */
function findIn(
  s: string,
  sub: string,
  start: PyValue | undefined,
  end: PyValue | undefined,
  reverse: boolean,
): number {
  const fast = !hasSurrogates(s);
  const n = fast ? s.length : strLen(s);
  const [a, b] = startEnd(n, start, end);
  if (a > n || b - a < (fast ? sub.length : strLen(sub))) {
    return sub.length === 0 && a <= n && a <= b ? (reverse ? b : a) : -1;
  }
  const ua = fast ? a : unitOffset(s, a);
  const ub = fast ? b : unitOffset(s, b);
  const hay = s.slice(0, ub);
  let r: number;
  if (reverse) {
    r = hay.lastIndexOf(sub);
    if (r < ua) r = -1;
  } else r = hay.indexOf(sub, ua);
  if (r < 0) return -1;
  return fast ? r : cpOffset(s, r);
}

function countIn(s: string, sub: string, start: PyValue | undefined, end: PyValue | undefined): number {
  const fast = !hasSurrogates(s);
  const n = fast ? s.length : strLen(s);
  const [a, b] = startEnd(n, start, end);
  if (a > n || a > b) return 0;
  const hay = fast ? s.slice(a, b) : codePoints(s).slice(a, b).join("");
  if (sub.length === 0) return strLen(hay) + 1;
  let count = 0;
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) count++;
  return count;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      // stringlib split_whitespace: the remainder keeps its trailing whitespace.
      out.push(s.slice(i));
      return out;
    }
    const startTok = i;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(startTok, i));
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      // stringlib rsplit_whitespace: the remainder keeps its leading whitespace.
      out.push(s.slice(0, i));
      break;
    }
    const endTok = i;
    while (i > 0 && !isSpaceCode(s.charCodeAt(i - 1))) i--;
    out.push(s.slice(i, endTok));
  }
  return out.reverse();
}

function maxsplitArg(v: PyValue | undefined): number {
  if (v === undefined) return -1;
  return asSsizeOverflow(v);
}

/** split()'s sep, a str (None was handled): clinic's `str(accept={str, NoneType})` message. */
function sepArg(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) raiseTypeError(`must be str or None, not ${typeName(v)}`);
  return s;
}

/** Hook for building a list from JS values (list.ts installs it; avoids an import cycle). */
export const strListHook = {
  newList: (_items: PyValue[]): PyValue => raiseTypeError("list type not initialised"),
};

function stripChars(
  s: string,
  chars: PyValue | undefined,
  left: boolean,
  right: boolean,
  fname: string,
): string {
  let a = 0;
  let b = s.length;
  if (chars === undefined || chars === None) {
    if (left) while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
    if (right) while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
    return s.slice(a, b);
  }
  const set = strValue(chars);
  if (set === undefined) raiseTypeError(`${fname} arg must be None or str`);
  const cps = codePoints(s);
  let i = 0;
  let j = cps.length;
  if (left) while (i < j && set.includes(cps[i])) i++;
  if (right) while (j > i && set.includes(cps[j - 1])) j--;
  return cps.slice(i, j).join("");
}

function checkPrefixes(
  fname: string,
  s: string,
  prefix: PyValue,
  start: PyValue | undefined,
  end: PyValue | undefined,
  atEnd: boolean,
): boolean {
  const cands: PyValue[] =
    typeOf(prefix).name === "tuple" ? [...(prefix as unknown as { items: PyValue[] }).items] : [prefix];
  const fast = !hasSurrogates(s);
  const n = fast ? s.length : strLen(s);
  const [a, b] = startEnd(n, start, end);
  for (const c of cands) {
    const p = strValue(c);
    if (p === undefined) {
      if (cands.length === 1 && c === prefix)
        raiseTypeError(`${fname} first arg must be str or a tuple of str, not ${typeName(prefix)}`);
      raiseTypeError(`tuple for ${fname} must only contain str, not ${typeName(c)}`);
    }
    if (a > n) continue;
    const region = fast ? s.slice(a, Math.max(a, b)) : codePoints(s).slice(a, Math.max(a, b)).join("");
    // tailmatch (unicodeobject.c): no match when the prefix cannot fit in [start, end).
    if (b - strLen(p) < a) continue;
    if (atEnd ? region.endsWith(p) : region.startsWith(p)) return true;
  }
  return false;
}

/**
 * A pad width (Py_ssize_t): OverflowError beyond ssize_t, MemoryError for a string longer than
 * the host can hold (CPython fails the allocation).
 */
function strWidth(v: PyValue): number {
  const w = asSsizeOverflow(v);
  if (w > 0x1fffffe8) throw new PyBaseException(PyExc_MemoryError);
  return w;
}

function pad(
  s: string,
  width: PyValue,
  fill: PyValue | undefined,
  _fname: string,
  where: "l" | "r" | "c",
): string {
  const w = strWidth(width);
  let f = " ";
  if (fill !== undefined) {
    const fs = strValue(fill);
    if (fs === undefined)
      raiseTypeError(`The fill character must be a unicode character, not ${typeName(fill)}`);
    if (strLen(fs) !== 1) raiseTypeError("The fill character must be exactly one character long");
    f = fs;
  }
  const n = strLen(s);
  if (w <= n) return s;
  const total = w - n;
  if (where === "l") return s + f.repeat(total);
  if (where === "r") return f.repeat(total) + s;
  // CPython's centering puts the extra pad on the left when both the string length and width are odd.
  const left = Math.floor(total / 2) + (total & w & 1);
  return f.repeat(left) + s + f.repeat(total - left);
}

function everyChar(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}

function caseCheck(s: string, upper: boolean): boolean {
  let cased = false;
  for (const ch of s) {
    if (upper ? isLowerChar(ch) : isUpperChar(ch)) return false;
    if (isTitleChar(ch)) return false;
    if (!cased && (upper ? isUpperChar(ch) : isLowerChar(ch))) cased = true;
  }
  return cased;
}

/**
 * Lowercases the code point at UTF-16 index i of s. Capital sigma becomes final sigma when it
 * ends a word (unicodeobject.c handle_capital_sigma: preceded by a cased letter and not followed
 * by one, skipping case-ignorable characters).
 */
function lowerAt(s: string, i: number, ch: string): string {
  if (ch !== "\u03a3") return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(s[j])) j--;
  const before = j >= 0 && isCasedChar(s[j]);
  let k = i + 1;
  while (k < s.length && isCaseIgnorable(s[k])) k++;
  const after = k < s.length && isCasedChar(s[k]);
  return before && !after ? "\u03c2" : "\u03c3";
}

const CASE_IGNORABLE = /^\p{Case_Ignorable}$/u;
function isCaseIgnorable(ch: string): boolean {
  return CASE_IGNORABLE.test(ch);
}

function titleCase(s: string): string {
  let out = "";
  let prevCased = false;
  for (let i = 0; i < s.length; ) {
    const ch = String.fromCodePoint(s.codePointAt(i) as number);
    out += prevCased ? lowerAt(s, i, ch) : toTitleChar(ch);
    prevCased = isCasedChar(ch);
    i += ch.length;
  }
  return out;
}

function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let i = 0;
  let startLine = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isLineBreakCode(c)) {
      let eol = i + 1;
      if (c === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) eol = i + 2;
      out.push(s.slice(startLine, keepends ? eol : i));
      i = startLine = eol;
    } else i++;
  }
  if (startLine < n) out.push(s.slice(startLine));
  return out;
}

defineMethods(strType, {
  join(self, args, kwnames) {
    noKeywords("str.join", kwnames);
    checkPositional("str.join", args.length, 1, 1);
    const sep = selfStr(self);
    const parts: string[] = [];
    const items = joinItems(args[0]);
    for (let i = 0; i < items.length; i++) {
      const p = strValue(items[i]);
      if (p === undefined)
        raiseTypeError(`sequence item ${i}: expected str instance, ${typeName(items[i])} found`);
      parts.push(p);
    }
    return parts.join(sep);
  },
  split(self, args, kwnames) {
    const [sep, maxsplit] = bindArgs("split", args, kwnames, {
      names: ["sep", "maxsplit"],
      required: 0,
      posOnly: 0,
    });
    const s = selfStr(self);
    const max = maxsplitArg(maxsplit);
    if (sep === undefined || sep === None) return strListHook.newList(splitWhitespace(s, max));
    const d = sepArg(sep);
    if (d.length === 0) raiseValueError("empty separator");
    const out: string[] = [];
    let pos = 0;
    while (max < 0 || out.length < max) {
      const j = s.indexOf(d, pos);
      if (j < 0) break;
      out.push(s.slice(pos, j));
      pos = j + d.length;
    }
    out.push(s.slice(pos));
    return strListHook.newList(out);
  },
  rsplit(self, args, kwnames) {
    const [sep, maxsplit] = bindArgs("rsplit", args, kwnames, {
      names: ["sep", "maxsplit"],
      required: 0,
      posOnly: 0,
    });
    const s = selfStr(self);
    const max = maxsplitArg(maxsplit);
    if (sep === undefined || sep === None) return strListHook.newList(rsplitWhitespace(s, max));
    const d = sepArg(sep);
    if (d.length === 0) raiseValueError("empty separator");
    const out: string[] = [];
    let end = s.length;
    while (max < 0 || out.length < max) {
      const j = end - d.length >= 0 ? s.lastIndexOf(d, end - d.length) : -1;
      if (j < 0) break;
      out.push(s.slice(j + d.length, end));
      end = j;
    }
    out.push(s.slice(0, end));
    return strListHook.newList(out.reverse());
  },
  splitlines(self, args, kwnames) {
    const [keepends] = bindArgs("splitlines", args, kwnames, {
      names: ["keepends"],
      required: 0,
      posOnly: 0,
    });
    return strListHook.newList(splitLines(selfStr(self), keepends !== undefined && isTrue(keepends)));
  },
  strip(self, args, kwnames) {
    noKeywords("str.strip", kwnames);
    checkPositional("strip", args.length, 0, 1);
    return stripChars(selfStr(self), args[0], true, true, "strip");
  },
  lstrip(self, args, kwnames) {
    noKeywords("str.lstrip", kwnames);
    checkPositional("lstrip", args.length, 0, 1);
    return stripChars(selfStr(self), args[0], true, false, "lstrip");
  },
  rstrip(self, args, kwnames) {
    noKeywords("str.rstrip", kwnames);
    checkPositional("rstrip", args.length, 0, 1);
    return stripChars(selfStr(self), args[0], false, true, "rstrip");
  },
  startswith(self, args, kwnames) {
    noKeywords("str.startswith", kwnames);
    checkPositional("startswith", args.length, 1, 3);
    return checkPrefixes("startswith", selfStr(self), args[0], args[1], args[2], false);
  },
  endswith(self, args, kwnames) {
    noKeywords("str.endswith", kwnames);
    checkPositional("endswith", args.length, 1, 3);
    return checkPrefixes("endswith", selfStr(self), args[0], args[1], args[2], true);
  },
  find(self, args, kwnames) {
    noKeywords("str.find", kwnames);
    checkPositional("find", args.length, 1, 3);
    return findIn(selfStr(self), argStr("find", args[0], "argument 1"), args[1], args[2], false);
  },
  rfind(self, args, kwnames) {
    noKeywords("str.rfind", kwnames);
    checkPositional("rfind", args.length, 1, 3);
    return findIn(selfStr(self), argStr("rfind", args[0], "argument 1"), args[1], args[2], true);
  },
  index(self, args, kwnames) {
    noKeywords("str.index", kwnames);
    checkPositional("index", args.length, 1, 3);
    const r = findIn(selfStr(self), argStr("index", args[0], "argument 1"), args[1], args[2], false);
    if (r < 0) raiseValueError("substring not found");
    return r;
  },
  rindex(self, args, kwnames) {
    noKeywords("str.rindex", kwnames);
    checkPositional("rindex", args.length, 1, 3);
    const r = findIn(selfStr(self), argStr("rindex", args[0], "argument 1"), args[1], args[2], true);
    if (r < 0) raiseValueError("substring not found");
    return r;
  },
  count(self, args, kwnames) {
    noKeywords("str.count", kwnames);
    checkPositional("count", args.length, 1, 3);
    return countIn(selfStr(self), argStr("count", args[0], "argument 1"), args[1], args[2]);
  },
  replace(self, args, kwnames) {
    const [old, replacement, count] = bindArgs("replace", args, kwnames, {
      names: ["old", "new", "count"],
      required: 2,
      posOnly: 2,
    });
    const s = selfStr(self);
    const o = argStr("replace", old as PyValue, "argument 1");
    const r = argStr("replace", replacement as PyValue, "argument 2");
    let max = count === undefined ? -1 : maxsplitArg(count);
    if (max < 0) max = Number.MAX_SAFE_INTEGER;
    if (max === 0) return s;
    if (o.length === 0) {
      const cps = codePoints(s);
      let out = "";
      let done = 0;
      for (let i = 0; i <= cps.length; i++) {
        if (done < max) {
          out += r;
          done++;
        }
        if (i < cps.length) out += cps[i];
      }
      return out;
    }
    if (max === Number.MAX_SAFE_INTEGER) return s.split(o).join(r);
    let out = "";
    let pos = 0;
    for (let done = 0; done < max; done++) {
      const j = s.indexOf(o, pos);
      if (j < 0) break;
      out += s.slice(pos, j) + r;
      pos = j + o.length;
    }
    return out + s.slice(pos);
  },
  upper(self) {
    return selfStr(self).toUpperCase();
  },
  lower(self) {
    return selfStr(self).toLowerCase();
  },
  casefold(self) {
    // Full case folding, character by character (no final-sigma context, unlike lower()).
    let out = "";
    for (const ch of selfStr(self)) out += caseFoldChar(ch);
    return out;
  },
  swapcase(self) {
    const s = selfStr(self);
    let out = "";
    for (let i = 0; i < s.length; ) {
      const ch = String.fromCodePoint(s.codePointAt(i) as number);
      if (isUpperChar(ch)) out += lowerAt(s, i, ch);
      else if (isLowerChar(ch)) out += ch.toUpperCase();
      else out += ch;
      i += ch.length;
    }
    return out;
  },
  capitalize(self) {
    const s = selfStr(self);
    if (s.length === 0) return s;
    const first = String.fromCodePoint(s.codePointAt(0) as number);
    let out = toTitleChar(first);
    for (let i = first.length; i < s.length; ) {
      const ch = String.fromCodePoint(s.codePointAt(i) as number);
      out += lowerAt(s, i, ch);
      i += ch.length;
    }
    return out;
  },
  title(self) {
    return titleCase(selfStr(self));
  },
  center(self, args, kwnames) {
    noKeywords("str.center", kwnames);
    checkPositional("center", args.length, 1, 2);
    return pad(selfStr(self), args[0], args[1], "center", "c");
  },
  ljust(self, args, kwnames) {
    noKeywords("str.ljust", kwnames);
    checkPositional("ljust", args.length, 1, 2);
    return pad(selfStr(self), args[0], args[1], "ljust", "l");
  },
  rjust(self, args, kwnames) {
    noKeywords("str.rjust", kwnames);
    checkPositional("rjust", args.length, 1, 2);
    return pad(selfStr(self), args[0], args[1], "rjust", "r");
  },
  zfill(self, args, kwnames) {
    noKeywords("str.zfill", kwnames);
    checkPositional("str.zfill", args.length, 1, 1);
    const s = selfStr(self);
    const w = strWidth(args[0]);
    const n = strLen(s);
    if (w <= n) return s;
    const fill = "0".repeat(w - n);
    if (s[0] === "+" || s[0] === "-") return s[0] + fill + s.slice(1);
    return fill + s;
  },
  partition(self, args, kwnames) {
    noKeywords("str.partition", kwnames);
    checkPositional("str.partition", args.length, 1, 1);
    const s = selfStr(self);
    const sep = strValue(args[0]);
    if (sep === undefined) raiseTypeError(`must be str, not ${typeName(args[0])}`);
    if (sep.length === 0) raiseValueError("empty separator");
    const i = s.indexOf(sep);
    if (i < 0) return newTuple([self, "", ""]); // the object itself, a subclass instance too
    return newTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  rpartition(self, args, kwnames) {
    noKeywords("str.rpartition", kwnames);
    checkPositional("str.rpartition", args.length, 1, 1);
    const s = selfStr(self);
    const sep = strValue(args[0]);
    if (sep === undefined) raiseTypeError(`must be str, not ${typeName(args[0])}`);
    if (sep.length === 0) raiseValueError("empty separator");
    const i = s.lastIndexOf(sep);
    if (i < 0) return newTuple(["", "", self]);
    return newTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  removeprefix(self, args, kwnames) {
    noKeywords("str.removeprefix", kwnames);
    checkPositional("str.removeprefix", args.length, 1, 1);
    const s = selfStr(self);
    const p = argStr("removeprefix", args[0], "argument");
    return p.length && s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix(self, args, kwnames) {
    noKeywords("str.removesuffix", kwnames);
    checkPositional("str.removesuffix", args.length, 1, 1);
    const s = selfStr(self);
    const p = argStr("removesuffix", args[0], "argument");
    return p.length && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
  expandtabs(self, args, kwnames) {
    const [tabsize] = bindArgs("expandtabs", args, kwnames, {
      names: ["tabsize"],
      required: 0,
      posOnly: 0,
    });
    const ts = tabsize === undefined ? 8 : Number(index(tabsize));
    let out = "";
    let col = 0;
    for (const ch of selfStr(self)) {
      if (ch === "\t") {
        if (ts > 0) {
          const n = ts - (col % ts);
          out += " ".repeat(n);
          col += n;
        }
      } else {
        out += ch;
        col = ch === "\n" || ch === "\r" ? 0 : col + 1;
      }
    }
    return out;
  },
  isascii(self) {
    return /^[\x00-\x7f]*$/.test(selfStr(self));
  },
  isalpha(self) {
    return everyChar(selfStr(self), isAlphaChar);
  },
  isalnum(self) {
    return everyChar(selfStr(self), (c) => isAlphaChar(c) || isNumericChar(c));
  },
  isdecimal(self) {
    return everyChar(selfStr(self), isDecimalChar);
  },
  isdigit(self) {
    return everyChar(selfStr(self), isDigitChar);
  },
  isnumeric(self) {
    return everyChar(selfStr(self), isNumericChar);
  },
  isspace(self) {
    return everyChar(selfStr(self), (c) => isSpaceCode(c.codePointAt(0) as number));
  },
  isprintable(self) {
    const s = selfStr(self);
    for (const ch of s) if (!isPrintableChar(ch)) return false;
    return true;
  },
  isupper(self) {
    return caseCheck(selfStr(self), true);
  },
  islower(self) {
    return caseCheck(selfStr(self), false);
  },
  istitle(self) {
    const s = selfStr(self);
    let cased = false;
    let prevCased = false;
    for (const ch of s) {
      if (isUpperChar(ch) || isTitleChar(ch)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (isLowerChar(ch)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  },
  isidentifier(self) {
    return /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(selfStr(self).normalize("NFKC"));
  },
  translate(self, args, kwnames) {
    noKeywords("str.translate", kwnames);
    checkPositional("str.translate", args.length, 1, 1);
    const table = args[0];
    let out = "";
    for (const ch of selfStr(self)) {
      let r: PyValue;
      try {
        r = getItem(table, ch.codePointAt(0) as number);
      } catch (e) {
        if (e instanceof PyBaseException && e.type.isSubtypeOf(PyExc_LookupError)) {
          out += ch;
          continue;
        }
        throw e;
      }
      if (r === None) continue;
      if (typeof r === "number") {
        if (r < 0 || r > 0x10ffff) raiseValueError("character mapping must be in range(0x110000)");
        out += String.fromCodePoint(r);
        continue;
      }
      const rs = strValue(r);
      if (rs === undefined) raiseTypeError("character mapping must return integer, None or str");
      out += rs;
    }
    return out;
  },
  __getnewargs__(self) {
    return newTuple([selfStr(self)]);
  },
  __sizeof__(self) {
    const s = selfStr(self);
    let max = 0;
    for (const ch of s) max = Math.max(max, ch.codePointAt(0) as number);
    const n = strLen(s);
    if (max < 128) return 41 + n;
    if (max < 256) return 57 + n;
    if (max < 65536) return 57 + 2 * (n + 1);
    return 57 + 4 * (n + 1);
  },
});
checkNoArgs(strType);

/**
 * Full case folding of one character (CaseFolding.txt, C+F): the lower-upper-lower round trip
 * except where it differs: dotless i stays, capital sharp s folds to "ss", and Cherokee folds to
 * its uppercase letters.
 */
function caseFoldChar(ch: string): string {
  const c = ch.codePointAt(0) as number;
  if (c < 0x80) return ch.toLowerCase();
  if (c === 0x130) return "i\u0307";
  if (c === 0x131) return ch;
  if (c === 0x1e9e) return "ss";
  if (c >= 0x13a0 && c <= 0x13f5) return ch;
  if (c >= 0x13f8 && c <= 0x13fd) return String.fromCharCode(c - 8);
  if (c >= 0xab70 && c <= 0xabbf) return String.fromCharCode(c - 0xab70 + 0x13a0);
  return ch.toUpperCase().toLowerCase();
}

/** Items of join()'s argument: fast for exact lists/tuples, else the iteration protocol. */
function joinItems(v: PyValue): PyValue[] {
  if (typeof v === "object" && (v.type.name === "list" || v.type.name === "tuple")) {
    return (v as unknown as { items: PyValue[] }).items.slice();
  }
  if (typeOf(v).tp_iter === null && typeOf(v).lookup("__getitem__") === undefined)
    raiseTypeError("can only join an iterable");
  return toArray(v);
}

/** ascii(v): repr(v) with non-ASCII characters escaped (PyObject_ASCII). */
export function asciiOf(v: PyValue): string {
  const r = repr(v);
  if (/^[\x00-\x7f]*$/.test(r)) return r;
  let out = "";
  for (const ch of r) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x80) out += ch;
    else if (cp < 0x100) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp < 0x10000) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += `\\U${cp.toString(16).padStart(8, "0")}`;
  }
  return out;
}

defineClassMethods(strType, {
  /** str.maketrans (a staticmethod in CPython; the class argument is ignored). */
  maketrans(_cls, args, kwnames) {
    noKeywords("str.maketrans", kwnames);
    checkPositional("maketrans", args.length, 1, 3);
    const out = new PyDict();
    if (args.length === 1) {
      const m = args[0];
      if (!(m instanceof PyDict))
        raiseTypeError("if you give only one argument to maketrans it must be a dict");
      const it = iter(m);
      for (;;) {
        const k = next(it);
        if (k === undefined) break;
        const v = m.getItem(k) as PyValue;
        const ks = strValue(k);
        if (ks !== undefined) {
          if (strLen(ks) !== 1) raiseValueError("string keys in translate table must be of length 1");
          out.setItem(ks.codePointAt(0) as number, v);
        } else if (typeof k === "number" || typeof k === "bigint" || typeof k === "boolean") {
          out.setItem(k, v);
        } else raiseTypeError("keys in translate table must be strings or integers");
      }
      return out;
    }
    // Argument Clinic checks y and z (typed str) before the body looks at x.
    const y = strValue(args[1]);
    if (y === undefined) raiseTypeError(`maketrans() argument 2 must be str, not ${typeName(args[1])}`);
    const z = args.length === 3 ? strValue(args[2]) : "";
    if (z === undefined) raiseTypeError(`maketrans() argument 3 must be str, not ${typeName(args[2])}`);
    const x = strValue(args[0]);
    if (x === undefined)
      raiseTypeError("first maketrans argument must be a string if there is a second argument");
    const xs = codePoints(x);
    const ys = codePoints(y);
    if (xs.length !== ys.length) raiseValueError("the first two maketrans arguments must have equal length");
    for (let i = 0; i < xs.length; i++)
      out.setItem(xs[i].codePointAt(0) as number, ys[i].codePointAt(0) as number);
    for (const ch of z) out.setItem(ch.codePointAt(0) as number, None);
    return out;
  },
});
