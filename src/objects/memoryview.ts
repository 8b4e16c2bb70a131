// memoryview (Objects/memoryobject.c): a view over the buffer of a bytes, bytearray or another
// memoryview, with the native single-character struct formats (bBhHiIlLqQnNfdeP?c, sizes of a
// 64-bit little-endian platform), N-dimensional shapes and strides from cast(), item access,
// slicing of the first dimension, tolist/tobytes, comparison by unpacked items, and the export
// count of a bytearray (resizing it while a view is not released is a BufferError).
import { hash, isTrue, richCompareBool, typeName } from "./abstract.ts";
import { bindArgs, checkPositional, noKeywords } from "./args.ts";
import { PyByteArray } from "./bytearray.ts";
import { PyBytes } from "./bytes.ts";
import * as M from "./bytes-methods.ts";
import { checkNoArgs, defineGetSets, defineMethods } from "./descr.ts";
import { raise, raiseNotImplementedError, raiseTypeError, raiseValueError } from "./errors.ts";
import { PyExc_IndexError } from "./exceptions.ts";
import { PyFloat } from "./float.ts";
import { addressOf } from "./function.ts";
import { hashBytes } from "./hash.ts";
import { asIntValue, normInt } from "./numeric.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { asSsize, isIndex } from "./sequtil.ts";
import { Ellipsis, None, NotImplemented } from "./singletons.ts";
import { sliceBounds, strListHook, strValue } from "./str.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { makeBuiltinType, memoryviewType, sliceType, typeOf } from "./typeobjects.ts";

/** Item sizes of the native formats (struct's '@' mode on a 64-bit platform). */
const ITEMSIZE: Record<string, number> = {
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  f: 4,
  d: 8,
  e: 2,
  P: 8,
  "?": 1,
  c: 1,
};

/** get_native_fmtchar: the format character of "X" or "@X", or null. */
function nativeChar(fmt: string): string | null {
  const c = fmt.length === 2 && fmt[0] === "@" ? fmt[1] : fmt.length === 1 ? fmt : null;
  return c !== null && ITEMSIZE[c] !== undefined ? c : null;
}

const isByteFormat = (c: string | null) => c === "b" || c === "B" || c === "c";

/**
 * The managed buffer (_PyManagedBufferObject) shared by a view and the views made from it: the
 * exporter's buffer is held (bytearray.exports) until every one of these views is released.
 */
class ManagedBuffer {
  views = 0;
  constructor(readonly obj: PyValue) {
    if (obj instanceof PyByteArray) obj.exports++;
  }
  addView(): void {
    this.views++;
  }
  releaseView(): void {
    if (--this.views === 0 && this.obj instanceof PyByteArray) this.obj.exports--;
  }
  data(): Uint8Array {
    if (this.obj instanceof PyBytes) return this.obj.data;
    return (this.obj as PyByteArray).buf;
  }
}

export class PyMemoryView extends PyObject {
  readonly mbuf: ManagedBuffer;
  /** Byte offset of the first item in the exporter's buffer. */
  offset: number;
  format: string;
  itemsize: number;
  shape: number[];
  /** Strides in bytes, one per dimension. */
  strides: number[];
  readonly readonly: boolean;
  released: boolean;
  /**
   * A one-dimensional view of `length` items of `format` from byte `start` of `obj`'s buffer,
   * `step` bytes apart (also used by _io for BytesIO.getbuffer()).
   */
  constructor(
    obj: PyValue | ManagedBuffer,
    start: number,
    length: number,
    step: number,
    readonly: boolean,
    format = "B",
  ) {
    super(memoryviewType);
    this.mbuf = obj instanceof ManagedBuffer ? obj : new ManagedBuffer(obj);
    this.mbuf.addView();
    this.offset = start;
    this.format = format;
    this.itemsize = ITEMSIZE[nativeChar(format) ?? "B"];
    this.shape = [length];
    this.strides = [step];
    this.readonly = readonly;
    this.released = false;
  }
  get obj(): PyValue {
    return this.mbuf.obj;
  }
  /** Compatibility for _io: byte offset, byte length, 1 when the bytes are contiguous. */
  get start(): number {
    return this.offset;
  }
  get length(): number {
    return this.nbytes;
  }
  get step(): number {
    return this.cContiguous() ? 1 : 0;
  }
  get ndim(): number {
    return this.shape.length;
  }
  get nbytes(): number {
    let n = this.itemsize;
    for (const s of this.shape) n *= s;
    return n;
  }
  /** The underlying buffer now (a bytearray may have been reallocated since the view was made). */
  base(): Uint8Array {
    return this.mbuf.data();
  }
  cContiguous(): boolean {
    let expected = this.itemsize;
    for (let d = this.shape.length - 1; d >= 0; d--) {
      if (this.shape[d] === 0) return true;
      if (this.shape[d] !== 1 && this.strides[d] !== expected) return false;
      expected *= this.shape[d];
    }
    return true;
  }
  fContiguous(): boolean {
    let expected = this.itemsize;
    for (let d = 0; d < this.shape.length; d++) {
      if (this.shape[d] === 0) return true;
      if (this.shape[d] !== 1 && this.strides[d] !== expected) return false;
      expected *= this.shape[d];
    }
    return true;
  }
  /** Byte offsets of every item, in C (row-major) or Fortran order. */
  itemOffsets(fortran = false): number[] {
    const out: number[] = [];
    const nd = this.shape.length;
    if (nd === 0) return [this.offset];
    const rec = (d: number, base: number) => {
      if (d === nd || d < 0) {
        out.push(base);
        return;
      }
      for (let i = 0; i < this.shape[d]; i++) rec(fortran ? d - 1 : d + 1, base + i * this.strides[d]);
    };
    if (!fortran) rec(0, this.offset);
    else {
      // first index varies fastest
      const idx = new Array(nd).fill(0);
      const total = this.shape.reduce((a, b) => a * b, 1);
      for (let k = 0; k < total; k++) {
        let off = this.offset;
        for (let d = 0; d < nd; d++) off += idx[d] * this.strides[d];
        out.push(off);
        for (let d = 0; d < nd; d++) {
          if (++idx[d] < this.shape[d]) break;
          idx[d] = 0;
        }
      }
    }
    return out;
  }
  bytes(fortran = false): Uint8Array {
    const b = this.base();
    if (this.cContiguous() && !(fortran && this.shape.length > 1))
      return b.slice(this.offset, this.offset + this.nbytes);
    const out = new Uint8Array(this.nbytes);
    let k = 0;
    for (const off of this.itemOffsets(fortran))
      for (let j = 0; j < this.itemsize; j++) out[k++] = b[off + j];
    return out;
  }
  release(): void {
    if (this.released) return;
    this.released = true;
    this.mbuf.releaseView();
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

/** A new view sharing v's managed buffer, with the same layout. */
function subView(v: PyMemoryView, readonly = v.readonly): PyMemoryView {
  const r = new PyMemoryView(v.mbuf, v.offset, 0, 1, readonly, v.format);
  r.itemsize = v.itemsize;
  r.shape = v.shape.slice();
  r.strides = v.strides.slice();
  return r;
}

// ---------------------------------------------------------------- packing and unpacking

function dataView(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** IEEE 754 binary16 to double (PyFloat_Unpack2). */
function halfToDouble(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return sign * f * 2 ** -24;
  if (e === 31) return f === 0 ? sign * Number.POSITIVE_INFINITY : Number.NaN;
  return sign * (1 + f / 1024) * 2 ** (e - 15);
}

/** double to binary16, rounding half to even (PyFloat_Pack2); null when it overflows. */
function doubleToHalf(x: number): number | null {
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  const a = Math.abs(x);
  if (a === Number.POSITIVE_INFINITY) return sign | 0x7c00;
  if (a < 2 ** -14) {
    // subnormal: units of 2**-24
    const q = roundHalfEven(a / 2 ** -24);
    return sign | q; // q may reach 0x400, which is the smallest normal: still correct bits
  }
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (2 ** (e + 1) <= a) e++;
  let m = roundHalfEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) {
    m = 0;
    e++;
  }
  if (e > 15) return null;
  return sign | ((e + 15) << 10) | m;
}

function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** unpack_single */
function unpack(c: string, b: Uint8Array, off: number): PyValue {
  const dv = dataView(b);
  switch (c) {
    case "B":
      return b[off];
    case "b":
      return dv.getInt8(off);
    case "h":
      return dv.getInt16(off, true);
    case "H":
      return dv.getUint16(off, true);
    case "i":
      return dv.getInt32(off, true);
    case "I":
      return dv.getUint32(off, true);
    case "l":
    case "q":
    case "n":
      return normInt(dv.getBigInt64(off, true));
    case "L":
    case "Q":
    case "N":
    case "P":
      return normInt(dv.getBigUint64(off, true));
    case "f":
      return new PyFloat(dv.getFloat32(off, true));
    case "d":
      return new PyFloat(dv.getFloat64(off, true));
    case "e":
      return new PyFloat(halfToDouble(dv.getUint16(off, true)));
    case "?":
      return b[off] !== 0;
    case "c":
      return new PyBytes(b.slice(off, off + 1));
  }
  raiseNotImplementedError(`memoryview: format ${c} not supported`);
}

const INT_RANGE: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n],
  B: [0n, 255n],
  h: [-32768n, 32767n],
  H: [0n, 65535n],
  i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [0n, 2n ** 64n - 1n],
};

/** pack_single: stores `value` as one item of format `c` at b[off]. */
function pack(c: string, fmt: string, b: Uint8Array, off: number, value: PyValue): void {
  const typeError = () => raiseTypeError(`memoryview: invalid type for format '${fmt}'`);
  const valueError = () => raiseValueError(`memoryview: invalid value for format '${fmt}'`);
  const dv = dataView(b);
  const range = INT_RANGE[c];
  if (range !== undefined) {
    let n: number | bigint | undefined = asIntValue(value);
    if (n === undefined) {
      if (typeOf(value).nb.nb_index === null) typeError();
      n = asIntValue(typeOf(value).nb.nb_index?.(value) as PyValue);
      if (n === undefined) typeError();
    }
    const big = BigInt(n as number | bigint);
    if (big < range[0] || big > range[1]) valueError();
    switch (c) {
      case "B":
      case "b":
        b[off] = Number(big) & 0xff;
        return;
      case "h":
      case "H":
        dv.setUint16(off, Number(big) & 0xffff, true);
        return;
      case "i":
      case "I":
        dv.setUint32(off, Number(big) >>> 0, true);
        return;
      default:
        dv.setBigUint64(off, BigInt.asUintN(64, big), true);
        return;
    }
  }
  switch (c) {
    case "f":
    case "d":
    case "e": {
      let x: number;
      if (value instanceof PyFloat) x = value.value;
      else {
        const n = asIntValue(value);
        if (n !== undefined) x = Number(n);
        else {
          const f = typeOf(value).nb.nb_float;
          if (f === null) {
            if (typeOf(value).nb.nb_index === null) typeError();
            x = Number(asIntValue(typeOf(value).nb.nb_index?.(value) as PyValue));
          } else x = (f(value) as PyFloat).value;
        }
      }
      if (c === "d") dv.setFloat64(off, x, true);
      else if (c === "f") {
        dv.setFloat32(off, x, true); // 3.14: an overflow stores inf (no error)
      } else {
        const h = doubleToHalf(x);
        if (h === null) valueError();
        dv.setUint16(off, h as number, true);
      }
      return;
    }
    case "?":
      b[off] = isTrue(value) ? 1 : 0;
      return;
    case "c":
      if (!(value instanceof PyBytes)) typeError();
      if ((value as PyBytes).data.length !== 1) valueError();
      b[off] = (value as PyBytes).data[0];
      return;
  }
  raiseNotImplementedError(`memoryview: format ${fmt} not supported`);
}

function formatChar(v: PyMemoryView): string {
  const c = nativeChar(v.format);
  if (c === null) raiseNotImplementedError(`memoryview: unsupported format ${v.format}`);
  return c;
}

// ---------------------------------------------------------------- construction, repr, length

memoryviewType.tp_new = (_type, args, kwnames) => {
  const obj = bindArgs("memoryview", args, kwnames, {
    names: ["object"],
    required: 1,
    posOnly: 0,
  })[0] as PyValue;
  if (obj instanceof PyMemoryView) {
    check(obj);
    return subView(obj);
  }
  if (obj instanceof PyBytes) return new PyMemoryView(obj, 0, obj.data.length, 1, true);
  if (obj instanceof PyByteArray) return new PyMemoryView(obj, 0, obj.length, 1, false);
  raiseTypeError(`memoryview: a bytes-like object is required, not '${typeName(obj)}'`);
};

memoryviewType.tp_repr = (self) => {
  const v = self as PyMemoryView;
  return v.released ? `<released memory at ${addressOf(v)}>` : `<memory at ${addressOf(v)}>`;
};

memoryviewType.mp_length = (self) => {
  const v = mv(self);
  if (v.ndim === 0) raiseTypeError("0-dim memory has no length");
  return v.shape[0];
};

// ---------------------------------------------------------------- indexing

/** lookup_dimension */
function lookupDimension(v: PyMemoryView, base: number, dim: number, key: PyValue): number {
  let i = asSsize(key, PyExc_IndexError);
  const n = v.shape[dim];
  if (i < 0) i += n;
  if (!(i >= 0 && i < n)) raise(PyExc_IndexError, `index out of bounds on dimension ${dim + 1}`);
  return base + i * v.strides[dim];
}

function isMultiIndex(key: PyValue): key is PyTuple {
  return key instanceof PyTuple && key.items.every((k) => isIndex(k));
}

function isMultiSlice(key: PyValue): boolean {
  return key instanceof PyTuple && key.items.every((k) => typeOf(k) === sliceType);
}

/** ptr_from_tuple */
function offsetFromTuple(v: PyValue & PyMemoryView, key: PyTuple): number {
  if (key.items.length > v.ndim)
    raiseTypeError(`cannot index ${v.ndim}-dimension view with ${key.items.length}-element tuple`);
  let off = v.offset;
  for (let d = 0; d < key.items.length; d++) off = lookupDimension(v, off, d, key.items[d]);
  return off;
}

/** init_slice on dimension 0. */
function sliceView(v: PyMemoryView, key: PyValue): PyMemoryView {
  const [start, , step, count] = sliceBounds(key, v.shape[0]);
  const r = subView(v);
  r.offset = v.offset + start * v.strides[0];
  r.shape[0] = Math.max(0, count);
  r.strides[0] = v.strides[0] * step;
  return r;
}

memoryviewType.mp_subscript = (self, key) => {
  const v = mv(self);
  const c = formatChar(v);
  if (v.ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) return unpack(c, v.base(), v.offset);
    if (key === Ellipsis) return v;
    raiseTypeError("invalid indexing of 0-dim memory");
  }
  if (isIndex(key)) {
    if (v.ndim > 1) raiseNotImplementedError("multi-dimensional sub-views are not implemented");
    return unpack(c, v.base(), lookupDimension(v, v.offset, 0, key));
  }
  if (typeOf(key) === sliceType) return sliceView(v, key);
  if (isMultiIndex(key)) {
    if (key.items.length < v.ndim) raiseNotImplementedError("sub-views are not implemented");
    return unpack(c, v.base(), offsetFromTuple(v, key));
  }
  if (isMultiSlice(key)) raiseNotImplementedError("multi-dimensional slicing is not implemented");
  raiseTypeError("memoryview: invalid slice key");
};

memoryviewType.mp_ass_subscript = (self, key, value) => {
  const v = mv(self);
  if (v.readonly) raiseTypeError("cannot modify read-only memory");
  if (value === null) raiseTypeError("cannot delete memory");
  const c = formatChar(v);
  const b = v.base();
  if (v.ndim === 0) {
    if (key === Ellipsis || (key instanceof PyTuple && key.items.length === 0))
      return pack(c, v.format, b, v.offset, value);
    raiseTypeError("invalid indexing of 0-dim memory");
  }
  if (isIndex(key)) {
    if (v.ndim > 1) raiseNotImplementedError("sub-views are not implemented");
    return pack(c, v.format, b, lookupDimension(v, v.offset, 0, key), value);
  }
  if (typeOf(key) === sliceType && v.ndim === 1) {
    // copy_single: the source must be a buffer with the same structure as the sliced lvalue.
    const src = bufferOf(value);
    if (src === undefined) raiseTypeError(`a bytes-like object is required, not '${typeName(value)}'`);
    const dest = sliceView(v, key);
    try {
      if (
        formatStr(dest.format) !== formatStr(src.format) ||
        dest.itemsize !== src.itemsize ||
        src.ndim !== 1 ||
        src.shape[0] !== dest.shape[0]
      )
        raiseValueError("memoryview assignment: lvalue and rvalue have different structures");
      const data = src.bytes();
      const offs = dest.itemOffsets();
      for (let k = 0; k < offs.length; k++)
        for (let j = 0; j < dest.itemsize; j++) b[offs[k] + j] = data[k * dest.itemsize + j];
    } finally {
      dest.release();
      if (src !== value) src.release();
    }
    return;
  }
  if (isMultiIndex(key)) {
    if (key.items.length < v.ndim) raiseNotImplementedError("sub-views are not implemented");
    return pack(c, v.format, b, offsetFromTuple(v, key), value);
  }
  if (typeOf(key) === sliceType || isMultiSlice(key))
    raiseNotImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
  raiseTypeError("memoryview: invalid slice key");
};

/** get_native_fmtstr: "@X" and "X" are the same format. */
function formatStr(f: string): string {
  return f.length === 2 && f[0] === "@" ? f.slice(1) : f;
}

/** PyObject_GetBuffer for the exporters known here: a memoryview (itself) or a temporary view. */
function bufferOf(o: PyValue): PyMemoryView | undefined {
  if (o instanceof PyMemoryView) {
    check(o);
    return o;
  }
  if (o instanceof PyBytes) return new PyMemoryView(o, 0, o.data.length, 1, true);
  if (o instanceof PyByteArray) return new PyMemoryView(o, 0, o.length, 1, false);
  const data = M.asBytesLike(o);
  if (data === undefined) return undefined;
  return new PyMemoryView(new PyBytes(data), 0, data.length, 1, true);
}

// ---------------------------------------------------------------- comparison and hash

memoryviewType.tp_richcompare = (self, other, op) => {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  const v = self as PyMemoryView;
  const result = (eq: boolean) => (op === CompareOp.EQ ? eq : !eq);
  if (v.released || (other instanceof PyMemoryView && other.released)) return result(self === other);
  const w = bufferOf(other);
  if (w === undefined) return NotImplemented;
  try {
    // equiv_shape, then item by item (unpacked: NaNs are unequal even in identical bytes).
    if (v.ndim !== w.ndim) return result(false);
    for (let d = 0; d < v.ndim; d++) if (v.shape[d] !== w.shape[d]) return result(false);
    const vc = formatChar(v);
    const wc = formatChar(w);
    const vb = v.base();
    const wb = w.base();
    const vo = v.itemOffsets();
    const wo = w.itemOffsets();
    for (let k = 0; k < vo.length; k++) {
      const a = unpack(vc, vb, vo[k]);
      const b = unpack(wc, wb, wo[k]);
      if (a instanceof PyFloat && b instanceof PyFloat) {
        if (a.value !== b.value) return result(false);
      } else if (!richCompareBool(a, b, CompareOp.EQ)) return result(false);
    }
    return result(true);
  } finally {
    if (w !== other) w.release();
  }
};

memoryviewType.tp_hash = (self) => {
  const v = mv(self);
  if (!v.readonly) raiseValueError("cannot hash writable memoryview object");
  if (!isByteFormat(nativeChar(v.format)))
    raiseValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  hash(v.obj);
  return hashBytes(v.bytes());
};

// ---------------------------------------------------------------- iteration

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
  if (it.pos >= v.shape[0]) return undefined;
  return unpack(formatChar(v), v.base(), v.offset + it.pos++ * v.strides[0]);
};
memoryviewType.tp_iter = (self) => {
  const v = mv(self);
  if (v.ndim === 0) raiseTypeError("invalid indexing of 0-dim memory");
  if (v.ndim !== 1) raiseNotImplementedError("multi-dimensional sub-views are not implemented");
  formatChar(v);
  return new PyMemoryIterator(v);
};

// ---------------------------------------------------------------- methods

/** tolist_rec */
function toList(v: PyMemoryView, c: string, b: Uint8Array, dim: number, off: number): PyValue {
  const items: PyValue[] = [];
  for (let i = 0; i < v.shape[dim]; i++) {
    const o = off + i * v.strides[dim];
    items.push(dim === v.ndim - 1 ? unpack(c, b, o) : toList(v, c, b, dim + 1, o));
  }
  return strListHook.newList(items);
}

/** copy_shape + cast_to_ND */
function castShape(r: PyMemoryView, shape: PyValue, len: number): void {
  const items = (shape as PyTuple).items;
  const dims: number[] = [];
  for (const x of items) {
    const n = asSsize(x, null);
    if (n <= 0) raiseValueError("memoryview.cast(): elements of shape must be integers > 0");
    dims.push(n);
  }
  let total = r.itemsize;
  for (const n of dims) total *= n;
  if (total !== len) raiseTypeError("memoryview: product(shape) * itemsize != buffer size");
  r.shape = dims;
  r.strides = new Array(dims.length);
  let s = r.itemsize;
  for (let d = dims.length - 1; d >= 0; d--) {
    r.strides[d] = s;
    s *= dims[d];
  }
}

defineMethods(memoryviewType, {
  tobytes(self, args, kwnames) {
    const [order] = bindArgs("tobytes", args, kwnames, { names: ["order"], required: 0, posOnly: 0 });
    let fortran = false;
    if (order !== undefined && order !== None) {
      const o = strValue(order);
      if (o === undefined)
        raiseTypeError(`tobytes() argument 'order' must be str or None, not ${typeName(order)}`);
      if (o !== "C" && o !== "F" && o !== "A") raiseValueError("order must be 'C', 'F' or 'A'");
      fortran = o === "F";
    }
    return new PyBytes(mv(self).bytes(fortran));
  },
  tolist(self) {
    const v = mv(self);
    const c = formatChar(v);
    if (v.ndim === 0) return unpack(c, v.base(), v.offset);
    return toList(v, c, v.base(), 0, v.offset);
  },
  hex(self, args, kwnames) {
    return M.hex(mv(self).bytes(), args, kwnames);
  },
  release(self) {
    (self as PyMemoryView).release();
    return None;
  },
  toreadonly(self) {
    return subView(mv(self), true);
  },
  count(self, args, kwnames) {
    noKeywords("memoryview.count", kwnames);
    checkPositional("count", args.length, 1, 1);
    const v = mv(self);
    if (v.ndim === 0) raiseTypeError("invalid lookup on 0-dim memory");
    if (v.ndim !== 1) raiseNotImplementedError("multi-dimensional lookup is not implemented");
    const c = formatChar(v);
    let n = 0;
    for (const off of v.itemOffsets())
      if (richCompareBool(unpack(c, v.base(), off), args[0], CompareOp.EQ)) n++;
    return n;
  },
  index(self, args, kwnames) {
    noKeywords("memoryview.index", kwnames);
    checkPositional("index", args.length, 1, 3);
    const v = mv(self);
    if (v.ndim === 0) raiseTypeError("invalid lookup on 0-dim memory");
    if (v.ndim !== 1) raiseNotImplementedError("multi-dimensional lookup is not implemented");
    const n = v.shape[0];
    const bound = (x: PyValue | undefined, dflt: number) => {
      if (x === undefined) return dflt;
      let i = asSsize(x, null);
      if (i < 0) i = Math.max(0, i + n);
      return Math.min(i, n);
    };
    const start = bound(args[1], 0);
    const stop = bound(args[2], n);
    const c = formatChar(v);
    for (let i = start; i < stop; i++)
      if (richCompareBool(unpack(c, v.base(), v.offset + i * v.strides[0]), args[0], CompareOp.EQ)) return i;
    raiseValueError("memoryview.index(x): x not found");
  },
  cast(self, args, kwnames) {
    const [format, shape] = bindArgs("cast", args, kwnames, {
      names: ["format", "shape"],
      required: 1,
      posOnly: 0,
    });
    const v = mv(self);
    const fmt = strValue(format as PyValue);
    if (fmt === undefined)
      raiseTypeError(`cast() argument 'format' must be str, not ${typeName(format as PyValue)}`);
    if (!v.cContiguous()) raiseTypeError("memoryview: casts are restricted to C-contiguous views");
    const hasShape = shape !== undefined && shape !== None;
    if ((hasShape || v.ndim !== 1) && v.shape.includes(0))
      raiseTypeError("memoryview: cannot cast view with zeros in shape or strides");
    if (hasShape) {
      if (!(shape instanceof PyTuple) && typeOf(shape).name !== "list")
        raiseTypeError("shape must be a list or a tuple");
      const nd = (shape as PyTuple).items.length;
      if (nd > 64) raiseValueError("memoryview: number of dimensions must not exceed 64");
      if (v.ndim !== 1 && nd !== 1) raiseTypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
    }
    // cast_to_1D
    const dest = nativeChar(fmt);
    if (dest === null)
      raiseValueError(
        "memoryview: destination format must be a native single character format prefixed with an optional '@'",
      );
    if (!isByteFormat(nativeChar(v.format)) && !isByteFormat(dest))
      raiseTypeError("memoryview: cannot cast between two non-byte formats");
    const len = v.nbytes;
    const itemsize = ITEMSIZE[dest];
    if (len % itemsize) raiseTypeError("memoryview: length is not a multiple of itemsize");
    const r = new PyMemoryView(v.mbuf, v.offset, len / itemsize, itemsize, v.readonly, fmt);
    try {
      if (hasShape) {
        if ((shape as PyTuple).items.length === 0) {
          if (itemsize !== len) raiseTypeError("memoryview: product(shape) * itemsize != buffer size");
          r.shape = [];
          r.strides = [];
        } else castShape(r, shape as PyValue, len);
      }
    } catch (e) {
      r.release();
      throw e;
    }
    return r;
  },
  __enter__(self) {
    return mv(self);
  },
  __exit__(self, _args) {
    (self as PyMemoryView).release();
    return None;
  },
});
checkNoArgs(memoryviewType);

defineGetSets(memoryviewType, {
  obj: { get: (self) => mv(self).obj },
  nbytes: { get: (self) => mv(self).nbytes },
  readonly: { get: (self) => mv(self).readonly },
  itemsize: { get: (self) => mv(self).itemsize },
  format: { get: (self) => mv(self).format },
  ndim: { get: (self) => mv(self).ndim },
  shape: { get: (self) => newTuple(mv(self).shape) },
  strides: { get: (self) => newTuple(mv(self).strides) },
  suboffsets: {
    get: (self) => {
      mv(self);
      return newTuple([]);
    },
  },
  released: { get: (self) => (self as PyMemoryView).released },
  c_contiguous: { get: (self) => mv(self).cContiguous() },
  f_contiguous: { get: (self) => mv(self).fContiguous() },
  contiguous: { get: (self) => mv(self).cContiguous() || mv(self).fContiguous() },
});
