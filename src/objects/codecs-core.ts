// The built-in codecs that str.encode/bytes.decode need without importing the `codecs` machinery
// (Objects/unicodeobject.c: utf-8, latin-1, ascii fast paths and their error handlers). Errors are
// UnicodeEncodeError/UnicodeDecodeError with CPython's fields: (encoding, object, start, end, reason).

import { PyBytes } from "./bytes.ts";
import { newException, raise } from "./errors.ts";
import { PyExc_LookupError, PyExc_UnicodeDecodeError, PyExc_UnicodeEncodeError } from "./exceptions.ts";

/** Normalises an encoding name the way encodings.normalize_encoding + aliases do for the builtins. */
export function normaliseEncoding(name: string): string | null {
  const n = name.toLowerCase().replace(/[-\s]/g, "_");
  switch (n) {
    case "utf_8":
    case "utf8":
    case "u8":
    case "utf":
    case "cp65001":
      return "utf-8";
    case "utf_8_sig":
    case "utf8_sig":
      return "utf-8-sig";
    case "latin_1":
    case "latin1":
    case "latin":
    case "l1":
    case "iso_8859_1":
    case "iso8859_1":
    case "8859":
    case "cp819":
    case "iso_ir_100":
      return "latin-1";
    case "ascii":
    case "us_ascii":
    case "646":
    case "us":
      return "ascii";
    case "utf_16":
    case "utf16":
      return "utf-16";
    case "utf_16_le":
    case "utf_16le":
      return "utf-16-le";
    case "utf_16_be":
    case "utf_16be":
      return "utf-16-be";
    case "utf_32":
    case "utf32":
      return "utf-32";
    case "utf_32_le":
    case "utf_32le":
      return "utf-32-le";
    case "utf_32_be":
    case "utf_32be":
      return "utf-32-be";
    default:
      return null;
  }
}

/** Hook for encodings not built in (the `codecs` module registry installs it). */
export const codecHooks = {
  encode: (_s: string, encoding: string, _errors: string): Uint8Array =>
    raise(PyExc_LookupError, `unknown encoding: ${encoding}`),
  decode: (_b: Uint8Array, encoding: string, _errors: string): string =>
    raise(PyExc_LookupError, `unknown encoding: ${encoding}`),
};

export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = normaliseEncoding(encoding);
  switch (enc) {
    case "utf-8":
      return encodeUtf8(s, errors);
    case "utf-8-sig": {
      const body = encodeUtf8(s, errors);
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    case "latin-1":
      return encodeCharmap(s, 256, "latin-1", errors);
    case "ascii":
      return encodeCharmap(s, 128, "ascii", errors);
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be":
      return encodeUtf16(s, enc, errors);
    case "utf-32":
    case "utf-32-le":
    case "utf-32-be":
      return encodeUtf32(s, enc, errors);
    default:
      return codecHooks.encode(s, encoding, errors);
  }
}

export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const enc = normaliseEncoding(encoding);
  switch (enc) {
    case "utf-8":
      return decodeUtf8(b, errors);
    case "utf-8-sig":
      return decodeUtf8(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b, errors);
    case "latin-1":
      return latin1Decode(b);
    case "ascii":
      return decodeAscii(b, errors);
    case "utf-16":
    case "utf-16-le":
    case "utf-16-be":
      return decodeUtf16(b, enc, errors);
    default:
      return codecHooks.decode(b, encoding, errors);
  }
}

function latin1Decode(b: Uint8Array): string {
  let out = "";
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode(...b.subarray(i, i + 8192));
  return out;
}

function decodeError(encoding: string, data: Uint8Array, start: number, end: number, reason: string): never {
  throw newException(PyExc_UnicodeDecodeError, encoding, new PyBytes(data), start, end, reason);
}

function encodeError(encoding: string, s: string, start: number, end: number, reason: string): never {
  throw newException(PyExc_UnicodeEncodeError, encoding, s, start, end, reason);
}

function unknownHandler(errors: string): never {
  raise(PyExc_LookupError, `unknown error handler name '${errors}'`);
}

// ------------------------------------------------------------------ UTF-8

const textDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeUtf8(b: Uint8Array, errors = "strict"): string {
  // Fast path: valid UTF-8 without encoded surrogates decodes natively.
  try {
    return textDecoder.decode(b);
  } catch {
    // fall through to the precise decoder for the error position and handlers
  }
  let out = "";
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    let cp = 0;
    if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      cp = c & 0x0f;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed && errors !== "surrogatepass") hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      cp = c & 0x07;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else {
      i = handleDecodeError(b, i, i + 1, "invalid start byte", errors, (s) => {
        out += s;
      });
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n) {
        ok = false;
        i = handleDecodeError(b, i, n, "unexpected end of data", errors, (s) => {
          out += s;
        });
        break;
      }
      const d = b[j];
      if (d < (k === 0 ? lo : 0x80) || d > (k === 0 ? hi : 0xbf)) {
        ok = false;
        i = handleDecodeError(b, i, j, "invalid continuation byte", errors, (s) => {
          out += s;
        });
        break;
      }
      cp = (cp << 6) | (d & 0x3f);
    }
    if (!ok) continue;
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

/** Applies a decode error handler; returns the position to resume at. */
function handleDecodeError(
  b: Uint8Array,
  start: number,
  end: number,
  reason: string,
  errors: string,
  emit: (s: string) => void,
  encoding = "utf-8",
): number {
  switch (errors) {
    case "strict":
      decodeError(encoding, b, start, end, reason);
      break;
    case "ignore":
      return end;
    case "replace":
      emit("\ufffd");
      return end;
    case "surrogateescape":
      for (let k = start; k < end; k++) {
        if (b[k] < 128) decodeError(encoding, b, start, end, reason);
        emit(String.fromCharCode(0xdc00 + b[k]));
      }
      return end;
    case "backslashreplace":
      for (let k = start; k < end; k++) emit(`\\x${b[k].toString(16).padStart(2, "0")}`);
      return end;
    case "surrogatepass":
      decodeError(encoding, b, start, end, reason);
      break;
    default:
      unknownHandler(errors);
  }
  return end;
}

export function encodeUtf8(s: string, errors = "strict"): Uint8Array {
  // Fast path: no surrogates means TextEncoder is exact.
  if (!/[\ud800-\udfff]/.test(s) || isWellFormed(s)) return new TextEncoder().encode(s);
  return encodeWith(s, "utf-8", errors, "surrogates not allowed", isNotSurrogate, putUtf8, true);
}

function isNotSurrogate(cp: number): boolean {
  return cp < 0xd800 || cp > 0xdfff;
}

function putUtf8(cp: number, out: number[]): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/**
 * An encoder with the builtin error handlers (Objects/unicodeobject.c unicode_encode_ucs1 and
 * stringlib/codecs.h utf8_encoder, Python/codecs.c): `ok` says which code points the codec
 * encodes, `put` writes one (surrogates too, for surrogatepass). With `run`, a failure covers the
 * whole run of unencodable characters, as CPython reports it.
 */
function encodeWith(
  s: string,
  encoding: string,
  errors: string,
  reason: string,
  ok: (cp: number) => boolean,
  put: (cp: number, out: number[]) => void,
  run: boolean,
): Uint8Array {
  const out: number[] = [];
  const cps = Array.from(s, (ch) => ch.codePointAt(0) as number);
  const utf = encoding.startsWith("utf-");
  const byteCodec = encoding === "utf-8" || !utf;
  for (let pos = 0; pos < cps.length; pos++) {
    const cp = cps[pos];
    if (ok(cp)) {
      put(cp, out);
      continue;
    }
    let end = pos + 1;
    if (run) while (end < cps.length && !ok(cps[end])) end++;
    switch (errors) {
      case "strict":
        encodeError(encoding, s, pos, end, reason);
        break;
      case "ignore":
        break;
      case "replace":
        for (let k = pos; k < end; k++) put(0x3f, out);
        break;
      case "backslashreplace":
      case "xmlcharrefreplace":
        for (let k = pos; k < end; k++) {
          const c = cps[k];
          const rep =
            errors === "xmlcharrefreplace"
              ? `&#${c};`
              : c < 0x100
                ? `\\x${c.toString(16).padStart(2, "0")}`
                : c < 0x10000
                  ? `\\u${c.toString(16).padStart(4, "0")}`
                  : `\\U${c.toString(16).padStart(8, "0")}`;
          for (let j = 0; j < rep.length; j++) put(rep.charCodeAt(j), out);
        }
        break;
      case "surrogateescape": {
        // Only byte codecs can take the escaped bytes back (PyCodec_SurrogateEscapeErrors).
        let k = pos;
        if (byteCodec) while (k < end && cps[k] >= 0xdc80 && cps[k] <= 0xdcff) out.push(cps[k++] - 0xdc00);
        if (k < end) encodeError(encoding, s, encoding === "utf-8" ? k : pos, end, reason);
        break;
      }
      case "surrogatepass": {
        // PyCodec_SurrogatePassErrors: the UTF codecs write the surrogates themselves.
        let k = pos;
        if (utf) while (k < end && cps[k] >= 0xd800 && cps[k] <= 0xdfff) put(cps[k++], out);
        if (k < end) encodeError(encoding, s, pos, end, reason);
        break;
      }
      default:
        unknownHandler(errors);
    }
    pos = end - 1;
  }
  return Uint8Array.from(out);
}

function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

// ------------------------------------------------------------------ latin-1 / ascii

function encodeCharmap(s: string, limit: number, encoding: string, errors: string): Uint8Array {
  const reason = limit === 128 ? "ordinal not in range(128)" : "ordinal not in range(256)";
  return encodeWith(s, encoding, errors, reason, (cp) => cp < limit, pushByte, true);
}

function pushByte(cp: number, out: number[]): void {
  out.push(cp);
}

function decodeAscii(b: Uint8Array, errors: string): string {
  let out = "";
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    if (c < 128) {
      out += String.fromCharCode(c);
      i++;
    } else {
      i = handleDecodeError(
        b,
        i,
        i + 1,
        "ordinal not in range(128)",
        errors,
        (s) => {
          out += s;
        },
        "ascii",
      );
    }
  }
  return out;
}

// ------------------------------------------------------------------ UTF-16 / UTF-32

function encodeUtf16(s: string, enc: string, errors: string): Uint8Array {
  const le = enc !== "utf-16-be";
  const put = (cp: number, out: number[]): void => {
    if (cp >= 0x10000) {
      put(0xd800 | ((cp - 0x10000) >> 10), out);
      put(0xdc00 | (cp & 0x3ff), out);
    } else if (le) out.push(cp & 0xff, cp >> 8);
    else out.push(cp >> 8, cp & 0xff);
  };
  const body = encodeWith(s, enc, errors, "surrogates not allowed", isNotSurrogate, put, false);
  if (enc !== "utf-16") return body;
  const out = new Uint8Array(body.length + 2);
  out.set([0xff, 0xfe]);
  out.set(body, 2);
  return out;
}

function decodeUtf16(b: Uint8Array, enc: string, errors: string): string {
  let le = enc !== "utf-16-be";
  let start = 0;
  if (enc === "utf-16" && b.length >= 2) {
    if (b[0] === 0xff && b[1] === 0xfe) start = 2;
    else if (b[0] === 0xfe && b[1] === 0xff) {
      le = false;
      start = 2;
    }
  }
  let out = "";
  const n = b.length - ((b.length - start) & 1);
  for (let i = start; i < n; i += 2)
    out += String.fromCharCode(le ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
  if (n < b.length) {
    handleDecodeError(
      b,
      n,
      b.length,
      "truncated data",
      errors,
      (s) => {
        out += s;
      },
      enc.replace("utf-16", "utf-16"),
    );
  }
  return out;
}

function encodeUtf32(s: string, enc: string, errors: string): Uint8Array {
  const le = enc !== "utf-32-be";
  const put = (cp: number, out: number[]): void => {
    if (le) out.push(cp & 0xff, (cp >> 8) & 0xff, cp >> 16, 0);
    else out.push(0, cp >> 16, (cp >> 8) & 0xff, cp & 0xff);
  };
  const body = encodeWith(s, enc, errors, "surrogates not allowed", isNotSurrogate, put, false);
  if (enc !== "utf-32") return body;
  const out = new Uint8Array(body.length + 4);
  out.set([0xff, 0xfe, 0, 0]);
  out.set(body, 4);
  return out;
}
