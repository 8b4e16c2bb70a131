// except* support (Python/ceval.c exception_group_match, Objects/exceptions.c
// _PyExc_PrepReraiseStar): CHECK_EG_MATCH splits the handled exception group; the
// INTRINSIC_PREP_RERAISE_STAR intrinsic rebuilds what is left to raise after the except* clauses.
import { call, getAttr } from "../objects/abstract.ts";
import { PyBuiltinFunction } from "../objects/descr.ts";
import { raiseTypeError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException, PyBaseExceptionGroup } from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { PyType } from "../objects/type.ts";
import { typeOf } from "../objects/typeobjects.ts";
import { vmHooks } from "./eval.ts";

function isInstanceOfAny(v: PyValue, t: PyValue): boolean {
  const vt = typeOf(v);
  if (t instanceof PyTuple) return t.items.some((x) => x instanceof PyType && vt.isSubtypeOf(x));
  return t instanceof PyType && vt.isSubtypeOf(t);
}

/** _PyEval_CheckExceptStarTypeValid. */
function checkExceptStarType(t: PyValue): void {
  const items = t instanceof PyTuple ? t.items : [t];
  for (const x of items) {
    if (x instanceof PyType && x.isSubtypeOf(E.PyExc_BaseExceptionGroup))
      raiseTypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
}

/** exception_group_match: [rest, match]. */
function egMatch(exc: PyValue, matchType: PyValue): [PyValue, PyValue] {
  checkExceptStarType(matchType);
  if (exc === None) return [None, None];
  if (isInstanceOfAny(exc, matchType)) {
    if (exc instanceof PyBaseExceptionGroup) return [None, exc];
    // A naked exception caught by except*: wrap it in a group with its traceback.
    const wrapped = call(E.PyExc_BaseExceptionGroup, ["", newTuple([exc])]) as PyBaseException;
    wrapped.traceback = (exc as PyBaseException).traceback;
    return [None, wrapped];
  }
  if (exc instanceof PyBaseExceptionGroup) {
    const pair = call(getAttr(exc, "split"), [matchType]);
    if (!(pair instanceof PyTuple) || pair.items.length !== 2)
      raiseTypeError(`${typeOf(exc).name}.split must return a 2-tuple, got ${typeOf(pair).name}`);
    return [pair.items[1], pair.items[0]];
  }
  return [exc, None];
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  const notesOf = (e: PyBaseException) => e.dict?.getStr("__notes__");
  return (
    notesOf(a) === notesOf(b) && a.traceback === b.traceback && a.cause === b.cause && a.context === b.context
  );
}

function collectLeaves(e: PyValue, out: Set<PyValue>): void {
  if (e === None) return;
  if (e instanceof PyBaseExceptionGroup) for (const x of e.excs.items) collectLeaves(x, out);
  else out.add(e);
}

/** exception_group_projection: the part of `eg` made of the leaves of `keep`. */
function projection(eg: PyBaseExceptionGroup, keep: PyValue[]): PyValue {
  const leaves = new Set<PyValue>();
  for (const e of keep) collectLeaves(e, leaves);
  const pred = new PyBuiltinFunction("<leaf match>", (args) => leaves.has(args[0]));
  const pair = call(getAttr(eg, "split"), [pred]) as PyTuple;
  return pair.items[0];
}

/** _PyExc_PrepReraiseStar(orig, excs). */
function prepReraiseStar(orig: PyValue, excs: PyValue): PyValue {
  const list = excs instanceof PyList ? excs.items : [];
  if (list.length === 0) return None;
  if (!(orig instanceof PyBaseExceptionGroup)) return list[0];
  const raised: PyValue[] = [];
  const reraised: PyValue[] = [];
  for (const e of list) {
    if (e === None) continue;
    if (e instanceof PyBaseException && sameMetadata(e, orig)) reraised.push(e);
    else raised.push(e);
  }
  const reraisedEg = projection(orig, reraised);
  if (raised.length === 0) return reraisedEg;
  if (reraisedEg !== None) raised.push(reraisedEg);
  if (raised.length > 1) return call(E.PyExc_BaseExceptionGroup, ["", new PyList(raised)]);
  return raised[0];
}

export function installExceptStar(): void {
  vmHooks.egMatch = egMatch;
  const prev = vmHooks.intrinsic2;
  vmHooks.intrinsic2 = (op, a, b) => (op === 1 ? prepReraiseStar(a, b) : prev(op, a, b));
}
