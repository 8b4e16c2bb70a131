// _io.StringIO (Modules/_io/stringio.c): an in-memory text stream. Positions are code points.
// newline=None translates \r and \r\n to \n on write; '' keeps them and splits lines on any of
// them; '\r' and '\r\n' translate \n to that on write.
import { index, strLength, typeName } from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import { defineGetSets, defineMethods } from "../../objects/descr.ts";
import { PyDict } from "../../objects/dict.ts";
import { raise, raiseTypeError, raiseValueError } from "../../objects/errors.ts";
import * as E from "../../objects/exceptions.ts";
import { PyList } from "../../objects/list.ts";
import { PyObject, type PyValue } from "../../objects/object.ts";
import { None } from "../../objects/singletons.ts";
import { newTuple, PyTuple } from "../../objects/tuple.ts";
import type { PyType } from "../../objects/type.ts";
import { makeBuiltinType, typeOf } from "../../objects/typeobjects.ts";
import { PyIOBase, readlinesGeneric, sizeArg, textIOBaseType } from "./iobase.ts";
import { cpAdvance, NewlineDecoder } from "./textio.ts";

export const stringIOType = makeBuiltinType("_io.StringIO", [textIOBaseType]);
stringIOType.hasInstanceDict = true;
stringIOType.hasWeakref = true;

export class PyStringIO extends PyIOBase {
  value = "";
  /** True when value holds astral characters (positions then need code point arithmetic). */
  astral = false;
  pos = 0;
  closedFlag = false;
  ok = false;
  readnl: string | null = "\n";
  readuniversal = false;
  readtranslate = false;
  writenl: string | null = null;
  decoder: NewlineDecoder | null = null;
}
stringIOType.tp_new = (type: PyType) => new PyStringIO(type);

function sio(self: PyValue): PyStringIO {
  if (!(self instanceof PyStringIO))
    raiseTypeError(`descriptor requires a '_io.StringIO' object but received '${typeName(self)}'`);
  if (!self.ok) raiseValueError("I/O operation on uninitialized object");
  if (self.closedFlag) raiseValueError("I/O operation on closed file");
  return self;
}

const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]/;

function length(self: PyStringIO): number {
  return self.astral ? strLength(self.value) : self.value.length;
}
function unit(self: PyStringIO, pos: number): number {
  return self.astral ? cpAdvance(self.value, 0, pos) : Math.min(pos, self.value.length);
}

function writeStr(self: PyStringIO, s: string): number {
  const n = strLength(s);
  if (self.decoder !== null) s = self.decoder.decodeText(s, true);
  if (self.writenl !== null) s = s.replaceAll("\n", self.writenl);
  if (s.length === 0) return n;
  if (ASTRAL.test(s)) self.astral = true;
  const len = length(self);
  if (self.pos > len) self.value += "\0".repeat(self.pos - len);
  const start = unit(self, self.pos);
  const m = strLength(s);
  const end = self.astral ? cpAdvance(self.value, start, m) : start + s.length;
  self.value = self.value.slice(0, start) + s + self.value.slice(end);
  self.pos += m;
  return n;
}

function readChars(self: PyStringIO, n: number): string {
  const len = length(self);
  if (self.pos >= len) return "";
  const start = unit(self, self.pos);
  if (n < 0 || self.pos + n > len) n = len - self.pos;
  const end = self.astral ? cpAdvance(self.value, start, n) : start + n;
  self.pos += n;
  return self.value.slice(start, end);
}

function readline(self: PyStringIO, limit: number): string {
  if (self.pos >= length(self)) return "";
  const start = unit(self, self.pos);
  const v = self.value;
  let end = v.length;
  if (self.readtranslate) {
    const i = v.indexOf("\n", start);
    if (i >= 0) end = i + 1;
  } else if (self.readuniversal) {
    for (let i = start; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c === 10) {
        end = i + 1;
        break;
      }
      if (c === 13) {
        end = v.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        break;
      }
    }
  } else {
    const nl = self.readnl as string;
    const i = v.indexOf(nl, start);
    if (i >= 0) end = i + nl.length;
  }
  let line = v.slice(start, end);
  if (limit >= 0 && strLength(line) > limit) line = line.slice(0, cpAdvance(line, 0, limit));
  self.pos += self.astral ? strLength(line) : line.length;
  return line;
}

stringIOType.tp_init = (selfv, args, kwnames) => {
  const self = selfv as PyStringIO;
  const [initial, newline] = bindArgs("StringIO", args, kwnames, {
    names: ["initial_value", "newline"],
    required: 0,
    posOnly: 0,
  });
  let nl: string | null = "\n";
  if (newline !== undefined) {
    if (newline === None) nl = null;
    else if (typeof newline !== "string")
      raiseTypeError(`newline must be str or None, not ${typeName(newline)}`);
    else nl = newline;
  }
  if (nl !== null && !["", "\n", "\r", "\r\n"].includes(nl))
    raiseValueError(`illegal newline value: '${nl}'`);
  if (initial !== undefined && initial !== None && typeof initial !== "string")
    raiseTypeError(`initial_value must be str or None, not ${typeName(initial)}`);
  self.readnl = nl;
  self.readuniversal = nl === null || nl === "";
  self.readtranslate = nl === null;
  self.writenl = nl?.startsWith("\r") ? nl : null;
  self.decoder = self.readuniversal ? new NewlineDecoder(null, self.readtranslate) : null;
  self.value = "";
  self.astral = false;
  self.pos = 0;
  self.closedFlag = false;
  self.ok = true;
  if (typeof initial === "string" && initial.length > 0) {
    writeStr(self, initial);
    self.pos = 0;
  }
};

function posArg(v: PyValue): number {
  if (v instanceof PyObject && typeOf(v).name === "float")
    raiseTypeError("'float' object cannot be interpreted as an integer");
  const n = index(v);
  return typeof n === "bigint" ? (n < 0n ? -(2 ** 62) : 2 ** 62) : n;
}

defineMethods(stringIOType, {
  getvalue(selfv) {
    return sio(selfv).value;
  },
  read(selfv, args, kwnames) {
    const self = sio(selfv);
    const [n] = bindArgs("read", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return readChars(self, sizeArg(n));
  },
  readline(selfv, args, kwnames) {
    const self = sio(selfv);
    const [n] = bindArgs("readline", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    return readline(self, sizeArg(n));
  },
  readlines(selfv, args, kwnames) {
    const self = sio(selfv);
    const [hint] = bindArgs("readlines", args, kwnames, { names: ["hint"], required: 0, posOnly: 1 });
    const h = sizeArg(hint);
    if (h <= 0 && self.type === stringIOType) {
      const lines: PyValue[] = [];
      for (;;) {
        const l = readline(self, -1);
        if (l.length === 0) break;
        lines.push(l);
      }
      return new PyList(lines);
    }
    return readlinesGeneric(self, h);
  },
  write(selfv, args, kwnames) {
    const self = sio(selfv);
    const [s] = bindArgs("write", args, kwnames, { names: ["s"], required: 1, posOnly: 1 });
    if (typeof s !== "string") raiseTypeError(`string argument expected, got '${typeName(s as PyValue)}'`);
    return writeStr(self, s);
  },
  seek(selfv, args, kwnames) {
    const self = sio(selfv);
    const [p, w] = bindArgs("seek", args, kwnames, { names: ["pos", "whence"], required: 1, posOnly: 2 });
    const pos = posArg(p as PyValue);
    const whence = w === undefined ? 0 : Number(index(w));
    if (whence !== 0 && whence !== 1 && whence !== 2)
      raiseValueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    if (pos < 0 && whence === 0) raiseValueError(`Negative seek position ${pos}`);
    if (whence !== 0 && pos !== 0) raise(E.PyExc_OSError, `Can't do nonzero cur-relative seeks`);
    if (whence === 1) return self.pos;
    if (whence === 2) self.pos = length(self);
    else self.pos = pos;
    return self.pos;
  },
  tell(selfv) {
    return sio(selfv).pos;
  },
  truncate(selfv, args, kwnames) {
    const self = sio(selfv);
    const [s] = bindArgs("truncate", args, kwnames, { names: ["pos"], required: 0, posOnly: 1 });
    const n = s === undefined || s === None ? self.pos : posArg(s);
    if (n < 0) raiseValueError(`Negative size value ${n}`);
    if (n < length(self)) {
      self.value = self.value.slice(0, unit(self, n));
      if (self.astral) self.astral = ASTRAL.test(self.value);
    }
    return n;
  },
  readable(selfv) {
    sio(selfv);
    return true;
  },
  writable(selfv) {
    sio(selfv);
    return true;
  },
  seekable(selfv) {
    sio(selfv);
    return true;
  },
  close(selfv) {
    (selfv as PyStringIO).closedFlag = true;
    return None;
  },
  __getstate__(selfv) {
    const self = sio(selfv);
    const d = self.dict === null ? None : dictCopy(self.dict);
    return newTuple([self.value, self.readnl === null ? None : self.readnl, self.pos, d]);
  },
  __setstate__(selfv, args, kwnames) {
    const [state] = bindArgs("__setstate__", args, kwnames, { names: ["state"], required: 1, posOnly: 1 });
    const self = selfv as PyStringIO;
    if (self.closedFlag) raiseValueError("I/O operation on closed file");
    if (!(state instanceof PyTuple) || state.items.length < 4)
      raiseTypeError(
        `${typeName(self)}.__setstate__ argument should be 4-tuple, got ${typeName(state as PyValue)}`,
      );
    const [value, newline, pos, d] = state.items;
    // __init__ with (value, newline) as CPython (it records the newlines seen), then the value
    // again untranslated.
    (stringIOType.tp_init as NonNullable<PyType["tp_init"]>)(self, [value, newline], null);
    if (typeof value !== "string") raiseTypeError(`initial_value must be str, not ${typeName(value)}`);
    self.value = value;
    self.astral = ASTRAL.test(value);
    if (typeof pos !== "number")
      raiseTypeError("third item of state must be an integer, got " + typeName(pos));
    if (pos < 0) raiseValueError("position value cannot be negative");
    self.pos = pos;
    if (d !== None) {
      if (!(d instanceof PyDict))
        raiseTypeError(`fourth item of state should be a dict, got a ${typeName(d)}`);
      if (self.dict === null) self.dict = new PyDict();
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i];
        if (k !== undefined) self.dict.setItem(k, d.values[i] as PyValue);
      }
    }
    return None;
  },
});

function dictCopy(d: PyDict): PyDict {
  const out = new PyDict();
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== undefined) out.setItem(k, d.values[i] as PyValue);
  }
  return out;
}

defineGetSets(stringIOType, {
  closed: {
    get: (self) => {
      const s = self as PyStringIO;
      if (!s.ok) raiseValueError("I/O operation on uninitialized object");
      return s.closedFlag;
    },
  },
  line_buffering: {
    get: (self) => {
      sio(self);
      return false;
    },
  },
  newlines: {
    get: (self) => {
      const s = sio(self);
      return s.decoder === null ? None : s.decoder.newlines();
    },
  },
});

stringIOType.tp_iternext = (selfv) => {
  const self = sio(selfv);
  const l = readline(self, -1);
  return l.length === 0 ? undefined : l;
};
