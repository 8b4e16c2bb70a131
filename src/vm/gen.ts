// Resuming generators and coroutines from TypeScript, and their Python-visible methods
// (Objects/genobject.c: gen_send_ex2, gen_send, _gen_throw, gen_close, gen_iternext).
import { call, getAttr, lookupAttr, repr, typeName } from "../objects/abstract.ts";
import { defineGetSets, defineMethods } from "../objects/descr.ts";
import { newException, raise, raiseTypeError, warnEx } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { frameObjectOf } from "../objects/frame-object.ts";
import { addressOf } from "../objects/function.ts";
import { GEN_COMPLETED, GEN_CREATED, GEN_RUNNING, PyGen } from "../objects/generator.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { PyTraceback } from "../objects/traceback.ts";
import type { PyType } from "../objects/type.ts";
import {
  asyncGeneratorType,
  coroutineType,
  generatorType,
  makeBuiltinType,
  objectType,
  typeOf,
} from "../objects/typeobjects.ts";
import { genEnter, getAwaitable, runFrame, vmHooks, yieldFromOf } from "./eval.ts";
import { tstate } from "./frame.ts";
import { isExceptionClass } from "./ops.ts";

function kind(gen: PyGen): string {
  return gen.type === coroutineType
    ? "coroutine"
    : gen.type === asyncGeneratorType
      ? "async generator"
      : "generator";
}

export interface SendResult {
  done: boolean;
  value: PyValue;
}

/**
 * gen_send_ex2: resumes `gen` with `arg` (or raising `exc` at its suspension point). Returns
 * whether it returned (done) or yielded, and the value.
 */
export function genSendEx(
  gen: PyGen,
  arg: PyValue,
  exc: PyBaseException | null,
  closing = false,
): SendResult {
  if (gen.state === GEN_RUNNING) raise(E.PyExc_ValueError, `${kind(gen)} already executing`);
  if (gen.state === GEN_COMPLETED) {
    if (gen.type === coroutineType && !closing && exc === null)
      raise(E.PyExc_RuntimeError, "cannot reuse already awaited coroutine");
    if (exc !== null) throw exc;
    return { done: true, value: None };
  }
  if (gen.state === GEN_CREATED && exc === null && arg !== None) {
    raiseTypeError(`can't send non-None value to a just-started ${kind(gen)}`);
  }
  // Checked before touching the generator, so a RecursionError leaves it resumable.
  if (tstate.depth + 1 > tstate.recursionLimit)
    raise(E.PyExc_RecursionError, "maximum recursion depth exceeded");
  const frame = gen.frame;
  if (exc === null) frame.localsplus[frame.sp++] = arg;
  const prevState = gen.state;
  genEnter(gen);
  let value: PyValue;
  try {
    value = runFrame(frame, exc);
  } catch (e) {
    if (gen.state === GEN_RUNNING) gen.state = prevState;
    throw e;
  }
  return { done: gen.state === GEN_COMPLETED, value };
}

/** gen.send(v): the yielded value; raises StopIteration(value) when the generator returns. */
export function genSend(gen: PyGen, arg: PyValue): PyValue {
  const r = genSendEx(gen, arg, null);
  if (r.done) raiseStopIteration(r.value, gen);
  return r.value;
}

function raiseStopIteration(value: PyValue, gen: PyGen): never {
  if (gen.type === asyncGeneratorType) throw newException(E.PyExc_StopAsyncIteration);
  throw value === None ? newException(E.PyExc_StopIteration) : newException(E.PyExc_StopIteration, value);
}

/**
 * tp_iternext: the next value, undefined when exhausted. The return value is dropped here (the
 * slot has no way to carry it); builtin next() uses genSendEx to raise StopIteration(value).
 */
export function genIterNext(gen: PyGen): PyValue | undefined {
  const r = genSendEx(gen, None, null);
  return r.done ? undefined : r.value;
}

/** gen_throw, async_gen_athrow: the three-argument form is deprecated (DeprecationWarning). */
function warnThrowSignature(args: readonly PyValue[], name: string): void {
  if (args.length > 1)
    warnEx(
      E.PyExc_DeprecationWarning,
      `the (type, exc, tb) signature of ${name}() is deprecated, use the single-arg signature instead.`,
      1,
    );
}

/** Normalises throw()'s (typ, val, tb) arguments into an exception instance. */
function makeThrown(typ: PyValue, val: PyValue, tb: PyValue): PyBaseException {
  if (tb !== None && !(tb instanceof PyTraceback))
    raiseTypeError("throw() third argument must be a traceback object");
  let exc: PyBaseException;
  if (isExceptionClass(typ)) {
    if (val instanceof PyBaseException && typeOf(val).isSubtypeOf(typ)) exc = val;
    else {
      const args = val === None ? [] : val instanceof E.PyBaseException ? [val] : [val];
      const inst = call(typ, args);
      if (!(inst instanceof PyBaseException))
        raiseTypeError(
          `calling ${repr(typ)} should have returned an instance of BaseException, not ${typeName(inst)}`,
        );
      exc = inst;
    }
  } else if (typ instanceof PyBaseException) {
    if (val !== None) raiseTypeError("instance exception may not have a separate value");
    exc = typ;
  } else {
    raiseTypeError(
      `exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`,
    );
  }
  if (tb !== None) exc.traceback = tb;
  return exc;
}

/** _gen_throw. */
export function genThrow(gen: PyGen, exc: PyBaseException, closeOnGenExit = true): PyValue {
  const yf = yieldFromOf(gen);
  if (yf !== null) {
    let delegated: PyValue | undefined;
    let thrown: PyBaseException | null = null;
    if (exc.type.isSubtypeOf(E.PyExc_GeneratorExit) && closeOnGenExit) {
      const state = gen.state;
      gen.state = GEN_RUNNING;
      try {
        closeIter(yf);
      } catch (e) {
        gen.state = state;
        if (e instanceof PyBaseException) return finishSend(genSendEx(gen, None, e), gen);
        throw e;
      }
      gen.state = state;
      return finishSend(genSendEx(gen, None, exc), gen);
    }
    const state = gen.state;
    gen.state = GEN_RUNNING;
    try {
      if (yf instanceof PyGen && (yf.type === generatorType || yf.type === coroutineType)) {
        delegated = genThrow(yf, exc, closeOnGenExit);
      } else {
        const meth = lookupAttr(yf, "throw");
        if (meth === undefined) {
          gen.state = state;
          return finishSend(genSendEx(gen, None, exc), gen);
        }
        delegated = call(meth, [exc]);
      }
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      thrown = e;
    } finally {
      gen.state = state;
    }
    if (thrown !== null) return finishSend(genSendEx(gen, None, thrown), gen);
    return delegated as PyValue;
  }
  return finishSend(genSendEx(gen, None, exc), gen);
}

function finishSend(r: SendResult, gen: PyGen): PyValue {
  if (r.done) raiseStopIteration(r.value, gen);
  return r.value;
}

/** gen_close_iter: closes a delegate. */
function closeIter(yf: PyValue): void {
  if (yf instanceof PyGen && (yf.type === generatorType || yf.type === coroutineType)) {
    genClose(yf);
    return;
  }
  const meth = lookupAttr(yf, "close");
  if (meth !== undefined) call(meth, []);
}

/** gen.close(): the generator's return value if it returns on GeneratorExit, else None. */
export function genClose(gen: PyGen): PyValue {
  if (gen.state === GEN_CREATED) {
    gen.state = GEN_COMPLETED;
    return None;
  }
  if (gen.state === GEN_COMPLETED) return None;
  const yf = yieldFromOf(gen);
  let exc: PyBaseException = newException(E.PyExc_GeneratorExit);
  if (yf !== null) {
    const state = gen.state;
    gen.state = GEN_RUNNING;
    try {
      closeIter(yf);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      exc = e;
    } finally {
      gen.state = state;
    }
  }
  let r: SendResult;
  try {
    r = genSendEx(gen, None, exc, true);
  } catch (e) {
    if (e instanceof PyBaseException) {
      if (e.type.isSubtypeOf(E.PyExc_GeneratorExit)) return None;
      if (e.type.isSubtypeOf(E.PyExc_StopIteration)) return None;
    }
    throw e;
  }
  if (!r.done) {
    const msg =
      gen.type === coroutineType
        ? "coroutine ignored GeneratorExit"
        : gen.type === asyncGeneratorType
          ? "async generator ignored GeneratorExit"
          : "generator ignored GeneratorExit";
    raise(E.PyExc_RuntimeError, msg);
  }
  return r.value;
}

// ---------------------------------------------------------------- the Python-visible types

function self(v: PyValue): PyGen {
  return v as PyGen;
}

/** Argument checks with CPython's wording: METH_O/METH_NOARGS name the type, varargs do not. */
function argCount(
  name: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
) {
  if (kwnames?.length) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === 1 && max === 1) raiseTypeError(`${name}() takes exactly one argument (${args.length} given)`);
    if (max === 0) raiseTypeError(`${name}() takes no arguments (${args.length} given)`);
    if (args.length < min)
      raiseTypeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
    raiseTypeError(`${name} expected at most ${max} arguments, got ${args.length}`);
  }
}

function installGenType(t: PyType, prefix: string): void {
  t.tp_repr = (g) => `<${t.name} object ${self(g).qualname} at ${addressOf(self(g))}>`;
  defineMethods(t, {
    send(g, args, kwnames) {
      argCount(`${typeOf(g).name}.send`, args, kwnames, 1, 1);
      return genSend(self(g), args[0]);
    },
    throw(g, args, kwnames) {
      argCount("throw", args, kwnames, 1, 3);
      warnThrowSignature(args, "throw");
      const exc = makeThrown(args[0], args[1] ?? None, args[2] ?? None);
      return genThrow(self(g), exc);
    },
    close(g, args, kwnames) {
      argCount(`${typeOf(g).name}.close`, args, kwnames, 0, 0);
      return genClose(self(g));
    },
  });
  defineGetSets(t, {
    [`${prefix}_frame`]: {
      get: (g) => (self(g).state === GEN_COMPLETED ? None : frameObjectOf(self(g).frame)),
    },
    [`${prefix}_running`]: { get: (g) => self(g).state === GEN_RUNNING },
    [`${prefix}_suspended`]: { get: (g) => self(g).state === 1 },
    [`${prefix}_code`]: { get: (g) => self(g).code },
    __name__: {
      get: (g) => self(g).name,
      set: (g, v) => {
        if (typeof v !== "string") raiseTypeError("__name__ must be set to a string object");
        self(g).name = v;
      },
    },
    __qualname__: {
      get: (g) => self(g).qualname,
      set: (g, v) => {
        if (typeof v !== "string") raiseTypeError("__qualname__ must be set to a string object");
        self(g).qualname = v;
      },
    },
  });
}

installGenType(generatorType, "gi");
generatorType.tp_iter = (g) => g;
generatorType.tp_iternext = (g) => genIterNext(self(g));
defineGetSets(generatorType, {
  gi_yieldfrom: { get: (g) => yieldFromOf(self(g)) ?? None },
});

installGenType(coroutineType, "cr");
defineGetSets(coroutineType, {
  cr_await: { get: (g) => yieldFromOf(self(g)) ?? None },
  cr_origin: { get: () => None },
});
// coro.__await__() is a coroutine_wrapper: an iterator over the coroutine (Objects/genobject.c,
// PyCoroWrapper_Type), so that `yield from coro.__await__()` works in a plain generator.
export const coroWrapperType = makeBuiltinType("coroutine_wrapper", [objectType], 0);
class PyCoroWrapper extends PyObject {
  readonly coro: PyGen;
  constructor(coro: PyGen) {
    super(coroWrapperType);
    this.coro = coro;
  }
}
function wrapped(v: PyValue): PyGen {
  return (v as PyCoroWrapper).coro;
}
coroWrapperType.tp_iter = (w) => w;
// A returning coroutine ends the wrapper with StopIteration(value), which next() and SEND pass on.
coroWrapperType.tp_iternext = (w) => genSend(wrapped(w), None);
coroWrapperType.tp_repr = (w) => `<coroutine_wrapper object at ${addressOf(w as PyObject)}>`;
defineMethods(coroWrapperType, {
  send(w, args, kwnames) {
    argCount(`${typeOf(w).name}.send`, args, kwnames, 1, 1);
    return genSend(wrapped(w), args[0]);
  },
  throw(w, args, kwnames) {
    argCount("throw", args, kwnames, 1, 3);
    warnThrowSignature(args, "throw");
    return genThrow(wrapped(w), makeThrown(args[0], args[1] ?? None, args[2] ?? None));
  },
  close(w, args, kwnames) {
    argCount(`${typeOf(w).name}.close`, args, kwnames, 0, 0);
    return genClose(wrapped(w));
  },
});
defineMethods(coroutineType, {
  __await__(g) {
    return new PyCoroWrapper(self(g));
  },
});

installGenType(asyncGeneratorType, "ag");

export { getAttr };

// ---------------------------------------------------------------- async generators
// (Objects/genobject.c: async_gen_asend, async_gen_athrow, _PyAsyncGenValueWrapper). An async
// generator's frame yields either a value wrapped by INTRINSIC_ASYNC_GEN_WRAP (an `async yield`:
// the awaiting asend/athrow finishes with StopIteration(value)) or a bare value from an `await`
// inside it, which is passed through to whoever drives the coroutine.

export const asyncGenWrappedType = makeBuiltinType("async_generator_wrapped_value", [objectType], 0);
export class PyAsyncGenWrapped extends PyObject {
  readonly value: PyValue;
  constructor(value: PyValue) {
    super(asyncGenWrappedType);
    this.value = value;
  }
}

export const asyncGenASendType = makeBuiltinType("async_generator_asend", [objectType], 0);
export const asyncGenAThrowType = makeBuiltinType("async_generator_athrow", [objectType], 0);

const AWAITABLE_INIT = 0;
const AWAITABLE_ITER = 1;
const AWAITABLE_CLOSED = 2;

class PyAsyncGenAwaitable extends PyObject {
  gen: PyGen;
  /** asend: the value to send first. */
  sendval: PyValue;
  /** athrow: its arguments, unpacked at the first send as CPython does; null for aclose(). */
  throwArgs: PyValue[] | null;
  isThrow: boolean;
  state: number;
  constructor(type: PyType, gen: PyGen, sendval: PyValue, throwArgs: PyValue[] | null, isThrow: boolean) {
    super(type);
    this.gen = gen;
    this.sendval = sendval;
    this.throwArgs = throwArgs;
    this.isThrow = isThrow;
    this.state = AWAITABLE_INIT;
  }
}

function stopIterationWith(value: PyValue): PyBaseException {
  // _PyGen_SetStopIterationValue: None gives a StopIteration without arguments
  return value === None ? newException(E.PyExc_StopIteration) : newException(E.PyExc_StopIteration, value);
}

/** async_gen_unwrap, error half: the generator ended or raised. */
function asyncGenUnwrapError(gen: PyGen, e: unknown): never {
  if (e instanceof PyBaseException) {
    if (e.type.isSubtypeOf(E.PyExc_StopAsyncIteration) || e.type.isSubtypeOf(E.PyExc_GeneratorExit))
      gen.agClosed = true;
    gen.agRunning = false;
  }
  throw e;
}

/** async_gen_unwrap, value half: an `async yield` ends the awaitable with StopIteration(value). */
function asyncGenUnwrapValue(aw: PyAsyncGenAwaitable, v: PyValue): PyValue {
  if (v instanceof PyAsyncGenWrapped) {
    aw.gen.agRunning = false;
    aw.state = AWAITABLE_CLOSED;
    throw stopIterationWith(v.value);
  }
  return v;
}

function alreadyRunning(aw: PyAsyncGenAwaitable): never {
  aw.state = AWAITABLE_CLOSED;
  raise(
    E.PyExc_RuntimeError,
    !aw.isThrow
      ? "anext(): asynchronous generator is already running"
      : aw.throwArgs === null
        ? "aclose(): asynchronous generator is already running"
        : "athrow(): asynchronous generator is already running",
  );
}

function reuseError(aw: PyAsyncGenAwaitable): never {
  raise(
    E.PyExc_RuntimeError,
    aw.isThrow
      ? "cannot reuse already awaited aclose()/athrow()"
      : "cannot reuse already awaited __anext__()/asend()",
  );
}

/** async_gen_asend_send. */
function asendSend(aw: PyAsyncGenAwaitable, arg: PyValue): PyValue {
  if (aw.state === AWAITABLE_CLOSED) reuseError(aw);
  const gen = aw.gen;
  if (aw.state === AWAITABLE_INIT) {
    if (gen.agRunning) alreadyRunning(aw);
    if (arg === None) arg = aw.sendval;
    aw.state = AWAITABLE_ITER;
  }
  gen.agRunning = true;
  let v: PyValue;
  try {
    v = genSend(gen, arg);
  } catch (e) {
    aw.state = AWAITABLE_CLOSED;
    asyncGenUnwrapError(gen, e);
  }
  return asyncGenUnwrapValue(aw, v);
}

/** async_gen_asend_throw. */
function asendThrow(aw: PyAsyncGenAwaitable, exc: PyBaseException): PyValue {
  if (aw.state === AWAITABLE_CLOSED) reuseError(aw);
  const gen = aw.gen;
  if (aw.state === AWAITABLE_INIT) {
    if (gen.agRunning) alreadyRunning(aw);
    aw.state = AWAITABLE_ITER;
  }
  let v: PyValue;
  try {
    v = genThrow(gen, exc);
  } catch (e) {
    aw.state = AWAITABLE_CLOSED;
    asyncGenUnwrapError(gen, e);
  }
  return asyncGenUnwrapValue(aw, v);
}

/** check_error of async_gen_athrow_send: aclose() ends quietly on StopAsyncIteration/GeneratorExit. */
function athrowCheckError(aw: PyAsyncGenAwaitable, e: unknown): never {
  aw.gen.agRunning = false;
  aw.state = AWAITABLE_CLOSED;
  if (
    aw.throwArgs === null &&
    e instanceof PyBaseException &&
    (e.type.isSubtypeOf(E.PyExc_StopAsyncIteration) || e.type.isSubtypeOf(E.PyExc_GeneratorExit))
  )
    throw newException(E.PyExc_StopIteration);
  throw e;
}

function ignoredGeneratorExit(aw: PyAsyncGenAwaitable): never {
  aw.gen.agRunning = false;
  aw.state = AWAITABLE_CLOSED;
  raise(E.PyExc_RuntimeError, "async generator ignored GeneratorExit");
}

/** async_gen_athrow_send. */
function athrowSend(aw: PyAsyncGenAwaitable, arg: PyValue): PyValue {
  if (aw.state === AWAITABLE_CLOSED) reuseError(aw);
  const gen = aw.gen;
  if (gen.state === GEN_COMPLETED) {
    aw.state = AWAITABLE_CLOSED;
    throw newException(E.PyExc_StopIteration);
  }
  if (aw.state === AWAITABLE_INIT) {
    if (gen.agRunning) alreadyRunning(aw);
    if (gen.agClosed) {
      aw.state = AWAITABLE_CLOSED;
      throw newException(E.PyExc_StopAsyncIteration);
    }
    if (arg !== None) raise(E.PyExc_RuntimeError, "can't send non-None value to a just-started coroutine");
    aw.state = AWAITABLE_ITER;
    gen.agRunning = true;
    if (aw.throwArgs === null) {
      // aclose() mode
      gen.agClosed = true;
      let v: PyValue;
      try {
        v = genThrow(gen, newException(E.PyExc_GeneratorExit), false);
      } catch (e) {
        athrowCheckError(aw, e);
      }
      if (v instanceof PyAsyncGenWrapped) ignoredGeneratorExit(aw);
      return v;
    }
    let v: PyValue;
    try {
      const a = aw.throwArgs;
      if (a.length < 1) raiseTypeError(`athrow expected at least 1 argument, got ${a.length}`);
      if (a.length > 3) raiseTypeError(`athrow expected at most 3 arguments, got ${a.length}`);
      v = genThrow(gen, makeThrown(a[0], a[1] ?? None, a[2] ?? None), false);
    } catch (e) {
      aw.state = AWAITABLE_CLOSED;
      asyncGenUnwrapError(gen, e);
    }
    return asyncGenUnwrapValue(aw, v);
  }
  let v: PyValue;
  try {
    v = genSend(gen, arg);
  } catch (e) {
    if (aw.throwArgs !== null) {
      aw.state = AWAITABLE_CLOSED;
      asyncGenUnwrapError(gen, e);
    }
    athrowCheckError(aw, e);
  }
  if (aw.throwArgs !== null) return asyncGenUnwrapValue(aw, v);
  if (v instanceof PyAsyncGenWrapped) ignoredGeneratorExit(aw);
  return v;
}

/** async_gen_athrow_throw. */
function athrowThrow(aw: PyAsyncGenAwaitable, exc: PyBaseException): PyValue {
  if (aw.state === AWAITABLE_CLOSED) reuseError(aw);
  const gen = aw.gen;
  if (aw.state === AWAITABLE_INIT) {
    if (gen.agRunning) alreadyRunning(aw);
    aw.state = AWAITABLE_ITER;
    gen.agRunning = true;
  }
  let v: PyValue;
  try {
    v = genThrow(gen, exc);
  } catch (e) {
    if (aw.throwArgs !== null) {
      aw.state = AWAITABLE_CLOSED;
      asyncGenUnwrapError(gen, e);
    }
    if (
      e instanceof PyBaseException &&
      (e.type.isSubtypeOf(E.PyExc_StopAsyncIteration) || e.type.isSubtypeOf(E.PyExc_GeneratorExit))
    )
      throw newException(E.PyExc_StopIteration);
    throw e;
  }
  if (aw.throwArgs !== null) return asyncGenUnwrapValue(aw, v);
  if (v instanceof PyAsyncGenWrapped) ignoredGeneratorExit(aw);
  return v;
}

function aw(v: PyValue): PyAsyncGenAwaitable {
  return v as PyAsyncGenAwaitable;
}

function awaitableSend(a: PyAsyncGenAwaitable, arg: PyValue): PyValue {
  return a.isThrow ? athrowSend(a, arg) : asendSend(a, arg);
}

for (const t of [asyncGenASendType, asyncGenAThrowType]) {
  t.tp_iter = (self) => self;
  t.tp_iternext = (self) => awaitableSend(aw(self), None);
  t.tp_repr = (self) => `<${t.name} object at ${addressOf(self as PyObject)}>`;
  defineMethods(t, {
    send(self, args, kwnames) {
      argCount(`${typeOf(self).name}.send`, args, kwnames, 1, 1);
      return awaitableSend(aw(self), args[0]);
    },
    throw(self, args, kwnames) {
      argCount("throw", args, kwnames, 1, 3);
      warnThrowSignature(args, "throw");
      const a = aw(self);
      const exc = makeThrown(args[0], args[1] ?? None, args[2] ?? None);
      return a.isThrow ? athrowThrow(a, exc) : asendThrow(a, exc);
    },
    close(self, args, kwnames) {
      argCount(`${t.name}.close`, args, kwnames, 0, 0);
      aw(self).state = AWAITABLE_CLOSED;
      return None;
    },
    __await__(self) {
      return self;
    },
  });
}

asyncGeneratorType.tp_repr = (g) => `<async_generator object ${self(g).qualname} at ${addressOf(self(g))}>`;
defineMethods(asyncGeneratorType, {
  __aiter__(g) {
    return g;
  },
  __anext__(g) {
    return new PyAsyncGenAwaitable(asyncGenASendType, self(g), None, null, false);
  },
  asend(g, args, kwnames) {
    argCount("async_generator.asend", args, kwnames, 1, 1);
    return new PyAsyncGenAwaitable(asyncGenASendType, self(g), args[0], null, false);
  },
  athrow(g, args, kwnames) {
    if (kwnames?.length) raiseTypeError("async_generator.athrow() takes no keyword arguments");
    warnThrowSignature(args, "athrow");
    return new PyAsyncGenAwaitable(asyncGenAThrowType, self(g), None, args.slice(), true);
  },
  aclose(g, args, kwnames) {
    argCount("async_generator.aclose", args, kwnames, 0, 0);
    return new PyAsyncGenAwaitable(asyncGenAThrowType, self(g), None, null, true);
  },
});
defineGetSets(asyncGeneratorType, {
  ag_await: { get: (g) => yieldFromOf(self(g)) ?? None },
  // ag_running_async: true from the start of an asend/athrow until it finishes, awaits included
  ag_running: { get: (g) => self(g).agRunning },
});

vmHooks.intrinsic1 = (
  (prev) => (op: number, v: PyValue) =>
    op === 4 ? new PyAsyncGenWrapped(v) : prev(op, v)
)(vmHooks.intrinsic1);

// ---------------------------------------------------------------- anext(aiterator, default)
// (Objects/iterobject.c: anextawaitableobject): proxies the awaitable of __anext__() and turns its
// StopAsyncIteration into StopIteration(default), as if __anext__() had returned the default.

export const anextAwaitableType = makeBuiltinType("anext_awaitable", [objectType], 0);
class PyAnextAwaitable extends PyObject {
  readonly wrapped: PyValue;
  readonly defaultValue: PyValue;
  constructor(wrapped: PyValue, defaultValue: PyValue) {
    super(anextAwaitableType);
    this.wrapped = wrapped;
    this.defaultValue = defaultValue;
  }
}

export function newAnextAwaitable(wrapped: PyValue, defaultValue: PyValue): PyValue {
  return new PyAnextAwaitable(wrapped, defaultValue);
}

/** anextawaitable_getiter: an iterator over the wrapped awaitable (a coroutine's __await__()). */
function anextGetIter(a: PyAnextAwaitable): PyValue {
  let it = getAwaitable(a.wrapped, -1);
  if (it instanceof PyGen && it.type === coroutineType) it = new PyCoroWrapper(it);
  return it;
}

function anextProxy(self: PyValue, meth: string, args: PyValue[]): PyValue {
  const a = self as PyAnextAwaitable;
  const it = anextGetIter(a);
  try {
    if (meth === "__next__") {
      const v = (typeOf(it).tp_iternext as NonNullable<PyType["tp_iternext"]>)(it);
      if (v === undefined) throw newException(E.PyExc_StopIteration);
      return v;
    }
    return call(getAttr(it, meth), args);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_StopAsyncIteration))
      throw stopIterationWith(a.defaultValue);
    throw e;
  }
}

anextAwaitableType.tp_iter = (self) => self;
anextAwaitableType.tp_iternext = (self) => anextProxy(self, "__next__", []);
defineMethods(anextAwaitableType, {
  send(self, args, kwnames) {
    argCount(`${typeOf(self).name}.send`, args, kwnames, 1, 1);
    return anextProxy(self, "send", args);
  },
  throw(self, args, kwnames) {
    argCount("throw", args, kwnames, 1, 3);
    return anextProxy(self, "throw", args);
  },
  close(self, args, kwnames) {
    argCount(`${typeOf(self).name}.close`, args, kwnames, 0, 0);
    return anextProxy(self, "close", args);
  },
  __await__(self) {
    return self;
  },
});
