// Character predicates and case mappings of the matcher, with CPython's definitions
// (Modules/_sre/sre.c): ASCII classes for str patterns compiled with re.ASCII and for bytes,
// Python's Unicode classes (Py_UNICODE_ISDECIMAL / ISSPACE / ISALNUM / ISLINEBREAK) otherwise, and
// the simple (one code point) Unicode case mappings Py_UNICODE_TOLOWER / TOUPPER.
//
// The locale variants (re.LOCALE) use the C library's tolower/isalnum on bytes; in the UTF-8
// locales Python runs under these only know ASCII, which is what is done here.
import { isLineBreakCode, isSpaceCode } from "../../objects/unicode-chars.ts";
import {
  CATEGORY_DIGIT,
  CATEGORY_LINEBREAK,
  CATEGORY_LOC_NOT_WORD,
  CATEGORY_LOC_WORD,
  CATEGORY_NOT_DIGIT,
  CATEGORY_NOT_LINEBREAK,
  CATEGORY_NOT_SPACE,
  CATEGORY_NOT_WORD,
  CATEGORY_SPACE,
  CATEGORY_UNI_DIGIT,
  CATEGORY_UNI_LINEBREAK,
  CATEGORY_UNI_NOT_DIGIT,
  CATEGORY_UNI_NOT_LINEBREAK,
  CATEGORY_UNI_NOT_SPACE,
  CATEGORY_UNI_NOT_WORD,
  CATEGORY_UNI_SPACE,
  CATEGORY_UNI_WORD,
  CATEGORY_WORD,
} from "./constants.ts";

// ---------------------------------------------------------------- ASCII / locale

export function isAsciiDigit(ch: number): boolean {
  return ch >= 48 && ch <= 57;
}

/** SRE_IS_SPACE: Py_ISSPACE restricted to ch <= ' ' (\t \n \v \f \r and space). */
export function isAsciiSpace(ch: number): boolean {
  return ch === 32 || (ch >= 9 && ch <= 13);
}

/** SRE_IS_WORD: ASCII letters, digits and '_'. */
export function isAsciiWord(ch: number): boolean {
  return (ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57) || ch === 95;
}

export function lowerAscii(ch: number): number {
  return ch >= 65 && ch <= 90 ? ch + 32 : ch;
}

export function upperAscii(ch: number): number {
  return ch >= 97 && ch <= 122 ? ch - 32 : ch;
}

/** sre_lower_locale / sre_upper_locale and SRE_LOC_IS_WORD (ASCII in UTF-8 locales). */
export const lowerLocale = lowerAscii;
export const upperLocale = upperAscii;
export const isLocaleWord = isAsciiWord;

/** char_loc_ignore(pattern, ch). */
export function charLocIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

// ---------------------------------------------------------------- Unicode

// Class bits of BMP code points, computed on first use: 1 = known, 2 = decimal, 4 = alnum,
// 8 = space, 16 = linebreak.
const K_KNOWN = 1;
const K_DECIMAL = 2;
const K_ALNUM = 4;
const K_SPACE = 8;
const K_LINEBREAK = 16;
const bmpClass = new Uint8Array(0x10000);
const DECIMAL_RE = /^\p{Nd}$/u;
const ALNUM_RE = /^[\p{L}\p{N}]$/u;

function computeClass(ch: number): number {
  let k = K_KNOWN;
  if (ch < 128) {
    if (ch >= 48 && ch <= 57) k |= K_DECIMAL | K_ALNUM;
    else if ((ch >= 97 && ch <= 122) || (ch >= 65 && ch <= 90)) k |= K_ALNUM;
  } else if (ch < 0xd800 || ch > 0xdfff) {
    const s = String.fromCodePoint(ch);
    if (DECIMAL_RE.test(s)) k |= K_DECIMAL | K_ALNUM;
    else if (ALNUM_RE.test(s)) k |= K_ALNUM;
  }
  if (isSpaceCode(ch)) k |= K_SPACE;
  if (isLineBreakCode(ch)) k |= K_LINEBREAK;
  return k;
}

function classOf(ch: number): number {
  if (ch < 0x10000) {
    let k = bmpClass[ch];
    if (k === 0) {
      k = computeClass(ch);
      bmpClass[ch] = k;
    }
    return k;
  }
  if (ch > 0x10ffff) return K_KNOWN;
  return computeClass(ch);
}

/** SRE_UNI_IS_DIGIT: Py_UNICODE_ISDECIMAL. */
export function isUniDigit(ch: number): boolean {
  if (ch < 128) return ch >= 48 && ch <= 57;
  return (classOf(ch) & K_DECIMAL) !== 0;
}

/** SRE_UNI_IS_SPACE: Py_UNICODE_ISSPACE. */
export function isUniSpace(ch: number): boolean {
  if (ch < 128) return ch === 32 || (ch >= 9 && ch <= 13) || (ch >= 0x1c && ch <= 0x1f);
  return (classOf(ch) & K_SPACE) !== 0;
}

/** SRE_UNI_IS_WORD: Py_UNICODE_ISALNUM or '_'. */
export function isUniWord(ch: number): boolean {
  if (ch < 128) return isAsciiWord(ch);
  return (classOf(ch) & K_ALNUM) !== 0;
}

/** SRE_UNI_IS_LINEBREAK: Py_UNICODE_ISLINEBREAK. */
export function isUniLinebreak(ch: number): boolean {
  if (ch < 128) return ch === 10 || ch === 13 || ch === 11 || ch === 12 || (ch >= 0x1c && ch <= 0x1e);
  return (classOf(ch) & K_LINEBREAK) !== 0;
}

// Case mappings of the BMP, computed on first use (-1 = not yet known). CPython's
// Py_UNICODE_TOLOWER / TOUPPER give the first code point of the full mapping for characters with
// special casing ('ß' uppercases to 'S', 'İ' lowercases to 'i'), which is what taking the first
// code point of JS's (full, context-free) toLowerCase / toUpperCase gives.
const bmpLower = new Int32Array(0x10000).fill(-1);
const bmpUpper = new Int32Array(0x10000).fill(-1);

function computeLower(ch: number): number {
  if (ch >= 0xd800 && ch <= 0xdfff) return ch;
  return String.fromCodePoint(ch).toLowerCase().codePointAt(0) as number;
}

function computeUpper(ch: number): number {
  if (ch >= 0xd800 && ch <= 0xdfff) return ch;
  return String.fromCodePoint(ch).toUpperCase().codePointAt(0) as number;
}

/** sre_lower_unicode: Py_UNICODE_TOLOWER. */
export function lowerUnicode(ch: number): number {
  if (ch < 128) return ch >= 65 && ch <= 90 ? ch + 32 : ch;
  if (ch < 0x10000) {
    let r = bmpLower[ch];
    if (r < 0) {
      r = computeLower(ch);
      bmpLower[ch] = r;
    }
    return r;
  }
  if (ch > 0x10ffff) return ch;
  return computeLower(ch);
}

/** sre_upper_unicode: Py_UNICODE_TOUPPER. */
export function upperUnicode(ch: number): number {
  if (ch < 128) return ch >= 97 && ch <= 122 ? ch - 32 : ch;
  if (ch < 0x10000) {
    let r = bmpUpper[ch];
    if (r < 0) {
      r = computeUpper(ch);
      bmpUpper[ch] = r;
    }
    return r;
  }
  if (ch > 0x10ffff) return ch;
  return computeUpper(ch);
}

/** sre_category(category, ch). */
export function category(cat: number, ch: number): boolean {
  switch (cat) {
    case CATEGORY_DIGIT:
      return isAsciiDigit(ch);
    case CATEGORY_NOT_DIGIT:
      return !isAsciiDigit(ch);
    case CATEGORY_SPACE:
      return isAsciiSpace(ch);
    case CATEGORY_NOT_SPACE:
      return !isAsciiSpace(ch);
    case CATEGORY_WORD:
      return isAsciiWord(ch);
    case CATEGORY_NOT_WORD:
      return !isAsciiWord(ch);
    case CATEGORY_LINEBREAK:
      return ch === 10;
    case CATEGORY_NOT_LINEBREAK:
      return ch !== 10;
    case CATEGORY_LOC_WORD:
      return isLocaleWord(ch);
    case CATEGORY_LOC_NOT_WORD:
      return !isLocaleWord(ch);
    case CATEGORY_UNI_DIGIT:
      return isUniDigit(ch);
    case CATEGORY_UNI_NOT_DIGIT:
      return !isUniDigit(ch);
    case CATEGORY_UNI_SPACE:
      return isUniSpace(ch);
    case CATEGORY_UNI_NOT_SPACE:
      return !isUniSpace(ch);
    case CATEGORY_UNI_WORD:
      return isUniWord(ch);
    case CATEGORY_UNI_NOT_WORD:
      return !isUniWord(ch);
    case CATEGORY_UNI_LINEBREAK:
      return isUniLinebreak(ch);
    case CATEGORY_UNI_NOT_LINEBREAK:
      return !isUniLinebreak(ch);
  }
  return false;
}
