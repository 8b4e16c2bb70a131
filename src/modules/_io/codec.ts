// Incremental decoders and encoders for the text layer (what codecs.getincrementaldecoder gives
// TextIOWrapper in CPython) for the built-in codecs of src/objects/codecs-core.ts: utf-8,
// latin-1, ascii, utf-16(-le/-be), utf-32(-le/-be). A multi-byte sequence split across reads is
// kept until the rest arrives. getstate()/setstate() follow the codecs protocol (pending bytes,
// flags) so tell()/seek() cookies can be rebuilt as CPython does.
import { call, callMethod, getAttr, index, isTrue, lookupAttr, typeName } from "../../objects/abstract.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { asBytesLike } from "../../objects/bytes-methods.ts";
import { decodeBytes, encodeStr, normaliseEncoding } from "../../objects/codecs-core.ts";
import { newException, raise, raiseTypeError } from "../../objects/errors.ts";
import {
  PyBaseException,
  PyExc_ImportError,
  PyExc_LookupError,
  PyExc_UnicodeDecodeError,
} from "../../objects/exceptions.ts";
import type { PyValue } from "../../objects/object.ts";
import { objectHooks } from "../../objects/object-type.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import { isBuiltinModule } from "../registry.ts";

export interface Decoder {
  decode(input: Uint8Array, final: boolean): string;
  getstate(): [Uint8Array, number];
  setstate(buf: Uint8Array, flags: number): void;
  reset(): void;
}

export interface Encoder {
  encode(s: string): Uint8Array;
  /** setstate(0): as if something was written already (no BOM). */
  setstate(flags: number): void;
  reset(): void;
}

const EMPTY = new Uint8Array(0);

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** The canonical codec name, or throws LookupError as codecs.lookup does. */
export function lookupCodec(encoding: string): string {
  if (/^utf[-_ ]?8[-_ ]sig$/i.test(encoding)) return "utf-8-sig";
  const n = normaliseEncoding(encoding);
  if (n === null) raise(PyExc_LookupError, `unknown encoding: ${encoding}`);
  return n;
}

/** How many trailing bytes of `b` start an incomplete (so far valid) UTF-8 sequence. */
function utf8Incomplete(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k];
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    let need = 0;
    if (c >= 0xc2 && c <= 0xdf) need = 2;
    else if (c >= 0xe0 && c <= 0xef) need = 3;
    else if (c >= 0xf0 && c <= 0xf4) need = 4;
    else return 0;
    if (k >= need) return 0;
    // Check the second byte's range for the special leads (an invalid one is an error now).
    if (k >= 2) {
      const d = b[n - k + 1];
      if (c === 0xe0 && d < 0xa0) return 0;
      if (c === 0xed && d > 0x9f) return 0;
      if (c === 0xf0 && d < 0x90) return 0;
      if (c === 0xf4 && d > 0x8f) return 0;
    }
    return k;
  }
  return 0;
}

class SimpleDecoder implements Decoder {
  pending: Uint8Array = EMPTY;
  /** For utf-16/utf-32 with BOM: 0 undecided, 1 little-endian, 2 big-endian. */
  order = 0;
  constructor(
    readonly enc: string,
    readonly errors: string,
  ) {}
  decode(input: Uint8Array, final: boolean): string {
    let data = join(this.pending, input);
    this.pending = EMPTY;
    const enc = this.enc;
    if (enc === "latin-1" || enc === "ascii") return data.length ? decodeBytes(data, enc, this.errors) : "";
    if (enc === "utf-8-sig") {
      if (this.order === 0) {
        // Undecided: wait for three bytes (or the end) to see whether a BOM starts the data.
        const bom = [0xef, 0xbb, 0xbf];
        const k = Math.min(3, data.length);
        let prefix = true;
        for (let i = 0; i < k; i++) if (data[i] !== bom[i]) prefix = false;
        if (prefix && data.length < 3 && !final) {
          this.pending = data.slice();
          return "";
        }
        if (prefix && data.length >= 3) data = data.subarray(3);
        this.order = 1;
      }
      return this.decodeUtf8(data, final);
    }
    if (enc === "utf-8") return this.decodeUtf8(data, final);
    return this.decodeWide(data, final);
  }
  private decodeUtf8(input: Uint8Array, final: boolean): string {
    let data = input;
    {
      const keep = final ? 0 : utf8Incomplete(data);
      if (keep > 0) {
        this.pending = data.slice(data.length - keep);
        data = data.subarray(0, data.length - keep);
      }
      if (data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) {
        // codecs-core's decodeUtf8 goes through TextDecoder, which drops a leading BOM; Python keeps it.
        return `\ufeff${data.length > 3 ? decodeBytes(data.subarray(3), "utf-8", this.errors) : ""}`;
      }
      return data.length ? decodeBytes(data, "utf-8", this.errors) : "";
    }
  }
  private decodeWide(input: Uint8Array, final: boolean): string {
    let data = input;
    const enc = this.enc;
    const unit = enc.startsWith("utf-16") ? 2 : 4;
    let actual = enc;
    if (enc === "utf-16" || enc === "utf-32") {
      if (this.order === 0) {
        if (data.length < unit && !final) {
          this.pending = data;
          return "";
        }
        if (unit === 2 && data.length >= 2) {
          if (data[0] === 0xff && data[1] === 0xfe) {
            this.order = 1;
            data = data.subarray(2);
          } else if (data[0] === 0xfe && data[1] === 0xff) {
            this.order = 2;
            data = data.subarray(2);
          } else this.order = 1;
        } else if (unit === 4 && data.length >= 4) {
          if (data[0] === 0xff && data[1] === 0xfe && data[2] === 0 && data[3] === 0) {
            this.order = 1;
            data = data.subarray(4);
          } else if (data[0] === 0 && data[1] === 0 && data[2] === 0xfe && data[3] === 0xff) {
            this.order = 2;
            data = data.subarray(4);
          } else this.order = 1;
        }
      }
      actual = `${enc}-${this.order === 2 ? "be" : "le"}`;
    }
    let keep = final ? 0 : data.length % unit;
    if (unit === 2 && !final && data.length - keep >= 2) {
      // Keep a trailing high surrogate with its partner.
      const i = data.length - keep - 2;
      const cu = actual.endsWith("be") ? (data[i] << 8) | data[i + 1] : data[i] | (data[i + 1] << 8);
      if (cu >= 0xd800 && cu <= 0xdbff) keep += 2;
    }
    if (keep > 0) {
      this.pending = data.slice(data.length - keep);
      data = data.subarray(0, data.length - keep);
    }
    if (data.length === 0) return "";
    if (unit === 2) return decodeBytes(data, actual, this.errors);
    return decodeUtf32(data, actual.endsWith("be"), this.errors);
  }
  getstate(): [Uint8Array, number] {
    return [this.pending, this.order === 0 ? 0 : this.order === 1 ? 1 : 2];
  }
  setstate(buf: Uint8Array, flags: number): void {
    this.pending = buf.slice();
    if (this.enc === "utf-16" || this.enc === "utf-32" || this.enc === "utf-8-sig") this.order = flags;
  }
  reset(): void {
    this.pending = EMPTY;
    this.order = 0;
  }
}

function decodeUtf32(b: Uint8Array, be: boolean, errors: string): string {
  let out = "";
  const n = b.length - (b.length % 4);
  for (let i = 0; i < n; i += 4) {
    const cp = be
      ? ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0
      : ((b[i + 3] << 24) | (b[i + 2] << 16) | (b[i + 1] << 8) | b[i]) >>> 0;
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      if (errors === "strict") {
        const enc = be ? "utf-32-be" : "utf-32-le";
        throw newException(
          PyExc_UnicodeDecodeError,
          enc,
          new PyBytes(b),
          i,
          i + 4,
          cp > 0x10ffff
            ? "code point not in range(0x110000)"
            : "code point in surrogate code point range(0xd800, 0xe000)",
        );
      }
      if (errors === "replace") out += "\ufffd";
      continue;
    }
    out += String.fromCodePoint(cp);
  }
  if (n < b.length && errors === "strict")
    throw newException(
      PyExc_UnicodeDecodeError,
      be ? "utf-32-be" : "utf-32-le",
      new PyBytes(b),
      n,
      b.length,
      "truncated data",
    );
  return out;
}

/**
 * The codec for an encoding the built-in codecs do not know, from the stdlib's `codecs` registry
 * (codecs.lookup), or null when `codecs` cannot be imported. Raises LookupError as CPython does.
 */
function pythonCodec(encoding: string): PyValue | null {
  // codecs.py raises SystemError without the _codecs builtin module (not written yet): until it
  // exists, only the built-in codecs are known.
  if (!isBuiltinModule("_codecs")) return null;
  let codecs: PyValue;
  try {
    codecs = objectHooks.importModule("codecs");
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(PyExc_ImportError)) return null;
    throw e;
  }
  const info = callMethod(codecs, "lookup", [encoding]);
  const isText = lookupAttr(info, "_is_text_encoding");
  if (isText !== undefined && !isTrue(isText))
    raise(
      PyExc_LookupError,
      `'${encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs`,
    );
  return info;
}

/** Checks that `encoding` names a text codec (built in, or in the codecs registry). */
export function checkCodec(encoding: string): void {
  try {
    lookupCodec(encoding);
  } catch (e) {
    if (pythonCodec(encoding) === null) throw e;
  }
}

function builtinName(encoding: string): string | null {
  try {
    return lookupCodec(encoding);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(PyExc_LookupError)) return null;
    throw e;
  }
}

class PythonDecoder implements Decoder {
  constructor(readonly obj: PyValue) {}
  decode(input: Uint8Array, final: boolean): string {
    const r = call(getAttr(this.obj, "decode"), [new PyBytes(input), final], ["final"]);
    if (typeof r !== "string") raiseTypeError(`decoder should return a string result, not '${typeName(r)}'`);
    return r;
  }
  getstate(): [Uint8Array, number] {
    const st = callMethod(this.obj, "getstate", []);
    if (!(st instanceof PyTuple) || st.items.length !== 2) raiseTypeError("illegal decoder state");
    const b = asBytesLike(st.items[0]);
    if (b === undefined) raiseTypeError("illegal decoder state");
    return [b, Number(index(st.items[1]))];
  }
  setstate(buf: Uint8Array, flags: number): void {
    callMethod(this.obj, "setstate", [newTuple([new PyBytes(buf), flags])]);
  }
  reset(): void {
    callMethod(this.obj, "reset", []);
  }
}

class PythonEncoder implements Encoder {
  constructor(readonly obj: PyValue) {}
  encode(s: string): Uint8Array {
    const r = callMethod(this.obj, "encode", [s]);
    const b = asBytesLike(r);
    if (b === undefined) raiseTypeError(`encoder should return a bytes object, not '${typeName(r)}'`);
    return b;
  }
  setstate(flags: number): void {
    callMethod(this.obj, "setstate", [flags]);
  }
  reset(): void {
    callMethod(this.obj, "reset", []);
  }
}

export function makeDecoder(encoding: string, errors: string): Decoder {
  const name = builtinName(encoding);
  if (name !== null) return new SimpleDecoder(name, errors);
  const info = pythonCodec(encoding);
  if (info === null) lookupCodec(encoding);
  return new PythonDecoder(call(getAttr(info as PyValue, "incrementaldecoder"), [errors]));
}

class SimpleEncoder implements Encoder {
  started = false;
  constructor(
    readonly enc: string,
    readonly errors: string,
  ) {}
  encode(s: string): Uint8Array {
    const enc = this.enc;
    if (enc === "utf-8-sig") {
      const body = encodeStr(s, "utf-8", this.errors);
      if (this.started) return body;
      this.started = true;
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    if ((enc === "utf-16" || enc === "utf-32") && this.started) return encodeStr(s, `${enc}-le`, this.errors);
    this.started = true;
    return encodeStr(s, enc, this.errors);
  }
  setstate(flags: number): void {
    this.started = flags === 0;
  }
  reset(): void {
    this.started = false;
  }
}

export function makeEncoder(encoding: string, errors: string): Encoder {
  const name = builtinName(encoding);
  if (name !== null) return new SimpleEncoder(name, errors);
  const info = pythonCodec(encoding);
  if (info === null) lookupCodec(encoding);
  return new PythonEncoder(call(getAttr(info as PyValue, "incrementalencoder"), [errors]));
}
