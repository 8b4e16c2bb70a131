// The bytes type's slots and methods (Objects/bytesobject.c). The layout is PyBytes in bytes.ts;
// algorithms shared with bytearray are in bytes-methods.ts.
import { call, index, isTrue, lookupAttr, typeName } from "./abstract.ts";
import { bindArgs, checkPositional, noKeywords } from "./args.ts";
import { PyBytes } from "./bytes.ts";
import * as M from "./bytes-methods.ts";
import { decodeBytes, encodeStr } from "./codecs-core.ts";
import { checkNoArgs, defineClassMethods, defineMethods } from "./descr.ts";
import { raise, raiseTypeError, raiseValueError } from "./errors.ts";
import { PyBaseException, PyExc_IndexError, PyExc_MemoryError, PyExc_OverflowError } from "./exceptions.ts";
import { hashBytes } from "./hash.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { asSsize } from "./sequtil.ts";
import { NotImplemented } from "./singletons.ts";
import { setStrDecodeHook, sliceBounds, strListHook, strValue } from "./str.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { bytesType, makeBuiltinType, sliceType, strType, typeOf } from "./typeobjects.ts";

function data(self: PyValue): Uint8Array {
  return (self as PyBytes).data;
}

const mk = (d: Uint8Array): PyBytes => new PyBytes(d);

/** str.encode / bytes.decode argument handling: (encoding='utf-8', errors='strict'). */
export function codecArgs(
  fname: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
): [string, string] {
  const [enc, errs] = bindArgs(fname, args, kwnames, {
    names: ["encoding", "errors"],
    required: 0,
    posOnly: 0,
  });
  const encoding = enc === undefined ? "utf-8" : strValue(enc);
  if (encoding === undefined)
    raiseTypeError(`${fname}() argument 'encoding' must be str, not ${typeName(enc as PyValue)}`);
  const errors = errs === undefined ? "strict" : strValue(errs);
  if (errors === undefined)
    raiseTypeError(`${fname}() argument 'errors' must be str, not ${typeName(errs as PyValue)}`);
  return [encoding, errors];
}

bytesType.tp_repr = (self) => M.bytesRepr(data(self));
bytesType.tp_str = (self) => M.bytesRepr(data(self));
bytesType.tp_hash = (self) => hashBytes(data(self));
bytesType.tp_richcompare = (self, other, op) => {
  const b = other instanceof PyBytes ? other.data : undefined;
  if (b === undefined) return NotImplemented;
  const c = M.compareBytes(data(self), b);
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
bytesType.mp_length = (self) => data(self).length;
bytesType.mp_subscript = (self, key) => {
  const d = data(self);
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
    raiseTypeError(`byte indices must be integers or slices, not ${typeName(key)}`);
  let i = asSsize(key, PyExc_IndexError);
  if (i < 0) i += d.length;
  if (!(i >= 0 && i < d.length)) raise(PyExc_IndexError, "index out of range");
  return d[i];
};
bytesType.sq_contains = (self, item) => {
  const d = data(self);
  if (typeof item === "number" || typeof item === "boolean" || typeof item === "bigint")
    return d.includes(M.byteValue(item));
  const sub = M.asBytesLike(item);
  if (sub === undefined) {
    if (typeOf(item).nb.nb_index !== null) return d.includes(M.byteValue(item));
    raiseTypeError(`a bytes-like object is required, not '${typeName(item)}'`);
  }
  return M.indexOf(d, sub, 0, d.length) >= 0;
};
bytesType.nb.nb_add = (a, b) => {
  if (!(a instanceof PyBytes)) return NotImplemented;
  const y = M.asBytesLike(b);
  if (y === undefined) raiseTypeError(`can't concat ${typeName(b)} to bytes`);
  return mk(M.concatBytes(a.data, y));
};
bytesType.nb.nb_multiply = (a, b) => {
  const [seq, n] = a instanceof PyBytes ? [a, b] : [b as PyBytes, a];
  if (!(seq instanceof PyBytes)) return NotImplemented;
  if (
    typeof n !== "number" &&
    typeof n !== "bigint" &&
    typeof n !== "boolean" &&
    typeOf(n).nb.nb_index === null
  )
    raiseTypeError(`can't multiply sequence by non-int of type '${typeName(n)}'`);
  const count = index(n);
  return mk(M.repeatBytes(seq.data, typeof count === "bigint" ? (count > 0n ? 2 ** 53 : 0) : count));
};

const bytesIteratorType = makeBuiltinType("bytes_iterator", undefined, 0);
class PyBytesIterator extends PyObject {
  d: Uint8Array;
  pos = 0;
  constructor(d: Uint8Array) {
    super(bytesIteratorType);
    this.d = d;
  }
}
bytesIteratorType.tp_iter = (self) => self;
bytesIteratorType.tp_iternext = (self) => {
  const it = self as PyBytesIterator;
  return it.pos < it.d.length ? it.d[it.pos++] : undefined;
};
bytesType.tp_iter = (self) => new PyBytesIterator(data(self));
defineMethods(bytesIteratorType, {
  __length_hint__(self) {
    const it = self as PyBytesIterator;
    return Math.max(0, it.d.length - it.pos);
  },
});
checkNoArgs(bytesIteratorType);

/** bytes_new: bytes(), bytes(int), bytes(str, encoding[, errors]), bytes(iterable/buffer), __bytes__. */
export function bytesFromArgs(fname: string, args: PyValue[], kwnames: readonly string[] | null): Uint8Array {
  const [source, encoding, errors] = bindArgs(fname, args, kwnames, {
    names: ["source", "encoding", "errors"],
    required: 0,
    posOnly: 0,
  });
  if (source === undefined) {
    if (encoding !== undefined || errors !== undefined)
      raiseTypeError(
        encoding !== undefined ? "encoding without a string argument" : "errors without a string argument",
      );
    return new Uint8Array(0);
  }
  const s = strValue(source);
  if (s !== undefined) {
    if (encoding === undefined) raiseTypeError("string argument without an encoding");
    const enc = strValue(encoding);
    if (enc === undefined)
      raiseTypeError(`${fname}() argument 'encoding' must be str, not ${typeName(encoding)}`);
    const err = errors === undefined ? "strict" : strValue(errors);
    if (err === undefined)
      raiseTypeError(`${fname}() argument 'errors' must be str, not ${typeName(errors as PyValue)}`);
    return encodeStr(s, enc, err);
  }
  if (encoding !== undefined) raiseTypeError("encoding without a string argument");
  if (errors !== undefined) raiseTypeError("errors without a string argument");
  if (typeof source === "object" && fname === "bytes") {
    const conv = typeOf(source).lookup("__bytes__");
    if (conv !== undefined) {
      const r = call(lookupAttr(source, "__bytes__") as PyValue, []);
      if (!(r instanceof PyBytes)) raiseTypeError(`__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.data;
    }
  }
  const buf = M.asBytesLike(source);
  if (buf !== undefined) return buf.slice();
  if (
    typeof source === "number" ||
    typeof source === "bigint" ||
    typeof source === "boolean" ||
    typeOf(source).nb.nb_index !== null
  ) {
    const n = asSsize(source, PyExc_OverflowError);
    if (n < 0) raiseValueError("negative count");
    if (n > 0x7fffffff) throw new PyBaseException(PyExc_MemoryError);
    return new Uint8Array(n);
  }
  if (typeOf(source).tp_iter === null && typeOf(source).lookup("__getitem__") === undefined)
    raiseTypeError(`cannot convert '${typeName(source)}' object to ${fname}`);
  return M.bytesFromIterable(source);
}

bytesType.tp_new = (type: PyType, args, kwnames) => new PyBytes(bytesFromArgs("bytes", args, kwnames), type);

const listOf = (parts: Uint8Array[]) => strListHook.newList(parts.map(mk));

defineMethods(bytesType, {
  decode(self, args, kwnames) {
    const [encoding, errors] = codecArgs("decode", args, kwnames);
    return decodeBytes(data(self), encoding, errors);
  },
  hex(self, args, kwnames) {
    return M.hex(data(self), args, kwnames);
  },
  count(self, args, kwnames) {
    noKeywords("bytes.count", kwnames);
    return M.count(data(self), args);
  },
  find(self, args, kwnames) {
    noKeywords("bytes.find", kwnames);
    return M.find(data(self), args, "find", false);
  },
  rfind(self, args, kwnames) {
    noKeywords("bytes.rfind", kwnames);
    return M.find(data(self), args, "rfind", true);
  },
  index(self, args, kwnames) {
    noKeywords("bytes.index", kwnames);
    const r = M.find(data(self), args, "index", false);
    if (r < 0) raiseValueError("subsection not found");
    return r;
  },
  rindex(self, args, kwnames) {
    noKeywords("bytes.rindex", kwnames);
    const r = M.find(data(self), args, "rindex", true);
    if (r < 0) raiseValueError("subsection not found");
    return r;
  },
  startswith(self, args, kwnames) {
    noKeywords("bytes.startswith", kwnames);
    return M.startsEnds(data(self), args, "startswith", false);
  },
  endswith(self, args, kwnames) {
    noKeywords("bytes.endswith", kwnames);
    return M.startsEnds(data(self), args, "endswith", true);
  },
  join(self, args, kwnames) {
    noKeywords("bytes.join", kwnames);
    checkPositional("bytes.join", args.length, 1, 1);
    return mk(M.join(data(self), args[0]));
  },
  split(self, args, kwnames) {
    return listOf(M.split(data(self), args, kwnames, false));
  },
  rsplit(self, args, kwnames) {
    return listOf(M.split(data(self), args, kwnames, true));
  },
  splitlines(self, args, kwnames) {
    const [keepends] = bindArgs("splitlines", args, kwnames, {
      names: ["keepends"],
      required: 0,
      posOnly: 0,
    });
    return listOf(M.splitlines(data(self), keepends !== undefined && isTrue(keepends)));
  },
  strip(self, args, kwnames) {
    noKeywords("bytes.strip", kwnames);
    checkPositional("strip", args.length, 0, 1);
    return mk(M.strip(data(self), args[0], true, true));
  },
  lstrip(self, args, kwnames) {
    noKeywords("bytes.lstrip", kwnames);
    checkPositional("lstrip", args.length, 0, 1);
    return mk(M.strip(data(self), args[0], true, false));
  },
  rstrip(self, args, kwnames) {
    noKeywords("bytes.rstrip", kwnames);
    checkPositional("rstrip", args.length, 0, 1);
    return mk(M.strip(data(self), args[0], false, true));
  },
  replace(self, args, kwnames) {
    noKeywords("bytes.replace", kwnames);
    return mk(M.replace(data(self), args));
  },
  upper(self) {
    return mk(M.mapBytes(data(self), M.toUpper));
  },
  lower(self) {
    return mk(M.mapBytes(data(self), M.toLower));
  },
  swapcase(self) {
    return mk(
      M.mapBytes(data(self), (c) => (c >= 97 && c <= 122 ? c - 32 : c >= 65 && c <= 90 ? c + 32 : c)),
    );
  },
  title(self) {
    return mk(M.title(data(self)));
  },
  capitalize(self) {
    return mk(M.capitalize(data(self)));
  },
  isalpha: (self) => M.predicate(data(self), "isalpha"),
  isalnum: (self) => M.predicate(data(self), "isalnum"),
  isdigit: (self) => M.predicate(data(self), "isdigit"),
  isspace: (self) => M.predicate(data(self), "isspace"),
  isupper: (self) => M.predicate(data(self), "isupper"),
  islower: (self) => M.predicate(data(self), "islower"),
  istitle: (self) => M.predicate(data(self), "istitle"),
  isascii: (self) => M.predicate(data(self), "isascii"),
  center(self, args, kwnames) {
    noKeywords("bytes.center", kwnames);
    return mk(M.pad(data(self), args, "center", "c"));
  },
  ljust(self, args, kwnames) {
    noKeywords("bytes.ljust", kwnames);
    return mk(M.pad(data(self), args, "ljust", "l"));
  },
  rjust(self, args, kwnames) {
    noKeywords("bytes.rjust", kwnames);
    return mk(M.pad(data(self), args, "rjust", "r"));
  },
  zfill(self, args, kwnames) {
    noKeywords("bytes.zfill", kwnames);
    checkPositional("bytes.zfill", args.length, 1, 1);
    return mk(M.zfill(data(self), args[0]));
  },
  expandtabs(self, args, kwnames) {
    const [ts] = bindArgs("expandtabs", args, kwnames, { names: ["tabsize"], required: 0, posOnly: 0 });
    return mk(M.expandtabs(data(self), ts === undefined ? 8 : Number(index(ts))));
  },
  partition(self, args, kwnames) {
    noKeywords("bytes.partition", kwnames);
    checkPositional("bytes.partition", args.length, 1, 1);
    const d = data(self);
    const sep = M.needBytesLike(args[0]);
    if (sep.length === 0) raiseValueError("empty separator");
    const i = M.indexOf(d, sep, 0, d.length);
    if (i < 0) return newTuple([self, mk(new Uint8Array(0)), mk(new Uint8Array(0))]);
    return newTuple([mk(d.slice(0, i)), mk(sep.slice()), mk(d.slice(i + sep.length))]);
  },
  rpartition(self, args, kwnames) {
    noKeywords("bytes.rpartition", kwnames);
    checkPositional("bytes.rpartition", args.length, 1, 1);
    const d = data(self);
    const sep = M.needBytesLike(args[0]);
    if (sep.length === 0) raiseValueError("empty separator");
    const i = M.lastIndexOf(d, sep, 0, d.length);
    if (i < 0) return newTuple([mk(new Uint8Array(0)), mk(new Uint8Array(0)), self]);
    return newTuple([mk(d.slice(0, i)), mk(sep.slice()), mk(d.slice(i + sep.length))]);
  },
  removeprefix(self, args, kwnames) {
    noKeywords("bytes.removeprefix", kwnames);
    checkPositional("bytes.removeprefix", args.length, 1, 1);
    const d = data(self);
    const p = M.needBytesLike(args[0]);
    if (p.length && M.startsEnds(d, [mk(p)], "startswith", false)) return mk(d.slice(p.length));
    return typeOf(self) === bytesType ? self : mk(d.slice());
  },
  removesuffix(self, args, kwnames) {
    noKeywords("bytes.removesuffix", kwnames);
    checkPositional("bytes.removesuffix", args.length, 1, 1);
    const d = data(self);
    const p = M.needBytesLike(args[0]);
    if (p.length && M.startsEnds(d, [mk(p)], "endswith", true)) return mk(d.slice(0, d.length - p.length));
    return typeOf(self) === bytesType ? self : mk(d.slice());
  },
  translate(self, args, kwnames) {
    return mk(M.translate(data(self), args, kwnames));
  },
  __getnewargs__(self) {
    return newTuple([mk(data(self).slice())]);
  },
  __bytes__(self) {
    return typeOf(self) === bytesType ? self : mk(data(self).slice());
  },
});
checkNoArgs(bytesType);

defineClassMethods(bytesType, {
  fromhex(cls, args, kwnames) {
    noKeywords("fromhex", kwnames);
    checkPositional("bytes.fromhex", args.length, 1, 1);
    let s = strValue(args[0]);
    if (s === undefined) {
      const b = M.asBytesLike(args[0]);
      if (b === undefined)
        raiseTypeError(`fromhex() argument must be str or bytes-like, not ${typeName(args[0])}`);
      s = String.fromCharCode(...b);
    }
    const b = new PyBytes(M.fromhex(s));
    return cls === bytesType ? b : call(cls, [b]);
  },
  maketrans(_cls, args, kwnames) {
    noKeywords("maketrans", kwnames);
    checkPositional("maketrans", args.length, 2, 2);
    return mk(M.maketrans(args[0], args[1]));
  },
});

// str.encode lives here, next to the codecs it uses.
defineMethods(strType, {
  encode(self, args, kwnames) {
    const [encoding, errors] = codecArgs("encode", args, kwnames);
    return mk(encodeStr(strValue(self) as string, encoding, errors));
  },
});

setStrDecodeHook((obj, encoding, errors) => {
  // Argument Clinic converts encoding and errors before unicode_new decodes the object.
  const enc = encoding === undefined ? "utf-8" : strValue(encoding);
  if (enc === undefined)
    raiseTypeError(`str() argument 'encoding' must be str, not ${typeName(encoding as PyValue)}`);
  const err = errors === undefined ? "strict" : strValue(errors);
  if (err === undefined)
    raiseTypeError(`str() argument 'errors' must be str, not ${typeName(errors as PyValue)}`);
  const buf = M.asBytesLike(obj);
  if (buf === undefined) raiseTypeError(`decoding to str: need a bytes-like object, ${typeName(obj)} found`);
  return decodeBytes(buf, enc, err);
});
