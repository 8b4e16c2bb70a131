// String and number literal decoding for the parser (CPython's Parser/string_parser.c and the
// number part of Parser/pegen.c). The f-string/t-string AST assembly lives in parser.ts, next to
// the grammar rules that produce its pieces; this file decodes the text of single tokens.
//
// Decoding errors are reported as DecodeError (a message in CPython's words, e.g.
// "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX
// escape"); the parser turns them into a SyntaxError at CPython's position. Invalid escape
// sequences are SyntaxWarnings in CPython: they are handed to the `warn` callback.

import { ComplexValue, FloatValue } from "./ast.ts";
import { NAME_RANGES, NAMES_DATA } from "./unicode-names.ts";

export class DecodeError extends Error {}

export type WarnFn = (message: string, token: { lineno: number; col_offset: number }) => void;

/** Looks up a Unicode character by name (for `\N{...}`); returns the code point or -1. */
export type UnicodeNameLookup = (name: string) => number;

let nameLookup: UnicodeNameLookup | null = null;

/** Installs the table used for `\N{...}` escapes (the unicodedata module provides one). */
export function setUnicodeNameLookup(fn: UnicodeNameLookup | null): void {
  nameLookup = fn;
}

const JAMO_L = [
  "G",
  "GG",
  "N",
  "D",
  "DD",
  "R",
  "M",
  "B",
  "BB",
  "S",
  "SS",
  "",
  "J",
  "JJ",
  "C",
  "K",
  "T",
  "P",
  "H",
];
const JAMO_V = [
  "A",
  "AE",
  "YA",
  "YAE",
  "EO",
  "E",
  "YEO",
  "YE",
  "O",
  "WA",
  "WAE",
  "OE",
  "YO",
  "U",
  "WEO",
  "WE",
  "WI",
  "YU",
  "EU",
  "YI",
  "I",
];
const JAMO_T = [
  "",
  "G",
  "GG",
  "GS",
  "N",
  "NJ",
  "NH",
  "D",
  "L",
  "LG",
  "LM",
  "LB",
  "LS",
  "LT",
  "LP",
  "LH",
  "M",
  "B",
  "BS",
  "S",
  "SS",
  "NG",
  "J",
  "C",
  "K",
  "T",
  "P",
  "H",
];

/**
 * Looks `t` (upper case) up in the front-coded table of unicode-names.ts with one scan that
 * compares as it decodes: `match` is how many leading characters the previous name shares with `t`.
 */
function tableLookup(t: string): number {
  const d = NAMES_DATA;
  let cp = -1;
  let match = 0;
  let i = 0;
  const n = d.length;
  while (i < n) {
    if (d.charCodeAt(i) === 35) {
      const e = d.indexOf("#", i + 1);
      cp += Number.parseInt(d.slice(i + 1, e), 36);
      i = e + 1;
    } else cp += 1;
    const k = d.charCodeAt(i) - 97;
    const nl = d.indexOf("\n", i);
    if (k <= match) {
      const sl = nl - i - 1;
      let j = 0;
      while (j < sl && k + j < t.length && d.charCodeAt(i + 1 + j) === t.charCodeAt(k + j)) j++;
      match = k + j;
      if (j === sl && match === t.length) return cp;
    }
    i = nl + 1;
  }
  return -1;
}

function lookupName(name: string): number {
  if (name.startsWith("HANGUL SYLLABLE ")) {
    const rest = name.slice(16);
    for (let l = 0; l < JAMO_L.length; l++) {
      if (!rest.startsWith(JAMO_L[l]!)) continue;
      for (let v = 0; v < JAMO_V.length; v++) {
        const lv = JAMO_L[l]! + JAMO_V[v]!;
        if (!rest.startsWith(lv)) continue;
        for (let t = 0; t < JAMO_T.length; t++) {
          if (lv + JAMO_T[t] === rest) return 0xac00 + (l * 21 + v) * 28 + t;
        }
      }
    }
    return -1;
  }
  for (const [prefix, ranges] of NAME_RANGES) {
    if (!name.startsWith(prefix)) continue;
    const hex = name.slice(prefix.length);
    if (!/^[0-9A-F]{4,5}$/.test(hex)) return -1;
    const cp = Number.parseInt(hex, 16);
    for (let r = 0; r < ranges.length; r += 2) if (cp >= ranges[r]! && cp <= ranges[r + 1]!) return cp;
    return -1;
  }
  if (nameLookup) {
    const r = nameLookup(name);
    if (r >= 0) return r;
  }
  return tableLookup(name.toUpperCase());
}

/** Length of body[from, to) in CPython's intermediate buffer (non-ASCII characters count 10). */
function bufLen(body: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = body.charCodeAt(k);
    if (c < 0x80) n += 1;
    else {
      n += 10;
      if (c >= 0xd800 && c < 0xdc00 && k + 1 < to) k++;
    }
  }
  return n;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function codecError(start: number, end: number, reason: string, byte: number): DecodeError {
  if (end === start + 1) {
    return new DecodeError(
      `(unicode error) 'unicodeescape' codec can't decode byte 0x${byte.toString(16).padStart(2, "0")} in position ${start}: ${reason}`,
    );
  }
  return new DecodeError(
    `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`,
  );
}

/**
 * Decodes the backslash escapes of a str literal body (not raw). Positions in error messages are
 * byte positions in CPython's intermediate buffer, where each non-ASCII character counts as the
 * 10 bytes of its `\UXXXXXXXX` form.
 */
export function decodeStrEscapes(body: string, warn: ((msg: string) => void) | null): string {
  if (body.indexOf("\\") < 0) return body;
  let out = "";
  let i = 0;
  const n = body.length;
  // position in CPython's intermediate buffer
  let bpos = 0;
  let firstInvalid: string | null = null;
  let firstInvalidOctal: string | null = null;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92) {
      // copy a run of ordinary characters
      let j = i + 1;
      while (j < n && body.charCodeAt(j) !== 92) j++;
      const run = body.slice(i, j);
      out += run;
      for (let k = 0; k < run.length; k++) {
        const cc = run.charCodeAt(k);
        if (cc < 0x80) bpos += 1;
        else {
          bpos += 10;
          if (cc >= 0xd800 && cc < 0xdc00 && k + 1 < run.length) k++;
        }
      }
      i = j;
      continue;
    }
    const start = bpos;
    // decode_unicode_with_escapes: a backslash at the end or before a non-ASCII character
    // becomes "\\u005c", a literal backslash.
    if (i + 1 >= n || body.charCodeAt(i + 1) >= 0x80) {
      out += "\\";
      bpos += 6;
      i += 1;
      continue;
    }
    const e = body[i + 1];
    i += 2;
    bpos += 2;
    switch (e) {
      case "\n":
        break;
      case "\\":
        out += "\\";
        break;
      case "'":
        out += "'";
        break;
      case '"':
        out += '"';
        break;
      case "a":
        out += "\x07";
        break;
      case "b":
        out += "\b";
        break;
      case "f":
        out += "\f";
        break;
      case "n":
        out += "\n";
        break;
      case "r":
        out += "\r";
        break;
      case "t":
        out += "\t";
        break;
      case "v":
        out += "\v";
        break;
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7": {
        let v = e.charCodeAt(0) - 48;
        let digits = 1;
        while (digits < 3 && i < n && body.charCodeAt(i) >= 48 && body.charCodeAt(i) <= 55) {
          v = v * 8 + (body.charCodeAt(i) - 48);
          i++;
          bpos++;
          digits++;
        }
        if (v > 0o377 && firstInvalidOctal === null) firstInvalidOctal = body.slice(i - digits, i);
        out += String.fromCodePoint(v);
        break;
      }
      case "x":
      case "u":
      case "U": {
        const count = e === "x" ? 2 : e === "u" ? 4 : 8;
        let v = 0;
        let k = 0;
        for (; k < count; k++) {
          const h = i + k < n ? body.charCodeAt(i + k) : -1;
          if (h < 0 || !isHex(h)) break;
          v = v * 16 + Number.parseInt(body[i + k], 16);
        }
        if (k < count) {
          const what =
            e === "x"
              ? "truncated \\xXX escape"
              : e === "u"
                ? "truncated \\uXXXX escape"
                : "truncated \\UXXXXXXXX escape";
          throw codecError(start, bpos + k, what, 0x5c);
        }
        i += count;
        bpos += count;
        if (v > 0x10ffff) throw codecError(start, bpos, "illegal Unicode character", 0x5c);
        out += String.fromCodePoint(v);
        break;
      }
      case "N": {
        // \N{name}
        if (i < n && body[i] === "{") {
          const close = body.indexOf("}", i + 1);
          if (close < 0) {
            throw codecError(start, bpos + bufLen(body, i, n), "malformed \\N character escape", 0x5c);
          }
          if (close === i + 1) throw codecError(start, bpos + 1, "malformed \\N character escape", 0x5c);
          const name = body.slice(i + 1, close);
          const cp = /^[\x20-\x7e]+$/.test(name) ? lookupName(name) : -1;
          const consumed = bufLen(body, i, close + 1);
          if (cp < 0) throw codecError(start, bpos + consumed, "unknown Unicode character name", 0x5c);
          i = close + 1;
          bpos += consumed;
          out += String.fromCodePoint(cp);
          break;
        }
        throw codecError(start, bpos, "malformed \\N character escape", 0x5c);
      }
      default: {
        if (firstInvalid === null) firstInvalid = e;
        out += "\\";
        // the character after the backslash is copied as ordinary text
        i -= 1;
        bpos -= 1;
        break;
      }
    }
  }
  if (warn) {
    if (firstInvalid !== null) {
      const cp = firstInvalid.codePointAt(0)!;
      warn(
        cp < 0x80 && cp >= 0x20
          ? `"\\${firstInvalid}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${firstInvalid}"? A raw string is also an option.`
          : `"\\${firstInvalid}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${firstInvalid}"? A raw string is also an option.`,
      );
    } else if (firstInvalidOctal !== null) {
      warn(
        `"\\${firstInvalidOctal}" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean "\\\\${firstInvalidOctal}"? A raw string is also an option.`,
      );
    }
  }
  return out;
}

/** Decodes a bytes literal body (source text, ASCII only) into bytes. */
export function decodeBytesEscapes(
  body: string,
  raw: boolean,
  warn: ((msg: string) => void) | null,
): Uint8Array {
  const out: number[] = [];
  const n = body.length;
  let firstInvalid: string | null = null;
  let firstInvalidOctal: string | null = null;
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (c !== 92 || raw) {
      out.push(c);
      continue;
    }
    if (i + 1 >= n) throw new DecodeError("(value error) Trailing \\ in string");
    const e = body[i + 1];
    i++;
    switch (e) {
      case "\n":
        break;
      case "\\":
        out.push(92);
        break;
      case "'":
        out.push(39);
        break;
      case '"':
        out.push(34);
        break;
      case "a":
        out.push(7);
        break;
      case "b":
        out.push(8);
        break;
      case "f":
        out.push(12);
        break;
      case "n":
        out.push(10);
        break;
      case "r":
        out.push(13);
        break;
      case "t":
        out.push(9);
        break;
      case "v":
        out.push(11);
        break;
      case "0":
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7": {
        let v = e.charCodeAt(0) - 48;
        let digits = 1;
        while (digits < 3 && i + 1 < n && body.charCodeAt(i + 1) >= 48 && body.charCodeAt(i + 1) <= 55) {
          v = v * 8 + (body.charCodeAt(i + 1) - 48);
          i++;
          digits++;
        }
        if (v > 0o377 && firstInvalidOctal === null) firstInvalidOctal = body.slice(i + 1 - digits, i + 1);
        out.push(v & 0xff);
        break;
      }
      case "x": {
        const h1 = i + 1 < n ? body.charCodeAt(i + 1) : -1;
        const h2 = i + 2 < n ? body.charCodeAt(i + 2) : -1;
        if (h1 < 0 || h2 < 0 || !isHex(h1) || !isHex(h2)) {
          throw new DecodeError(`(value error) invalid \\x escape at position ${i - 1}`);
        }
        out.push(Number.parseInt(body.slice(i + 1, i + 3), 16));
        i += 2;
        break;
      }
      default:
        if (firstInvalid === null) firstInvalid = e;
        out.push(92);
        i--;
        break;
    }
  }
  if (warn) {
    if (firstInvalid !== null) {
      warn(
        `"\\${firstInvalid}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${firstInvalid}"? A raw string is also an option.`,
      );
    } else if (firstInvalidOctal !== null) {
      warn(
        `"\\${firstInvalidOctal}" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean "\\\\${firstInvalidOctal}"? A raw string is also an option.`,
      );
    }
  }
  return Uint8Array.from(out);
}

export interface StringLiteral {
  value: string | Uint8Array;
  /** "u" for a u-prefixed str literal (Constant.kind), else null. */
  kind: string | null;
}

/** Decodes a STRING token's text (prefix, quotes, body). */
export function parseStringLiteral(text: string, warn: ((msg: string) => void) | null): StringLiteral {
  let p = 0;
  let raw = false;
  let bytes = false;
  let u = false;
  for (;;) {
    const ch = text[p];
    if (ch === "r" || ch === "R") raw = true;
    else if (ch === "b" || ch === "B") bytes = true;
    else if (ch === "u" || ch === "U") u = true;
    else break;
    p++;
  }
  const q = text[p];
  let qlen = 1;
  if (text.length - p >= 6 && text[p + 1] === q && text[p + 2] === q) qlen = 3;
  const body = text.slice(p + qlen, text.length - qlen);
  if (bytes) {
    for (let i = 0; i < body.length; i++) {
      if (body.charCodeAt(i) >= 0x80)
        throw new DecodeError("bytes can only contain ASCII literal characters");
    }
    return { value: decodeBytesEscapes(body, raw, warn), kind: null };
  }
  return { value: raw ? body : decodeStrEscapes(body, warn), kind: u && text[0] === "u" ? "u" : null };
}

/** Parses a NUMBER token into int (number | bigint), FloatValue or ComplexValue. */
export function parseNumber(text: string): number | bigint | FloatValue | ComplexValue {
  const s = text.indexOf("_") >= 0 ? text.replace(/_/g, "") : text;
  const last = s.charCodeAt(s.length - 1);
  if (last === 106 || last === 74) {
    return new ComplexValue(0, Number(s.slice(0, -1)));
  }
  if (s.length > 1 && s[0] === "0") {
    const b = s[1];
    if (b === "x" || b === "X" || b === "o" || b === "O" || b === "b" || b === "B") {
      const v = BigInt(s.toLowerCase());
      return v <= 9007199254740991n ? Number(v) : v;
    }
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return new FloatValue(Number(s));
  }
  if (s.length < 16) return Number(s);
  const v = BigInt(s);
  return v <= 9007199254740991n ? Number(v) : v;
}
