// _io.BytesIO (Modules/_io/bytesio.c): an in-memory binary stream. The data lives in a
// bytearray so getbuffer() can hand out a writable memoryview over it; resizing while such a
// view is alive is a BufferError, as in CPython.
import { index, typeName } from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import { PyByteArray } from "../../objects/bytearray.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { asBytesLike } from "../../objects/bytes-methods.ts";
import { defineGetSets, defineMethods } from "../../objects/descr.ts";
import { PyDict } from "../../objects/dict.ts";
import { raise, raiseTypeError, raiseValueError } from "../../objects/errors.ts";
import * as E from "../../objects/exceptions.ts";
import { PyList } from "../../objects/list.ts";
import { PyMemoryView } from "../../objects/memoryview.ts";
import { PyObject, type PyValue } from "../../objects/object.ts";
import { None } from "../../objects/singletons.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import type { PyType } from "../../objects/type.ts";
import { makeBuiltinType, typeOf } from "../../objects/typeobjects.ts";
import { bufferedIOBaseType, PyIOBase, readlinesGeneric, sizeArg, writableBuffer } from "./iobase.ts";

export const bytesIOType = makeBuiltinType("_io.BytesIO", [bufferedIOBaseType]);
bytesIOType.hasInstanceDict = true;
bytesIOType.hasWeakref = true;

export class PyBytesIO extends PyIOBase {
  store = new PyByteArray();
  pos = 0;
  closedFlag = false;
  views: PyMemoryView[] = [];
}
bytesIOType.tp_new = (type: PyType) => new PyBytesIO(type);

function exports(self: PyBytesIO): number {
  self.views = self.views.filter((v) => !v.released);
  return self.views.length;
}

function bio(self: PyValue): PyBytesIO {
  if (!(self instanceof PyBytesIO))
    raiseTypeError(`descriptor requires a '_io.BytesIO' object but received '${typeName(self)}'`);
  if (self.closedFlag) raiseValueError("I/O operation on closed file.");
  return self;
}

function checkExports(self: PyBytesIO): void {
  if (exports(self) > 0) raise(E.PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
}

function size(self: PyBytesIO): number {
  return self.store.length;
}

function readBytes(self: PyBytesIO, n: number): Uint8Array {
  const avail = Math.max(0, size(self) - self.pos);
  if (n < 0 || n > avail) n = avail;
  const out = self.store.buf.slice(self.pos, self.pos + n);
  self.pos += n;
  return out;
}

function readline(self: PyBytesIO, limit: number): Uint8Array {
  const n = size(self);
  if (self.pos >= n) return new Uint8Array(0);
  let end = self.store.buf.subarray(0, n).indexOf(10, self.pos);
  end = end < 0 ? n : end + 1;
  if (limit >= 0 && end - self.pos > limit) end = self.pos + limit;
  const out = self.store.buf.slice(self.pos, end);
  self.pos = end;
  return out;
}

function write(self: PyBytesIO, data: Uint8Array): number {
  const n = data.length;
  if (n === 0) return 0;
  const end = self.pos + n;
  if (end > size(self)) {
    checkExports(self);
    self.store.resize(end);
  }
  self.store.buf.set(data, self.pos);
  self.pos = end;
  return n;
}

bytesIOType.tp_init = (selfv, args, kwnames) => {
  const self = selfv as PyBytesIO;
  const [initial] = bindArgs("BytesIO", args, kwnames, { names: ["initial_bytes"], required: 0, posOnly: 0 });
  checkExports(self);
  self.store = new PyByteArray();
  self.pos = 0;
  if (initial !== undefined && initial !== None) {
    const b = asBytesLike(initial);
    if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeName(initial)}'`);
    self.store = new PyByteArray(b.slice());
  }
};

function posArg(v: PyValue): number {
  if (v instanceof PyObject && typeOf(v).name === "float")
    raiseTypeError("'float' object cannot be interpreted as an integer");
  const n = index(v);
  return typeof n === "bigint" ? (n < 0n ? -(2 ** 62) : 2 ** 62) : n;
}

defineMethods(bytesIOType, {
  getvalue(selfv) {
    const self = bio(selfv);
    return new PyBytes(self.store.buf.slice(0, size(self)));
  },
  getbuffer(selfv) {
    const self = bio(selfv);
    const v = new PyMemoryView(self.store, 0, size(self), 1, false);
    self.views.push(v);
    return v;
  },
  read(selfv, args, kwnames) {
    const self = bio(selfv);
    const [n] = bindArgs("read", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return new PyBytes(readBytes(self, sizeArg(n)));
  },
  read1(selfv, args, kwnames) {
    const self = bio(selfv);
    const [n] = bindArgs("read1", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return new PyBytes(readBytes(self, sizeArg(n)));
  },
  readinto(selfv, args, kwnames) {
    const self = bio(selfv);
    const [buffer] = bindArgs("readinto", args, kwnames, { names: ["buffer"], required: 1, posOnly: 1 });
    const wb = writableBuffer(buffer as PyValue);
    const data = readBytes(self, wb.length);
    wb.set(data);
    return data.length;
  },
  readline(selfv, args, kwnames) {
    const self = bio(selfv);
    const [n] = bindArgs("readline", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return new PyBytes(readline(self, sizeArg(n)));
  },
  readlines(selfv, args, kwnames) {
    const self = bio(selfv);
    const [hint] = bindArgs("readlines", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    const h = sizeArg(hint);
    if (h <= 0) {
      const lines: PyValue[] = [];
      for (;;) {
        const l = readline(self, -1);
        if (l.length === 0) break;
        lines.push(new PyBytes(l));
      }
      return new PyList(lines);
    }
    return readlinesGeneric(self, h);
  },
  write(selfv, args, kwnames) {
    const self = bio(selfv);
    const [b] = bindArgs("write", args, kwnames, { names: ["b"], required: 1, posOnly: 1 });
    const data = asBytesLike(b as PyValue);
    if (data === undefined)
      raiseTypeError(`a bytes-like object is required, not '${typeName(b as PyValue)}'`);
    return write(self, data);
  },
  seek(selfv, args, kwnames) {
    const self = bio(selfv);
    const [p, w] = bindArgs("seek", args, kwnames, { names: ["pos", "whence"], required: 1, posOnly: 2 });
    let pos = posArg(p as PyValue);
    const whence = w === undefined ? 0 : Number(index(w));
    if (pos < 0 && whence === 0) raiseValueError(`negative seek value ${pos}`);
    if (whence === 1) pos += self.pos;
    else if (whence === 2) pos += size(self);
    else if (whence !== 0) raiseValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0) pos = 0;
    self.pos = pos;
    return pos;
  },
  tell(selfv) {
    return bio(selfv).pos;
  },
  truncate(selfv, args, kwnames) {
    const self = bio(selfv);
    const [s] = bindArgs("truncate", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    const n = s === undefined || s === None ? self.pos : posArg(s);
    if (n < 0) raiseValueError(`negative size value ${n}`);
    if (n < size(self)) {
      checkExports(self);
      self.store.resize(n);
    }
    return n;
  },
  readable(selfv) {
    bio(selfv);
    return true;
  },
  writable(selfv) {
    bio(selfv);
    return true;
  },
  seekable(selfv) {
    bio(selfv);
    return true;
  },
  flush(selfv) {
    bio(selfv);
    return None;
  },
  isatty(selfv) {
    bio(selfv);
    return false;
  },
  close(selfv) {
    const self = selfv as PyBytesIO;
    checkExports(self);
    self.closedFlag = true;
    return None;
  },
  __getstate__(selfv) {
    const self = bio(selfv);
    return newTuple([
      new PyBytes(self.store.buf.slice(0, size(self))),
      self.pos,
      self.dict === null ? None : copyDict(self.dict),
    ]);
  },
  __setstate__(selfv, args, kwnames) {
    const [state] = bindArgs("__setstate__", args, kwnames, { names: ["state"], required: 1, posOnly: 1 });
    const self = selfv as PyBytesIO;
    if (!(state instanceof PyTuple) || state.items.length < 3)
      raiseTypeError(
        `${typeName(self)}.__setstate__ argument should be 3-tuple, got ${typeName(state as PyValue)}`,
      );
    const [value, pos, d] = state.items;
    checkExports(self);
    const b = asBytesLike(value);
    if (b === undefined) raiseTypeError(`a bytes-like object is required, not '${typeName(value)}'`);
    self.store = new PyByteArray(b.slice());
    if (typeof pos !== "number")
      raiseTypeError(`second item of state must be an integer, not ${typeName(pos)}`);
    if (pos < 0) raiseValueError("position value cannot be negative");
    self.pos = pos;
    if (d !== None) {
      if (!(d instanceof PyDict))
        raiseTypeError(`third item of state should be a dict, got a ${typeName(d)}`);
      if (self.dict === null) self.dict = new PyDict();
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i];
        if (k !== undefined) self.dict.setItem(k, d.values[i] as PyValue);
      }
    }
    return None;
  },
});

function copyDict(d: PyDict): PyDict {
  const out = new PyDict();
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== undefined) out.setItem(k, d.values[i] as PyValue);
  }
  return out;
}

defineGetSets(bytesIOType, {
  closed: { get: (self) => (self as PyBytesIO).closedFlag },
});

bytesIOType.tp_iternext = (selfv) => {
  const self = bio(selfv);
  const l = readline(self, -1);
  return l.length === 0 ? undefined : new PyBytes(l);
};
