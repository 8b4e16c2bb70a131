// memoryview (Objects/memoryobject.c), the basic one-dimensional form: a view over the bytes of
// a bytes, bytearray or another memoryview, with formats 'B' (default), 'b' and 'c'. Other
// formats and multi-dimensional casts raise NotImplementedError saying so.
import { index, typeName } from "./abstract.ts";
import { checkPositional, noKeywords } from "./args.ts";
import { PyByteArray } from "./bytearray.ts";
import { PyBytes } from "./bytes.ts";
import * as M from "./bytes-methods.ts";
import { checkNoArgs, defineGetSets, defineMethods } from "./descr.ts";
import { raise, raiseNotImplementedError, raiseTypeError, raiseValueError } from "./errors.ts";
import { PyExc_IndexError } from "./exceptions.ts";
import { addressOf } from "./function.ts";
import { hashBytes } from "./hash.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { None, NotImplemented } from "./singletons.ts";
import { sliceBounds, strListHook, strValue } from "./str.ts";
import { newTuple } from "./tuple.ts";
import { makeBuiltinType, memoryviewType, sliceType, typeOf } from "./typeobjects.ts";

export class PyMemoryView extends PyObject {
  /** The exporting object (bytes, bytearray). */
  readonly obj: PyValue;
  readonly start: number;
  readonly length: number;
  readonly step: number;
  readonly readonly: boolean;
  format: string;
  released: boolean;
  constructor(obj: PyValue, start: number, length: number, step: number, readonly: boolean, format = "B") {
    super(memoryviewType);
    this.obj = obj;
    this.start = start;
    this.length = length;
    this.step = step;
    this.readonly = readonly;
    this.format = format;
    this.released = false;
  }
  /** The underlying buffer now (a bytearray may have been reallocated since the view was made). */
  base(): Uint8Array {
    if (this.obj instanceof PyBytes) return this.obj.data;
    return (this.obj as PyByteArray).buf;
  }
  bytes(): Uint8Array {
    const b = this.base();
    if (this.step === 1) return b.slice(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = b[this.start + i * this.step];
    return out;
  }
}

M.bytesLikeHooks.push((v) => {
  if (!(v instanceof PyMemoryView)) return undefined;
  check(v);
  return v.bytes();
});

function check(v: PyMemoryView): void {
  if (v.released) raiseValueError("operation forbidden on released memoryview object");
}

function mv(self: PyValue): PyMemoryView {
  const v = self as PyMemoryView;
  check(v);
  return v;
}

function item(v: PyMemoryView, byte: number): PyValue {
  if (v.format === "b") return byte > 127 ? byte - 256 : byte;
  if (v.format === "c") return new PyBytes(Uint8Array.of(byte));
  return byte;
}

memoryviewType.tp_new = (_type, args, kwnames) => {
  if (args.length !== 1) raiseTypeError(`memoryview() takes exactly one argument (${args.length} given)`);
  const [obj] = args;
  void kwnames;
  if (obj instanceof PyMemoryView) {
    check(obj);
    return new PyMemoryView(obj.obj, obj.start, obj.length, obj.step, obj.readonly, obj.format);
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, obj.data.length, 1, true);
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.length, 1, false);
  raiseTypeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
};

memoryviewType.tp_repr = (self) => {
  const v = self as PyMemoryView;
  return v.released ? `<released memory at ${addressOf(v)}>` : `<memory at ${addressOf(v)}>`;
};

memoryviewType.mp_length = (self) => mv(self).length;
memoryviewType.mp_subscript = (self, key) => {
  const v = mv(self);
  if (typeOf(key) === sliceType) {
    const [start, , step, count] = sliceBounds(key, v.length);
    return new PyMemoryView(
      v.obj,
      v.start + start * v.step,
      Math.max(0, count),
      v.step * step,
      v.readonly,
      v.format,
    );
  }
  if (
    key === None ||
    (typeOf(key).name === "tuple" && (key as unknown as { items: PyValue[] }).items.length === 0)
  )
    raiseTypeError("invalid indexing of 0-dim memory");
  let i = Number(index(key));
  if (i < 0) i += v.length;
  if (!(i >= 0 && i < v.length)) raise(PyExc_IndexError, "index out of bounds on dimension 1");
  return item(v, v.base()[v.start + i * v.step]);
};
memoryviewType.mp_ass_subscript = (self, key, value) => {
  const v = mv(self);
  if (v.readonly) raiseTypeError("cannot modify read-only memory");
  if (value === null) raiseTypeError("cannot delete memory");
  const b = v.base();
  if (typeOf(key) === sliceType) {
    const [start, , step, count] = sliceBounds(key, v.length);
    const src = M.needBytesLike(value);
    if (src.length !== count)
      raiseValueError("memoryview assignment: lvalue and rvalue have different structures");
    for (let i = 0; i < count; i++) b[v.start + (start + i * step) * v.step] = src[i];
    return;
  }
  let i = Number(index(key));
  if (i < 0) i += v.length;
  if (!(i >= 0 && i < v.length)) raise(PyExc_IndexError, "index out of bounds on dimension 1");
  if (typeof value !== "number") raiseTypeError(`memoryview: invalid type for format '${v.format}'`);
  if (v.format === "b" ? value < -128 || value > 127 : value < 0 || value > 255)
    raiseValueError(`memoryview: invalid value for format '${v.format}'`);
  b[v.start + i * v.step] = value & 0xff;
};
memoryviewType.tp_richcompare = (self, other, op) => {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  const v = self as PyMemoryView;
  if (v.released || (other instanceof PyMemoryView && other.released))
    return op === CompareOp.EQ ? self === other : self !== other;
  const b = M.asBytesLike(other);
  if (b === undefined) return NotImplemented;
  const eq = M.compareBytes(v.bytes(), b) === 0;
  return op === CompareOp.EQ ? eq : !eq;
};
memoryviewType.tp_hash = (self) => {
  const v = mv(self);
  if (!v.readonly) raiseValueError("cannot hash writable memoryview object");
  return hashBytes(v.bytes());
};
const memoryIteratorType = makeBuiltinType("memory_iterator", undefined, 0);
class PyMemoryIterator extends PyObject {
  view: PyMemoryView;
  pos = 0;
  constructor(view: PyMemoryView) {
    super(memoryIteratorType);
    this.view = view;
  }
}
memoryIteratorType.tp_iter = (self) => self;
memoryIteratorType.tp_iternext = (self) => {
  const it = self as PyMemoryIterator;
  const v = mv(it.view);
  if (it.pos >= v.length) return undefined;
  return item(v, v.base()[v.start + it.pos++ * v.step]);
};
memoryviewType.tp_iter = (self) => new PyMemoryIterator(mv(self));

defineMethods(memoryviewType, {
  tobytes(self, args, kwnames) {
    void args;
    void kwnames;
    return new PyBytes(mv(self).bytes());
  },
  tolist(self) {
    const v = mv(self);
    return strListHook.newList(Array.from(v.bytes(), (b) => item(v, b)));
  },
  hex(self, args, kwnames) {
    return M.hex(mv(self).bytes(), args, kwnames);
  },
  release(self) {
    (self as PyMemoryView).released = true;
    return None;
  },
  toreadonly(self) {
    const v = mv(self);
    return new PyMemoryView(v.obj, v.start, v.length, v.step, true, v.format);
  },
  cast(self, args, kwnames) {
    noKeywords("memoryview.cast", kwnames);
    checkPositional("cast", args.length, 1, 2);
    const v = mv(self);
    const fmt = strValue(args[0]);
    if (fmt === undefined) raiseTypeError(`memoryview: format argument must be a string`);
    if (args.length > 1) raiseNotImplementedError("memoryview.cast() with a shape is not supported yet");
    if (fmt !== "B" && fmt !== "b" && fmt !== "c")
      raiseNotImplementedError(`memoryview format '${fmt}' is not supported yet`);
    return new PyMemoryView(v.obj, v.start, v.length, v.step, v.readonly, fmt);
  },
  __enter__(self) {
    return mv(self);
  },
  __exit__(self, _args) {
    (self as PyMemoryView).released = true;
    return None;
  },
});
checkNoArgs(memoryviewType);

/** itemsize and ndim are 1 for the formats supported here. */
function one(self: PyValue): number {
  mv(self);
  return 1;
}

defineGetSets(memoryviewType, {
  obj: { get: (self) => mv(self).obj },
  nbytes: { get: (self) => mv(self).length },
  readonly: { get: (self) => mv(self).readonly },
  itemsize: { get: (self) => one(self) },
  format: { get: (self) => mv(self).format },
  ndim: { get: (self) => one(self) },
  shape: { get: (self) => newTuple([mv(self).length]) },
  strides: { get: (self) => newTuple([mv(self).step]) },
  suboffsets: {
    get: (self) => {
      mv(self);
      return newTuple([]);
    },
  },
  released: { get: (self) => (self as PyMemoryView).released },
  c_contiguous: { get: (self) => mv(self).step === 1 },
  f_contiguous: { get: (self) => mv(self).step === 1 },
  contiguous: { get: (self) => mv(self).step === 1 },
});
