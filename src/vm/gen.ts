// Resuming generators and coroutines from TypeScript, and their Python-visible methods
// (Objects/genobject.c: gen_send_ex2, gen_send, _gen_throw, gen_close, gen_iternext).
import { call, getAttr, lookupAttr, repr, typeName } from "../objects/abstract.ts";
import { defineGetSets, defineMethods } from "../objects/descr.ts";
import { newException, raise, raiseTypeError } from "../objects/errors.ts";
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
import { genEnter, runFrame, vmHooks, yieldFromOf } from "./eval.ts";
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

function argCount(
  name: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
) {
  if (kwnames?.length) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === max) raiseTypeError(`${name}() takes exactly one argument (${args.length} given)`);
    raiseTypeError(`${name} expected at most ${max} arguments, got ${args.length}`);
  }
}

function installGenType(t: PyType, prefix: string): void {
  t.tp_repr = (g) => `<${t.name} object ${self(g).qualname} at ${addressOf(self(g))}>`;
  defineMethods(t, {
    send(g, args, kwnames) {
      argCount("send", args, kwnames, 1, 1);
      return genSend(self(g), args[0]);
    },
    throw(g, args, kwnames) {
      argCount("throw", args, kwnames, 1, 3);
      const exc = makeThrown(args[0], args[1] ?? None, args[2] ?? None);
      return genThrow(self(g), exc);
    },
    close(g, args, kwnames) {
      argCount("close", args, kwnames, 0, 0);
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
defineMethods(coroutineType, {
  __await__(g) {
    return g;
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
  /** asend: the value to send first; athrow: null. */
  sendval: PyValue;
  /** athrow: the exception to throw (null for aclose()). */
  exc: PyBaseException | null;
  isThrow: boolean;
  state: number;
  constructor(type: PyType, gen: PyGen, sendval: PyValue, exc: PyBaseException | null, isThrow: boolean) {
    super(type);
    this.gen = gen;
    this.sendval = sendval;
    this.exc = exc;
    this.isThrow = isThrow;
    this.state = AWAITABLE_INIT;
  }
}

/** async_gen_unwrap: a wrapped value ends the awaitable with StopIteration(value). */
function asyncGenUnwrap(aw: PyAsyncGenAwaitable, r: SendResult): PyValue {
  const gen = aw.gen;
  if (r.done) {
    aw.state = AWAITABLE_CLOSED;
    gen.agRunning = false;
    if (aw.isThrow && aw.exc === null) {
      // aclose() finished: the generator returned
      throw newException(E.PyExc_StopIteration);
    }
    gen.agClosed = true;
    throw newException(E.PyExc_StopAsyncIteration);
  }
  if (r.value instanceof PyAsyncGenWrapped) {
    aw.state = AWAITABLE_CLOSED;
    gen.agRunning = false;
    if (aw.isThrow && aw.exc === null) raise(E.PyExc_RuntimeError, "async generator ignored GeneratorExit");
    throw newException(E.PyExc_StopIteration, r.value.value);
  }
  return r.value;
}

function asyncAwaitableSend(aw: PyAsyncGenAwaitable, arg: PyValue): PyValue {
  if (aw.state === AWAITABLE_CLOSED) {
    raise(
      E.PyExc_RuntimeError,
      aw.isThrow
        ? "cannot reuse already awaited aclose()/athrow()"
        : "cannot reuse already awaited __anext__()/asend()",
    );
  }
  const gen = aw.gen;
  try {
    if (aw.state === AWAITABLE_INIT) {
      if (gen.agRunning) {
        raise(
          E.PyExc_RuntimeError,
          aw.isThrow
            ? "athrow(): asynchronous generator is already running"
            : "anext(): asynchronous generator is already running",
        );
      }
      aw.state = AWAITABLE_ITER;
      gen.agRunning = true;
      if (aw.isThrow) {
        if (gen.agClosed || gen.state === GEN_COMPLETED) {
          aw.state = AWAITABLE_CLOSED;
          gen.agRunning = false;
          if (aw.exc === null) throw newException(E.PyExc_StopIteration);
          throw newException(E.PyExc_StopAsyncIteration);
        }
        const exc = aw.exc ?? newException(E.PyExc_GeneratorExit);
        return asyncGenUnwrap(aw, sendThrowResult(gen, exc));
      }
      if (gen.agClosed) {
        aw.state = AWAITABLE_CLOSED;
        gen.agRunning = false;
        throw newException(E.PyExc_StopAsyncIteration);
      }
      if (arg === None) arg = aw.sendval;
    }
    return asyncGenUnwrap(aw, genSendEx(gen, arg, null));
  } catch (e) {
    if (e instanceof PyBaseException) {
      gen.agRunning = false;
      aw.state = AWAITABLE_CLOSED;
      if (
        aw.isThrow &&
        aw.exc === null &&
        (e.type.isSubtypeOf(E.PyExc_StopAsyncIteration) || e.type.isSubtypeOf(E.PyExc_GeneratorExit))
      ) {
        throw newException(E.PyExc_StopIteration);
      }
    }
    throw e;
  }
}

/** Throws into a generator; a return becomes a done result (like genSendEx). */
function sendThrowResult(gen: PyGen, exc: PyBaseException): SendResult {
  return genSendEx(gen, None, exc);
}

function aw(v: PyValue): PyAsyncGenAwaitable {
  return v as PyAsyncGenAwaitable;
}

for (const t of [asyncGenASendType, asyncGenAThrowType]) {
  t.tp_iter = (self) => self;
  t.tp_iternext = (self) => asyncAwaitableSend(aw(self), None);
  t.tp_repr = (self) => `<${t.name} object at ${addressOf(self as PyObject)}>`;
  defineMethods(t, {
    send(self, args, kwnames) {
      argCount("send", args, kwnames, 1, 1);
      return asyncAwaitableSend(aw(self), args[0]);
    },
    throw(self, args, kwnames) {
      argCount("throw", args, kwnames, 1, 3);
      const a = aw(self);
      if (a.state === AWAITABLE_CLOSED)
        raise(E.PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
      const exc = makeThrown(args[0], args[1] ?? None, args[2] ?? None);
      try {
        return asyncGenUnwrap(a, sendThrowResult(a.gen, exc));
      } catch (e) {
        a.state = AWAITABLE_CLOSED;
        a.gen.agRunning = false;
        throw e;
      }
    },
    close(self) {
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
    argCount("asend", args, kwnames, 1, 1);
    return new PyAsyncGenAwaitable(asyncGenASendType, self(g), args[0], null, false);
  },
  athrow(g, args, kwnames) {
    argCount("athrow", args, kwnames, 1, 3);
    const exc = makeThrown(args[0], args[1] ?? None, args[2] ?? None);
    return new PyAsyncGenAwaitable(asyncGenAThrowType, self(g), None, exc, true);
  },
  aclose(g, args, kwnames) {
    argCount("aclose", args, kwnames, 0, 0);
    return new PyAsyncGenAwaitable(asyncGenAThrowType, self(g), None, null, true);
  },
});
defineGetSets(asyncGeneratorType, {
  ag_await: { get: (g) => yieldFromOf(self(g)) ?? None },
});

vmHooks.intrinsic1 = (
  (prev) => (op: number, v: PyValue) =>
    op === 4 ? new PyAsyncGenWrapped(v) : prev(op, v)
)(vmHooks.intrinsic1);
