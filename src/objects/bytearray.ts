// The bytearray type (Objects/bytearrayobject.c): a mutable byte buffer with amortised growth.
// Non-mutating methods reuse bytes-methods.ts and return bytearrays.
import { call, index, isTrue, typeName } from "./abstract.ts";
import { bindArgs, checkPositional, noKeywords } from "./args.ts";
import { PyBytes } from "./bytes.ts";
import * as M from "./bytes-methods.ts";
import { bytesFromArgs, codecArgs } from "./bytes-type.ts";
import { decodeBytes } from "./codecs-core.ts";
import { checkNoArgs, defineClassMethods, defineMethods } from "./descr.ts";
import { raise, raiseTypeError, raiseValueError } from "./errors.ts";
import { PyExc_BufferError, PyExc_IndexError } from "./exceptions.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { asSsize } from "./sequtil.ts";
import { None, NotImplemented } from "./singletons.ts";
import { sliceBounds, strListHook, strValue } from "./str.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { bytearrayType, makeBuiltinType, sliceType, typeOf } from "./typeobjects.ts";

export class PyByteArray extends PyObject {
  buf: Uint8Array;
  length: number;
  /** ob_exports: memoryviews holding the buffer; resizing while > 0 is a BufferError. */
  exports: number;
  constructor(data: Uint8Array = new Uint8Array(0), type: PyType = bytearrayType) {
    super(type);
    this.buf = data;
    this.length = data.length;
    this.exports = 0;
  }
  get data(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
  /** _canresize: a size change while the buffer is exported is a BufferError. */
  checkResize(n: number): void {
    if (n !== this.length && this.exports > 0)
      raise(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
  }
  resize(n: number): void {
    this.checkResize(n);
    if (n > this.buf.length) {
      const grown = new Uint8Array(Math.max(n, this.buf.length + (this.buf.length >> 3) + 6));
      grown.set(this.buf.subarray(0, this.length));
      this.buf = grown;
    } else if (n < this.length) {
      this.buf.fill(0, n, this.length);
    }
    this.length = n;
  }
  /** Replaces data[start:end] with `repl`. */
  splice(start: number, end: number, repl: Uint8Array): void {
    const tail = this.buf.slice(end, this.length);
    const n = start + repl.length + tail.length;
    this.checkResize(n);
    this.resize(Math.max(n, this.length));
    this.buf.set(repl, start);
    this.buf.set(tail, start + repl.length);
    this.length = n;
  }
}

M.bytesLikeHooks.push((v) => (v instanceof PyByteArray ? v.data : undefined));

function ba(self: PyValue): PyByteArray {
  return self as PyByteArray;
}
const mk = (d: Uint8Array): PyByteArray => new PyByteArray(d);
const bytesOf = (self: PyValue): Uint8Array => ba(self).data;

bytearrayType.tp_repr = (self) => {
  const name = typeOf(self).name;
  return `${name}(${M.bytesRepr(bytesOf(self), "b", true)})`;
};
bytearrayType.tp_str = bytearrayType.tp_repr;
bytearrayType.tp_richcompare = (self, other, op) => {
  const b = M.asBytesLike(other);
  if (b === undefined) return NotImplemented;
  const c = M.compareBytes(bytesOf(self), b);
  switch (op) {
    case CompareOp.EQ:
      return c === 0;
    case CompareOp.NE:
      return c !== 0;
    case CompareOp.LT:
      return c < 0;
    case CompareOp.LE:
      return c <= 0;
    case CompareOp.GT:
      return c > 0;
    default:
      return c >= 0;
  }
};
bytearrayType.mp_length = (self) => ba(self).length;

function normIndex(self: PyByteArray, key: PyValue): number {
  let i = asSsize(key, PyExc_IndexError);
  if (i < 0) i += self.length;
  if (!(i >= 0 && i < self.length)) raise(PyExc_IndexError, "bytearray index out of range");
  return i;
}

bytearrayType.mp_subscript = (self, key) => {
  const d = bytesOf(self);
  if (typeOf(key) === sliceType) {
    const [start, , step, count] = sliceBounds(key, d.length);
    if (step === 1) return mk(d.slice(start, start + count));
    const out = new Uint8Array(Math.max(0, count));
    for (let i = 0, j = start; i < count; i++, j += step) out[i] = d[j];
    return mk(out);
  }
  if (
    typeof key !== "number" &&
    typeof key !== "bigint" &&
    typeof key !== "boolean" &&
    typeOf(key).nb.nb_index === null
  )
    raiseTypeError(`bytearray indices must be integers or slices, not ${typeName(key)}`);
  return d[normIndex(ba(self), key)];
};

bytearrayType.mp_ass_subscript = (self, key, value) => {
  const b = ba(self);
  if (typeOf(key) === sliceType) {
    const [start, stop, step, count] = sliceBounds(key, b.length);
    if (value === null) {
      if (step === 1) {
        if (count > 0) b.splice(start, start + count, new Uint8Array(0));
        return;
      }
      const keep: number[] = [];
      const drop = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      for (let i = 0; i < b.length; i++) if (!drop.has(i)) keep.push(b.buf[i]);
      b.checkResize(keep.length);
      b.length = 0;
      b.splice(0, 0, Uint8Array.from(keep));
      return;
    }
    let repl: Uint8Array;
    if (value === self) repl = b.data.slice();
    else if (typeof value === "number" || typeof value === "bigint") {
      raiseTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else {
      const buf = M.asBytesLike(value);
      if (buf !== undefined) repl = buf.slice();
      else if (strValue(value) !== undefined)
        raiseTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      else repl = M.bytesFromIterable(value, "byte");
    }
    if (step === 1) {
      const end = Math.max(start, stop);
      b.splice(start, start + Math.max(0, Math.min(count, end - start)), repl);
      return;
    }
    if (repl.length !== count)
      raiseValueError(`attempt to assign bytes of size ${repl.length} to extended slice of size ${count}`);
    for (let i = 0, j = start; i < count; i++, j += step) b.buf[j] = repl[i];
    return;
  }
  const i = normIndex(b, key);
  if (value === null) {
    b.splice(i, i + 1, new Uint8Array(0));
    return;
  }
  b.buf[i] = M.byteValue(value);
};

bytearrayType.sq_contains = (self, item) => {
  const d = bytesOf(self);
  if (typeof item === "number" || typeof item === "boolean" || typeof item === "bigint")
    return d.includes(M.byteValue(item));
  const sub = M.needBytesLike(item);
  return M.indexOf(d, sub, 0, d.length) >= 0;
};
bytearrayType.nb.nb_add = (a, b) => {
  const x = M.asBytesLike(a);
  const y = M.asBytesLike(b);
  if (x === undefined || !(a instanceof PyByteArray)) return NotImplemented;
  if (y === undefined) raiseTypeError(`can't concat ${typeName(b)} to bytearray`);
  return mk(M.concatBytes(x, y));
};
bytearrayType.nb.nb_inplace_add = (a, b) => {
  const y = M.asBytesLike(b);
  if (y === undefined) raiseTypeError(`can't concat ${typeName(b)} to bytearray`);
  const self = ba(a);
  self.splice(self.length, self.length, y.slice());
  return self;
};
const repeatCount = (n: PyValue): number => {
  if (
    typeof n !== "number" &&
    typeof n !== "bigint" &&
    typeof n !== "boolean" &&
    typeOf(n).nb.nb_index === null
  )
    raiseTypeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  const c = index(n);
  return typeof c === "bigint" ? (c > 0n ? 2 ** 53 : 0) : c;
};
bytearrayType.nb.nb_multiply = (a, b) => {
  const [seq, n] = a instanceof PyByteArray ? [a, b] : [b, a];
  if (!(seq instanceof PyByteArray)) return NotImplemented;
  return mk(M.repeatBytes(seq.data, repeatCount(n)));
};
bytearrayType.nb.nb_inplace_multiply = (a, b) => {
  const self = ba(a);
  const r = M.repeatBytes(self.data, repeatCount(b));
  self.checkResize(r.length);
  self.length = 0;
  self.splice(0, 0, r);
  return self;
};

const iterType = makeBuiltinType("bytearray_iterator", undefined, 0);
class PyByteArrayIterator extends PyObject {
  src: PyByteArray;
  pos = 0;
  constructor(src: PyByteArray) {
    super(iterType);
    this.src = src;
  }
}
iterType.tp_iter = (self) => self;
iterType.tp_iternext = (self) => {
  const it = self as PyByteArrayIterator;
  return it.pos < it.src.length ? it.src.buf[it.pos++] : undefined;
};
bytearrayType.tp_iter = (self) => new PyByteArrayIterator(ba(self));
defineMethods(iterType, {
  __length_hint__(self) {
    const it = self as PyByteArrayIterator;
    return Math.max(0, it.src.length - it.pos);
  },
});
checkNoArgs(iterType);

bytearrayType.tp_new = (type) => new PyByteArray(new Uint8Array(0), type);
bytearrayType.tp_init = (self, args, kwnames) => {
  const d = bytesFromArgs("bytearray", args, kwnames);
  const b = ba(self);
  b.checkResize(d.length);
  b.length = 0;
  b.splice(0, 0, d);
};

const listOf = (parts: Uint8Array[]) => strListHook.newList(parts.map(mk));

defineMethods(bytearrayType, {
  append(self, args, kwnames) {
    noKeywords("bytearray.append", kwnames);
    checkPositional("bytearray.append", args.length, 1, 1);
    const b = ba(self);
    const v = M.byteValue(args[0]);
    b.resize(b.length + 1);
    b.buf[b.length - 1] = v;
    return None;
  },
  extend(self, args, kwnames) {
    noKeywords("bytearray.extend", kwnames);
    checkPositional("bytearray.extend", args.length, 1, 1);
    const b = ba(self);
    const src = args[0];
    if (strValue(src) !== undefined) raiseTypeError("expected iterable of integers; got: 'str'");
    const buf = M.asBytesLike(src);
    if (buf === undefined && typeOf(src).tp_iter === null && typeOf(src).lookup("__getitem__") === undefined)
      raiseTypeError(`can't extend bytearray with ${typeName(src)}`);
    const add = buf !== undefined ? buf.slice() : M.bytesFromIterable(src, "byte");
    b.splice(b.length, b.length, add);
    return None;
  },
  insert(self, args, kwnames) {
    noKeywords("bytearray.insert", kwnames);
    checkPositional("insert", args.length, 2, 2);
    const b = ba(self);
    let i = Number(index(args[0]));
    if (i < 0) i = Math.max(0, i + b.length);
    if (i > b.length) i = b.length;
    b.splice(i, i, Uint8Array.of(M.byteValue(args[1])));
    return None;
  },
  pop(self, args, kwnames) {
    noKeywords("bytearray.pop", kwnames);
    checkPositional("pop", args.length, 0, 1);
    const b = ba(self);
    if (b.length === 0) raise(PyExc_IndexError, "pop from empty bytearray");
    let i = args.length ? Number(index(args[0])) : b.length - 1;
    if (i < 0) i += b.length;
    if (!(i >= 0 && i < b.length)) raise(PyExc_IndexError, "pop index out of range");
    const v = b.buf[i];
    b.splice(i, i + 1, new Uint8Array(0));
    return v;
  },
  remove(self, args, kwnames) {
    noKeywords("bytearray.remove", kwnames);
    checkPositional("bytearray.remove", args.length, 1, 1);
    const b = ba(self);
    const v = M.byteValue(args[0]);
    const i = b.data.indexOf(v);
    if (i < 0) raiseValueError("value not found in bytearray");
    b.splice(i, i + 1, new Uint8Array(0));
    return None;
  },
  clear(self) {
    ba(self).resize(0);
    return None;
  },
  copy(self) {
    return mk(bytesOf(self).slice());
  },
  reverse(self) {
    bytesOf(self).reverse();
    return None;
  },
  decode(self, args, kwnames) {
    const [encoding, errors] = codecArgs("decode", args, kwnames);
    return decodeBytes(bytesOf(self), encoding, errors);
  },
  hex(self, args, kwnames) {
    return M.hex(bytesOf(self), args, kwnames);
  },
  count(self, args, kwnames) {
    noKeywords("bytearray.count", kwnames);
    return M.count(bytesOf(self), args);
  },
  find(self, args, kwnames) {
    noKeywords("bytearray.find", kwnames);
    return M.find(bytesOf(self), args, "find", false);
  },
  rfind(self, args, kwnames) {
    noKeywords("bytearray.rfind", kwnames);
    return M.find(bytesOf(self), args, "rfind", true);
  },
  index(self, args, kwnames) {
    noKeywords("bytearray.index", kwnames);
    const r = M.find(bytesOf(self), args, "index", false);
    if (r < 0) raiseValueError("subsection not found");
    return r;
  },
  rindex(self, args, kwnames) {
    noKeywords("bytearray.rindex", kwnames);
    const r = M.find(bytesOf(self), args, "rindex", true);
    if (r < 0) raiseValueError("subsection not found");
    return r;
  },
  startswith(self, args, kwnames) {
    noKeywords("bytearray.startswith", kwnames);
    return M.startsEnds(bytesOf(self), args, "startswith", false);
  },
  endswith(self, args, kwnames) {
    noKeywords("bytearray.endswith", kwnames);
    return M.startsEnds(bytesOf(self), args, "endswith", true);
  },
  join(self, args, kwnames) {
    noKeywords("bytearray.join", kwnames);
    checkPositional("bytearray.join", args.length, 1, 1);
    return mk(M.join(bytesOf(self), args[0]));
  },
  split(self, args, kwnames) {
    return listOf(M.split(bytesOf(self), args, kwnames, false));
  },
  rsplit(self, args, kwnames) {
    return listOf(M.split(bytesOf(self), args, kwnames, true));
  },
  splitlines(self, args, kwnames) {
    const [keepends] = bindArgs("splitlines", args, kwnames, {
      names: ["keepends"],
      required: 0,
      posOnly: 0,
    });
    return listOf(M.splitlines(bytesOf(self), keepends !== undefined && isTrue(keepends)));
  },
  strip(self, args, kwnames) {
    noKeywords("bytearray.strip", kwnames);
    checkPositional("strip", args.length, 0, 1);
    return mk(M.strip(bytesOf(self), args[0], true, true));
  },
  lstrip(self, args, kwnames) {
    noKeywords("bytearray.lstrip", kwnames);
    checkPositional("lstrip", args.length, 0, 1);
    return mk(M.strip(bytesOf(self), args[0], true, false));
  },
  rstrip(self, args, kwnames) {
    noKeywords("bytearray.rstrip", kwnames);
    checkPositional("rstrip", args.length, 0, 1);
    return mk(M.strip(bytesOf(self), args[0], false, true));
  },
  replace(self, args, kwnames) {
    noKeywords("bytearray.replace", kwnames);
    return mk(M.replace(bytesOf(self), args));
  },
  upper: (self) => mk(M.mapBytes(bytesOf(self), M.toUpper)),
  lower: (self) => mk(M.mapBytes(bytesOf(self), M.toLower)),
  title: (self) => mk(M.title(bytesOf(self))),
  capitalize: (self) => mk(M.capitalize(bytesOf(self))),
  swapcase: (self) =>
    mk(M.mapBytes(bytesOf(self), (c) => (c >= 97 && c <= 122 ? c - 32 : c >= 65 && c <= 90 ? c + 32 : c))),
  isalpha: (self) => M.predicate(bytesOf(self), "isalpha"),
  isalnum: (self) => M.predicate(bytesOf(self), "isalnum"),
  isdigit: (self) => M.predicate(bytesOf(self), "isdigit"),
  isspace: (self) => M.predicate(bytesOf(self), "isspace"),
  isupper: (self) => M.predicate(bytesOf(self), "isupper"),
  islower: (self) => M.predicate(bytesOf(self), "islower"),
  istitle: (self) => M.predicate(bytesOf(self), "istitle"),
  isascii: (self) => M.predicate(bytesOf(self), "isascii"),
  center(self, args, kwnames) {
    noKeywords("bytearray.center", kwnames);
    return mk(M.pad(bytesOf(self), args, "center", "c"));
  },
  ljust(self, args, kwnames) {
    noKeywords("bytearray.ljust", kwnames);
    return mk(M.pad(bytesOf(self), args, "ljust", "l"));
  },
  rjust(self, args, kwnames) {
    noKeywords("bytearray.rjust", kwnames);
    return mk(M.pad(bytesOf(self), args, "rjust", "r"));
  },
  zfill(self, args, kwnames) {
    noKeywords("bytearray.zfill", kwnames);
    checkPositional("bytearray.zfill", args.length, 1, 1);
    return mk(M.zfill(bytesOf(self), args[0]));
  },
  expandtabs(self, args, kwnames) {
    const [ts] = bindArgs("expandtabs", args, kwnames, { names: ["tabsize"], required: 0, posOnly: 0 });
    return mk(M.expandtabs(bytesOf(self), ts === undefined ? 8 : Number(index(ts))));
  },
  partition(self, args, kwnames) {
    noKeywords("bytearray.partition", kwnames);
    checkPositional("bytearray.partition", args.length, 1, 1);
    const d = bytesOf(self);
    const sep = M.needBytesLike(args[0]);
    if (sep.length === 0) raiseValueError("empty separator");
    const i = M.indexOf(d, sep, 0, d.length);
    if (i < 0) return newTuple([mk(d.slice()), mk(new Uint8Array(0)), mk(new Uint8Array(0))]);
    return newTuple([mk(d.slice(0, i)), mk(sep.slice()), mk(d.slice(i + sep.length))]);
  },
  rpartition(self, args, kwnames) {
    noKeywords("bytearray.rpartition", kwnames);
    checkPositional("bytearray.rpartition", args.length, 1, 1);
    const d = bytesOf(self);
    const sep = M.needBytesLike(args[0]);
    if (sep.length === 0) raiseValueError("empty separator");
    const i = M.lastIndexOf(d, sep, 0, d.length);
    if (i < 0) return newTuple([mk(new Uint8Array(0)), mk(new Uint8Array(0)), mk(d.slice())]);
    return newTuple([mk(d.slice(0, i)), mk(sep.slice()), mk(d.slice(i + sep.length))]);
  },
  removeprefix(self, args, kwnames) {
    noKeywords("bytearray.removeprefix", kwnames);
    checkPositional("bytearray.removeprefix", args.length, 1, 1);
    const d = bytesOf(self);
    const p = M.needBytesLike(args[0]);
    if (p.length && M.startsEnds(d, [new PyBytes(p)], "startswith", false)) return mk(d.slice(p.length));
    return mk(d.slice());
  },
  removesuffix(self, args, kwnames) {
    noKeywords("bytearray.removesuffix", kwnames);
    checkPositional("bytearray.removesuffix", args.length, 1, 1);
    const d = bytesOf(self);
    const p = M.needBytesLike(args[0]);
    if (p.length && M.startsEnds(d, [new PyBytes(p)], "endswith", true))
      return mk(d.slice(0, d.length - p.length));
    return mk(d.slice());
  },
  translate(self, args, kwnames) {
    return mk(M.translate(bytesOf(self), args, kwnames));
  },
  __alloc__(self) {
    return ba(self).buf.length + 1;
  },
});
checkNoArgs(bytearrayType);

defineClassMethods(bytearrayType, {
  fromhex(cls, args, kwnames) {
    noKeywords("fromhex", kwnames);
    checkPositional("bytearray.fromhex", args.length, 1, 1);
    let s = strValue(args[0]);
    if (s === undefined) {
      const b = M.asBytesLike(args[0]);
      if (b === undefined)
        raiseTypeError(`fromhex() argument must be str or bytes-like, not ${typeName(args[0])}`);
      s = String.fromCharCode(...b);
    }
    const r = mk(M.fromhex(s));
    return cls === bytearrayType ? r : call(cls, [r]);
  },
  maketrans(_cls, args, kwnames) {
    noKeywords("maketrans", kwnames);
    checkPositional("maketrans", args.length, 2, 2);
    return new PyBytes(M.maketrans(args[0], args[1]));
  },
});
