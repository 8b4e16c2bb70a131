// Character classes and UTF-8 column arithmetic for the tokenizer. The source is a JS string
// (UTF-16 code units); CPython's tokenizer works on UTF-8 bytes, so columns are converted here.

/** CPython's is_potential_identifier_start (a byte >= 128 is any non-ASCII character). */
export function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}

/** CPython's is_potential_identifier_char. */
export function isPotentialIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;

/**
 * _PyUnicode_ScanIdentifier: the index (in code points) of the first character that makes `s`
 * an invalid identifier, or the number of code points when it is valid.
 */
export function scanIdentifier(s: string): number {
  let i = 0;
  for (const ch of s) {
    const ok = i === 0 ? XID_START.test(ch) : ch === "_" || XID_CONTINUE.test(ch);
    if (!ok) return i;
    i++;
  }
  return i;
}

// Py_UNICODE_ISPRINTABLE: false for the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other
// than the ASCII space.
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isPrintable(cp: number): boolean {
  if (cp < 128) return cp >= 32 && cp < 127;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return cp === 32 || !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

/** Number of UTF-8 bytes of the UTF-16 code unit `c` (a surrogate counts 2: a pair makes 4). */
export function utf8Len(c: number): number {
  return c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
}

/** UTF-8 length of s[from, to). */
export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return n;
}

/** Number of code points in s[from, to) (a surrogate pair counts once, a lone surrogate once). */
export function codePointCount(s: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from + 1; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

/**
 * A 0-based UTF-8 byte offset within `line` to a 0-based offset in code points, as CPython's
 * _PyPegen_byte_offset_to_character_offset does: it counts the characters decoded from the first
 * `byteOffset` bytes, a character cut in the middle counting as one, and an offset past the end
 * of the line counting the terminating NUL as one more character.
 */
export function byteOffsetToCharOffset(line: string, byteOffset: number): number {
  let bytes = 0;
  let chars = 0;
  const n = line.length;
  let i = 0;
  while (i < n && bytes < byteOffset) {
    const c = line.charCodeAt(i);
    if (c < 0x80) {
      bytes++;
      i++;
    } else if (c < 0x800) {
      bytes += 2;
      i++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i += 2;
      } else {
        bytes += 3;
        i++;
      }
    } else {
      bytes += 3;
      i++;
    }
    chars++;
  }
  if (bytes < byteOffset) chars++; // the terminating NUL (offsets are clamped to len + 1)
  return chars;
}

/** A 0-based offset in code points within `line` to a 0-based UTF-8 byte offset. */
export function charOffsetToByteOffset(line: string, charOffset: number): number {
  let bytes = 0;
  let chars = 0;
  const n = line.length;
  let i = 0;
  while (i < n && chars < charOffset) {
    const c = line.charCodeAt(i);
    if (c < 0x80) bytes++;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = line.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
    i++;
    chars++;
  }
  return bytes + (charOffset - chars);
}
