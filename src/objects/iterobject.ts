// The generic iterators (Objects/iterobject.c): the sequence iterator ("iterator", for objects
// with __getitem__ but no __iter__) and callable_iterator (iter(callable, sentinel)), plus
// builtinIter(), the body of the iter() builtin.
import { call, getItem, iter, richCompareBool, setSequenceIterHook } from "./abstract.ts";
import { checkPositional } from "./args.ts";
import { defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { NotImplemented } from "./singletons.ts";
import { makeBuiltinType, objectType, typeOf } from "./typeobjects.ts";

export const seqIterType = makeBuiltinType("iterator", [objectType], 0);
export const callIterType = makeBuiltinType("callable_iterator", [objectType], 0);

/** True for IndexError or StopIteration (and subclasses): the end of an old-style sequence. */
function endsSequence(e: unknown): boolean {
  return (
    e instanceof E.PyBaseException &&
    (e.type.isSubtypeOf(E.PyExc_IndexError) || e.type.isSubtypeOf(E.PyExc_StopIteration))
  );
}

function isStopIteration(e: unknown): boolean {
  return e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_StopIteration);
}

export class PySeqIter extends PyObject {
  seq: PyValue | null;
  index: number;
  constructor(seq: PyValue) {
    super(seqIterType);
    this.seq = seq;
    this.index = 0;
  }
}

seqIterType.tp_iter = (self) => self;
seqIterType.tp_iternext = (self) => {
  const it = self as PySeqIter;
  const seq = it.seq;
  if (seq === null) return undefined;
  let v: PyValue;
  try {
    v = getItem(seq, it.index);
  } catch (e) {
    if (endsSequence(e)) {
      it.seq = null;
      return undefined;
    }
    throw e;
  }
  it.index++;
  return v;
};
defineMethods(seqIterType, {
  __length_hint__(self) {
    const it = self as PySeqIter;
    if (it.seq === null) return 0;
    const f = typeOf(it.seq).mp_length;
    if (f === null) return NotImplemented;
    const n = f(it.seq) - it.index;
    return Math.max(n, 0);
  },
});

setSequenceIterHook((v) => new PySeqIter(v));

export class PyCallIter extends PyObject {
  callable: PyValue | null;
  sentinel: PyValue | null;
  constructor(callable: PyValue, sentinel: PyValue) {
    super(callIterType);
    this.callable = callable;
    this.sentinel = sentinel;
  }
}

callIterType.tp_iter = (self) => self;
callIterType.tp_iternext = (self) => {
  const it = self as PyCallIter;
  const f = it.callable;
  if (f === null) return undefined;
  let result: PyValue;
  try {
    result = call(f, []);
  } catch (e) {
    if (isStopIteration(e)) {
      it.callable = null;
      it.sentinel = null;
      return undefined;
    }
    throw e;
  }
  if (!richCompareBool(it.sentinel as PyValue, result, CompareOp.EQ)) return result;
  it.callable = null;
  it.sentinel = null;
  return undefined;
};

/** iter(object) / iter(callable, sentinel) (builtin_iter in Python/bltinmodule.c). */
export function builtinIter(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames?.length) raiseTypeError("iter() takes no keyword arguments");
  checkPositional("iter", args.length, 1, 2);
  if (args.length === 1) return iter(args[0]);
  if (typeOf(args[0]).tp_call === null) raiseTypeError("iter(v, w): v must be callable");
  return new PyCallIter(args[0], args[1]);
}
