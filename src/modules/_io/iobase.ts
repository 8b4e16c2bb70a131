// The abstract bases of the io hierarchy (Modules/_io/iobase.c, textio.c's _TextIOBase,
// bufferedio.c's _BufferedIOBase): _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, and the
// helpers every _io class shares (UnsupportedOperation, the host, argument conversions).
//
// As in CPython, the generic methods call the stream's own methods through Python attribute
// lookup (`self.read(1)`, `self.closed`), so Python subclasses (io.py's IOBase, user RawIOBase
// subclasses) work unchanged. Closing on garbage collection (iobase_finalize) is not done: a JS
// heap gives no timely finalisation, so files must be closed (or used in `with`) explicitly.
import type { Host } from "../../host/host.ts";
import { HostError } from "../../host/host.ts";
import {
  call,
  callMethod,
  getAttr,
  index,
  isTrue,
  iter,
  len,
  lookupAttr,
  next,
  typeName,
} from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import { PyByteArray } from "../../objects/bytearray.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { asBytesLike } from "../../objects/bytes-methods.ts";
import { defineGetSets, defineMethods } from "../../objects/descr.ts";
import { newException, raise, raiseTypeError, raiseValueError } from "../../objects/errors.ts";
import type { PyBaseException } from "../../objects/exceptions.ts";
import * as E from "../../objects/exceptions.ts";
import { PyList } from "../../objects/list.ts";
import { PyMemoryView } from "../../objects/memoryview.ts";
import { PyObject, type PyValue } from "../../objects/object.ts";
import { instanceDictGet, instanceDictSet } from "../../objects/object-type.ts";
import { None } from "../../objects/singletons.ts";
import { type PyType, TPFLAGS_BASE_EXC_SUBCLASS, TPFLAGS_BASETYPE } from "../../objects/type.ts";
import { makeBuiltinType, objectType, typeOf } from "../../objects/typeobjects.ts";

export type Kw = readonly string[] | null;

// ---------------------------------------------------------------- shared state and helpers

/** The host the _io module works through; set by the runtime (setIoHost) before files are opened. */
export const ioState: { host: Host | null } = { host: null };

export function host(): Host {
  if (ioState.host === null) raise(E.PyExc_OSError, "no host for file operations");
  return ioState.host;
}

export const DEFAULT_BUFFER_SIZE = 128 * 1024;

/** io.UnsupportedOperation: subclass of OSError and ValueError (module "io", as CPython). */
export const unsupportedOperationType = makeBuiltinType(
  "io.UnsupportedOperation",
  [E.PyExc_OSError, E.PyExc_ValueError],
  TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS,
);
unsupportedOperationType.hasInstanceDict = true;

export function unsupported(message: string): never {
  raise(unsupportedOperationType, message);
}

/** An OSError (the errno subclass) for a failed host call; `filename` when CPython reports one. */
export function osError(e: unknown, filename?: PyValue): PyBaseException {
  if (e instanceof HostError) {
    return filename === undefined
      ? newException(E.PyExc_OSError, e.errno, e.strerror)
      : newException(E.PyExc_OSError, e.errno, e.strerror, filename);
  }
  if (e instanceof E.PyBaseException) return e;
  return newException(E.PyExc_OSError, String(e));
}

/** Runs a host call, turning HostErrors into OSError. */
export function hostCall<T>(f: () => T, filename?: PyValue): T {
  try {
    return f();
  } catch (e) {
    throw osError(e, filename);
  }
}

export function closedError(): never {
  raiseValueError("I/O operation on closed file.");
}

/** `size` arguments accepting None (-1) or an index (_Py_convert_optional_to_ssize_t). */
export function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  if (typeof v === "number") return v;
  if (typeof v !== "bigint" && typeof v !== "boolean" && typeOf(v).nb.nb_index === null)
    raiseTypeError(`argument should be integer or None, not '${typeName(v)}'`);
  const n = index(v);
  if (typeof n === "bigint") raise(E.PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  return n;
}

/** A Py_ssize_t / Py_off_t argument (no None). */
export function intArg(v: PyValue): number {
  if (typeof v === "number") return v;
  if (v instanceof PyObject && typeOf(v).name === "float")
    raiseTypeError("'float' object cannot be interpreted as an integer");
  const n = index(v);
  if (typeof n === "bigint") raise(E.PyExc_OverflowError, "Python int too large to convert to C long");
  return n;
}

/** Bytes of a bytes-like object, or the TypeError CPython gives for write(). */
export function bytesArg(v: PyValue, _fname: string): Uint8Array {
  const b = asBytesLike(v);
  if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

/** A writable buffer (readinto's argument): its length and a way to store bytes into it. */
export interface WritableBuffer {
  length: number;
  set(data: Uint8Array, offset?: number): void;
}

export function writableBuffer(v: PyValue): WritableBuffer {
  if (v instanceof PyByteArray) {
    return { length: v.length, set: (d, o = 0) => v.buf.set(d, o) };
  }
  if (
    v instanceof PyMemoryView &&
    !v.readonly &&
    !v.released &&
    v.obj instanceof PyByteArray &&
    v.step === 1
  ) {
    const base = v.obj;
    return { length: v.length, set: (d, o = 0) => base.buf.set(d, v.start + o) };
  }
  if (v instanceof PyMemoryView && v.released)
    raiseValueError("operation forbidden on released memoryview object");
  if (v instanceof PyMemoryView)
    raiseTypeError(`readinto() argument must be read-write bytes-like object, not ${typeName(v)}`);
  const bufv = lookupAttr(v, "__setitem__");
  if (bufv !== undefined && typeof v === "object" && v instanceof PyObject && asBytesLike(v) !== undefined) {
    // e.g. array.array: store through item assignment.
    const n = len(v);
    return {
      length: n,
      set: (d, o = 0) => {
        for (let i = 0; i < d.length; i++) call(bufv, [o + i, d[i]]);
      },
    };
  }
  raiseTypeError(`readinto() argument must be read-write bytes-like object, not ${typeName(v)}`);
}

export function bytesObj(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}

// ---------------------------------------------------------------- the types

export const iobaseType = makeBuiltinType("_io._IOBase", [objectType]);
export const rawIOBaseType = makeBuiltinType("_io._RawIOBase", [iobaseType]);
export const bufferedIOBaseType = makeBuiltinType("_io._BufferedIOBase", [iobaseType]);
export const textIOBaseType = makeBuiltinType("_io._TextIOBase", [iobaseType]);
for (const t of [iobaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType]) {
  t.hasInstanceDict = true;
  t.hasWeakref = true;
}

/** Every _io object: the `__IOBase_closed` flag of iobase.c. */
export class PyIOBase extends PyObject {
  iobaseClosed = false;
}

iobaseType.tp_new = (type: PyType) => new PyIOBase(type);
rawIOBaseType.tp_new = (type: PyType) => new PyIOBase(type);
bufferedIOBaseType.tp_new = (type: PyType) => new PyIOBase(type);
textIOBaseType.tp_new = (type: PyType) => new PyIOBase(type);

/** `self.closed`, looked up as Python does (subclasses override it). */
export function isClosed(self: PyValue): boolean {
  return isTrue(getAttr(self, "closed"));
}

/** _PyIOBase_check_closed: ValueError when `self.closed`. */
export function checkClosed(self: PyValue): void {
  if (isClosed(self)) closedError();
}

export function checkReadable(self: PyValue): void {
  if (!isTrue(callMethod(self, "readable", []))) unsupported("File or stream is not readable.");
}
export function checkWritable(self: PyValue): void {
  if (!isTrue(callMethod(self, "writable", []))) unsupported("File or stream is not writable.");
}
export function checkSeekable(self: PyValue): void {
  if (!isTrue(callMethod(self, "seekable", []))) unsupported("File or stream is not seekable.");
}

function iobaseClosedFlag(self: PyValue): boolean {
  return self instanceof PyIOBase ? self.iobaseClosed : false;
}

/** iobase.readline: through peek() when the stream has it, else read(1) at a time. */
function iobaseReadline(self: PyValue, limit: number): PyValue {
  const peek = lookupAttr(self, "peek");
  const out: number[] = [];
  while (limit < 0 || out.length < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ra = call(peek, [1]);
      const b = asBytesLike(ra);
      if (b === undefined)
        raise(E.PyExc_OSError, `peek() should have returned a bytes object, not '${typeName(ra)}'`);
      if (b.length > 0) {
        let n = 0;
        const lim = limit >= 0 ? limit - out.length : b.length;
        while (n < b.length && n < lim) {
          if (b[n++] === 10) break;
        }
        nreadahead = n;
      }
    }
    const r = callMethod(self, "read", [nreadahead]);
    const b = asBytesLike(r);
    if (b === undefined)
      raise(E.PyExc_OSError, `read() should have returned a bytes object, not '${typeName(r)}'`);
    if (b.length === 0) break;
    for (const c of b) out.push(c);
    if (out[out.length - 1] === 10) break;
  }
  return new PyBytes(Uint8Array.from(out));
}

/** readlines(hint) over iteration, as iobase.c does. */
export function readlinesGeneric(self: PyValue, hint: number): PyList {
  const result: PyValue[] = [];
  if (hint <= 0) {
    const it = iter(self);
    for (;;) {
      const line = next(it);
      if (line === undefined) break;
      result.push(line);
    }
    return new PyList(result);
  }
  const it = iter(self);
  let length = 0;
  for (;;) {
    const line = next(it);
    if (line === undefined) break;
    result.push(line);
    length += len(line);
    if (length > hint) break;
  }
  return new PyList(result);
}

defineGetSets(iobaseType, {
  closed: { get: (self) => iobaseClosedFlag(self) },
  __dict__: { get: instanceDictGet, set: instanceDictSet },
});

defineMethods(iobaseType, {
  seek(_self, args, kwnames) {
    const n = args.length - (kwnames === null ? 0 : kwnames.length);
    if (kwnames !== null && kwnames.length > 0) raiseTypeError("seek() takes no keyword arguments");
    if (n < 1) raiseTypeError(`seek() takes at least 1 positional argument (${n} given)`);
    if (n > 2) raiseTypeError(`seek() takes at most 2 positional arguments (${n} given)`);
    unsupported("seek");
  },
  tell(self) {
    return callMethod(self, "seek", [0, 1]);
  },
  truncate() {
    unsupported("truncate");
  },
  flush(self) {
    if (iobaseClosedFlag(self)) closedError();
    return None;
  },
  close(self) {
    if (iobaseClosedFlag(self)) return None;
    let err: unknown = null;
    try {
      callMethod(self, "flush", []);
    } catch (e) {
      err = e;
    }
    if (self instanceof PyIOBase) self.iobaseClosed = true;
    if (err !== null) throw err;
    return None;
  },
  seekable() {
    return false;
  },
  readable() {
    return false;
  },
  writable() {
    return false;
  },
  _checkClosed(self) {
    checkClosed(self);
    return None;
  },
  _checkSeekable(self) {
    checkSeekable(self);
    return true;
  },
  _checkReadable(self) {
    checkReadable(self);
    return true;
  },
  _checkWritable(self) {
    checkWritable(self);
    return true;
  },
  fileno() {
    unsupported("fileno");
  },
  isatty(self) {
    checkClosed(self);
    return false;
  },
  __enter__(self) {
    checkClosed(self);
    return self;
  },
  __exit__(self) {
    return callMethod(self, "close", []);
  },
  readline(self, args, kwnames) {
    const [size] = bindArgs("readline", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return iobaseReadline(self, sizeArg(size));
  },
  readlines(self, args, kwnames) {
    const [hint] = bindArgs("readlines", args, kwnames, { names: ["hint"], required: 0, posOnly: 1 });
    return readlinesGeneric(self, sizeArg(hint));
  },
  writelines(self, args, kwnames) {
    const [lines] = bindArgs("writelines", args, kwnames, { names: ["lines"], required: 1, posOnly: 1 });
    checkClosed(self);
    const it = iter(lines as PyValue);
    for (;;) {
      const line = next(it);
      if (line === undefined) break;
      callMethod(self, "write", [line]);
    }
    return None;
  },
});

iobaseType.tp_iter = (self) => {
  checkClosed(self);
  return self;
};
iobaseType.tp_iternext = (self) => {
  const line = callMethod(self, "readline", []);
  if (len(line) === 0) return undefined;
  return line;
};

// ---------------------------------------------------------------- _RawIOBase

defineMethods(rawIOBaseType, {
  read(self, args, kwnames) {
    const [size] = bindArgs("read", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    const n = sizeArg(size);
    if (n < 0) return callMethod(self, "readall", []);
    const b = new PyByteArray(new Uint8Array(n));
    const got = callMethod(self, "readinto", [b]);
    if (got === None) return None;
    const k = intArg(got);
    if (k < 0 || k > n) raiseValueError(`readinto returned ${k} outside buffer size ${n}`);
    return new PyBytes(b.data.slice(0, k));
  },
  readall(self) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const data = callMethod(self, "read", [DEFAULT_BUFFER_SIZE]);
      if (data === None) {
        if (chunks.length === 0) return None;
        break;
      }
      const b = asBytesLike(data);
      if (!(data instanceof PyBytes) || b === undefined) raiseTypeError("read() should return bytes");
      if (b.length === 0) break;
      chunks.push(b);
      total += b.length;
    }
    return new PyBytes(concat(chunks, total));
  },
  readinto() {
    throw newException(E.PyExc_NotImplementedError);
  },
  write() {
    throw newException(E.PyExc_NotImplementedError);
  },
});

export function concat(chunks: Uint8Array[], total?: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const n = total ?? chunks.reduce((a, c) => a + c.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

// ---------------------------------------------------------------- _BufferedIOBase

function bufferedReadintoGeneric(self: PyValue, args: PyValue[], kwnames: Kw, method: string): PyValue {
  const [buffer] = bindArgs(method, args, kwnames, { names: ["buffer"], required: 1, posOnly: 1 });
  const wb = writableBuffer(buffer as PyValue);
  const data = callMethod(self, method === "readinto" ? "read" : "read1", [wb.length]);
  const b = asBytesLike(data);
  if (!(data instanceof PyBytes) || b === undefined) raiseTypeError("read() should return bytes");
  if (b.length > wb.length)
    raiseValueError(`read() returned too much data: ${wb.length} bytes requested, ${b.length} returned`);
  wb.set(b);
  return b.length;
}

defineMethods(bufferedIOBaseType, {
  detach() {
    unsupported("detach");
  },
  read() {
    unsupported("read");
  },
  read1() {
    unsupported("read1");
  },
  write() {
    unsupported("write");
  },
  readinto(self, args, kwnames) {
    return bufferedReadintoGeneric(self, args, kwnames, "readinto");
  },
  readinto1(self, args, kwnames) {
    return bufferedReadintoGeneric(self, args, kwnames, "readinto1");
  },
});

// ---------------------------------------------------------------- _TextIOBase

defineMethods(textIOBaseType, {
  detach() {
    unsupported("detach");
  },
  read() {
    unsupported("read");
  },
  readline() {
    unsupported("readline");
  },
  write() {
    unsupported("write");
  },
});
defineGetSets(textIOBaseType, {
  encoding: { get: () => None },
  newlines: { get: () => None },
  errors: { get: () => None },
});
