// Decoding of source bytes as CPython 3.14 does for compile(bytes, ...) (Parser/tokenizer/
// string_tokenizer.c decode_str, helpers.c): newline translation, the UTF-8 BOM, the PEP 263
// coding cookie on line 1 or 2, and the errors CPython raises for each.

import { ParseError } from "./errors.ts";

/** A field CPython reports as None (ParseError fields are null then). */
const NONE = null as unknown as number;

/** Python codec names we know but do not decode yet (normalized: lower case, "-" and " " as "_"). */
const KNOWN_UNSUPPORTED = new Set(
  (
    "big5 big5hkscs cp037 cp273 cp424 cp437 cp500 cp720 cp737 cp775 cp850 cp852 cp855 cp856 cp857 cp858 " +
    "cp860 cp861 cp862 cp863 cp864 cp865 cp866 cp869 cp874 cp875 cp932 cp949 cp950 cp1006 cp1026 cp1125 " +
    "cp1140 cp1250 cp1251 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 euc_jp euc_jis_2004 euc_jisx0213 " +
    "euc_kr gb2312 gbk gb18030 hz iso2022_jp iso2022_jp_1 iso2022_jp_2 iso2022_jp_2004 iso2022_jp_3 " +
    "iso2022_jp_ext iso2022_kr iso8859_2 iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8 " +
    "iso8859_9 iso8859_10 iso8859_11 iso8859_13 iso8859_14 iso8859_15 iso8859_16 iso_8859_2 iso_8859_15 " +
    "latin2 latin9 johab koi8_r koi8_t koi8_u kz1048 mac_cyrillic mac_greek mac_iceland mac_latin2 " +
    "mac_roman mac_turkish macroman ptcp154 shift_jis shift_jis_2004 shift_jisx0213 sjis utf_32 utf_32_be " +
    "utf_32_le utf_16 utf_16_be utf_16_le utf_7 utf16 utf32 euc_jp eucjp ujis windows_1250 windows_1251 " +
    "windows_1253 windows_1254 windows_1255 windows_1256 windows_1257 windows_1258 idna punycode"
  ).split(" "),
);

const ASCII_NAMES = new Set(
  "ascii 646 ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367 iso646_us iso_646.irv_1991 iso_ir_6 us us_ascii".split(
    " ",
  ),
);
const UTF8_NAMES = new Set("utf_8 u8 utf utf8 utf8_ucs2 utf8_ucs4 cp65001 utf_8_sig utf8_sig".split(" "));
const LATIN1_NAMES = new Set(
  "latin_1 latin1 l1 8859 cp819 csisolatin1 ibm819 iso8859 iso8859_1 iso_8859_1 iso_8859_1_1987 iso_ir_100 latin".split(
    " ",
  ),
);
const CP1252_NAMES = new Set(["cp1252", "windows_1252"]);

/** Bytes cp1252 leaves undefined (Python's charmap codec fails on them). */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function initError(msg: string): ParseError {
  // _PyTokenizer_raise_init_error: SyntaxError(msg, (filename, 0, -1, None))
  return new ParseError("SyntaxError", msg, 0, -1, NONE, NONE, null);
}

/** translate_newlines: "\r\n" and "\r" become "\n", and a final newline is added if missing. */
function translateNewlines(bytes: Uint8Array): { buf: Uint8Array; implicit: boolean } {
  const n = bytes.length;
  let hasCR = false;
  for (let i = 0; i < n; i++) {
    if (bytes[i] === 13) {
      hasCR = true;
      break;
    }
  }
  const implicit = n > 0 && bytes[n - 1] !== 10 && bytes[n - 1] !== 13;
  if (!hasCR && !implicit) return { buf: bytes, implicit };
  const out = new Uint8Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 13) {
      out[j++] = 10;
      if (bytes[i + 1] === 10) i++;
    } else out[j++] = b;
  }
  if (implicit) out[j++] = 10;
  return { buf: out.subarray(0, j), implicit };
}

function isAlnum(b: number): boolean {
  return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122);
}

/** get_normal_name */
function normalName(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, "-");
  if (buf === "utf-8" || buf.startsWith("utf-8-")) return "utf-8";
  if (
    buf === "latin-1" ||
    buf === "iso-8859-1" ||
    buf === "iso-latin-1" ||
    buf.startsWith("latin-1-") ||
    buf.startsWith("iso-8859-1-") ||
    buf.startsWith("iso-latin-1-")
  ) {
    return "iso-8859-1";
  }
  return s;
}

/**
 * get_coding_spec on buf[from, from + size): the normalized encoding name, null when the line has
 * no cookie, and whether the line is only whitespace and/or a comment.
 */
function codingSpec(
  buf: Uint8Array,
  from: number,
  size: number,
): { spec: string | null; commentOnly: boolean } {
  let i = 0;
  let commentOnly = true;
  for (let k = 0; k < size; k++) {
    const b = buf[from + k]!;
    if (b === 35 || b === 10 || b === 13) break;
    if (b !== 32 && b !== 9 && b !== 12) {
      commentOnly = false;
      break;
    }
  }
  for (; i < size - 6; i++) {
    const b = buf[from + i]!;
    if (b === 35) break;
    if (b !== 32 && b !== 9 && b !== 12) return { spec: null, commentOnly };
  }
  for (; i < size - 6; i++) {
    const t = from + i;
    if (
      buf[t] === 99 &&
      buf[t + 1] === 111 &&
      buf[t + 2] === 100 &&
      buf[t + 3] === 105 &&
      buf[t + 4] === 110 &&
      buf[t + 5] === 103
    ) {
      let p = t + 6;
      if (buf[p] !== 58 && buf[p] !== 61) continue;
      do {
        p++;
      } while (buf[p] === 32 || buf[p] === 9);
      const begin = p;
      while (p < buf.length) {
        const b = buf[p]!;
        if (!(isAlnum(b) || b === 45 || b === 95 || b === 46)) break;
        p++;
      }
      if (begin < p) {
        let s = "";
        for (let k = begin; k < p; k++) s += String.fromCharCode(buf[k]!);
        return { spec: normalName(s), commentOnly };
      }
    }
  }
  return { spec: null, commentOnly };
}

const LATIN1 = new TextDecoder("latin1"); // WHATWG maps this label to windows-1252: used for ASCII-only parts
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });
const UTF8_FATAL = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const CP1252 = new TextDecoder("windows-1252");

function hex2(b: number): string {
  return (b < 16 ? "0" : "") + b.toString(16);
}

/**
 * Finds the first invalid UTF-8 sequence in buf[from, to): its start and the length of its
 * maximal valid prefix + 1 (what CPython's decoder reports), or null.
 */
function utf8Error(
  buf: Uint8Array,
  from: number,
  to: number,
): { pos: number; len: number; reason: string } | null {
  let i = from;
  while (i < to) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return { pos: i, len: 1, reason: "invalid start byte" };
    for (let k = 1; k <= need; k++) {
      if (i + k >= to) return { pos: i, len: to - i, reason: "unexpected end of data" };
      const c = buf[i + k]!;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) {
        return { pos: i, len: k, reason: "invalid continuation byte" };
      }
    }
    i += need + 1;
  }
  return null;
}

function codecError(codec: string, pos: number, len: number, byte: number, reason: string): ParseError {
  if (len > 1)
    return initError(`'${codec}' codec can't decode bytes in position ${pos}-${pos + len - 1}: ${reason}`);
  return initError(`'${codec}' codec can't decode byte 0x${hex2(byte)} in position ${pos}: ${reason}`);
}

/** The 1-based line number of offset `p`, counting from `from`, and the start of that line. */
function lineOf(buf: Uint8Array, from: number, p: number): { lineno: number; start: number } {
  let lineno = 1;
  let start = from;
  for (let i = from; i < p; i++) {
    if (buf[i] === 10) {
      lineno++;
      start = i + 1;
    }
  }
  return { lineno, start };
}

function lineEnd(buf: Uint8Array, p: number): number {
  while (p < buf.length && buf[p] !== 10) p++;
  return p;
}

/**
 * Decodes the bytes of a source file: PEP 263 / BOM handling and CPython's errors.
 * Returns the text (newlines translated to "\n") and the encoding name CPython records.
 */
export function decodeSource(bytes: Uint8Array, filename?: string): { text: string; encoding: string } {
  void filename; // CPython 3.14 does not name the file in these messages
  if (bytes.indexOf(0) >= 0) {
    throw new ParseError(
      "SyntaxError",
      "source code string cannot contain null bytes",
      NONE,
      NONE,
      NONE,
      NONE,
      null,
    );
  }
  const { buf, implicit } = translateNewlines(bytes);
  let from = 0;
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  if (bom) from = 3;

  // The coding cookie: line 1, or line 2 when line 1 is blank or a comment.
  let spec: string | null = null;
  let specLine = 0;
  let specStart = from;
  let specSize = 0;
  const nl0 = buf.indexOf(10, from);
  if (nl0 >= 0) {
    const r1 = codingSpec(buf, from, nl0 - from);
    if (r1.spec !== null) {
      spec = r1.spec;
      specLine = 1;
      specSize = nl0 - from;
    } else if (r1.commentOnly) {
      const nl1 = buf.indexOf(10, nl0 + 1);
      if (nl1 >= 0) {
        const r2 = codingSpec(buf, nl0 + 1, nl1 - nl0);
        if (r2.spec !== null) {
          spec = r2.spec;
          specLine = 2;
          specStart = nl0 + 1;
          specSize = nl1 - nl0;
        }
      }
    }
  }
  if (bom && spec !== null && spec !== "utf-8") {
    const end = lineEnd(buf, specStart);
    const text = UTF8.decode(buf.subarray(specStart, end));
    let endCol = 1;
    for (let i = specStart; i < specStart + specSize - 1; i++) if ((buf[i]! & 0xc0) !== 0x80) endCol++;
    throw new ParseError(
      "SyntaxError",
      `encoding problem: ${spec} with BOM`,
      specLine,
      0,
      specLine,
      endCol,
      text,
    );
  }

  let text: string;
  let encoding = "utf-8";
  if (spec === null || spec === "utf-8") {
    // _PyTokenizer_ensure_utf8 (the native decoder first; the slow scan only to report an error)
    let decoded: string | null = null;
    try {
      decoded = UTF8_FATAL.decode(buf.subarray(from));
    } catch {
      decoded = null;
    }
    const err = decoded === null ? utf8Error(buf, from, buf.length) : null;
    if (err !== null) {
      const { lineno, start } = lineOf(buf, from, err.pos);
      const prefix = UTF8.decode(buf.subarray(start, err.pos + 1));
      const offset = Array.from(prefix).length;
      const lineText = UTF8.decode(buf.subarray(start, lineEnd(buf, start)));
      throw new ParseError(
        "SyntaxError",
        `Non-UTF-8 code starting with '\\x${hex2(buf[err.pos]!)}' on line ${lineno}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
        lineno,
        offset,
        lineno,
        offset,
        lineText,
      );
    }
    text = decoded ?? UTF8_FATAL.decode(buf.subarray(from));
  } else {
    encoding = spec;
    const key = spec.toLowerCase().replace(/[- ]/g, "_");
    const body = buf.subarray(from);
    if (spec === "iso-8859-1" || LATIN1_NAMES.has(key)) {
      let s = "";
      for (let i = 0; i < body.length; i += 8192) {
        s += String.fromCharCode.apply(null, Array.from(body.subarray(i, i + 8192)));
      }
      text = s;
    } else if (ASCII_NAMES.has(key)) {
      const bad = body.findIndex((b) => b >= 0x80);
      if (bad >= 0) throw codecError("ascii", bad, 1, body[bad]!, "ordinal not in range(128)");
      text = LATIN1.decode(body);
    } else if (UTF8_NAMES.has(key)) {
      const err = utf8Error(body, 0, body.length);
      if (err !== null) throw codecError("utf-8", err.pos, err.len, body[err.pos]!, err.reason);
      text = UTF8_FATAL.decode(body);
      if (key === "utf_8_sig" || key === "utf8_sig") {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
    } else if (CP1252_NAMES.has(key)) {
      const bad = body.findIndex((b) => CP1252_UNDEFINED.has(b));
      if (bad >= 0) throw codecError("charmap", bad, 1, body[bad]!, "character maps to <undefined>");
      text = CP1252.decode(body);
    } else if (KNOWN_UNSUPPORTED.has(key)) {
      throw initError(`encoding problem: ${spec} (this encoding is not supported yet)`);
    } else {
      throw initError(`unknown encoding: ${spec}`);
    }
  }
  if (implicit && text.charCodeAt(text.length - 1) === 10) text = text.slice(0, -1);
  return { text, encoding };
}
