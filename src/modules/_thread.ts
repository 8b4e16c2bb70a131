// The `_thread` module (Modules/_threadmodule.c) for a runtime with one thread: locks (lock,
// RLock) with CPython's API and messages, thread identity, thread-local data (_local), and the
// thread handles threading.py 3.14 uses for the main thread. Starting a thread raises
// RuntimeError("can't start new thread"): Typhon has no Python threads yet. A blocking acquire
// of a lock the (only) thread already holds can never succeed: with a timeout it waits and
// returns False, as CPython would; without one it raises instead of hanging forever.
import { typeName } from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { defineGetSets, defineMethods } from "../objects/descr.ts";
import { raise, raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyFloat } from "../objects/float.ts";
import { addressOf } from "../objects/function.ts";
import type { PyModule } from "../objects/module.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { newTuple } from "../objects/tuple.ts";
import { makeBuiltinType, objectType, typeOf } from "../objects/typeobjects.ts";
import { addFunctions, newBuiltinModule, noArgs } from "./modutil.ts";

const MAIN_IDENT = 1;
/** PY_TIMEOUT_MAX / 1e6 on 64-bit Linux (the value threading.TIMEOUT_MAX shows). */
const TIMEOUT_MAX = 9223372036.0;

export const lockType = makeBuiltinType("_thread.lock", [objectType], 0);
export const rlockType = makeBuiltinType("_thread.RLock", [objectType]);
export const localType = makeBuiltinType("_thread._local", [objectType]);
export const threadHandleType = makeBuiltinType("_thread._ThreadHandle", [objectType], 0);
lockType.hasWeakref = true;
rlockType.hasWeakref = true;
localType.hasWeakref = true;
localType.hasInstanceDict = true;

class PyLock extends PyObject {
  locked = false;
}
class PyRLock extends PyObject {
  owner = 0;
  count = 0;
}
class PyThreadHandle extends PyObject {
  ident: number;
  done = false;
  constructor(ident: number) {
    super(threadHandleType);
    this.ident = ident;
  }
}

/** Sleeps the whole process for `seconds` (the only thread waits for a timeout that must expire). */
function sleepFor(seconds: number): void {
  if (seconds <= 0) return;
  const buf = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(buf, 0, 0, Math.min(seconds, TIMEOUT_MAX) * 1000);
}

/** lock_acquire_parse_args: (blocking=True, timeout=-1) -> seconds to wait (-1 forever, 0 none). */
function acquireTimeout(fname: string, args: PyValue[], kwnames: readonly string[] | null): number {
  const [blocking, timeout] = bindArgs(fname, args, kwnames, {
    names: ["blocking", "timeout"],
    required: 0,
    posOnly: 0,
  });
  const block = blocking === undefined ? true : blocking === true || (blocking !== false && blocking !== 0);
  let t = -1;
  if (timeout !== undefined) {
    if (timeout instanceof PyFloat) t = timeout.value;
    else if (typeof timeout === "number" || typeof timeout === "boolean") t = Number(timeout);
    else raiseTypeError(`'${typeName(timeout)}' object cannot be interpreted as an integer or float`);
  }
  if (!block && t !== -1) raiseValueError("can't specify a timeout for a non-blocking call");
  if (t < 0 && t !== -1) raiseValueError("timeout value must be a non-negative number");
  if (!block) return 0;
  if (t > TIMEOUT_MAX) raise(E.PyExc_OverflowError, "timeout value is too large");
  return t;
}

function waitForever(): never {
  raise(E.PyExc_RuntimeError, "deadlock: the lock is held and no other thread can release it");
}

function asLock(self: PyValue): PyLock {
  if (!(self instanceof PyLock)) raiseTypeError(`descriptor requires a '_thread.lock' object`);
  return self;
}
function asRLock(self: PyValue): PyRLock {
  if (!(self instanceof PyRLock)) raiseTypeError(`descriptor requires a '_thread.RLock' object`);
  return self;
}

function lockAcquire(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): boolean {
  const l = asLock(self);
  const t = acquireTimeout("acquire", args, kwnames);
  if (!l.locked) {
    l.locked = true;
    return true;
  }
  if (t === 0) return false;
  if (t < 0) waitForever();
  sleepFor(t);
  return false;
}

function lockRelease(self: PyValue): PyValue {
  const l = asLock(self);
  if (!l.locked) raise(E.PyExc_RuntimeError, "release unlocked lock");
  l.locked = false;
  return None;
}

lockType.tp_new = (type, args, kwnames) => {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0))
    raiseTypeError("lock() takes no arguments");
  return new PyLock(type);
};
lockType.tp_repr = (self) =>
  `<${asLock(self).locked ? "locked" : "unlocked"} ${typeOf(self).name} object at ${addressOf(self as PyObject)}>`;
defineMethods(lockType, {
  acquire: (self, args, kw) => lockAcquire(self, args, kw),
  acquire_lock: (self, args, kw) => lockAcquire(self, args, kw),
  __enter__: (self, args, kw) => lockAcquire(self, args, kw),
  release: (self) => lockRelease(self),
  release_lock: (self) => lockRelease(self),
  __exit__: (self) => lockRelease(self),
  locked: (self) => asLock(self).locked,
  locked_lock: (self) => asLock(self).locked,
  _at_fork_reinit(self) {
    asLock(self).locked = false;
    return None;
  },
});

function rlockAcquire(self: PyValue, args: PyValue[], kwnames: readonly string[] | null): boolean {
  const r = asRLock(self);
  const t = acquireTimeout("acquire", args, kwnames);
  if (r.count === 0 || r.owner === MAIN_IDENT) {
    r.owner = MAIN_IDENT;
    r.count++;
    return true;
  }
  if (t === 0) return false;
  if (t < 0) waitForever();
  sleepFor(t);
  return false;
}

function rlockRelease(self: PyValue): PyValue {
  const r = asRLock(self);
  if (r.count === 0 || r.owner !== MAIN_IDENT) raise(E.PyExc_RuntimeError, "cannot release un-acquired lock");
  if (--r.count === 0) r.owner = 0;
  return None;
}

rlockType.tp_new = (type) => new PyRLock(type);
rlockType.tp_repr = (self) => {
  const r = asRLock(self);
  const t = typeOf(self);
  const mod = t.attrs.get("__module__");
  const name = typeof mod === "string" && mod !== "builtins" ? `${mod}.${t.qualname}` : t.qualname;
  return `<${r.count > 0 ? "locked" : "unlocked"} ${name} object owner=${r.owner} count=${r.count} at ${addressOf(self as PyObject)}>`;
};
defineMethods(rlockType, {
  acquire: (self, args, kw) => rlockAcquire(self, args, kw),
  __enter__: (self, args, kw) => rlockAcquire(self, args, kw),
  release: (self) => rlockRelease(self),
  __exit__: (self) => rlockRelease(self),
  locked: (self) => asRLock(self).count > 0,
  _is_owned: (self) => {
    const r = asRLock(self);
    return r.count > 0 && r.owner === MAIN_IDENT;
  },
  _recursion_count: (self) => {
    const r = asRLock(self);
    return r.owner === MAIN_IDENT ? r.count : 0;
  },
  _release_save(self) {
    const r = asRLock(self);
    if (r.count === 0) raise(E.PyExc_RuntimeError, "cannot release un-acquired lock");
    const state = newTuple([r.count, r.owner]);
    r.count = 0;
    r.owner = 0;
    return state;
  },
  _acquire_restore(self, args) {
    const r = asRLock(self);
    const state = args[0];
    const items = (state as { items?: PyValue[] }).items;
    if (items === undefined || items.length !== 2)
      raiseTypeError("_acquire_restore() argument must be a tuple");
    r.count = items[0] as number;
    r.owner = items[1] as number;
    return None;
  },
  _at_fork_reinit(self) {
    const r = asRLock(self);
    r.count = 0;
    r.owner = 0;
    return None;
  },
});

localType.tp_new = (type, args, kwnames) => {
  if ((args.length > 0 || (kwnames !== null && kwnames.length > 0)) && type.tp_init === localType.tp_init)
    raiseTypeError("Initialization arguments are not supported");
  return new PyObject(type);
};

threadHandleType.tp_repr = (self) =>
  `<_thread._ThreadHandle object: ident=${(self as PyThreadHandle).ident}>`;
defineMethods(threadHandleType, {
  is_done: (self) => (self as PyThreadHandle).done,
  _set_done(self) {
    (self as PyThreadHandle).done = true;
    return None;
  },
  join(self) {
    const h = self as PyThreadHandle;
    if (h.ident === MAIN_IDENT && !h.done) raise(E.PyExc_RuntimeError, "Cannot join current thread");
    return None;
  },
});
defineGetSets(threadHandleType, { ident: { get: (self) => (self as PyThreadHandle).ident } });

function cannotStart(): never {
  raise(E.PyExc_RuntimeError, "can't start new thread");
}

export function createThreadModule(): PyModule {
  const m = newBuiltinModule(
    "_thread",
    "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.",
  );
  const d = m.dict;
  d.setStr("LockType", lockType);
  d.setStr("lock", lockType);
  d.setStr("RLock", rlockType);
  d.setStr("_local", localType);
  d.setStr("_ThreadHandle", threadHandleType);
  d.setStr("error", E.PyExc_RuntimeError);
  d.setStr("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
  const allocate = (args: PyValue[], kw: readonly string[] | null) => {
    noArgs("allocate_lock", args, kw);
    return new PyLock(lockType);
  };
  let stackSize = 0;
  addFunctions(m, {
    allocate_lock: allocate,
    allocate: allocate,
    get_ident: () => MAIN_IDENT,
    get_native_id: () => MAIN_IDENT,
    _count: () => 0,
    _get_main_thread_ident: () => MAIN_IDENT,
    _is_main_interpreter: () => true,
    daemon_threads_allowed: () => true,
    _shutdown: () => None,
    start_new_thread: () => cannotStart(),
    start_new: () => cannotStart(),
    start_joinable_thread: () => cannotStart(),
    _make_thread_handle(args) {
      const h = new PyThreadHandle(typeof args[0] === "number" ? args[0] : MAIN_IDENT);
      return h;
    },
    interrupt_main: () => None,
    exit: () => raise(E.PyExc_SystemExit, ""),
    exit_thread: () => raise(E.PyExc_SystemExit, ""),
    stack_size(args) {
      const prev = stackSize;
      if (args.length > 0) {
        const n = args[0];
        if (typeof n !== "number")
          raiseTypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
        if (n !== 0 && n < 32768) raiseValueError("size not valid: 32768 bytes");
        stackSize = n;
      }
      return prev;
    },
    set_name: () => None,
    _get_name: () => "MainThread",
  });
  return m;
}
