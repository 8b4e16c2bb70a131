// The `_operator` module (Modules/_operator.c, CPython 3.14): the operator functions, in-place
// forms, itemgetter/attrgetter/methodcaller (with reprs), index, length_hint and _compare_digest.
// operator.py re-exports these with `from _operator import *`.
import {
  binaryOp,
  call,
  contains,
  delItem,
  getAttr,
  getItem,
  index,
  inplaceOp,
  isTrue,
  iter,
  len,
  lookupSpecial,
  next,
  repr,
  richCompare,
  richCompareBool,
  setItem,
  typeName,
} from "../objects/abstract.ts";
import { checkPositional } from "../objects/args.ts";
import { PyBytes } from "../objects/bytes.ts";
import { defineMethods } from "../objects/descr.ts";
import { raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import type { PyModule } from "../objects/module.ts";
import { asIntValue } from "../objects/numeric.ts";
import { CompareOp, PyObject, type PyValue } from "../objects/object.ts";
import { None, NotImplemented } from "../objects/singletons.ts";
import { readyAllTypes } from "../objects/slots.ts";
import { newTuple } from "../objects/tuple.ts";
import type { PyType } from "../objects/type.ts";
import { dictType, makeBuiltinType, objectType, typeOf } from "../objects/typeobjects.ts";
import { invert, negative, positive, power } from "../vm/ops.ts";
import { addFunction, newBuiltinModule } from "./modutil.ts";

type Fn = (args: PyValue[], kw: readonly string[] | null) => PyValue;
type Kw = readonly string[] | null;
type BinSlot = Parameters<typeof binaryOp>[2];

function noKw(name: string, kw: Kw): void {
  if (kw !== null && kw.length > 0) raiseTypeError(`${name}() takes no keyword arguments`);
}

function unary(name: string, f: (a: PyValue) => PyValue): Fn {
  return (args, kw) => {
    noKw(`_operator.${name}`, kw);
    if (args.length !== 1)
      raiseTypeError(`_operator.${name}() takes exactly one argument (${args.length} given)`);
    return f(args[0]);
  };
}

function binary(name: string, f: (a: PyValue, b: PyValue) => PyValue): Fn {
  return (args, kw) => {
    noKw(name, kw);
    checkPositional(name, args.length, 2, 2);
    return f(args[0], args[1]);
  };
}

function binop(name: string, slot: BinSlot, symbol: string): Fn {
  return binary(name, (a, b) => binaryOp(a, b, slot, symbol));
}

function ibinop(name: string, islot: BinSlot, slot: BinSlot, symbol: string): Fn {
  return binary(name, (a, b) => inplaceOp(a, b, islot, slot, symbol));
}

function cmp(name: string, op: CompareOp): Fn {
  return binary(name, (a, b) => richCompare(a, b, op));
}

function absolute(v: PyValue): PyValue {
  if (typeof v === "number") return Math.abs(v);
  if (typeof v === "bigint") return v < 0n ? -v : v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const f = typeOf(v).nb.nb_absolute;
  if (f === null) raiseTypeError(`bad operand type for abs(): '${typeName(v)}'`);
  return f(v);
}

/** PySequence_Check: str, or a type with __getitem__ that is not a dict. */
function isSequence(v: PyValue): boolean {
  if (typeof v === "string") return true;
  const t = typeOf(v);
  if (t.isSubtypeOf(dictType)) return false;
  return t.mp_subscript !== null;
}

function concat(a: PyValue, b: PyValue): PyValue {
  if (!isSequence(a)) raiseTypeError(`'${typeName(a)}' object can't be concatenated`);
  return binaryOp(a, b, "nb_add", "+");
}

function iconcat(a: PyValue, b: PyValue): PyValue {
  if (!isSequence(a)) raiseTypeError(`'${typeName(a)}' object can't be concatenated`);
  return inplaceOp(a, b, "nb_inplace_add", "nb_add", "+=");
}

/** PySequence_Contains with 3.14's message for an object that is neither container nor iterable. */
function containsOp(a: PyValue, b: PyValue): PyValue {
  if (typeof a !== "string" && typeOf(a).sq_contains === null) {
    let it: PyValue;
    try {
      it = iter(a);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_TypeError))
        raiseTypeError(`argument of type '${typeName(a)}' is not a container or iterable`);
      throw e;
    }
    for (let x = next(it); x !== undefined; x = next(it))
      if (x === b || richCompareBool(x, b, CompareOp.EQ)) return true;
    return false;
  }
  return contains(a, b);
}

function iterFor(seq: PyValue): PyValue {
  try {
    return iter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_TypeError))
      raiseTypeError(`argument of type '${typeName(seq)}' is not iterable`);
    throw e;
  }
}

function countOf(seq: PyValue, v: PyValue): PyValue {
  const it = iterFor(seq);
  let n = 0;
  for (let x = next(it); x !== undefined; x = next(it))
    if (x === v || richCompareBool(x, v, CompareOp.EQ)) n++;
  return n;
}

function indexOf(seq: PyValue, v: PyValue): PyValue {
  const it = iterFor(seq);
  let i = 0;
  for (let x = next(it); x !== undefined; x = next(it), i++)
    if (x === v || richCompareBool(x, v, CompareOp.EQ)) return i;
  raiseValueError("sequence.index(x): x not in sequence");
}

/** PyObject_LengthHint. */
export function lengthHint(o: PyValue, dflt: number): number {
  const t = typeOf(o);
  if (typeof o === "string" || t.mp_length !== null) {
    try {
      return len(o);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_TypeError))) throw e;
    }
  }
  const hint = lookupSpecial(o, "__length_hint__");
  if (hint === undefined) return dflt;
  let r: PyValue;
  try {
    r = call(hint, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_TypeError)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  const n = asIntValue(r);
  if (n === undefined) raiseTypeError(`__length_hint__ must be an integer, not ${typeName(r)}`);
  if (typeof n === "bigint" ? n < 0n : n < 0) raiseValueError("__length_hint__() should return >= 0");
  return Number(n);
}

function compareDigest(args: PyValue[], kw: Kw): PyValue {
  noKw("_compare_digest", kw);
  checkPositional("_compare_digest", args.length, 2, 2);
  const [a, b] = args;
  if (typeof a === "string" && typeof b === "string") {
    for (const s of [a, b])
      for (let i = 0; i < s.length; i++)
        if (s.charCodeAt(i) > 127)
          raiseTypeError("comparing strings with non-ASCII characters is not supported");
    // compare every position whatever the first difference (as _tscmp does)
    let r = a.length === b.length ? 0 : 1;
    for (let i = 0; i < b.length; i++) r |= (i < a.length ? a.charCodeAt(i) : 0) ^ b.charCodeAt(i);
    return r === 0;
  }
  const da = bufferOf(a);
  const db = bufferOf(b);
  if (da === undefined && db === undefined)
    raiseTypeError(
      `unsupported operand types(s) or combination of types: '${typeName(a)}' and '${typeName(b)}'`,
    );
  if (da === undefined) raiseTypeError(`a bytes-like object is required, not '${typeName(a)}'`);
  if (db === undefined) raiseTypeError(`a bytes-like object is required, not '${typeName(b)}'`);
  let r = da.length === db.length ? 0 : 1;
  for (let i = 0; i < db.length; i++) r |= (i < da.length ? da[i] : 0) ^ db[i];
  return r === 0;
}

function bufferOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (typeof v === "object") {
    const data = (v as unknown as { data?: unknown }).data;
    if (data instanceof Uint8Array) return data;
  }
  return undefined;
}

// ---------------------------------------------------------------- itemgetter, attrgetter, methodcaller

export const itemgetterType = makeBuiltinType("operator.itemgetter", [objectType], 0);
export const attrgetterType = makeBuiltinType("operator.attrgetter", [objectType], 0);
export const methodcallerType = makeBuiltinType("operator.methodcaller", [objectType], 0);

class PyItemGetter extends PyObject {
  items: PyValue[];
  constructor(type: PyType, items: PyValue[]) {
    super(type);
    this.items = items;
  }
}

itemgetterType.tp_new = (type, args, kwnames) => {
  if (type === itemgetterType) noKw("itemgetter", kwnames);
  const n = args.length - (kwnames === null ? 0 : kwnames.length);
  if (n < 1) raiseTypeError("itemgetter expected 1 argument, got 0");
  return new PyItemGetter(type, args.slice(0, n));
};
itemgetterType.tp_call = (self, args, kwnames) => {
  const ig = self as PyItemGetter;
  noKw("itemgetter", kwnames);
  if (args.length !== 1) raiseTypeError(`itemgetter expected 1 argument, got ${args.length}`);
  const obj = args[0];
  if (ig.items.length === 1) return getItem(obj, ig.items[0]);
  return newTuple(ig.items.map((k) => getItem(obj, k)));
};
itemgetterType.tp_repr = (self) => {
  const ig = self as PyItemGetter;
  return `${ig.type.name}(${ig.items.map(repr).join(", ")})`;
};
defineMethods(itemgetterType, {
  __reduce__(self) {
    const ig = self as PyItemGetter;
    return newTuple([ig.type, newTuple(ig.items)]);
  },
});

class PyAttrGetter extends PyObject {
  names: string[];
  /** Each name split at dots. */
  paths: string[][];
  constructor(type: PyType, names: string[]) {
    super(type);
    this.names = names;
    this.paths = names.map((n) => n.split("."));
  }
}

attrgetterType.tp_new = (type, args, kwnames) => {
  if (type === attrgetterType) noKw("attrgetter", kwnames);
  const n = args.length - (kwnames === null ? 0 : kwnames.length);
  if (n < 1) raiseTypeError("attrgetter expected 1 argument, got 0");
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = args[i];
    if (typeof a !== "string") raiseTypeError("attribute name must be a string");
    names.push(a);
  }
  return new PyAttrGetter(type, names);
};
attrgetterType.tp_call = (self, args, kwnames) => {
  const ag = self as PyAttrGetter;
  noKw("attrgetter", kwnames);
  if (args.length !== 1) raiseTypeError(`attrgetter expected 1 argument, got ${args.length}`);
  const get = (path: string[]): PyValue => {
    let o = args[0];
    for (const p of path) o = getAttr(o, p);
    return o;
  };
  if (ag.paths.length === 1) return get(ag.paths[0]);
  return newTuple(ag.paths.map(get));
};
attrgetterType.tp_repr = (self) => {
  const ag = self as PyAttrGetter;
  return `${ag.type.name}(${ag.names.map(repr).join(", ")})`;
};
defineMethods(attrgetterType, {
  __reduce__(self) {
    const ag = self as PyAttrGetter;
    return newTuple([ag.type, newTuple(ag.names)]);
  },
});

class PyMethodCaller extends PyObject {
  name: string;
  args: PyValue[];
  kwnames: string[];
  constructor(type: PyType, name: string, args: PyValue[], kwnames: string[]) {
    super(type);
    this.name = name;
    this.args = args;
    this.kwnames = kwnames;
  }
}

methodcallerType.tp_new = (type, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 1) raiseTypeError("methodcaller needs at least one argument, the method name");
  const name = args[0];
  if (typeof name !== "string") raiseTypeError("method name must be a string");
  return new PyMethodCaller(type, name, args.slice(1), kwnames === null ? [] : kwnames.slice());
};
methodcallerType.tp_call = (self, args, kwnames) => {
  const mc = self as PyMethodCaller;
  noKw("methodcaller", kwnames);
  if (args.length !== 1) raiseTypeError(`methodcaller expected 1 argument, got ${args.length}`);
  return call(getAttr(args[0], mc.name), mc.args.slice(), mc.kwnames.length ? mc.kwnames : null);
};
methodcallerType.tp_repr = (self) => {
  const mc = self as PyMethodCaller;
  const parts = [repr(mc.name)];
  const npos = mc.args.length - mc.kwnames.length;
  for (let i = 0; i < npos; i++) parts.push(repr(mc.args[i]));
  for (let k = 0; k < mc.kwnames.length; k++) parts.push(`${mc.kwnames[k]}=${repr(mc.args[npos + k])}`);
  return `${mc.type.name}(${parts.join(", ")})`;
};

// ---------------------------------------------------------------- the module

export function createOperatorModule(): PyModule {
  const m = newBuiltinModule(
    "_operator",
    "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.",
  );
  const fns: Record<string, Fn> = {
    abs: unary("abs", absolute),
    add: binop("add", "nb_add", "+"),
    and_: binop("and_", "nb_and", "&"),
    call: (args, kw) => {
      const npos = args.length - (kw === null ? 0 : kw.length);
      if (npos < 1) raiseTypeError(`call expected at least 1 argument, got ${npos}`);
      return call(args[0], args.slice(1), kw);
    },
    concat: binary("concat", concat),
    contains: binary("contains", containsOp),
    countOf: binary("countOf", countOf),
    delitem: binary("delitem", (a, b) => {
      delItem(a, b);
      return None;
    }),
    eq: cmp("eq", CompareOp.EQ),
    floordiv: binop("floordiv", "nb_floor_divide", "//"),
    ge: cmp("ge", CompareOp.GE),
    getitem: binary("getitem", getItem),
    gt: cmp("gt", CompareOp.GT),
    iadd: ibinop("iadd", "nb_inplace_add", "nb_add", "+="),
    iand: ibinop("iand", "nb_inplace_and", "nb_and", "&="),
    iconcat: binary("iconcat", iconcat),
    ifloordiv: ibinop("ifloordiv", "nb_inplace_floor_divide", "nb_floor_divide", "//="),
    ilshift: ibinop("ilshift", "nb_inplace_lshift", "nb_lshift", "<<="),
    imatmul: ibinop("imatmul", "nb_inplace_matrix_multiply", "nb_matrix_multiply", "@="),
    imod: ibinop("imod", "nb_inplace_remainder", "nb_remainder", "%="),
    imul: ibinop("imul", "nb_inplace_multiply", "nb_multiply", "*="),
    index: unary("index", (a) => index(a)),
    indexOf: binary("indexOf", indexOf),
    inv: unary("inv", invert),
    invert: unary("invert", invert),
    ior: ibinop("ior", "nb_inplace_or", "nb_or", "|="),
    ipow: binary("ipow", (a, b) => power(a, b, None, true)),
    irshift: ibinop("irshift", "nb_inplace_rshift", "nb_rshift", ">>="),
    is_: binary("is_", (a, b) => a === b),
    is_none: unary("is_none", (a) => a === None),
    is_not: binary("is_not", (a, b) => a !== b),
    is_not_none: unary("is_not_none", (a) => a !== None),
    isub: ibinop("isub", "nb_inplace_subtract", "nb_subtract", "-="),
    itruediv: ibinop("itruediv", "nb_inplace_true_divide", "nb_true_divide", "/="),
    ixor: ibinop("ixor", "nb_inplace_xor", "nb_xor", "^="),
    le: cmp("le", CompareOp.LE),
    length_hint: (args, kw) => {
      noKw("length_hint", kw);
      checkPositional("length_hint", args.length, 1, 2);
      let dflt = 0;
      if (args.length === 2) {
        const d = args[1];
        const n = asIntValue(d);
        if (n === undefined) raiseTypeError(`'${typeName(d)}' object cannot be interpreted as an integer`);
        dflt = Number(n);
      }
      return lengthHint(args[0], dflt);
    },
    lshift: binop("lshift", "nb_lshift", "<<"),
    lt: cmp("lt", CompareOp.LT),
    matmul: binop("matmul", "nb_matrix_multiply", "@"),
    mod: binop("mod", "nb_remainder", "%"),
    mul: binop("mul", "nb_multiply", "*"),
    ne: cmp("ne", CompareOp.NE),
    neg: unary("neg", negative),
    not_: unary("not_", (a) => !isTrue(a)),
    or_: binop("or_", "nb_or", "|"),
    pos: unary("pos", positive),
    pow: binary("pow", (a, b) => power(a, b, None, false)),
    rshift: binop("rshift", "nb_rshift", ">>"),
    setitem: (args, kw) => {
      noKw("setitem", kw);
      checkPositional("setitem", args.length, 3, 3);
      setItem(args[0], args[1], args[2]);
      return None;
    },
    sub: binop("sub", "nb_subtract", "-"),
    truediv: binop("truediv", "nb_true_divide", "/"),
    truth: unary("truth", (a) => isTrue(a)),
    xor: binop("xor", "nb_xor", "^"),
    _compare_digest: compareDigest,
  };
  for (const name of Object.keys(fns)) addFunction(m, name, fns[name]);
  m.dict.setStr("itemgetter", itemgetterType);
  m.dict.setStr("attrgetter", attrgetterType);
  m.dict.setStr("methodcaller", methodcallerType);
  readyAllTypes();
  return m;
}
