// Buffered binary streams (Modules/_io/bufferedio.c): BufferedReader, BufferedWriter,
// BufferedRandom and BufferedRWPair over a raw stream. The raw stream is driven through its
// Python methods (readinto/write/seek/tell/...), with a direct path when it is exactly a FileIO.
import { callMethod, getAttr, isTrue, lookupAttr, repr as reprOf, typeName } from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import { PyByteArray } from "../../objects/bytearray.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { defineGetSets, defineMembers, defineMethods } from "../../objects/descr.ts";
import { raise, raiseTypeError, raiseValueError } from "../../objects/errors.ts";
import * as E from "../../objects/exceptions.ts";
import type { PyValue } from "../../objects/object.ts";
import { None } from "../../objects/singletons.ts";
import type { PyType } from "../../objects/type.ts";
import { makeBuiltinType, typeOf } from "../../objects/typeobjects.ts";
import { fileIOType, fileioReadRaw, fileioSeek, fileioWrite, PyFileIO } from "./fileio.ts";
import {
  bufferedIOBaseType,
  bytesArg,
  checkReadable,
  checkSeekable,
  checkWritable,
  concat,
  DEFAULT_BUFFER_SIZE,
  intArg,
  type Kw,
  PyIOBase,
  sizeArg,
  unsupported,
  writableBuffer,
} from "./iobase.ts";

export const bufferedReaderType = makeBuiltinType("_io.BufferedReader", [bufferedIOBaseType]);
export const bufferedWriterType = makeBuiltinType("_io.BufferedWriter", [bufferedIOBaseType]);
export const bufferedRandomType = makeBuiltinType("_io.BufferedRandom", [bufferedIOBaseType]);
export const bufferedRWPairType = makeBuiltinType("_io.BufferedRWPair", [bufferedIOBaseType]);
for (const t of [bufferedReaderType, bufferedWriterType, bufferedRandomType, bufferedRWPairType]) {
  t.hasInstanceDict = true;
  t.hasWeakref = true;
}

const EMPTY = new Uint8Array(0);

export class PyBuffered extends PyIOBase {
  raw: PyValue = None;
  ok = false;
  detached = false;
  readable = false;
  writable = false;
  bufferSize = DEFAULT_BUFFER_SIZE;
  /** Read-ahead: readBuf[readPos:] is buffered data not yet returned. */
  readBuf: Uint8Array = EMPTY;
  readPos = 0;
  /** Pending writes. */
  writeChunks: Uint8Array[] = [];
  writeLen = 0;
}

for (const t of [bufferedReaderType, bufferedWriterType, bufferedRandomType])
  t.tp_new = (type: PyType) => new PyBuffered(type);

function buf(self: PyValue): PyBuffered {
  if (!(self instanceof PyBuffered))
    raiseTypeError(`descriptor requires a buffered object, not '${typeName(self)}'`);
  if (!self.ok) {
    if (self.detached) raiseValueError("raw stream has been detached");
    raiseValueError("I/O operation on uninitialized object");
  }
  return self;
}

function fastRaw(self: PyBuffered): PyFileIO | null {
  const r = self.raw;
  return r instanceof PyFileIO && r.type === fileIOType ? r : null;
}

function readahead(self: PyBuffered): number {
  return self.readBuf.length - self.readPos;
}

function isClosed(self: PyBuffered): boolean {
  const f = fastRaw(self);
  if (f !== null) return f.fd < 0;
  return isTrue(getAttr(self.raw, "closed"));
}

function checkClosed(self: PyBuffered, msg: string): void {
  if (isClosed(self) && readahead(self) === 0) raiseValueError(msg);
}

// ---------------------------------------------------------------- raw operations

/** One raw read of up to n bytes: null when the raw stream would block (returned None). */
function rawRead(self: PyBuffered, n: number): Uint8Array | null {
  const f = fastRaw(self);
  if (f?.readable) return fileioReadRaw(f, n);
  const b = new PyByteArray(new Uint8Array(n));
  const r = callMethod(self.raw, "readinto", [b]);
  if (r === None) return null;
  const k = intArg(r);
  if (k < 0 || k > n)
    raise(
      E.PyExc_OSError,
      `raw readinto() returned invalid length ${k} (should have been between 0 and ${n})`,
    );
  return b.data.slice(0, k);
}

function rawWrite(self: PyBuffered, data: Uint8Array): number | null {
  const f = fastRaw(self);
  if (f?.writable) return fileioWrite(f, data);
  const r = callMethod(self.raw, "write", [new PyBytes(data)]);
  if (r === None) return null;
  const k = intArg(r);
  if (k < 0 || k > data.length)
    raise(
      E.PyExc_OSError,
      `raw write() returned invalid length ${k} (should have been between 0 and ${data.length})`,
    );
  return k;
}

function rawTell(self: PyBuffered): number {
  const f = fastRaw(self);
  const n = f !== null && f.fd >= 0 ? fileioSeek(f, 0, 1) : intArg(callMethod(self.raw, "tell", []));
  if (n < 0) raise(E.PyExc_OSError, `Raw stream returned invalid position ${n}`);
  return n;
}

function rawSeek(self: PyBuffered, pos: number, whence: number): number {
  const f = fastRaw(self);
  const n =
    f !== null && f.fd >= 0
      ? fileioSeek(f, pos, whence)
      : intArg(callMethod(self.raw, "seek", [pos, whence]));
  if (n < 0) raise(E.PyExc_OSError, `Raw stream returned invalid position ${n}`);
  return n;
}

// ---------------------------------------------------------------- writing

/** Writes out the pending bytes. */
function flushWrites(self: PyBuffered): void {
  if (self.writeLen === 0) return;
  let data = concat(self.writeChunks, self.writeLen);
  self.writeChunks = [];
  self.writeLen = 0;
  while (data.length > 0) {
    let n: number | null;
    try {
      n = rawWrite(self, data);
    } catch (e) {
      self.writeChunks = [data];
      self.writeLen = data.length;
      throw e;
    }
    if (n === null) {
      self.writeChunks = [data];
      self.writeLen = data.length;
      raise(E.PyExc_BlockingIOError, "write could not complete without blocking");
    }
    data = data.subarray(n);
  }
}

/** Drops the read-ahead, moving the raw position back to the logical one. */
function rewindReads(self: PyBuffered): void {
  const ra = readahead(self);
  if (ra > 0) rawSeek(self, -ra, 1);
  self.readBuf = EMPTY;
  self.readPos = 0;
}

function flushAndRewind(self: PyBuffered): void {
  flushWrites(self);
  if (self.readable) rewindReads(self);
}

function bufferedWrite(self: PyBuffered, data: Uint8Array): number {
  if (isClosed(self)) raiseValueError("write to closed file");
  if (self.readable && readahead(self) > 0) rewindReads(self);
  else if (self.readable) {
    self.readBuf = EMPTY;
    self.readPos = 0;
  }
  if (self.writeLen + data.length <= self.bufferSize) {
    self.writeChunks.push(data.slice());
    self.writeLen += data.length;
    return data.length;
  }
  // Does not fit: write out what is pending, then the data itself while it is larger than the
  // buffer, and keep the rest (bufferedwriter_write).
  flushWrites(self);
  let rest = data;
  while (rest.length >= self.bufferSize) {
    const n = rawWrite(self, rest);
    if (n === null) raise(E.PyExc_BlockingIOError, "write could not complete without blocking");
    rest = rest.subarray(n);
  }
  if (rest.length > 0) {
    self.writeChunks.push(rest.slice());
    self.writeLen += rest.length;
  }
  return data.length;
}

// ---------------------------------------------------------------- reading

/** Fills the read buffer with one raw read; returns false at EOF (or when it would block). */
function fill(self: PyBuffered, n = self.bufferSize): boolean {
  const b = rawRead(self, n);
  if (b === null || b.length === 0) return false;
  const ra = readahead(self);
  if (ra === 0) {
    self.readBuf = b;
  } else {
    const out = new Uint8Array(ra + b.length);
    out.set(self.readBuf.subarray(self.readPos));
    out.set(b, ra);
    self.readBuf = out;
  }
  self.readPos = 0;
  return true;
}

function take(self: PyBuffered, n: number): Uint8Array {
  const out = self.readBuf.slice(self.readPos, self.readPos + n);
  self.readPos += out.length;
  if (self.readPos >= self.readBuf.length) {
    self.readBuf = EMPTY;
    self.readPos = 0;
  }
  return out;
}

function prepareRead(self: PyBuffered): void {
  if (self.writable) flushWrites(self);
}

function bufferedRead(self: PyBuffered, n: number): PyValue {
  checkClosed(self, "read of closed file");
  if (n < -1) raiseValueError("read length must be non-negative or -1");
  prepareRead(self);
  if (n < 0) {
    const chunks: Uint8Array[] = [];
    if (readahead(self) > 0) chunks.push(take(self, readahead(self)));
    const f = fastRaw(self);
    let sawNone = false;
    if (f !== null) {
      const rest = callMethod(f, "readall", []) as PyBytes;
      chunks.push(rest.data);
    } else if (lookupAttr(self.raw, "readall") !== undefined) {
      const rest = callMethod(self.raw, "readall", []);
      if (rest === None) sawNone = true;
      else chunks.push(bytesArg(rest, "readall"));
    } else {
      for (;;) {
        const b = rawRead(self, self.bufferSize);
        if (b === null) {
          sawNone = true;
          break;
        }
        if (b.length === 0) break;
        chunks.push(b);
      }
    }
    if (sawNone && chunks.length === 0) return None;
    return new PyBytes(concat(chunks));
  }
  if (n <= readahead(self)) return new PyBytes(take(self, n));
  // Not enough buffered: keep reading until n bytes or EOF.
  while (readahead(self) < n) {
    if (!fill(self, Math.max(self.bufferSize, n - readahead(self)))) break;
  }
  return new PyBytes(take(self, n));
}

function bufferedRead1(self: PyBuffered, n: number): Uint8Array {
  checkClosed(self, "read of closed file");
  if (n < 0) n = self.bufferSize;
  if (n === 0) return EMPTY;
  prepareRead(self);
  const have = readahead(self);
  if (have > 0) return take(self, Math.min(have, n));
  self.readBuf = EMPTY;
  self.readPos = 0;
  return rawRead(self, n) ?? EMPTY;
}

function bufferedPeek(self: PyBuffered): Uint8Array {
  checkClosed(self, "peek of closed file");
  prepareRead(self);
  if (readahead(self) === 0) fill(self);
  return self.readBuf.slice(self.readPos);
}

function bufferedReadline(self: PyBuffered, limit: number): Uint8Array {
  checkClosed(self, "readline of closed file");
  prepareRead(self);
  const out: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    if (readahead(self) === 0 && !fill(self)) break;
    const start = self.readPos;
    let end = self.readBuf.indexOf(10, start);
    const found = end >= 0;
    end = found ? end + 1 : self.readBuf.length;
    if (limit >= 0 && total + (end - start) > limit) {
      const k = limit - total;
      out.push(take(self, k));
      total += k;
      break;
    }
    out.push(take(self, end - start));
    total += end - start;
    if (found || (limit >= 0 && total >= limit)) break;
  }
  return concat(out, total);
}

// ---------------------------------------------------------------- position

function bufferedTell(self: PyBuffered): number {
  const pos = rawTell(self) - readahead(self) + self.writeLen;
  if (pos < 0) raise(E.PyExc_OSError, `Raw stream returned invalid position ${pos}`);
  return pos;
}

function bufferedSeek(self: PyBuffered, target: number, whence: number): number {
  if (whence < 0 || whence > 2) raiseValueError(`whence value ${whence} unsupported`);
  checkClosed(self, "seek of closed file");
  checkSeekable(self.raw);
  if (whence !== 2 && self.readable && self.writeLen === 0) {
    // Inside the read-ahead: just move.
    const current = rawTell(self);
    const avail = readahead(self);
    if (avail > 0) {
      const offset = whence === 0 ? target - (current - self.readBuf.length) : target + self.readPos;
      if (offset >= 0 && offset <= self.readBuf.length) {
        self.readPos = offset;
        return current - self.readBuf.length + offset;
      }
    }
  }
  flushWrites(self);
  if (whence === 1) target -= readahead(self);
  self.readBuf = EMPTY;
  self.readPos = 0;
  return rawSeek(self, target, whence);
}

// ---------------------------------------------------------------- construction

function initBuffered(
  self: PyBuffered,
  fname: string,
  args: PyValue[],
  kwnames: Kw,
  readable: boolean,
  writable: boolean,
): void {
  const [raw, size] = bindArgs(fname, args, kwnames, {
    names: ["raw", "buffer_size"],
    required: 1,
    posOnly: 0,
  });
  self.ok = false;
  self.detached = false;
  if (readable && writable) checkSeekable(raw as PyValue);
  if (readable) checkReadable(raw as PyValue);
  if (writable) checkWritable(raw as PyValue);
  const n = size === undefined ? DEFAULT_BUFFER_SIZE : intArg(size);
  if (n <= 0) raiseValueError("buffer size must be strictly positive");
  self.raw = raw as PyValue;
  self.bufferSize = n;
  self.readable = readable;
  self.writable = writable;
  self.readBuf = EMPTY;
  self.readPos = 0;
  self.writeChunks = [];
  self.writeLen = 0;
  self.ok = true;
}

bufferedReaderType.tp_init = (self, args, kwnames) =>
  initBuffered(self as PyBuffered, "BufferedReader", args, kwnames, true, false);
bufferedWriterType.tp_init = (self, args, kwnames) =>
  initBuffered(self as PyBuffered, "BufferedWriter", args, kwnames, false, true);
bufferedRandomType.tp_init = (self, args, kwnames) =>
  initBuffered(self as PyBuffered, "BufferedRandom", args, kwnames, true, true);

/** Creates a Buffered* of the given type over `raw` (what open() does). */
export function newBuffered(type: PyType, raw: PyValue, bufferSize: number): PyBuffered {
  const b = new PyBuffered(type);
  (type.tp_init as NonNullable<PyType["tp_init"]>)(b, [raw, bufferSize], null);
  return b;
}

function bufferedRepr(self: PyValue): string {
  const tn = typeOf(self).name;
  let name: PyValue | undefined;
  try {
    name = lookupAttr(self, "name");
  } catch (e) {
    if (e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_ValueError)) name = undefined;
    else throw e;
  }
  if (name === undefined) return `<${tn}>`;
  return `<${tn} name=${reprOf(name)}>`;
}

function bufferedClose(self: PyBuffered): PyValue {
  if (isClosed(self)) return None;
  let err: unknown = null;
  try {
    if (self.writable) flushWrites(self);
  } catch (e) {
    err = e;
  }
  try {
    callMethod(self.raw, "close", []);
  } catch (e) {
    if (
      err !== null &&
      e instanceof E.PyBaseException &&
      err instanceof E.PyBaseException &&
      e.context === None
    )
      e.context = err;
    err = e;
  }
  self.readBuf = EMPTY;
  self.readPos = 0;
  if (err !== null) throw err;
  return None;
}

const commonMethods: Record<string, (self: PyValue, args: PyValue[], kwnames: Kw) => PyValue> = {
  detach(selfv) {
    const self = buf(selfv);
    callMethod(self, "flush", []);
    const raw = self.raw;
    self.raw = None;
    self.ok = false;
    self.detached = true;
    return raw;
  },
  close(selfv) {
    return bufferedClose(buf(selfv));
  },
  seekable(selfv) {
    return callMethod(buf(selfv).raw, "seekable", []);
  },
  readable(selfv) {
    return callMethod(buf(selfv).raw, "readable", []);
  },
  writable(selfv) {
    return callMethod(buf(selfv).raw, "writable", []);
  },
  fileno(selfv) {
    return callMethod(buf(selfv).raw, "fileno", []);
  },
  isatty(selfv) {
    return callMethod(buf(selfv).raw, "isatty", []);
  },
  _dealloc_warn() {
    return None;
  },
  tell(selfv) {
    return bufferedTell(buf(selfv));
  },
  seek(selfv, args, kwnames) {
    const self = buf(selfv);
    const [target, whence] = bindArgs("seek", args, kwnames, {
      names: ["target", "whence"],
      required: 1,
      posOnly: 2,
    });
    const w = whence === undefined ? 0 : intArg(whence);
    return bufferedSeek(self, intArg(target as PyValue), w);
  },
  truncate(selfv, args, kwnames) {
    const self = buf(selfv);
    const [pos] = bindArgs("truncate", args, kwnames, { names: ["pos"], required: 0, posOnly: 1 });
    checkClosed(self, "truncate of closed file");
    if (!self.writable) unsupported("truncate");
    flushAndRewind(self);
    const r = callMethod(self.raw, "truncate", [pos === undefined ? None : pos]);
    return r;
  },
  __getstate__(selfv) {
    raiseTypeError(`cannot pickle '${typeName(selfv)}' instances`);
  },
};

const readMethods: Record<string, (self: PyValue, args: PyValue[], kwnames: Kw) => PyValue> = {
  read(selfv, args, kwnames) {
    const self = buf(selfv);
    const [size] = bindArgs("read", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return bufferedRead(self, sizeArg(size));
  },
  read1(selfv, args, kwnames) {
    const self = buf(selfv);
    const [size] = bindArgs("read1", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return new PyBytes(bufferedRead1(self, sizeArg(size)));
  },
  peek(selfv, args, kwnames) {
    const self = buf(selfv);
    bindArgs("peek", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return new PyBytes(bufferedPeek(self));
  },
  readline(selfv, args, kwnames) {
    const self = buf(selfv);
    const [size] = bindArgs("readline", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return new PyBytes(bufferedReadline(self, sizeArg(size)));
  },
  readinto(selfv, args, kwnames) {
    return readinto(selfv, args, kwnames, "readinto");
  },
  readinto1(selfv, args, kwnames) {
    return readinto(selfv, args, kwnames, "readinto1");
  },
};

function readinto(selfv: PyValue, args: PyValue[], kwnames: Kw, fname: string): PyValue {
  const self = buf(selfv);
  const [buffer] = bindArgs(fname, args, kwnames, { names: ["buffer"], required: 1, posOnly: 1 });
  const wb = writableBuffer(buffer as PyValue);
  checkClosed(self, "readinto of closed file");
  let data: Uint8Array;
  if (fname === "readinto1") data = bufferedRead1(self, wb.length);
  else {
    const r = bufferedRead(self, wb.length);
    data = r === None ? EMPTY : (r as PyBytes).data;
  }
  wb.set(data);
  return data.length;
}

const writeMethods: Record<string, (self: PyValue, args: PyValue[], kwnames: Kw) => PyValue> = {
  write(selfv, args, kwnames) {
    const self = buf(selfv);
    const [b] = bindArgs("write", args, kwnames, { names: ["buffer"], required: 1, posOnly: 1 });
    return bufferedWrite(self, bytesArg(b as PyValue, "write"));
  },
  flush(selfv) {
    const self = buf(selfv);
    checkClosed(self, "flush of closed file");
    flushAndRewind(self);
    return None;
  },
};

const simpleFlush: Record<string, (self: PyValue, args: PyValue[], kwnames: Kw) => PyValue> = {
  flush(selfv) {
    return callMethod(buf(selfv).raw, "flush", []);
  },
};

defineMethods(bufferedReaderType, { ...commonMethods, ...readMethods, ...simpleFlush });
defineMethods(bufferedWriterType, { ...commonMethods, ...writeMethods });
defineMethods(bufferedRandomType, { ...commonMethods, ...readMethods, ...writeMethods });

const commonGetSets = {
  closed: { get: (self: PyValue) => getAttr(buf(self).raw, "closed") },
  name: { get: (self: PyValue) => getAttr(buf(self).raw, "name") },
  mode: { get: (self: PyValue) => getAttr(buf(self).raw, "mode") },
};
for (const t of [bufferedReaderType, bufferedWriterType, bufferedRandomType]) {
  defineGetSets(t, commonGetSets);
  defineMembers(t, {
    raw: { get: (self) => (self as PyBuffered).raw },
    _finalizing: { get: () => false },
  });
  t.tp_repr = bufferedRepr;
}

const bufferedIternext = (selfv: PyValue): PyValue | undefined => {
  const self = buf(selfv);
  let line: PyValue;
  if (self.type === bufferedReaderType || self.type === bufferedRandomType)
    line = new PyBytes(bufferedReadline(self, -1));
  else line = callMethod(self, "readline", []);
  if (!(line instanceof PyBytes))
    raise(E.PyExc_OSError, `readline() should have returned a bytes object, not '${typeName(line)}'`);
  return line.data.length === 0 ? undefined : line;
};
bufferedReaderType.tp_iternext = bufferedIternext;
bufferedRandomType.tp_iternext = bufferedIternext;

// ---------------------------------------------------------------- BufferedRWPair

export class PyRWPair extends PyIOBase {
  reader: PyBuffered | null = null;
  writer: PyBuffered | null = null;
}
bufferedRWPairType.tp_new = (type: PyType) => new PyRWPair(type);
bufferedRWPairType.tp_init = (selfv, args, kwnames) => {
  const self = selfv as PyRWPair;
  const [reader, writer, size] = bindArgs("BufferedRWPair", args, kwnames, {
    names: ["reader", "writer", "buffer_size"],
    required: 2,
    posOnly: 3,
  });
  if (kwnames !== null && kwnames.length > 0) raiseTypeError("BufferedRWPair() takes no keyword arguments");
  checkReadable(reader as PyValue);
  checkWritable(writer as PyValue);
  const n = size === undefined ? DEFAULT_BUFFER_SIZE : intArg(size);
  self.reader = newBuffered(bufferedReaderType, reader as PyValue, n);
  self.writer = newBuffered(bufferedWriterType, writer as PyValue, n);
};

function pair(self: PyValue): PyRWPair {
  const p = self as PyRWPair;
  if (p.reader === null || p.writer === null) raiseValueError("I/O operation on uninitialized object");
  return p;
}
const viaReader = (name: string) => (self: PyValue, args: PyValue[], kw: Kw) =>
  callMethod(pair(self).reader as PyBuffered, name, args, kw);
const viaWriter = (name: string) => (self: PyValue, args: PyValue[], kw: Kw) =>
  callMethod(pair(self).writer as PyBuffered, name, args, kw);
defineMethods(bufferedRWPairType, {
  read: viaReader("read"),
  peek: viaReader("peek"),
  read1: viaReader("read1"),
  readinto: viaReader("readinto"),
  readinto1: viaReader("readinto1"),
  write: viaWriter("write"),
  flush: viaWriter("flush"),
  readable: viaReader("readable"),
  writable: viaWriter("writable"),
  close(self) {
    const p = pair(self);
    let err: unknown = null;
    try {
      callMethod(p.writer as PyBuffered, "close", []);
    } catch (e) {
      err = e;
    }
    try {
      callMethod(p.reader as PyBuffered, "close", []);
    } catch (e) {
      if (err === null) err = e;
    }
    if (err !== null) throw err;
    return None;
  },
  isatty(self) {
    const p = pair(self);
    if (isTrue(callMethod(p.writer as PyBuffered, "isatty", []))) return true;
    return callMethod(p.reader as PyBuffered, "isatty", []);
  },
});
defineGetSets(bufferedRWPairType, {
  closed: { get: (self) => getAttr(pair(self).writer as PyBuffered, "closed") },
});
