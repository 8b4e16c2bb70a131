// The `builtins` module (Python/bltinmodule.c): the builtin functions, the builtin types and
// exceptions under their Python names, None/Ellipsis/NotImplemented, __build_class__.
import {
  isInstance as absIsInstance,
  binaryOp,
  call,
  delAttr,
  getAttr,
  hash,
  index,
  isTrue,
  iter,
  len,
  lookupAttr,
  recursiveIsSubclass,
  repr,
  richCompare,
  setAttr,
  str as strOf,
  typeName,
} from "../objects/abstract.ts";
import { bindArgs, checkPositional, noKeywords } from "../objects/args.ts";
import { filterType, mapType, zipType } from "../objects/bltin-iters.ts";
import { PyBytes } from "../objects/bytes.ts";
import { asBytesLike } from "../objects/bytes-methods.ts";
import { PyCode } from "../objects/code.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyBuiltinFunction } from "../objects/descr.ts";
import { PyDict } from "../objects/dict.ts";
import { enumerateType, reversedType } from "../objects/enumobject.ts";
import { newException, raise, raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { PyFloat } from "../objects/float.ts";
import { frameLocals } from "../objects/frame-object.ts";
import { PyCell, PyFunction } from "../objects/function.ts";
import { PyGen } from "../objects/generator.ts";
import { builtinIter } from "../objects/iterobject.ts";
import { PyList, sortArray } from "../objects/list.ts";
import { PyModule } from "../objects/module.ts";
import { CompareOp, type PyValue } from "../objects/object.ts";
import { idOf } from "../objects/object-type.ts";
import { Ellipsis, None, NotImplemented } from "../objects/singletons.ts";
import { strValue } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { PyType } from "../objects/type.ts";
import * as T from "../objects/typeobjects.ts";
import { typeOf } from "../objects/typeobjects.ts";
import { compileSource } from "../vm/compile.ts";
import { instanceHooks, newFunctionFrame, runCode, vmHooks } from "../vm/eval.ts";
import { tstate } from "../vm/frame.ts";
import { genSendEx, newAnextAwaitable, type SendResult } from "../vm/gen.ts";
import { ascii, format as formatValue, power } from "../vm/ops.ts";
import { newBuiltinModule } from "./modutil.ts";
import { flushStdStreams, PyTextWriter, sysState } from "./sys.ts";

type Fn = (args: PyValue[], kwnames: readonly string[] | null) => PyValue;

function noKw(name: string, kwnames: readonly string[] | null): void {
  noKeywords(name, kwnames);
}

/** The `sys.stdout` in effect (print's default file). */
function stdout(): PyValue {
  const s = sysState?.module.dict.getStr("stdout");
  return s === undefined ? None : s;
}

function writeTo(file: PyValue, s: string): void {
  if (file instanceof PyTextWriter) file.write(s);
  else call(getAttr(file, "write"), [s]);
}

// ---------------------------------------------------------------- print, input

const print: Fn = (args, kwnames) => {
  let sep: PyValue = None;
  let end: PyValue = None;
  let file: PyValue = None;
  let flush: PyValue = false;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    const v = args[npos + i];
    if (k === "sep") sep = v;
    else if (k === "end") end = v;
    else if (k === "file") file = v;
    else if (k === "flush") flush = v;
    else raiseTypeError(`print() got an unexpected keyword argument '${k}'`);
  }
  if (file === None) {
    file = stdout();
    if (file === None) return None;
  }
  if (sep !== None && typeof sep !== "string")
    raiseTypeError(`sep must be None or a string, not ${typeName(sep)}`);
  if (end !== None && typeof end !== "string")
    raiseTypeError(`end must be None or a string, not ${typeName(end)}`);
  const sepS = sep === None ? " " : (sep as string);
  const endS = end === None ? "\n" : (end as string);
  if (file instanceof PyTextWriter) {
    let out = "";
    for (let i = 0; i < npos; i++) {
      if (i > 0) out += sepS;
      out += strOf(args[i]);
    }
    file.write(out + endS);
    if (isTrue(flush)) file.flush();
    return None;
  }
  for (let i = 0; i < npos; i++) {
    if (i > 0) writeTo(file, sepS);
    writeTo(file, strOf(args[i]));
  }
  writeTo(file, endS);
  if (isTrue(flush)) call(getAttr(file, "flush"), []);
  return None;
};

let stdinLines: string[] | null = null;
export const builtinsHost = {
  readStdin: (): string => "",
};

const input: Fn = (args, kwnames) => {
  noKw("input", kwnames);
  checkPositional("input", args.length, 0, 1);
  if (args.length) writeTo(stdout(), strOf(args[0]));
  flushStdStreams();
  if (stdinLines === null) {
    const text = builtinsHost.readStdin();
    stdinLines = text.split(/(?<=\n)/);
    if (stdinLines.length && stdinLines[stdinLines.length - 1] === "") stdinLines.pop();
  }
  const line = stdinLines.shift();
  if (line === undefined) raise(E.PyExc_EOFError, "EOF when reading a line");
  return line.endsWith("\n") ? line.slice(0, -1) : line;
};

// ---------------------------------------------------------------- attributes and types

/** An attribute name for getattr() and friends: a str or str subclass (PyUnicode_Check). */
function attrName(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) raiseTypeError(`attribute name must be string, not '${typeName(v)}'`);
  return s;
}

const getattr: Fn = (args, kwnames) => {
  noKw("getattr", kwnames);
  checkPositional("getattr", args.length, 2, 3);
  const name = attrName(args[1]);
  if (args.length === 3) {
    const v = lookupAttr(args[0], name);
    return v === undefined ? args[2] : v;
  }
  return getAttr(args[0], name);
};

const setattr: Fn = (args, kwnames) => {
  noKw("setattr", kwnames);
  checkPositional("setattr", args.length, 3, 3);
  const name = attrName(args[1]);
  setAttr(args[0], name, args[2]);
  return None;
};

const delattr: Fn = (args, kwnames) => {
  noKw("delattr", kwnames);
  checkPositional("delattr", args.length, 2, 2);
  const name = attrName(args[1]);
  delAttr(args[0], name);
  return None;
};

const hasattr: Fn = (args, kwnames) => {
  noKw("hasattr", kwnames);
  checkPositional("hasattr", args.length, 2, 2);
  const name = attrName(args[1]);
  return lookupAttr(args[0], name) !== undefined;
};

export function isInstance(obj: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyType) {
    const t = typeOf(obj);
    if (t === cls || t.isSubtypeOf(cls)) return true;
    const meta = typeOf(cls);
    if (meta !== T.typeType) {
      const check = meta.lookup("__instancecheck__");
      if (check !== undefined) return isTrue(call(check, [cls, obj]));
    }
    // __class__ may differ from type(obj) (proxies)
    const c = lookupAttr(obj, "__class__");
    if (c instanceof PyType && c !== t) return c.isSubtypeOf(cls);
    return false;
  }
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isInstance(obj, c)) return true;
    return false;
  }
  const check = typeOf(cls).lookup("__instancecheck__");
  if (check !== undefined) return isTrue(call(check, [cls, obj]));
  // object_isinstance's fallback for classes that only have __bases__ (abstract_issubclass)
  return absIsInstance(obj, cls);
}

export function isSubclass(derived: PyValue, cls: PyValue): boolean {
  if (cls instanceof PyTuple) {
    for (const c of cls.items) if (isSubclass(derived, c)) return true;
    return false;
  }
  if (cls instanceof PyType) {
    const meta = typeOf(cls);
    if (meta !== T.typeType) {
      const check = meta.lookup("__subclasscheck__");
      if (check !== undefined) return isTrue(call(check, [cls, derived]));
    }
    // recursive_issubclass: a derived "class" that only has __bases__ is walked (abstract_issubclass)
    if (!(derived instanceof PyType)) return recursiveIsSubclass(derived, cls);
    return derived.isSubtypeOf(cls);
  }
  const check = typeOf(cls).lookup("__subclasscheck__");
  if (check !== undefined) return isTrue(call(check, [cls, derived]));
  // recursive_issubclass: __bases__ tuples stand in for classes (abstract_issubclass)
  return recursiveIsSubclass(derived, cls);
}

const isinstance: Fn = (args, kwnames) => {
  noKw("isinstance", kwnames);
  checkPositional("isinstance", args.length, 2, 2);
  return isInstance(args[0], args[1]);
};

const issubclass: Fn = (args, kwnames) => {
  noKw("issubclass", kwnames);
  checkPositional("issubclass", args.length, 2, 2);
  return isSubclass(args[0], args[1]);
};

const callable: Fn = (args, kwnames) => {
  noKw("callable", kwnames);
  checkPositional("callable", args.length, 1, 1);
  return typeOf(args[0]).tp_call !== null;
};

// ---------------------------------------------------------------- iteration

// iter() and the iterator types are the object model's (src/objects/iterobject.ts,
// enumobject.ts, bltin-iters.ts).
const iterFn: Fn = builtinIter;

/** builtin_aiter / PyObject_GetAIter. */
const aiter: Fn = (args, kwnames) => {
  noKw("aiter", kwnames);
  checkPositional("aiter", args.length, 1, 1);
  const o = args[0];
  const m = typeOf(o).lookup("__aiter__");
  if (m === undefined) raiseTypeError(`'${typeName(o)}' object is not an async iterable`);
  const it = call(m, [o]);
  if (typeOf(it).lookup("__anext__") === undefined)
    raiseTypeError(`aiter() returned not an async iterator of type '${typeName(it)}'`);
  return it;
};

/** builtin_anext_impl: with a default, an anext_awaitable that gives it on StopAsyncIteration. */
const anext: Fn = (args, kwnames) => {
  noKw("anext", kwnames);
  checkPositional("anext", args.length, 1, 2);
  const o = args[0];
  const m = typeOf(o).lookup("__anext__");
  if (m === undefined) raiseTypeError(`'${typeName(o)}' object is not an async iterator`);
  const awaitable = call(m, [o]);
  return args.length === 1 ? awaitable : newAnextAwaitable(awaitable, args[1]);
};

const next: Fn = (args, kwnames) => {
  noKw("next", kwnames);
  checkPositional("next", args.length, 1, 2);
  const it = args[0];
  if (it instanceof PyGen && it.type === T.generatorType) {
    let r: SendResult;
    try {
      r = genSendEx(it, None, null);
    } catch (e) {
      if (args.length === 2 && e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_StopIteration))
        return args[1];
      throw e;
    }
    if (!r.done) return r.value;
    if (args.length === 2) return args[1];
    throw r.value === None
      ? newException(E.PyExc_StopIteration)
      : newException(E.PyExc_StopIteration, r.value);
  }
  const f = typeOf(it).tp_iternext;
  if (f === null) raiseTypeError(`'${typeName(it)}' object is not an iterator`);
  let v: PyValue | undefined;
  try {
    v = f(it);
  } catch (e) {
    if (args.length === 2 && e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_StopIteration))
      return args[1];
    throw e;
  }
  if (v === undefined) {
    if (args.length === 2) return args[1];
    throw newException(E.PyExc_StopIteration);
  }
  return v;
};

function forEach(iterable: PyValue, fn: (v: PyValue) => boolean | undefined): void {
  const it = iter(iterable);
  const f = typeOf(it).tp_iternext as NonNullable<PyType["tp_iternext"]>;
  for (;;) {
    const v = f(it);
    if (v === undefined) return;
    if (fn(v) === true) return;
  }
}

const all: Fn = (args, kwnames) => {
  noKw("all", kwnames);
  checkPositional("all", args.length, 1, 1);
  let r = true;
  forEach(args[0], (v) => {
    if (!isTrue(v)) {
      r = false;
      return true;
    }
    return undefined;
  });
  return r;
};

const any: Fn = (args, kwnames) => {
  noKw("any", kwnames);
  checkPositional("any", args.length, 1, 1);
  let r = false;
  forEach(args[0], (v) => {
    if (isTrue(v)) {
      r = true;
      return true;
    }
    return undefined;
  });
  return r;
};

/** cs_add (Python/bltinmodule.c): Neumaier's step on a [hi, lo] pair. */
function csAdd(total: number[], x: number): void {
  const t = total[0] + x;
  if (Math.abs(total[0]) >= Math.abs(x)) total[1] += total[0] - t + x;
  else total[1] += x - t + total[0];
  total[0] = t;
}

/** cs_to_double: the compensation is added only when non-zero and finite. */
function csToDouble(total: number[]): number {
  return total[1] !== 0 && Number.isFinite(total[1]) ? total[0] + total[1] : total[0];
}

const sum: Fn = (args, kwnames) => {
  const [iterable, startArg] = bindArgs("sum", args, kwnames, {
    names: ["iterable", "start"],
    required: 1,
    posOnly: 1,
  });
  let acc: PyValue = startArg === undefined ? 0 : (startArg as PyValue);
  if (typeof acc === "string") raiseTypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (typeOf(acc) === T.bytesType) raiseTypeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (typeOf(acc) === T.bytearrayType)
    raiseTypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = iter(iterable as PyValue);
  const nextFn = typeOf(it).tp_iternext as NonNullable<PyType["tp_iternext"]>;
  // Exact ints stay on the fast path; exact floats use Neumaier's compensated sum as CPython.
  for (;;) {
    if (acc instanceof PyFloat && acc.type === T.floatType) {
      let f = acc.value;
      let c = 0;
      let item: PyValue | undefined;
      for (;;) {
        item = nextFn(it);
        if (item === undefined) break;
        let x: number;
        if (item instanceof PyFloat && item.type === T.floatType) x = item.value;
        else if (typeof item === "number" && Math.abs(item) < 2 ** 53) x = item;
        else if (typeof item === "boolean") x = item ? 1 : 0;
        else break;
        const t = f + x;
        if (Math.abs(f) >= Math.abs(x)) c += f - t + x;
        else c += x - t + f;
        f = t;
      }
      if (c !== 0 && Number.isFinite(c)) f += c;
      acc = new PyFloat(f);
      if (item === undefined) return acc;
      acc = binaryOp(acc, item, "nb_add", "+");
      continue;
    }
    if (acc instanceof PyComplex && acc.type === T.complexType) {
      // builtin_sum_impl (3.12+): exact complex sums compensate both parts (cs_add/cs_to_double)
      const re = [acc.real, 0];
      const im = [acc.imag, 0];
      let item: PyValue | undefined;
      for (;;) {
        item = nextFn(it);
        if (item === undefined) break;
        if (item instanceof PyComplex && item.type === T.complexType) {
          csAdd(re, item.real);
          csAdd(im, item.imag);
        } else if (item instanceof PyFloat) {
          csAdd(re, item.value);
          csAdd(im, 0);
        } else if (typeof item === "number" && Math.abs(item) < 2 ** 53) {
          csAdd(re, item);
          csAdd(im, 0);
        } else if (typeof item === "boolean") {
          csAdd(re, item ? 1 : 0);
          csAdd(im, 0);
        } else break;
      }
      acc = new PyComplex(csToDouble(re), csToDouble(im));
      if (item === undefined) return acc;
      acc = binaryOp(acc, item, "nb_add", "+");
      continue;
    }
    const v = nextFn(it);
    if (v === undefined) return acc;
    if (typeof acc === "number" && typeof v === "number") {
      const r: number = acc + v;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    }
    acc = binaryOp(acc, v, "nb_add", "+");
  }
};

function minmax(name: string, op: CompareOp, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  let key: PyValue = None;
  let dflt: PyValue | undefined;
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    if (k === "key") key = args[npos + i];
    else if (k === "default") dflt = args[npos + i];
    else raiseTypeError(`${name}() got an unexpected keyword argument '${k}'`);
  }
  if (npos === 0) raiseTypeError(`${name} expected at least 1 argument, got 0`);
  let items: PyValue;
  if (npos === 1) items = args[0];
  else {
    if (dflt !== undefined)
      raiseTypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = newTuple(args.slice(0, npos));
  }
  let best: PyValue | undefined;
  let bestKey: PyValue | undefined;
  forEach(items, (v) => {
    const k = key === None ? v : call(key, [v]);
    if (best === undefined || isTrue(richCompare(k, bestKey as PyValue, op))) {
      best = v;
      bestKey = k;
    }
    return undefined;
  });
  if (best === undefined) {
    if (dflt !== undefined) return dflt;
    raiseValueError(`${name}() iterable argument is empty`);
  }
  return best;
}

const sorted: Fn = (args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos !== 1) raiseTypeError(`sorted expected 1 argument, got ${npos}`);
  let key: PyValue = None;
  let reverse: PyValue = false;
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    if (k === "key") key = args[npos + i];
    else if (k === "reverse") reverse = args[npos + i];
    else raiseTypeError(`sort() got an unexpected keyword argument '${k}'`);
  }
  const items: PyValue[] = [];
  forEach(args[0], (v) => {
    items.push(v);
    return undefined;
  });
  sortArray(items, key, isTrue(reverse));
  return new PyList(items);
};

// ---------------------------------------------------------------- numbers

const abs: Fn = (args, kwnames) => {
  noKw("abs", kwnames);
  checkPositional("abs", args.length, 1, 1);
  const v = args[0];
  if (typeof v === "number") return v < 0 ? -v : v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v < 0n ? -v : v;
  const f = typeOf(v).nb.nb_absolute;
  if (f === null) raiseTypeError(`bad operand type for abs(): '${typeName(v)}'`);
  return f(v);
};

const divmod: Fn = (args, kwnames) => {
  noKw("divmod", kwnames);
  checkPositional("divmod", args.length, 2, 2);
  return binaryOp(args[0], args[1], "nb_divmod", "divmod()");
};

const pow: Fn = (args, kwnames) => {
  const [base, exp, mod] = bindArgs("pow", args, kwnames, {
    names: ["base", "exp", "mod"],
    required: 2,
    posOnly: 0,
  });
  return power(base as PyValue, exp as PyValue, mod ?? None, false);
};

const round: Fn = (args, kwnames) => {
  const [num, nd] = bindArgs("round", args, kwnames, {
    names: ["number", "ndigits"],
    required: 1,
    posOnly: 0,
  });
  const v = num as PyValue;
  const t = typeOf(v);
  const m = t.lookup("__round__");
  if (m === undefined) raiseTypeError(`type ${t.name} doesn't define __round__ method`);
  return nd === undefined || nd === None ? call(m, [v]) : call(m, [v, nd]);
};

function intToBase(name: string, prefix: string, radix: number): Fn {
  return (args, kwnames) => {
    noKw(name, kwnames);
    checkPositional(name, args.length, 1, 1);
    const n = index(args[0]);
    const neg = typeof n === "number" ? n < 0 : n < 0n;
    const abs = typeof n === "number" ? Math.abs(n) : neg ? -n : n;
    return `${neg ? "-" : ""}${prefix}${abs.toString(radix)}`;
  };
}

const chr: Fn = (args, kwnames) => {
  noKw("chr", kwnames);
  checkPositional("chr", args.length, 1, 1);
  const v = args[0];
  if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") {
    if (typeOf(v).nb.nb_index === null)
      raiseTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  }
  const n = index(v);
  if (typeof n === "bigint" || n < 0 || n > 0x10ffff) {
    raiseValueError("chr() arg not in range(0x110000)");
  }
  return String.fromCodePoint(n);
};

const ord: Fn = (args, kwnames) => {
  noKw("ord", kwnames);
  checkPositional("ord", args.length, 1, 1);
  const v = args[0];
  const sv = strValue(v);
  if (sv !== undefined) {
    const cps = [...sv];
    if (cps.length !== 1)
      raiseTypeError(`ord() expected a character, but string of length ${cps.length} found`);
    return cps[0].codePointAt(0) as number;
  }
  const t = typeOf(v);
  if (t.isSubtypeOf(T.bytesType) || t.isSubtypeOf(T.bytearrayType)) {
    const n = len(v);
    if (n !== 1) raiseTypeError(`ord() expected a character, but string of length ${n} found`);
    return call(getAttr(v, "__getitem__"), [0]);
  }
  raiseTypeError(`ord() expected string of length 1, but ${t.name} found`);
};

// ---------------------------------------------------------------- misc

const lenFn: Fn = (args, kwnames) => {
  noKw("len", kwnames);
  checkPositional("len", args.length, 1, 1);
  return len(args[0]);
};

const reprFn: Fn = (args, kwnames) => {
  noKw("repr", kwnames);
  checkPositional("repr", args.length, 1, 1);
  return repr(args[0]);
};

const asciiFn: Fn = (args, kwnames) => {
  noKw("ascii", kwnames);
  checkPositional("ascii", args.length, 1, 1);
  return ascii(args[0]);
};

const formatFn: Fn = (args, kwnames) => {
  // Argument Clinic, positional-only: _PyArg_CheckPositional's wording
  noKw("format", kwnames);
  checkPositional("format", args.length, 1, 2);
  const [v, spec] = args;
  if (spec !== undefined && typeof spec !== "string")
    raiseTypeError(`format() argument 2 must be str, not ${typeName(spec)}`);
  return formatValue(v as PyValue, (spec as string | undefined) ?? "");
};

const hashFn: Fn = (args, kwnames) => {
  noKw("hash", kwnames);
  checkPositional("hash", args.length, 1, 1);
  return hash(args[0]);
};

const id: Fn = (args, kwnames) => {
  noKw("id", kwnames);
  checkPositional("id", args.length, 1, 1);
  return idOf(args[0]);
};

const globals: Fn = (args, kwnames) => {
  noKw("globals", kwnames);
  checkPositional("globals", args.length, 0, 0);
  const f = tstate.current;
  if (f === null) raise(E.PyExc_SystemError, "globals(): no current frame");
  return f.globals;
};

const locals: Fn = (args, kwnames) => {
  noKw("locals", kwnames);
  checkPositional("locals", args.length, 0, 0);
  const f = tstate.current;
  if (f === null) raise(E.PyExc_SystemError, "locals(): no current frame");
  return frameLocals(f);
};

const vars: Fn = (args, kwnames) => {
  noKw("vars", kwnames);
  checkPositional("vars", args.length, 0, 1);
  if (args.length === 0) return locals([], null);
  const d = lookupAttr(args[0], "__dict__");
  if (d === undefined) raiseTypeError("vars() argument must have __dict__ attribute");
  return d;
};

const dir: Fn = (args, kwnames) => {
  noKw("dir", kwnames);
  checkPositional("dir", args.length, 0, 1);
  let names: PyValue;
  if (args.length === 0) {
    names = new PyList(
      (() => {
        const l = locals([], null);
        const out: PyValue[] = [];
        forEach(l, (k) => {
          out.push(k);
          return undefined;
        });
        return out;
      })(),
    );
  } else {
    const t = typeOf(args[0]);
    const m = t.lookup("__dir__");
    if (m === undefined) raiseTypeError("object does not provide __dir__");
    const get = typeOf(m).tp_descr_get;
    names = call(get === null ? m : get(m, args[0], t), []);
  }
  return sorted([names], null);
};

// ---------------------------------------------------------------- exec, eval, compile

function currentBuiltinsDict(): PyDict {
  const f = tstate.current;
  if (f !== null) return f.builtins;
  return builtinsModule?.dict as PyDict;
}

/** The builtins of a globals dict: its __builtins__ (module or dict), inserting the current ones. */
function builtinsFor(globals: PyDict): PyDict {
  let b = globals.getStr("__builtins__");
  if (b === undefined) {
    // builtin_exec_impl/builtin_eval_impl insert PyEval_GetBuiltins(): the dict
    b = currentBuiltinsDict();
    globals.setStr("__builtins__", b);
  }
  if (b instanceof PyModule) return b.dict as PyDict;
  if (b instanceof PyDict) return b;
  return currentBuiltinsDict();
}

/**
 * _Py_SourceAsString: the text of str, bytes or any bytes-like source; a NUL inside is a
 * SyntaxError without a location.
 */
function sourceText(v: PyValue, fname: string, what: string): string | Uint8Array {
  let text: string | Uint8Array;
  if (typeof v === "string") text = v;
  else if (v instanceof PyBytes) text = v.data;
  else {
    const data = asBytesLike(v);
    if (data === undefined) raiseTypeError(`${fname}() arg 1 must be a ${what} object`);
    text = data;
  }
  if (typeof text === "string" ? text.includes("\0") : text.includes(0))
    raise(E.PyExc_SyntaxError, "source code string cannot contain null bytes");
  return text;
}

function execOrEval(name: "exec" | "eval", args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [src, g, l, cl] = bindArgs(name, args, kwnames, {
    names: name === "exec" ? ["source", "globals", "locals", "closure"] : ["source", "globals", "locals"],
    required: 1,
    posOnly: 1,
    kwOnlyFrom: 3,
  });
  let globals: PyValue = g === undefined ? None : g;
  let locals: PyValue = l === undefined ? None : l;
  const closure: PyValue = cl === undefined ? None : cl;
  if (globals !== None && !(globals instanceof PyDict))
    raiseTypeError(
      name === "exec"
        ? `exec() globals must be a dict, not ${typeName(globals)}`
        : typeOf(globals).mp_subscript !== null
          ? "globals must be a real dict; try eval(expr, {}, mapping)"
          : "globals must be a dict",
    );
  if (locals !== None && typeOf(locals).mp_subscript === null)
    raiseTypeError(
      name === "exec"
        ? `locals must be a mapping or None, not ${typeName(locals)}`
        : "locals must be a mapping",
    );
  if (globals === None) {
    const f = tstate.current;
    if (f === null) raise(E.PyExc_SystemError, `${name}(): no current frame`);
    globals = f.globals;
    if (locals === None) locals = f.locals !== null ? f.locals : frameLocals(f);
  } else if (locals === None) locals = globals;
  const gd = globals as PyDict;
  const bd = builtinsFor(gd);
  let code: PyValue = src as PyValue;
  let func: PyFunction | null = null;
  if (code instanceof PyCode) {
    const nfree = code.co_nfreevars;
    if (name === "eval") {
      if (nfree > 0) raiseTypeError("code object passed to eval() may not contain free variables");
    } else if (nfree === 0) {
      if (closure !== None) raiseTypeError("cannot use a closure with this code object");
    } else {
      // builtin_exec_impl: a tuple of exactly co_nfreevars cells, bound through a function
      // (PyEval_EvalCodeEx)
      if (
        !(closure instanceof PyTuple) ||
        typeOf(closure) !== T.tupleType ||
        closure.items.length !== nfree ||
        !closure.items.every((c) => c instanceof PyCell)
      )
        raiseTypeError(`code object requires a closure of exactly length ${nfree}`);
      func = new PyFunction(code, gd, bd);
      func.closure = closure;
    }
    // PyEval_EvalCode passes no arguments: a code object with parameters reports them missing
    if (code.co_argcount + code.co_kwonlyargcount > 0)
      newFunctionFrame(func ?? new PyFunction(code, gd, bd), [], 0, 0, null);
  } else {
    if (closure !== None) raiseTypeError("closure can only be used when source is a code object");
    let text = sourceText(code, name, "string, bytes or code");
    if (name === "eval" && typeof text === "string") text = text.replace(/^[ \t]+/, "");
    code = compileSource(text, "<string>", name === "exec" ? "exec" : "eval", inheritedFlags());
  }
  const r = runCode(code as PyCode, gd, locals, bd, func);
  return name === "exec" ? None : r;
}

const exec: Fn = (args, kwnames) => execOrEval("exec", args, kwnames);
const evalFn: Fn = (args, kwnames) => execOrEval("eval", args, kwnames);

// Include/cpython/compile.h, Include/cpython/code.h: the flags compile() accepts
const PyCF_ONLY_AST = 0x400;
const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
const PyCF_MASK_OBSOLETE = 0x10;
const PyCF_COMPILE_MASK = PyCF_ONLY_AST | 0x2000 | 0x1000 | 0x200 | 0x4000 | 0x8000;

/** PyEval_MergeCompilerFlags: the calling code's __future__ flags. */
function inheritedFlags(): number {
  const f = tstate.current;
  return f === null ? 0 : f.code.co_flags & PyCF_MASK;
}

/** An int argument of an Argument Clinic function ('i' format): via __index__. */
function intArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = index(v);
  if (n > 2147483647 || n < -2147483648)
    raise(E.PyExc_OverflowError, "Python int too large to convert to C int");
  return Number(n);
}

/** builtin_compile_impl (Python/bltinmodule.c), in its order of checks. */
const compileFn: Fn = (args, kwnames) => {
  const [src, filename, mode, flagsArg, dontInherit, optimizeArg] = bindArgs("compile", args, kwnames, {
    names: ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"],
    required: 3,
    posOnly: 0,
  });
  let fname: string;
  if (typeof filename === "string") fname = filename;
  else if (filename instanceof PyBytes) fname = new TextDecoder().decode(filename.data);
  else raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeName(filename as PyValue)}`);
  if (typeof mode !== "string")
    raiseTypeError(`compile() argument 'mode' must be str, not ${typeName(mode as PyValue)}`);
  let flags = intArg(flagsArg, 0);
  const inherit = dontInherit === undefined || !isTrue(dontInherit);
  const optimize = intArg(optimizeArg, -1);
  if (flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK))
    raiseValueError("compile(): unrecognised flags");
  if (optimize < -1 || optimize > 2) raiseValueError("compile(): invalid optimize value");
  if (inherit) flags |= inheritedFlags();
  if (mode === "func_type") {
    if (!(flags & PyCF_ONLY_AST)) raiseValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
  } else if (!["exec", "eval", "single"].includes(mode)) {
    raiseValueError(
      flags & PyCF_ONLY_AST
        ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
        : "compile() mode must be 'exec', 'eval' or 'single'",
    );
  }
  const text = sourceText(src as PyValue, "compile", "string, bytes or AST");
  return compileSource(text, fname, mode as "exec" | "eval" | "single", flags, optimize > 0 ? optimize : 0);
};

let builtinsModule: PyModule | null = null;

// ---------------------------------------------------------------- __build_class__

/** _PyEval's builtin___build_class__ (Python/bltinmodule.c). */
const buildClass: Fn = (args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos < 2) raiseTypeError("__build_class__: not enough arguments");
  const func = args[0];
  if (!(func instanceof PyFunction)) raiseTypeError("__build_class__: func must be a function");
  const name = args[1];
  if (typeof name !== "string") raiseTypeError("__build_class__: name is not a string");
  const origBases = args.slice(2, npos);
  // PEP 560: __mro_entries__
  let bases: PyValue[] = [];
  let changed = false;
  for (const b of origBases) {
    if (b instanceof PyType) {
      bases.push(b);
      continue;
    }
    const me = lookupAttr(b, "__mro_entries__");
    if (me === undefined) {
      bases.push(b);
      continue;
    }
    const r = call(me, [newTuple(origBases)]);
    if (!(r instanceof PyTuple)) raiseTypeError("__mro_entries__ must return a tuple");
    bases = bases.concat(r.items as PyValue[]);
    changed = true;
  }
  let meta: PyValue | null = null;
  const kwNames: string[] = [];
  const kwValues: PyValue[] = [];
  for (let i = 0; i < nkw; i++) {
    const k = (kwnames as readonly string[])[i];
    if (k === "metaclass") meta = args[npos + i];
    else {
      kwNames.push(k);
      kwValues.push(args[npos + i]);
    }
  }
  let isClass = false;
  if (meta === null) {
    meta = bases.length === 0 ? T.typeType : typeOf(bases[0]);
    isClass = true;
  } else {
    isClass = meta instanceof PyType;
  }
  if (isClass) meta = calculateMetaclass(meta as PyType, bases);
  const basesTuple = newTuple(bases);
  let ns: PyValue;
  const prep = lookupAttr(meta, "__prepare__");
  if (prep === undefined) ns = new PyDict();
  else {
    ns = call(prep, [name, basesTuple, ...kwValues], kwNames.length ? kwNames : null);
    if (typeOf(ns).mp_subscript === null) {
      raiseTypeError(
        `${meta instanceof PyType ? meta.name : "<metaclass>"}.__prepare__() must return a mapping, not ${typeName(ns)}`,
      );
    }
  }
  const cell = runCode(func.code, func.globals, ns, func.builtins, func);
  if (changed) {
    if (ns instanceof PyDict) ns.setStr("__orig_bases__", newTuple(origBases));
  }
  const cls = call(meta, [name, basesTuple, ns, ...kwValues], kwNames.length ? kwNames : null);
  if (cls instanceof PyType && cell instanceof PyCell) {
    const cellCls = cell.ref;
    if (cellCls === null) cell.ref = cls;
    else if (cellCls !== cls)
      raiseTypeError(`__class__ set to ${repr(cellCls)} defining ${repr(name)} as ${repr(cls)}`);
  }
  return cls;
};

function calculateMetaclass(meta: PyType, bases: PyValue[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const tmp = typeOf(b);
    if (winner.isSubtypeOf(tmp)) continue;
    if (tmp.isSubtypeOf(winner)) {
      winner = tmp;
      continue;
    }
    raiseTypeError(
      "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
    );
  }
  return winner;
}

// ---------------------------------------------------------------- the module

instanceHooks.isInstance = isInstance;

export function createBuiltinsModule(): PyModule {
  const mod = newBuiltinModule(
    "builtins",
    "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed.",
  );
  const d = mod.dict;
  const fn = (name: string, f: Fn) => d.setStr(name, new PyBuiltinFunction(name, f, mod));
  builtinsModule = mod;
  fn("__build_class__", buildClass);
  fn("exec", exec);
  fn("__import__", (args, kwnames) => {
    const [name, globals, , fromlist, level] = bindArgs("__import__", args, kwnames, {
      names: ["name", "globals", "locals", "fromlist", "level"],
      required: 1,
      posOnly: 0,
    });
    if (typeof name !== "string") raiseTypeError("module name must be a string");
    const lv = level === undefined ? 0 : level;
    if (typeof lv !== "number")
      raiseTypeError(`'${typeName(lv)}' object cannot be interpreted as an integer`);
    if (lv < 0) raiseValueError("level must be >= 0");
    if (name === "" && lv === 0) raiseValueError("Empty module name");
    const g = globals instanceof PyDict ? globals : new PyDict();
    return vmHooks.importName(name, g, fromlist === undefined ? None : fromlist, lv);
  });
  fn("eval", evalFn);
  fn("compile", compileFn);
  fn("print", print);
  fn("input", input);
  fn("len", lenFn);
  fn("repr", reprFn);
  fn("ascii", asciiFn);
  fn("format", formatFn);
  fn("hash", hashFn);
  fn("id", id);
  fn("getattr", getattr);
  fn("setattr", setattr);
  fn("delattr", delattr);
  fn("hasattr", hasattr);
  fn("isinstance", isinstance);
  fn("issubclass", issubclass);
  fn("callable", callable);
  fn("iter", iterFn);
  fn("next", next);
  fn("aiter", aiter);
  fn("anext", anext);
  fn("all", all);
  fn("any", any);
  fn("sum", sum);
  fn("min", (a, k) => minmax("min", CompareOp.LT, a, k));
  fn("max", (a, k) => minmax("max", CompareOp.GT, a, k));
  fn("sorted", sorted);
  fn("abs", abs);
  fn("divmod", divmod);
  fn("pow", pow);
  fn("round", round);
  fn("bin", intToBase("bin", "0b", 2));
  fn("oct", intToBase("oct", "0o", 8));
  fn("hex", intToBase("hex", "0x", 16));
  fn("chr", chr);
  fn("ord", ord);
  fn("globals", globals);
  fn("locals", locals);
  fn("vars", vars);
  fn("dir", dir);

  d.setStr("None", None);
  d.setStr("Ellipsis", Ellipsis);
  d.setStr("NotImplemented", NotImplemented);
  d.setStr("True", true);
  d.setStr("False", false);
  d.setStr("__debug__", true);

  const types: [string, PyType][] = [
    ["object", T.objectType],
    ["type", T.typeType],
    ["int", T.intType],
    ["bool", T.boolType],
    ["float", T.floatType],
    ["complex", T.complexType],
    ["str", T.strType],
    ["bytes", T.bytesType],
    ["bytearray", T.bytearrayType],
    ["memoryview", T.memoryviewType],
    ["tuple", T.tupleType],
    ["list", T.listType],
    ["dict", T.dictType],
    ["set", T.setType],
    ["frozenset", T.frozensetType],
    ["range", T.rangeType],
    ["slice", T.sliceType],
    ["property", T.propertyType],
    ["classmethod", T.classmethodType],
    ["staticmethod", T.staticmethodType],
    ["super", T.superType],
  ];
  for (const [name, t] of types) d.setStr(name, t);
  d.setStr("enumerate", enumerateType);
  d.setStr("zip", zipType);
  d.setStr("map", mapType);
  d.setStr("filter", filterType);
  d.setStr("reversed", reversedType);
  for (const key of Object.keys(E)) {
    if (!key.startsWith("PyExc_")) continue;
    const t = (E as Record<string, unknown>)[key];
    if (t instanceof PyType) d.setStr(t.name, t);
  }
  d.setStr("EnvironmentError", E.PyExc_OSError);
  d.setStr("IOError", E.PyExc_OSError);
  return mod;
}

/** Registers an extra builtin (for types and functions defined in other files: enumerate, zip, open...). */
export function addBuiltin(mod: PyModule, name: string, value: PyValue): void {
  mod.dict.setStr(name, value);
}
