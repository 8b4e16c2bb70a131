// Text I/O (Modules/_io/textio.c; the algorithms follow Lib/_pyio.py): IncrementalNewlineDecoder
// and TextIOWrapper over a buffered binary stream, with the built-in incremental codecs of
// codec.ts. Positions inside decoded text are counted in UTF-16 units internally; read(n) and
// readline(n) count code points as Python does. tell() cookies are CPython's packed integers
// (position | dec_flags<<64 | bytes_to_feed<<128 | chars_to_skip<<192 | need_eof<<256); their
// chars_to_skip counts UTF-16 units, so cookies differ from CPython's only after astral characters.
import {
  call,
  callMethod,
  getAttr,
  index,
  isTrue,
  lookupAttr,
  repr as reprOf,
  strLength,
  typeName,
} from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { asBytesLike } from "../../objects/bytes-methods.ts";
import { defineGetSets, defineMembers, defineMethods } from "../../objects/descr.ts";
import { raise, raiseTypeError, raiseValueError } from "../../objects/errors.ts";
import * as E from "../../objects/exceptions.ts";
import type { PyValue } from "../../objects/object.ts";
import { Ellipsis, None } from "../../objects/singletons.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import type { PyType } from "../../objects/type.ts";
import { makeBuiltinType, objectType, typeOf } from "../../objects/typeobjects.ts";
import { checkCodec, type Decoder, type Encoder, makeDecoder, makeEncoder } from "./codec.ts";
import {
  checkClosed as iobaseCheckClosed,
  type Kw,
  PyIOBase,
  sizeArg,
  textIOBaseType,
  unsupported,
} from "./iobase.ts";

export const textIOWrapperType = makeBuiltinType("_io.TextIOWrapper", [textIOBaseType]);
textIOWrapperType.hasInstanceDict = true;
textIOWrapperType.hasWeakref = true;
export const newlineDecoderType = makeBuiltinType("_io.IncrementalNewlineDecoder", [objectType]);

/** Index (UTF-16 units) after `n` code points from `start` in `s` (clamped to the end). */
export function cpAdvance(s: string, start: number, n: number): number {
  let i = start;
  while (n > 0 && i < s.length) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    n--;
  }
  return i;
}

// ---------------------------------------------------------------- IncrementalNewlineDecoder

const SEEN_LF = 1;
const SEEN_CR = 2;
const SEEN_CRLF = 4;

/** The newline translation layer; `inner` decodes bytes (null: the input is already str). */
export class NewlineDecoder {
  seennl = 0;
  pendingcr = false;
  constructor(
    public inner: Decoder | null,
    public translate: boolean,
  ) {}
  decodeText(output: string, final: boolean): string {
    if (this.pendingcr && (output.length > 0 || final)) {
      output = `\r${output}`;
      this.pendingcr = false;
    }
    if (output.endsWith("\r") && !final) {
      output = output.slice(0, -1);
      this.pendingcr = true;
    }
    if (output.indexOf("\r") < 0) {
      if (output.indexOf("\n") >= 0) this.seennl |= SEEN_LF;
      return output;
    }
    let crlf = 0;
    let cr = 0;
    let lf = 0;
    for (let i = 0; i < output.length; i++) {
      const c = output.charCodeAt(i);
      if (c === 13) {
        if (output.charCodeAt(i + 1) === 10) {
          crlf++;
          i++;
        } else cr++;
      } else if (c === 10) lf++;
    }
    this.seennl |= (lf ? SEEN_LF : 0) | (cr ? SEEN_CR : 0) | (crlf ? SEEN_CRLF : 0);
    if (this.translate) {
      if (crlf) output = output.replaceAll("\r\n", "\n");
      if (cr) output = output.replaceAll("\r", "\n");
    }
    return output;
  }
  decode(input: Uint8Array, final: boolean): string {
    const s = this.inner === null ? "" : this.inner.decode(input, final);
    return this.decodeText(s, final);
  }
  getstate(): [Uint8Array, number] {
    let buf: Uint8Array = new Uint8Array(0);
    let flag = 0;
    if (this.inner !== null) [buf, flag] = this.inner.getstate();
    flag *= 2;
    if (this.pendingcr) flag |= 1;
    return [buf, flag];
  }
  setstate(buf: Uint8Array, flag: number): void {
    this.pendingcr = (flag & 1) !== 0;
    if (this.inner !== null) this.inner.setstate(buf, Math.floor(flag / 2));
  }
  reset(): void {
    this.seennl = 0;
    this.pendingcr = false;
    this.inner?.reset();
  }
  newlines(): PyValue {
    switch (this.seennl) {
      case 0:
        return None;
      case 1:
        return "\n";
      case 2:
        return "\r";
      case 3:
        return newTuple(["\r", "\n"]);
      case 4:
        return "\r\n";
      case 5:
        return newTuple(["\n", "\r\n"]);
      case 6:
        return newTuple(["\r", "\r\n"]);
      default:
        return newTuple(["\r", "\n", "\r\n"]);
    }
  }
}

/** A Python-level decoder object seen through the Decoder interface. */
class PythonDecoder implements Decoder {
  constructor(readonly obj: PyValue) {}
  decodeAny(input: PyValue, final: boolean): string {
    const r = call(getAttr(this.obj, "decode"), [input, final], ["final"]);
    if (typeof r !== "string") raiseTypeError(`decoder should return a string result, not '${typeName(r)}'`);
    return r;
  }
  decode(input: Uint8Array, final: boolean): string {
    return this.decodeAny(new PyBytes(input), final);
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

export class PyNewlineDecoder extends PyIOBase {
  nd: NewlineDecoder | null = null;
  pyDecoder: PythonDecoder | null = null;
}
newlineDecoderType.tp_new = (type: PyType) => new PyNewlineDecoder(type);
newlineDecoderType.tp_init = (selfv, args, kwnames) => {
  const self = selfv as PyNewlineDecoder;
  const [decoder, translate] = bindArgs("IncrementalNewlineDecoder", args, kwnames, {
    names: ["decoder", "translate", "errors"],
    required: 2,
    posOnly: 0,
  });
  const pd = decoder === None ? null : new PythonDecoder(decoder as PyValue);
  self.pyDecoder = pd;
  self.nd = new NewlineDecoder(pd, isTrue(translate as PyValue));
};
function nld(self: PyValue): PyNewlineDecoder & { nd: NewlineDecoder } {
  const s = self as PyNewlineDecoder;
  if (s.nd === null) raiseValueError("IncrementalNewlineDecoder.__init__() not called");
  return s as PyNewlineDecoder & { nd: NewlineDecoder };
}
defineMethods(newlineDecoderType, {
  decode(selfv, args, kwnames) {
    const self = nld(selfv);
    const [input, final] = bindArgs("decode", args, kwnames, {
      names: ["input", "final"],
      required: 1,
      posOnly: 0,
    });
    const fin = final === undefined ? false : isTrue(final);
    let out: string;
    if (self.pyDecoder === null) {
      if (typeof input !== "string")
        raiseTypeError(`decoder should return a string result, not '${typeName(input as PyValue)}'`);
      out = input;
    } else out = self.pyDecoder.decodeAny(input as PyValue, fin);
    return self.nd.decodeText(out, fin);
  },
  getstate(selfv) {
    const [b, f] = nld(selfv).nd.getstate();
    return newTuple([new PyBytes(b), f]);
  },
  setstate(selfv, args, kwnames) {
    const [state] = bindArgs("setstate", args, kwnames, { names: ["state"], required: 1, posOnly: 1 });
    if (!(state instanceof PyTuple)) raiseTypeError("state argument must be a tuple");
    const [b, f] = state.items;
    const self = nld(selfv);
    self.nd.pendingcr = (Number(index(f)) & 1) !== 0;
    if (self.pyDecoder !== null)
      callMethod(self.pyDecoder.obj, "setstate", [newTuple([b, Math.floor(Number(index(f)) / 2)])]);
    return None;
  },
  reset(selfv) {
    nld(selfv).nd.reset();
    return None;
  },
});
defineGetSets(newlineDecoderType, {
  newlines: { get: (self) => nld(self).nd.newlines() },
});

// ---------------------------------------------------------------- TextIOWrapper

const CHUNK_SIZE = 8192;

/** locale.getencoding() on the platforms Typhon reports (a UTF-8 locale): what encoding=None gives. */
export const LOCALE_ENCODING = "UTF-8";

export class PyTextIOWrapper extends PyIOBase {
  ok = false;
  detached = false;
  buffer: PyValue = None;
  encoding = "utf-8";
  errors = "strict";
  decoder: NewlineDecoder | Decoder | null = null;
  encoder: Encoder | null = null;
  readuniversal = false;
  readtranslate = false;
  readnl: string | null = null;
  writetranslate = false;
  writenl = "\n";
  lineBuffering = false;
  writeThrough = false;
  seekable = false;
  telling = false;
  hasRead1 = false;
  decodedChars = "";
  decodedCharsUsed = 0;
  snapshot: [number, Uint8Array] | null = null;
  b2cratio = 0;
  chunkSize = CHUNK_SIZE;
  readable = false;
  writable = false;
  /** Encoded text not yet handed to buffer.write (CPython's pending_bytes). */
  pending: Uint8Array[] = [];
  pendingCount = 0;
}
textIOWrapperType.tp_new = (type: PyType) => new PyTextIOWrapper(type);

function tw(self: PyValue): PyTextIOWrapper {
  if (!(self instanceof PyTextIOWrapper))
    raiseTypeError(`descriptor requires a '_io.TextIOWrapper' object but received '${typeName(self)}'`);
  if (!self.ok) {
    if (self.detached) raiseValueError("underlying buffer has been detached");
    raiseValueError("I/O operation on uninitialized object");
  }
  return self;
}

function checkClosed(self: PyTextIOWrapper): void {
  if (isTrue(getAttr(self.buffer, "closed"))) raiseValueError("I/O operation on closed file.");
}

function validateNewline(newline: PyValue): string | null {
  if (newline === None) return null;
  if (typeof newline !== "string")
    raiseTypeError(`TextIOWrapper() argument 'newline' must be str or None, not ${typeName(newline)}`);
  if (!["", "\n", "\r", "\r\n"].includes(newline)) raiseValueError(`illegal newline value: ${newline}`);
  return newline;
}

function setNewline(self: PyTextIOWrapper, newline: string | null): void {
  self.readuniversal = newline === null || newline === "";
  self.readtranslate = newline === null;
  self.readnl = newline;
  self.writetranslate = newline !== "";
  self.writenl = newline === null || newline === "" ? "\n" : newline;
}

function makeDecoders(self: PyTextIOWrapper): void {
  self.decoder = null;
  self.encoder = null;
  if (self.readable) {
    const d = makeDecoder(self.encoding, self.errors);
    self.decoder = self.readuniversal ? new NewlineDecoder(d, self.readtranslate) : d;
  }
  if (self.writable) self.encoder = makeEncoder(self.encoding, self.errors);
}

function strOrNone(v: PyValue | undefined, fname: string, arg: string): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== "string")
    raiseTypeError(`${fname}() argument '${arg}' must be str or None, not ${typeName(v)}`);
  if (v.includes("\0")) raiseValueError("embedded null character");
  return v;
}

export function textInit(self: PyTextIOWrapper, args: PyValue[], kwnames: Kw): void {
  const [buffer, encoding, errors, newline, lineBuffering, writeThrough] = bindArgs(
    "TextIOWrapper",
    args,
    kwnames,
    {
      names: ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
      required: 1,
      posOnly: 0,
    },
  );
  self.ok = false;
  self.detached = false;
  let enc = strOrNone(encoding, "TextIOWrapper", "encoding");
  const errs = strOrNone(errors, "TextIOWrapper", "errors");
  if (errors !== undefined && errors !== None && typeof errors !== "string")
    raiseTypeError("errors must be str");
  const nl = validateNewline(newline === undefined ? None : newline);
  if (enc === null || enc === "locale") enc = LOCALE_ENCODING;
  checkCodec(enc);
  self.buffer = buffer as PyValue;
  self.encoding = enc;
  self.errors = errs ?? "strict";
  setNewline(self, nl);
  self.lineBuffering = lineBuffering === undefined ? false : isTrue(lineBuffering);
  self.writeThrough = writeThrough === undefined ? false : isTrue(writeThrough);
  self.readable = isTrue(callMethod(self.buffer, "readable", []));
  self.writable = isTrue(callMethod(self.buffer, "writable", []));
  makeDecoders(self);
  self.decodedChars = "";
  self.decodedCharsUsed = 0;
  self.snapshot = null;
  self.seekable = self.telling = isTrue(callMethod(self.buffer, "seekable", []));
  self.hasRead1 = lookupAttr(self.buffer, "read1") !== undefined;
  self.ok = true;
  if (self.seekable && self.writable && self.encoder !== null) {
    const pos = callMethod(self.buffer, "tell", []);
    if (pos !== 0) self.encoder.setstate(0);
  }
}
textIOWrapperType.tp_init = (self, args, kwnames) => textInit(self as PyTextIOWrapper, args, kwnames);

/** Creates a TextIOWrapper over `buffer` (what open() and the std streams do). */
export function newTextIOWrapper(
  buffer: PyValue,
  encoding: PyValue,
  errors: PyValue,
  newline: PyValue,
  lineBuffering: boolean,
  writeThrough = false,
): PyTextIOWrapper {
  const t = new PyTextIOWrapper(textIOWrapperType);
  textInit(t, [buffer, encoding, errors, newline, lineBuffering, writeThrough], null);
  return t;
}

// --- decoded-chars bookkeeping

function getDecodedChars(self: PyTextIOWrapper, n = -1): string {
  const start = self.decodedCharsUsed;
  const end = n < 0 ? self.decodedChars.length : cpAdvance(self.decodedChars, start, n);
  self.decodedCharsUsed = end;
  return self.decodedChars.slice(start, end);
}

function setDecodedChars(self: PyTextIOWrapper, s: string): void {
  self.decodedChars = s;
  self.decodedCharsUsed = 0;
}

function needDecoder(self: PyTextIOWrapper): NewlineDecoder | Decoder {
  if (self.decoder === null) unsupported("not readable");
  return self.decoder;
}

function bytesOf(v: PyValue, what: string): Uint8Array {
  const b = asBytesLike(v);
  if (b === undefined)
    raiseTypeError(`underlying ${what}() should have returned a bytes-like object, not '${typeName(v)}'`);
  return b;
}

function readChunk(self: PyTextIOWrapper): boolean {
  const dec = needDecoder(self);
  let decBuffer: Uint8Array = new Uint8Array(0);
  let decFlags = 0;
  if (self.telling) [decBuffer, decFlags] = dec.getstate();
  const r = callMethod(self.buffer, self.hasRead1 ? "read1" : "read", [self.chunkSize]);
  if (r === None) raise(E.PyExc_BlockingIOError, "Read returned None.");
  const input = bytesOf(r, self.hasRead1 ? "read1" : "read");
  const eof = input.length === 0;
  const decoded = dec.decode(input, eof);
  setDecodedChars(self, decoded);
  self.b2cratio = decoded.length ? input.length / decoded.length : 0;
  if (self.telling) {
    const nb = new Uint8Array(decBuffer.length + input.length);
    nb.set(decBuffer);
    nb.set(input, decBuffer.length);
    self.snapshot = [decFlags, nb];
  }
  return !eof;
}

function textRead(self: PyTextIOWrapper, size: number): string {
  checkClosed(self);
  if (!self.readable) unsupported("not readable");
  textFlushPending(self);
  const dec = needDecoder(self);
  if (size < 0) {
    const r = callMethod(self.buffer, "read", []);
    if (r === None) raise(E.PyExc_BlockingIOError, "Read returned None.");
    const result = getDecodedChars(self) + dec.decode(bytesOf(r, "read"), true);
    if (self.snapshot !== null) {
      setDecodedChars(self, "");
      self.snapshot = null;
    }
    return result;
  }
  let result = getDecodedChars(self, size);
  let have = strLength(result);
  let eof = false;
  while (have < size && !eof) {
    eof = !readChunk(self);
    const more = getDecodedChars(self, size - have);
    result += more;
    have += strLength(more);
  }
  return result;
}

function textReadline(self: PyTextIOWrapper, size: number): string {
  checkClosed(self);
  if (!self.readable) unsupported("not readable");
  textFlushPending(self);
  let line = getDecodedChars(self);
  let start = 0;
  needDecoder(self);
  let endpos = -1;
  for (;;) {
    if (self.readtranslate) {
      const pos = line.indexOf("\n", start);
      if (pos >= 0) {
        endpos = pos + 1;
        break;
      }
      start = line.length;
    } else if (self.readuniversal) {
      const nlpos = line.indexOf("\n", start);
      const crpos = line.indexOf("\r", start);
      if (crpos === -1) {
        if (nlpos === -1) start = line.length;
        else {
          endpos = nlpos + 1;
          break;
        }
      } else if (nlpos === -1) {
        endpos = crpos + 1;
        break;
      } else if (nlpos < crpos) {
        endpos = nlpos + 1;
        break;
      } else if (nlpos === crpos + 1) {
        endpos = crpos + 2;
        break;
      } else {
        endpos = crpos + 1;
        break;
      }
    } else {
      const nl = self.readnl as string;
      const pos = line.indexOf(nl, Math.max(0, start - nl.length + 1));
      if (pos >= 0) {
        endpos = pos + nl.length;
        break;
      }
      start = line.length;
    }
    if (size >= 0 && strLength(line) >= size) {
      endpos = cpAdvance(line, 0, size);
      break;
    }
    let got = false;
    while (readChunk(self)) {
      if (self.decodedChars.length > 0) break;
    }
    if (self.decodedChars.length > 0) {
      line += getDecodedChars(self);
      got = true;
    }
    if (!got) {
      setDecodedChars(self, "");
      self.snapshot = null;
      return line;
    }
  }
  if (size >= 0) {
    const lim = cpAdvance(line, 0, size);
    if (endpos > lim) endpos = lim;
  }
  // Rewind decoded chars to just after the line ending.
  self.decodedCharsUsed -= line.length - endpos;
  return line.slice(0, endpos);
}

/** _textiowrapper_writeflush: hands the pending encoded text to buffer.write. */
function textFlushPending(self: PyTextIOWrapper): void {
  if (self.pendingCount === 0) return;
  const chunks = self.pending;
  let data: Uint8Array;
  if (chunks.length === 1) data = chunks[0];
  else {
    data = new Uint8Array(self.pendingCount);
    let o = 0;
    for (const c of chunks) {
      data.set(c, o);
      o += c.length;
    }
  }
  self.pending = [];
  self.pendingCount = 0;
  callMethod(self.buffer, "write", [new PyBytes(data)]);
}

function textWrite(self: PyTextIOWrapper, s: PyValue): number {
  checkClosed(self);
  if (typeof s !== "string") raiseTypeError(`write() argument must be str, not ${typeName(s)}`);
  if (self.encoder === null) unsupported("not writable");
  const length = strLength(s);
  let text = s;
  const haslf = (self.writetranslate || self.lineBuffering) && text.includes("\n");
  if (haslf && self.writetranslate && self.writenl !== "\n") text = text.replaceAll("\n", self.writenl);
  const needflush = self.lineBuffering && (haslf || text.includes("\r"));
  const b = self.encoder.encode(text);
  if (self.pendingCount + b.length > self.chunkSize) textFlushPending(self);
  self.pending.push(b);
  self.pendingCount += b.length;
  if (self.pendingCount >= self.chunkSize || needflush || self.writeThrough) textFlushPending(self);
  if (needflush) callMethod(self.buffer, "flush", []);
  setDecodedChars(self, "");
  self.snapshot = null;
  self.decoder?.reset();
  return length;
}

// --- tell / seek

const TWO64 = 1n << 64n;

function packCookie(
  position: number,
  decFlags = 0,
  bytesToFeed = 0,
  needEof = false,
  charsToSkip = 0,
): PyValue {
  if (decFlags === 0 && bytesToFeed === 0 && !needEof && charsToSkip === 0) return position;
  const v =
    BigInt(position) |
    (BigInt(decFlags) << 64n) |
    (BigInt(bytesToFeed) << 128n) |
    (BigInt(charsToSkip) << 192n) |
    (BigInt(needEof ? 1 : 0) << 256n);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function unpackCookie(cookie: bigint): [number, number, number, boolean, number] {
  let rest = cookie;
  const position = Number(rest % TWO64);
  rest /= TWO64;
  const decFlags = Number(rest % TWO64);
  rest /= TWO64;
  const bytesToFeed = Number(rest % TWO64);
  rest /= TWO64;
  const charsToSkip = Number(rest % TWO64);
  rest /= TWO64;
  return [position, decFlags, bytesToFeed, rest !== 0n, charsToSkip];
}

function textTell(self: PyTextIOWrapper): PyValue {
  checkClosed(self);
  if (!self.seekable) unsupported("underlying stream is not seekable");
  if (!self.telling) raise(E.PyExc_OSError, "telling position disabled by next() call");
  callMethod(self, "flush", []);
  let position = Number(index(callMethod(self.buffer, "tell", [])));
  const decoder = self.decoder;
  if (decoder === null || self.snapshot === null) return position;
  let [decFlags, nextInput] = self.snapshot;
  position -= nextInput.length;
  let charsToSkip = self.decodedCharsUsed;
  if (charsToSkip === 0) return packCookie(position, decFlags);
  const saved = decoder.getstate();
  try {
    let skipBytes = Math.floor(self.b2cratio * charsToSkip);
    let skipBack = 1;
    if (skipBytes > nextInput.length) skipBytes = nextInput.length;
    let found = false;
    while (skipBytes > 0) {
      decoder.setstate(new Uint8Array(0), decFlags);
      const n = decoder.decode(nextInput.subarray(0, skipBytes), false).length;
      if (n <= charsToSkip) {
        const [b, d] = decoder.getstate();
        if (b.length === 0) {
          decFlags = d;
          charsToSkip -= n;
          found = true;
          break;
        }
        skipBytes -= b.length;
        skipBack = 1;
      } else {
        skipBytes -= skipBack;
        skipBack *= 2;
      }
    }
    if (!found) {
      skipBytes = 0;
      decoder.setstate(new Uint8Array(0), decFlags);
    }
    let startPos = position + skipBytes;
    let startFlags = decFlags;
    if (charsToSkip === 0) return packCookie(startPos, startFlags);
    let bytesFed = 0;
    let needEof = false;
    let charsDecoded = 0;
    let i = skipBytes;
    for (; i < nextInput.length; i++) {
      bytesFed++;
      charsDecoded += decoder.decode(nextInput.subarray(i, i + 1), false).length;
      const [decBuffer, flags] = decoder.getstate();
      if (decBuffer.length === 0 && charsDecoded <= charsToSkip) {
        startPos += bytesFed;
        charsToSkip -= charsDecoded;
        startFlags = flags;
        bytesFed = 0;
        charsDecoded = 0;
      }
      if (charsDecoded >= charsToSkip) break;
    }
    if (i >= nextInput.length) {
      charsDecoded += decoder.decode(new Uint8Array(0), true).length;
      needEof = true;
      if (charsDecoded < charsToSkip) raise(E.PyExc_OSError, "can't reconstruct logical file position");
    }
    return packCookie(startPos, startFlags, bytesFed, needEof, charsToSkip);
  } finally {
    decoder.setstate(saved[0], saved[1]);
  }
}

function resetEncoder(self: PyTextIOWrapper, position: boolean): void {
  if (self.encoder === null) return;
  if (position) self.encoder.setstate(0);
  else self.encoder.reset();
}

function textSeek(self: PyTextIOWrapper, cookieObj: PyValue, whence: number): PyValue {
  checkClosed(self);
  if (!self.seekable) unsupported("underlying stream is not seekable");
  let cookie: PyValue = cookieObj;
  if (whence === 1) {
    if (!isZero(cookie)) unsupported("can't do nonzero cur-relative seeks");
    whence = 0;
    cookie = textTell(self);
  } else if (whence === 2) {
    if (!isZero(cookie)) unsupported("can't do nonzero end-relative seeks");
    callMethod(self, "flush", []);
    const position = callMethod(self.buffer, "seek", [0, 2]);
    setDecodedChars(self, "");
    self.snapshot = null;
    self.decoder?.reset();
    resetEncoder(self, !isZero(position));
    return position;
  }
  if (whence !== 0) raiseValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  const c = index(cookie);
  if (c < 0) raiseValueError(`negative seek position ${reprOf(cookie)}`);
  callMethod(self, "flush", []);
  const [startPos, decFlags, bytesToFeed, needEof, charsToSkip] = unpackCookie(BigInt(c));
  callMethod(self.buffer, "seek", [startPos]);
  setDecodedChars(self, "");
  self.snapshot = null;
  if (c === 0 || c === 0n) self.decoder?.reset();
  else if (self.decoder !== null) {
    self.decoder.setstate(new Uint8Array(0), decFlags);
    self.snapshot = [decFlags, new Uint8Array(0)];
  }
  if (charsToSkip && self.decoder !== null) {
    const r = callMethod(self.buffer, "read", [bytesToFeed]);
    const input = bytesOf(r, "read");
    setDecodedChars(self, self.decoder.decode(input, needEof));
    self.snapshot = [decFlags, input.slice()];
    if (self.decodedChars.length < charsToSkip) raise(E.PyExc_OSError, "can't restore logical file position");
    self.decodedCharsUsed = charsToSkip;
  }
  resetEncoder(self, !(c === 0 || c === 0n));
  return cookie;
}

function isZero(v: PyValue): boolean {
  const n = index(v);
  return n === 0 || n === 0n;
}

// --- repr, close, methods

textIOWrapperType.tp_repr = (selfv) => {
  const self = selfv as PyTextIOWrapper;
  const tn = typeOf(self).name;
  if (!self.ok) return `<${tn}>`;
  let out = `<${tn}`;
  let name: PyValue | undefined;
  try {
    name = lookupAttr(self, "name");
  } catch (e) {
    if (!(e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_ValueError))) throw e;
  }
  if (name !== undefined) out += ` name=${reprOf(name)}`;
  const mode = lookupAttr(self, "mode");
  if (mode !== undefined) out += ` mode=${reprOf(mode)}`;
  return `${out} encoding=${reprOf(self.encoding)}>`;
};

function textClose(self: PyTextIOWrapper): PyValue {
  if (isTrue(getAttr(self.buffer, "closed"))) return None;
  let err: unknown = null;
  try {
    callMethod(self, "flush", []);
  } catch (e) {
    err = e;
  }
  try {
    callMethod(self.buffer, "close", []);
  } catch (e) {
    if (err instanceof E.PyBaseException && e instanceof E.PyBaseException && e.context === None)
      e.context = err;
    err = e;
  }
  if (err !== null) throw err;
  return None;
}

defineMethods(textIOWrapperType, {
  detach(selfv) {
    const self = tw(selfv);
    callMethod(self, "flush", []);
    const b = self.buffer;
    self.buffer = None;
    self.ok = false;
    self.detached = true;
    return b;
  },
  reconfigure(selfv, args, kwnames) {
    const self = tw(selfv);
    const [encoding, errors, newline, lineBuffering, writeThrough] = bindArgs("reconfigure", args, kwnames, {
      names: ["encoding", "errors", "newline", "line_buffering", "write_through"],
      required: 0,
      posOnly: 0,
      kwOnlyFrom: 0,
    });
    const enc = strOrNone(encoding, "reconfigure", "encoding");
    let errs = strOrNone(errors, "reconfigure", "errors");
    const nlGiven = newline !== undefined && newline !== Ellipsis;
    const nl = nlGiven ? validateNewline(newline as PyValue) : self.readnl;
    if (
      self.decoder !== null &&
      (enc !== null || errs !== null || nlGiven) &&
      (self.snapshot !== null || self.decodedChars.length > 0)
    )
      unsupported("It is not possible to set the encoding or newline of stream after the first read");
    if (enc !== null && errs === null) errs = "strict";
    callMethod(self, "flush", []);
    if (enc !== null || errs !== null || nlGiven) {
      let newEnc = enc ?? self.encoding;
      if (newEnc === "locale") newEnc = LOCALE_ENCODING;
      checkCodec(newEnc);
      self.encoding = newEnc;
      if (errs !== null) self.errors = errs;
      setNewline(self, nl);
      const wasStarted = self.encoder !== null;
      makeDecoders(self);
      if (wasStarted && self.encoder !== null && self.seekable) {
        const pos = callMethod(self.buffer, "tell", []);
        if (!isZero(pos)) self.encoder.setstate(0);
      }
    }
    if (lineBuffering !== undefined && lineBuffering !== None) self.lineBuffering = isTrue(lineBuffering);
    if (writeThrough !== undefined && writeThrough !== None) self.writeThrough = isTrue(writeThrough);
    return None;
  },
  write(selfv, args, kwnames) {
    const [s] = bindArgs("write", args, kwnames, { names: ["text"], required: 1, posOnly: 1 });
    return textWrite(tw(selfv), s as PyValue);
  },
  read(selfv, args, kwnames) {
    const self = tw(selfv);
    const [size] = bindArgs("read", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return textRead(self, sizeArg(size));
  },
  readline(selfv, args, kwnames) {
    const self = tw(selfv);
    const [size] = bindArgs("readline", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    let n = -1;
    if (size !== undefined && size !== None) {
      if (
        typeof size !== "number" &&
        typeof size !== "bigint" &&
        typeof size !== "boolean" &&
        typeOf(size).nb.nb_index === null
      )
        raiseTypeError(`'${typeName(size)}' object cannot be interpreted as an integer`);
      n = sizeArg(size);
    }
    return textReadline(self, n);
  },
  flush(selfv) {
    const self = tw(selfv);
    checkClosed(self);
    self.telling = self.seekable;
    textFlushPending(self);
    callMethod(self.buffer, "flush", []);
    return None;
  },
  close(selfv) {
    return textClose(tw(selfv));
  },
  fileno(selfv) {
    return callMethod(tw(selfv).buffer, "fileno", []);
  },
  seekable(selfv) {
    const self = tw(selfv);
    checkClosed(self);
    return self.seekable;
  },
  readable(selfv) {
    return callMethod(tw(selfv).buffer, "readable", []);
  },
  writable(selfv) {
    return callMethod(tw(selfv).buffer, "writable", []);
  },
  isatty(selfv) {
    return callMethod(tw(selfv).buffer, "isatty", []);
  },
  seek(selfv, args, kwnames) {
    const self = tw(selfv);
    const [cookie, whence] = bindArgs("seek", args, kwnames, {
      names: ["cookie", "whence"],
      required: 1,
      posOnly: 2,
    });
    const w = whence === undefined ? 0 : Number(index(whence));
    return textSeek(self, cookie as PyValue, w);
  },
  tell(selfv) {
    return textTell(tw(selfv));
  },
  truncate(selfv, args, kwnames) {
    const self = tw(selfv);
    const [pos] = bindArgs("truncate", args, kwnames, { names: ["pos"], required: 0, posOnly: 1 });
    callMethod(self, "flush", []);
    const p = pos === undefined || pos === None ? textTell(self) : pos;
    return callMethod(self.buffer, "truncate", [p]);
  },
  _dealloc_warn() {
    return None;
  },
  __getstate__(selfv) {
    raiseTypeError(`cannot pickle '${typeName(selfv)}' instances`);
  },
});

textIOWrapperType.tp_iternext = (selfv) => {
  const self = tw(selfv);
  self.telling = false;
  let line: PyValue;
  if (self.type === textIOWrapperType) line = textReadline(self, -1);
  else {
    line = callMethod(self, "readline", []);
    if (typeof line !== "string")
      raise(E.PyExc_OSError, `readline() should have returned a str object, not '${typeName(line)}'`);
  }
  if ((line as string).length === 0) {
    self.snapshot = null;
    self.telling = self.seekable;
    return undefined;
  }
  return line;
};
textIOWrapperType.tp_iter = (selfv) => {
  iobaseCheckClosed(selfv);
  return selfv;
};

defineGetSets(textIOWrapperType, {
  encoding: { get: (self) => tw(self).encoding },
  errors: { get: (self) => tw(self).errors },
  line_buffering: { get: (self) => tw(self).lineBuffering },
  write_through: { get: (self) => tw(self).writeThrough },
  closed: { get: (self) => getAttr(tw(self).buffer, "closed") },
  name: { get: (self) => getAttr(tw(self).buffer, "name") },
  newlines: {
    get: (self) => {
      const d = tw(self).decoder;
      return d instanceof NewlineDecoder ? d.newlines() : None;
    },
  },
  _CHUNK_SIZE: {
    get: (self) => tw(self).chunkSize,
    set: (self, v) => {
      if (v === null) raise(E.PyExc_AttributeError, "cannot delete attribute");
      const n = Number(index(v));
      if (n <= 0) raiseValueError("a strictly positive integer is required");
      tw(self).chunkSize = n;
    },
  },
});
defineMembers(textIOWrapperType, {
  buffer: { get: (self) => (self as PyTextIOWrapper).buffer },
  _finalizing: { get: () => false },
});
