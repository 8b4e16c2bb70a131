// The eval loop (Python/ceval.c, Python/bytecodes.c): one function with a switch over CPython
// 3.14's instruction set. A call from Python to a Python function pushes a Frame and the loop
// goes on; returning pops it. TypeScript code that calls Python (tp_call of a function, a slot
// calling a dunder) enters through runFrame(), which runs a nested loop until its entry frame
// returns or yields. Generators are frames resumed by pushing them (FOR_ITER/SEND inline, or
// runFrame from gen.send()).
//
// Hot-path conventions: the current frame's code units, localsplus array, stack pointer and
// instruction pointer live in JS locals and are written back to the Frame only when switching
// frames, before generic calls (for f_lineno) and when an exception is caught.
import {
  call,
  contains,
  delAttr,
  delItem,
  getAttr,
  getItem,
  getMethod,
  isTrue,
  iter,
  len,
  lookupAttr,
  methodLookup,
  repr,
  richCompare,
  setAttr,
  setItem,
  str,
  typeName,
} from "../objects/abstract.ts";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, type PyCode } from "../objects/code.ts";
import { PyMethodDescriptor } from "../objects/descr.ts";
import { PyDict } from "../objects/dict.ts";
import { newException, raise, raiseSystemError, raiseTypeError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { PyFloat } from "../objects/float.ts";
import { PyCell, PyFunction } from "../objects/function.ts";
import { GEN_COMPLETED, GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, PyGen } from "../objects/generator.ts";
import { buildInterpolation } from "../objects/interpolation.ts";
import { PyMethod } from "../objects/method.ts";
import type { CompareOp, PyObject, PyValue } from "../objects/object.ts";
import { objectNew, PyInstance } from "../objects/object-type.ts";
import { None } from "../objects/singletons.ts";
import { PySlice } from "../objects/slice.ts";
import { slotTpInit } from "../objects/slots.ts";
import { buildTemplate } from "../objects/template.ts";
import { EMPTY_TUPLE, newTuple, PyTuple } from "../objects/tuple.ts";
import { PyType, TPFLAGS_HEAPTYPE, TPFLAGS_IS_ABSTRACT, TPFLAGS_METHOD_DESCRIPTOR } from "../objects/type.ts";
import { typeCall } from "../objects/type-type.ts";
import {
  asyncGeneratorType,
  coroutineType,
  dictType,
  floatType,
  generatorType,
  methodDescriptorType,
  typeOf,
} from "../objects/typeobjects.ts";
import { bindArguments } from "./call.ts";
import { type CodeExtra, codeExtra } from "./codeinfo.ts";
import { fastItems, setUpdate, toTuple, vmContainers } from "./containers.ts";
import { Frame, OWNED_BY_GENERATOR, type Slot, tstate } from "./frame.ts";
import {
  ATTR_DATA,
  ATTR_INSTANCE,
  ATTR_METHOD,
  type AttrCache,
  cachesOf,
  fillLoadAttr,
  fillStoreAttr,
  type GlobalCache,
  loadGlobalMiss,
  STORE_DICT,
  storeNameMiss,
} from "./icache.ts";
import {
  binaryOpGeneric,
  chainContext,
  convertValue,
  format,
  functionStr,
  invert,
  isExceptionClass,
  makeRaisable,
  negative,
  newNameError,
  positive,
  raiseNameError,
  raiseUnboundDeref,
  raiseUnboundLocal,
  stopIterationValue,
  toPyException,
} from "./ops.ts";
import { tracebackHere } from "./traceback-here.ts";

// Opcode numbers (src/compiler/opcodes.ts; literal here so the switch compiles to a jump table).
enum Op {
  CACHE = 0,
  BINARY_SLICE = 1,
  BUILD_TEMPLATE = 2,
  CALL_FUNCTION_EX = 4,
  CHECK_EG_MATCH = 5,
  CHECK_EXC_MATCH = 6,
  CLEANUP_THROW = 7,
  DELETE_SUBSCR = 8,
  END_FOR = 9,
  END_SEND = 10,
  EXIT_INIT_CHECK = 11,
  FORMAT_SIMPLE = 12,
  FORMAT_WITH_SPEC = 13,
  GET_AITER = 14,
  GET_ANEXT = 15,
  GET_ITER = 16,
  GET_LEN = 18,
  GET_YIELD_FROM_ITER = 19,
  LOAD_BUILD_CLASS = 21,
  LOAD_LOCALS = 22,
  MAKE_FUNCTION = 23,
  MATCH_KEYS = 24,
  MATCH_MAPPING = 25,
  MATCH_SEQUENCE = 26,
  NOP = 27,
  NOT_TAKEN = 28,
  POP_EXCEPT = 29,
  POP_ITER = 30,
  POP_TOP = 31,
  PUSH_EXC_INFO = 32,
  PUSH_NULL = 33,
  RETURN_GENERATOR = 34,
  RETURN_VALUE = 35,
  SETUP_ANNOTATIONS = 36,
  STORE_SLICE = 37,
  STORE_SUBSCR = 38,
  TO_BOOL = 39,
  UNARY_INVERT = 40,
  UNARY_NEGATIVE = 41,
  UNARY_NOT = 42,
  WITH_EXCEPT_START = 43,
  BINARY_OP = 44,
  BUILD_INTERPOLATION = 45,
  BUILD_LIST = 46,
  BUILD_MAP = 47,
  BUILD_SET = 48,
  BUILD_SLICE = 49,
  BUILD_STRING = 50,
  BUILD_TUPLE = 51,
  CALL = 52,
  CALL_INTRINSIC_1 = 53,
  CALL_INTRINSIC_2 = 54,
  CALL_KW = 55,
  COMPARE_OP = 56,
  CONTAINS_OP = 57,
  CONVERT_VALUE = 58,
  COPY = 59,
  COPY_FREE_VARS = 60,
  DELETE_ATTR = 61,
  DELETE_DEREF = 62,
  DELETE_FAST = 63,
  DELETE_GLOBAL = 64,
  DELETE_NAME = 65,
  DICT_MERGE = 66,
  DICT_UPDATE = 67,
  END_ASYNC_FOR = 68,
  EXTENDED_ARG = 69,
  FOR_ITER = 70,
  GET_AWAITABLE = 71,
  IMPORT_FROM = 72,
  IMPORT_NAME = 73,
  IS_OP = 74,
  JUMP_BACKWARD = 75,
  JUMP_BACKWARD_NO_INTERRUPT = 76,
  JUMP_FORWARD = 77,
  LIST_APPEND = 78,
  LIST_EXTEND = 79,
  LOAD_ATTR = 80,
  LOAD_COMMON_CONSTANT = 81,
  LOAD_CONST = 82,
  LOAD_DEREF = 83,
  LOAD_FAST = 84,
  LOAD_FAST_AND_CLEAR = 85,
  LOAD_FAST_BORROW = 86,
  LOAD_FAST_BORROW_LOAD_FAST_BORROW = 87,
  LOAD_FAST_CHECK = 88,
  LOAD_FAST_LOAD_FAST = 89,
  LOAD_FROM_DICT_OR_DEREF = 90,
  LOAD_FROM_DICT_OR_GLOBALS = 91,
  LOAD_GLOBAL = 92,
  LOAD_NAME = 93,
  LOAD_SMALL_INT = 94,
  LOAD_SPECIAL = 95,
  LOAD_SUPER_ATTR = 96,
  MAKE_CELL = 97,
  MAP_ADD = 98,
  MATCH_CLASS = 99,
  POP_JUMP_IF_FALSE = 100,
  POP_JUMP_IF_NONE = 101,
  POP_JUMP_IF_NOT_NONE = 102,
  POP_JUMP_IF_TRUE = 103,
  RAISE_VARARGS = 104,
  RERAISE = 105,
  SEND = 106,
  SET_ADD = 107,
  SET_FUNCTION_ATTRIBUTE = 108,
  SET_UPDATE = 109,
  STORE_ATTR = 110,
  STORE_DEREF = 111,
  STORE_FAST = 112,
  STORE_FAST_LOAD_FAST = 113,
  STORE_FAST_STORE_FAST = 114,
  STORE_GLOBAL = 115,
  STORE_NAME = 116,
  SWAP = 117,
  UNPACK_EX = 118,
  UNPACK_SEQUENCE = 119,
  YIELD_VALUE = 120,
  RESUME = 128,
}

const COMMON_CONSTANTS = ["AssertionError", "NotImplementedError", "tuple", "all", "any"];
const SPECIAL_NAMES = ["__enter__", "__exit__", "__aenter__", "__aexit__"];

/** Hooks other layers install: the import system, builtins lookups, method binding. */
export const vmHooks = {
  importName: (name: string, _globals: PyDict, _fromlist: PyValue, _level: number): PyValue => {
    const exc = newException(E.PyExc_ModuleNotFoundError, `No module named '${name}'`);
    throw exc;
  },
  importStar: (_module: PyValue, _locals: PyValue): void => {
    raiseSystemError("import * is not supported yet");
  },
  /** IMPORT_FROM when the attribute is missing (_PyEval_ImportFrom's fallback and errors). */
  importFrom: (_module: PyValue, name: string): PyValue => {
    throw newException(E.PyExc_ImportError, `cannot import name '${name}'`);
  },
  /** Intrinsics not built into the loop (typing helpers, except* support). */
  intrinsic1: (op: number, _v: PyValue): PyValue => raiseSystemError(`unsupported intrinsic ${op}`),
  intrinsic2: (op: number, _a: PyValue, _b: PyValue): PyValue =>
    raiseSystemError(`unsupported intrinsic ${op}`),
  /** EXCEPT* support: split an exception group (CHECK_EG_MATCH). */
  egMatch: (_exc: PyValue, _type: PyValue): [PyValue, PyValue] =>
    raiseSystemError("except* is not supported yet"),
};

/** True for exact dicts: their methods can be bypassed. */
function isExactDict(v: PyValue): v is PyDict {
  return v instanceof PyDict && v.type === dictType;
}

function dictOrMappingGet(mapping: PyValue, key: string): PyValue | undefined {
  if (isExactDict(mapping)) return mapping.getStr(key);
  try {
    return getItem(mapping, key);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_KeyError)) return undefined;
    throw e;
  }
}

function recursionError(): never {
  raise(E.PyExc_RecursionError, "maximum recursion depth exceeded");
}

// ---------------------------------------------------------------- entry points

/**
 * THE re-entry function: runs `frame` (a fresh frame, or a suspended generator frame already set
 * up for resumption) in a nested eval loop until it returns or yields, and returns that value.
 * `throwExc` raises an exception at the frame's current instruction (generator.throw()).
 */
export function runFrame(frame: Frame, throwExc: PyBaseException | null = null): PyValue {
  frame.previous = tstate.current;
  if (++tstate.depth > tstate.recursionLimit) {
    tstate.depth--;
    frame.previous = null;
    recursionError();
  }
  tstate.current = frame;
  tstate.reentry++;
  try {
    return evalLoop(frame, throwExc);
  } catch (e) {
    throw toPyException(e);
  } finally {
    tstate.reentry--;
  }
}

/** Calls a Python function from TypeScript (tp_call of `function`). */
export function callFunction(func: PyFunction, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const frame = newFunctionFrame(func, args, 0, args.length - nkw, kwnames);
  return runFrame(frame);
}

/** Runs a code object with the given globals/locals (exec, module bodies, class bodies). */
export function runCode(
  code: PyCode,
  globals: PyDict,
  locals: PyValue | null,
  builtins: PyDict,
  func: PyFunction | null = null,
): PyValue {
  const frame = new Frame(code, func, globals, builtins, locals);
  if (func !== null && func.closure !== null) copyClosure(frame, func);
  return runFrame(frame);
}

function copyClosure(frame: Frame, func: PyFunction): void {
  const cells = (func.closure as PyTuple).items;
  const offset = frame.stackBase - cells.length;
  for (let i = 0; i < cells.length; i++) frame.localsplus[offset + i] = cells[i];
}

/** A new frame for calling `func` with arguments src[start .. start+nargs+len(kwnames)). */
export function newFunctionFrame(
  func: PyFunction,
  src: readonly Slot[],
  start: number,
  nargs: number,
  kwnames: readonly string[] | null,
): Frame {
  const frame = new Frame(func.code, func, func.globals, func.builtins, null);
  bindArguments(func, frame.localsplus, src, start, nargs, kwnames);
  return frame;
}

// ---------------------------------------------------------------- generators

/** Leaves a generator frame: restores the exc_info stack, marks it suspended or completed. */
function genExit(gen: PyGen, completed: boolean): void {
  const item = gen.excState;
  if (tstate.excInfo === item && item.previous !== null) {
    tstate.excInfo = item.previous;
  }
  item.previous = null;
  gen.state = completed ? GEN_COMPLETED : GEN_SUSPENDED;
  if (completed) gen.excState.value = None;
}

/** Enters a generator frame: pushes its exc_info entry and marks it running. */
export function genEnter(gen: PyGen): void {
  const item = gen.excState;
  item.previous = tstate.excInfo;
  tstate.excInfo = item;
  gen.state = GEN_RUNNING;
}

function genRunningError(gen: PyGen): never {
  const t = gen.type;
  const what = t === coroutineType ? "coroutine" : t === asyncGeneratorType ? "async generator" : "generator";
  raise(E.PyExc_ValueError, `${what} already executing`);
}

/** Checks a generator can be resumed with `value` by the eval loop (FOR_ITER/SEND inline). */
function canResumeInline(gen: PyGen, value: PyValue): boolean {
  if (gen.state === GEN_RUNNING) genRunningError(gen);
  if (gen.state === GEN_COMPLETED) return false;
  if (gen.state === GEN_CREATED && value !== None) return false;
  return true;
}

// ---------------------------------------------------------------- the loop

function evalLoop(entry: Frame, throwExc: PyBaseException | null): PyValue {
  let frame = entry;
  let code = frame.code;
  let co = code.co_code;
  let consts = code.co_consts;
  let names = code.co_names;
  let lp = frame.localsplus;
  let sp = frame.sp;
  let ip = frame.ip;
  let lasti = frame.lasti;
  /** Set by RERAISE and bare `raise`: the exception is re-raised without a new traceback entry. */
  let reraise = false;
  /** RERAISE's restored lasti (the original faulting instruction), or -1. */
  let restoredLasti = -1;
  let pending: PyBaseException | null = throwExc;
  let oparg = 0;
  let ext = 0;

  for (;;) {
    // The exception to unwind with: RAISE_VARARGS, RERAISE, ... set it and leave the dispatch loop
    // (far cheaper than a JS throw, which makes V8 build a message object); or caught below.
    let thrown: unknown;
    try {
      if (pending !== null) {
        const p = pending;
        pending = null;
        throw p;
      }
      dispatch: for (;;) {
        lasti = ip;
        const word = co[ip++];
        const op = word & 255;
        oparg = (word >> 8) | ext;
        ext = 0;
        switch (op) {
          case Op.NOP:
          case Op.NOT_TAKEN:
          case Op.RESUME:
          case Op.CACHE:
            break;
          case Op.EXTENDED_ARG:
            ext = oparg << 8;
            break;

          // ---------------------------------------------------------- locals
          case Op.LOAD_FAST:
          case Op.LOAD_FAST_BORROW:
            lp[sp++] = lp[oparg];
            break;
          case Op.LOAD_FAST_CHECK: {
            const v = lp[oparg];
            if (v === null) raiseUnboundLocal(code.co_localsplusnames[oparg]);
            lp[sp++] = v;
            break;
          }
          case Op.LOAD_FAST_LOAD_FAST:
          case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
            lp[sp++] = lp[oparg >> 4];
            lp[sp++] = lp[oparg & 15];
            break;
          case Op.LOAD_FAST_AND_CLEAR:
            lp[sp++] = lp[oparg];
            lp[oparg] = null;
            break;
          case Op.STORE_FAST:
            lp[oparg] = lp[--sp];
            break;
          case Op.STORE_FAST_LOAD_FAST:
            lp[oparg >> 4] = lp[--sp];
            lp[sp++] = lp[oparg & 15];
            break;
          case Op.STORE_FAST_STORE_FAST:
            lp[oparg >> 4] = lp[--sp];
            lp[oparg & 15] = lp[--sp];
            break;
          case Op.DELETE_FAST:
            if (lp[oparg] === null) raiseUnboundLocal(code.co_localsplusnames[oparg]);
            lp[oparg] = null;
            break;
          case Op.LOAD_SMALL_INT:
            lp[sp++] = oparg;
            break;
          case Op.LOAD_CONST:
            lp[sp++] = consts[oparg];
            break;
          case Op.LOAD_COMMON_CONSTANT: {
            const name = COMMON_CONSTANTS[oparg];
            if (oparg === 0) lp[sp++] = E.PyExc_AssertionError;
            else if (oparg === 1) lp[sp++] = E.PyExc_NotImplementedError;
            else {
              const v = frame.builtins.getStr(name);
              if (v === undefined) raiseNameError(name);
              lp[sp++] = v;
            }
            break;
          }

          // ---------------------------------------------------------- cells
          case Op.MAKE_CELL:
            lp[oparg] = new PyCell(lp[oparg]);
            break;
          case Op.COPY_FREE_VARS: {
            const closure = (frame.func as PyFunction).closure as PyTuple;
            const offset = frame.stackBase - oparg;
            for (let i = 0; i < oparg; i++) lp[offset + i] = closure.items[i];
            break;
          }
          case Op.LOAD_DEREF: {
            const v = (lp[oparg] as PyCell).ref;
            if (v === null) raiseUnboundDeref(code, oparg, codeExtra(code).freeStart);
            lp[sp++] = v;
            break;
          }
          case Op.STORE_DEREF:
            (lp[oparg] as PyCell).ref = lp[--sp];
            break;
          case Op.DELETE_DEREF: {
            const cell = lp[oparg] as PyCell;
            if (cell.ref === null) raiseUnboundDeref(code, oparg, codeExtra(code).freeStart);
            cell.ref = null;
            break;
          }
          case Op.LOAD_FROM_DICT_OR_DEREF: {
            const mapping = lp[--sp] as PyValue;
            const name = code.co_localsplusnames[oparg];
            let v = dictOrMappingGet(mapping, name);
            if (v === undefined) {
              const r = (lp[oparg] as PyCell).ref;
              if (r === null) raiseUnboundDeref(code, oparg, codeExtra(code).freeStart);
              v = r;
            }
            lp[sp++] = v;
            break;
          }

          // ---------------------------------------------------------- globals and names
          case Op.LOAD_GLOBAL: {
            const caches = code.vmCache ?? cachesOf(code);
            const c = caches[lasti] as GlobalCache | undefined;
            const g = frame.globals;
            const name = names[oparg >> 1];
            let v: PyValue | undefined;
            if (
              c !== undefined &&
              ((c.dict === g && g.keys[c.idx] === name) ||
                (c.globals === g &&
                  c.gver === g.version &&
                  c.dict === frame.builtins &&
                  c.dict.keys[c.idx] === name))
            ) {
              v = c.dict.values[c.idx] as PyValue;
            } else {
              v = loadGlobalMiss(caches, lasti, g, frame.builtins, name);
              if (v === undefined) raiseNameError(name);
            }
            lp[sp++] = v;
            if (oparg & 1) lp[sp++] = null;
            ip += 4;
            break;
          }
          case Op.STORE_GLOBAL:
            frame.globals.setStr(names[oparg], lp[--sp] as PyValue);
            break;
          case Op.DELETE_GLOBAL: {
            const name = names[oparg];
            if (!frame.globals.delStr(name)) raiseNameError(name);
            break;
          }
          case Op.LOAD_NAME: {
            const locals = frame.locals;
            const g = frame.globals;
            if (locals === g) {
              // A module body: the names are the globals (cached as LOAD_GLOBAL).
              const caches = code.vmCache ?? cachesOf(code);
              const c = caches[lasti] as GlobalCache | undefined;
              const name = names[oparg];
              let v: PyValue | undefined;
              if (
                c !== undefined &&
                ((c.dict === g && g.keys[c.idx] === name) ||
                  (c.globals === g &&
                    c.gver === g.version &&
                    c.dict === frame.builtins &&
                    c.dict.keys[c.idx] === name))
              ) {
                v = c.dict.values[c.idx] as PyValue;
              } else if (g.type === dictType) {
                v = loadGlobalMiss(caches, lasti, g, frame.builtins, names[oparg]);
                if (v === undefined) raiseNameError(names[oparg]);
              } else {
                v = undefined;
              }
              if (v !== undefined) {
                lp[sp++] = v;
                break;
              }
            }
            const name = names[oparg];
            if (locals === null) raiseSystemError(`no locals found when loading '${name}'`);
            let v = dictOrMappingGet(locals, name);
            if (v === undefined) {
              v = frame.globals.getStr(name);
              if (v === undefined) {
                v = frame.builtins.getStr(name);
                if (v === undefined) raiseNameError(name);
              }
            }
            lp[sp++] = v;
            break;
          }
          case Op.LOAD_FROM_DICT_OR_GLOBALS: {
            const mapping = lp[--sp] as PyValue;
            const name = names[oparg];
            let v = dictOrMappingGet(mapping, name);
            if (v === undefined) {
              v = frame.globals.getStr(name);
              if (v === undefined) {
                v = frame.builtins.getStr(name);
                if (v === undefined) raiseNameError(name);
              }
            }
            lp[sp++] = v;
            break;
          }
          case Op.STORE_NAME: {
            const name = names[oparg];
            const v = lp[--sp] as PyValue;
            const locals = frame.locals;
            if (locals === null) raiseSystemError(`no locals found when storing '${name}'`);
            if (isExactDict(locals)) {
              if (locals === frame.globals) {
                const caches = code.vmCache ?? cachesOf(code);
                const c = caches[lasti] as GlobalCache | undefined;
                if (c !== undefined && c.dict === locals && locals.keys[c.idx] === name) {
                  locals.values[c.idx] = v;
                } else storeNameMiss(caches, lasti, locals, name, v);
              } else locals.setStr(name, v);
            } else setItem(locals, name, v);
            break;
          }
          case Op.DELETE_NAME: {
            const name = names[oparg];
            const locals = frame.locals;
            if (locals === null) raiseSystemError(`no locals when deleting '${name}'`);
            if (isExactDict(locals)) {
              if (!locals.delStr(name)) raiseNameError(name);
            } else {
              try {
                delItem(locals, name);
              } catch (e) {
                if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_KeyError))
                  raiseNameError(name);
                throw e;
              }
            }
            break;
          }
          case Op.LOAD_LOCALS: {
            if (frame.locals === null) raiseSystemError("no locals found");
            lp[sp++] = frame.locals;
            break;
          }
          case Op.SETUP_ANNOTATIONS: {
            const locals = frame.locals;
            if (locals === null) raiseSystemError("no locals found when setting up annotations");
            if (dictOrMappingGet(locals, "__annotations__") === undefined) {
              if (isExactDict(locals)) locals.setStr("__annotations__", new PyDict());
              else setItem(locals, "__annotations__", new PyDict());
            }
            break;
          }
          case Op.LOAD_BUILD_CLASS: {
            const v = frame.builtins.getStr("__build_class__");
            if (v === undefined) raise(E.PyExc_NameError, "__build_class__ not found");
            lp[sp++] = v;
            break;
          }

          // ---------------------------------------------------------- stack
          case Op.POP_TOP:
            lp[--sp] = null;
            break;
          case Op.PUSH_NULL:
            lp[sp++] = null;
            break;
          case Op.COPY:
            lp[sp] = lp[sp - oparg];
            sp++;
            break;
          case Op.SWAP: {
            const t = lp[sp - 1];
            lp[sp - 1] = lp[sp - oparg];
            lp[sp - oparg] = t;
            break;
          }
          case Op.END_FOR:
          case Op.POP_ITER:
            lp[--sp] = null;
            break;

          // ---------------------------------------------------------- attributes
          case Op.LOAD_ATTR: {
            const name = names[oparg >> 1];
            const owner = lp[sp - 1] as PyValue;
            const caches = code.vmCache ?? cachesOf(code);
            const c = caches[lasti] as AttrCache | undefined;
            if (c !== undefined) {
              const t = typeOf(owner);
              if (c.type === t && c.version === t.version) {
                const kind = c.kind;
                let v: PyValue | undefined;
                if (kind === ATTR_INSTANCE) {
                  const d = typeof owner === "object" ? owner.dict : null;
                  if (d !== null) {
                    const i = c.idx;
                    if (d.keys[i] === name) v = d.values[i];
                    else {
                      const j = d.strIndex.get(name);
                      if (j !== undefined) {
                        c.idx = j;
                        v = d.values[j];
                      }
                    }
                  }
                } else if (kind === ATTR_METHOD) {
                  if (oparg & 1) {
                    const d = typeof owner === "object" ? owner.dict : null;
                    if (d === null || d.size === 0 || d.getStr(name) === undefined) {
                      lp[sp - 1] = c.descr;
                      lp[sp++] = owner;
                      ip += 9;
                      break;
                    }
                  }
                } else if ((c.dtype as PyType).version === c.dver) {
                  if (kind === ATTR_DATA) {
                    v = (c.get as NonNullable<PyType["tp_descr_get"]>)(c.descr as PyValue, owner, t);
                  } else {
                    const d = typeof owner === "object" ? owner.dict : null;
                    if (d !== null && d.size !== 0) v = d.getStr(name);
                    if (v === undefined) {
                      const get = c.get;
                      v = get === null ? (c.descr as PyValue) : get(c.descr as PyValue, owner, t);
                    }
                  }
                }
                if (v !== undefined) {
                  lp[sp - 1] = v;
                  if (oparg & 1) lp[sp++] = null;
                  ip += 9;
                  break;
                }
              }
            }
            if (oparg & 1) {
              // Method load: push (function, self) when the attribute is a plain method.
              const m = getMethod(owner, name);
              if (methodLookup.unbound) {
                lp[sp - 1] = m;
                lp[sp++] = owner;
              } else {
                lp[sp - 1] = m;
                lp[sp++] = null;
              }
            } else {
              lp[sp - 1] = getAttr(owner, name);
            }
            fillLoadAttr(caches, lasti, owner, name, (oparg & 1) !== 0);
            ip += 9;
            break;
          }
          case Op.STORE_ATTR: {
            const owner = lp[--sp] as PyValue;
            const v = lp[--sp] as PyValue;
            const name = names[oparg];
            const caches = code.vmCache ?? cachesOf(code);
            const c = caches[lasti] as AttrCache | undefined;
            ip += 4;
            if (c !== undefined && typeof owner === "object") {
              const t = owner.type;
              if (
                c.type === t &&
                c.version === t.version &&
                (c.dtype === null || c.dtype.version === c.dver)
              ) {
                if (c.kind === STORE_DICT) {
                  let d = owner.dict;
                  if (d === null && t.hasInstanceDict) d = owner.dict = new PyDict();
                  if (d !== null) {
                    const i = c.idx;
                    if (d.keys[i] === name) d.values[i] = v;
                    else {
                      d.setStr(name, v);
                      const n = d.keys.length - 1;
                      if (d.keys[n] === name) c.idx = n;
                    }
                    lp[sp] = null;
                    lp[sp + 1] = null;
                    break;
                  }
                } else {
                  (c.set as NonNullable<PyType["tp_descr_set"]>)(c.descr as PyValue, owner, v);
                  lp[sp] = null;
                  lp[sp + 1] = null;
                  break;
                }
              }
            }
            setAttr(owner, name, v);
            fillStoreAttr(caches, lasti, owner, name);
            lp[sp] = null;
            lp[sp + 1] = null;
            break;
          }
          case Op.DELETE_ATTR:
            delAttr(lp[--sp] as PyValue, names[oparg]);
            break;
          case Op.LOAD_SUPER_ATTR: {
            const self = lp[--sp] as PyValue;
            const cls = lp[--sp] as PyValue;
            const superFn = lp[--sp] as PyValue;
            const sup = call(superFn, oparg & 2 ? [cls, self] : [cls, self]);
            const name = names[oparg >> 2];
            lp[sp++] = getAttr(sup, name);
            if (oparg & 1) lp[sp++] = null;
            ip += 1;
            break;
          }
          case Op.LOAD_SPECIAL: {
            const owner = lp[sp - 1] as PyValue;
            const name = SPECIAL_NAMES[oparg];
            const t = typeOf(owner);
            const descr = t.lookup(name);
            if (descr === undefined) {
              const asyncCm = oparg >= 2;
              // The hint when the other protocol is there (CPython 3.14).
              let hint = "";
              if (!asyncCm && t.lookup("__aenter__") !== undefined && t.lookup("__aexit__") !== undefined)
                hint =
                  " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?";
              else if (asyncCm && t.lookup("__enter__") !== undefined && t.lookup("__exit__") !== undefined)
                hint = " but it supports the context manager protocol. Did you mean to use 'with'?";
              raiseTypeError(
                `'${t.name}' object does not support the ${asyncCm ? "asynchronous " : ""}context manager protocol (missed ${name} method)${hint}`,
              );
            }
            if (typeOf(descr).flags & TPFLAGS_METHOD_DESCRIPTOR) {
              lp[sp - 1] = descr;
              lp[sp++] = owner;
            } else {
              const get = typeOf(descr).tp_descr_get;
              lp[sp - 1] = get === null ? descr : get(descr, owner, t);
              lp[sp++] = null;
            }
            break;
          }

          // ---------------------------------------------------------- operators
          case Op.BINARY_OP: {
            const rhs = lp[--sp] as PyValue;
            const lhs = lp[sp - 1] as PyValue;
            ip += 5;
            if (typeof lhs === "number" && typeof rhs === "number") {
              let r: number;
              switch (oparg) {
                case 0: // +
                case 13:
                  r = lhs + rhs;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    lp[sp - 1] = r;
                    continue;
                  }
                  break;
                case 10: // -
                case 23:
                  r = lhs - rhs;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    lp[sp - 1] = r;
                    continue;
                  }
                  break;
                case 5: // *
                case 18:
                  r = lhs * rhs;
                  if (r <= 9007199254740991 && r >= -9007199254740991) {
                    lp[sp - 1] = r === 0 ? 0 : r;
                    continue;
                  }
                  break;
                case 2: // //
                case 15:
                  if (rhs > 0 && lhs >= 0) {
                    lp[sp - 1] = Math.floor(lhs / rhs);
                    continue;
                  }
                  break;
                case 6: // %
                case 19:
                  if (rhs > 0 && lhs >= 0) {
                    lp[sp - 1] = lhs % rhs;
                    continue;
                  }
                  break;
                case 1: // &
                case 14:
                  if ((lhs | 0) === lhs && (rhs | 0) === rhs) {
                    lp[sp - 1] = lhs & rhs;
                    continue;
                  }
                  break;
                case 7: // |
                case 20:
                  if ((lhs | 0) === lhs && (rhs | 0) === rhs) {
                    lp[sp - 1] = lhs | rhs;
                    continue;
                  }
                  break;
                case 12: // ^
                case 25:
                  if ((lhs | 0) === lhs && (rhs | 0) === rhs) {
                    lp[sp - 1] = lhs ^ rhs;
                    continue;
                  }
                  break;
              }
              if ((oparg === 11 || oparg === 24) && rhs !== 0) {
                // int / int: both exactly representable, so the quotient is correctly rounded.
                lp[sp - 1] = new PyFloat(lhs / rhs);
                continue;
              }
            } else if (oparg === 26) {
              lp[sp - 1] = getItem(lhs, rhs);
              continue;
            } else if (
              lhs instanceof PyFloat &&
              lhs.type === floatType &&
              ((rhs instanceof PyFloat && rhs.type === floatType) || typeof rhs === "number")
            ) {
              const a = lhs.value;
              const b = typeof rhs === "number" ? rhs : (rhs as PyFloat).value;
              let done = true;
              let r = 0;
              switch (oparg) {
                case 0:
                case 13:
                  r = a + b;
                  break;
                case 10:
                case 23:
                  r = a - b;
                  break;
                case 5:
                case 18:
                  r = a * b;
                  break;
                case 11:
                case 24:
                  if (b === 0) done = false;
                  else r = a / b;
                  break;
                default:
                  done = false;
              }
              if (done) {
                lp[sp - 1] = new PyFloat(r);
                continue;
              }
            } else if (typeof lhs === "number" && rhs instanceof PyFloat && rhs.type === floatType) {
              const b = rhs.value;
              let done = true;
              let r = 0;
              switch (oparg) {
                case 0:
                case 13:
                  r = lhs + b;
                  break;
                case 10:
                case 23:
                  r = lhs - b;
                  break;
                case 5:
                case 18:
                  r = lhs * b;
                  break;
                case 11:
                case 24:
                  if (b === 0) done = false;
                  else r = lhs / b;
                  break;
                default:
                  done = false;
              }
              if (done) {
                lp[sp - 1] = new PyFloat(r);
                continue;
              }
            } else if ((oparg === 0 || oparg === 13) && typeof lhs === "string" && typeof rhs === "string") {
              lp[sp - 1] = lhs + rhs;
              continue;
            }
            if (oparg === 26) lp[sp - 1] = getItem(lhs, rhs);
            else lp[sp - 1] = binaryOpGeneric(oparg, lhs, rhs);
            break;
          }
          case Op.COMPARE_OP: {
            const rhs = lp[--sp] as PyValue;
            const lhs = lp[sp - 1] as PyValue;
            const cmp = oparg >> 5;
            ip += 1;
            if (
              (typeof lhs === "number" && typeof rhs === "number") ||
              (typeof lhs === "string" && typeof rhs === "string" && cmp >= 2 && cmp <= 3)
            ) {
              let r: boolean;
              switch (cmp) {
                case 0:
                  r = lhs < rhs;
                  break;
                case 1:
                  r = lhs <= rhs;
                  break;
                case 2:
                  r = lhs === rhs;
                  break;
                case 3:
                  r = lhs !== rhs;
                  break;
                case 4:
                  r = lhs > rhs;
                  break;
                default:
                  r = lhs >= rhs;
                  break;
              }
              lp[sp - 1] = r;
              break;
            }
            if (
              lhs instanceof PyFloat &&
              rhs instanceof PyFloat &&
              lhs.type === floatType &&
              rhs.type === floatType
            ) {
              const a = lhs.value;
              const b = rhs.value;
              lp[sp - 1] =
                cmp === 0
                  ? a < b
                  : cmp === 1
                    ? a <= b
                    : cmp === 2
                      ? a === b
                      : cmp === 3
                        ? a !== b
                        : cmp === 4
                          ? a > b
                          : a >= b;
              break;
            }
            const res = richCompare(lhs, rhs, cmp as CompareOp);
            lp[sp - 1] = oparg & 16 ? isTrue(res) : res;
            break;
          }
          case Op.IS_OP: {
            const rhs = lp[--sp];
            const lhs = lp[sp - 1];
            lp[sp - 1] = (lhs === rhs) !== (oparg === 1);
            break;
          }
          case Op.CONTAINS_OP: {
            const rhs = lp[--sp] as PyValue;
            const lhs = lp[sp - 1] as PyValue;
            lp[sp - 1] = contains(rhs, lhs) !== (oparg === 1);
            ip += 1;
            break;
          }
          case Op.TO_BOOL: {
            const v = lp[sp - 1] as PyValue;
            if (typeof v !== "boolean") lp[sp - 1] = isTrue(v);
            ip += 3;
            break;
          }
          case Op.UNARY_NOT:
            lp[sp - 1] = !(lp[sp - 1] as boolean);
            break;
          case Op.UNARY_NEGATIVE:
            lp[sp - 1] = negative(lp[sp - 1] as PyValue);
            break;
          case Op.UNARY_INVERT:
            frame.lasti = lasti; // ~bool warns (DeprecationWarning) at this line
            lp[sp - 1] = invert(lp[sp - 1] as PyValue);
            break;

          // ---------------------------------------------------------- subscripts and slices
          case Op.STORE_SUBSCR: {
            const sub = lp[--sp] as PyValue;
            const container = lp[--sp] as PyValue;
            const v = lp[--sp] as PyValue;
            if (isExactDict(container)) container.setItem(sub, v);
            else setItem(container, sub, v);
            ip += 1;
            break;
          }
          case Op.DELETE_SUBSCR: {
            const sub = lp[--sp] as PyValue;
            const container = lp[--sp] as PyValue;
            delItem(container, sub);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = oparg === 3 ? (lp[--sp] as PyValue) : None;
            const stop = lp[--sp] as PyValue;
            const start = lp[--sp] as PyValue;
            lp[sp++] = new PySlice(start, stop, step);
            break;
          }
          case Op.BINARY_SLICE: {
            const stop = lp[--sp] as PyValue;
            const start = lp[--sp] as PyValue;
            const container = lp[sp - 1] as PyValue;
            lp[sp - 1] = getItem(container, new PySlice(start, stop, None));
            break;
          }
          case Op.STORE_SLICE: {
            const stop = lp[--sp] as PyValue;
            const start = lp[--sp] as PyValue;
            const container = lp[--sp] as PyValue;
            const v = lp[--sp] as PyValue;
            setItem(container, new PySlice(start, stop, None), v);
            break;
          }

          // ---------------------------------------------------------- jumps
          case Op.JUMP_FORWARD:
            ip += oparg;
            break;
          case Op.JUMP_BACKWARD:
            ip += 1 - oparg;
            break;
          case Op.JUMP_BACKWARD_NO_INTERRUPT:
            ip -= oparg;
            break;
          case Op.POP_JUMP_IF_FALSE:
            ip += 1;
            if (lp[--sp] === false) ip += oparg;
            break;
          case Op.POP_JUMP_IF_TRUE:
            ip += 1;
            if (lp[--sp] === true) ip += oparg;
            break;
          case Op.POP_JUMP_IF_NONE:
            ip += 1;
            if (lp[--sp] === None) ip += oparg;
            break;
          case Op.POP_JUMP_IF_NOT_NONE:
            ip += 1;
            if (lp[--sp] !== None) ip += oparg;
            break;

          // ---------------------------------------------------------- iteration
          case Op.GET_ITER:
            lp[sp - 1] = iter(lp[sp - 1] as PyValue);
            break;
          case Op.FOR_ITER: {
            const it = lp[sp - 1] as PyValue;
            ip += 1;
            if (it instanceof PyGen && it.type === generatorType) {
              if (canResumeInline(it, None)) {
                // FOR_ITER_GEN: push the generator's frame; its return lands on END_FOR.
                const gf = it.frame;
                gf.localsplus[gf.sp++] = None;
                frame.sp = sp;
                frame.ip = ip;
                frame.lasti = lasti;
                frame.returnOffset = oparg;
                gf.previous = frame;
                if (++tstate.depth > tstate.recursionLimit) {
                  tstate.depth--;
                  gf.sp--;
                  recursionError();
                }
                genEnter(it);
                frame = gf;
                tstate.current = frame;
                code = frame.code;
                co = code.co_code;
                consts = code.co_consts;
                names = code.co_names;
                lp = frame.localsplus;
                sp = frame.sp;
                ip = frame.ip;
                break;
              }
              lp[--sp] = null;
              ip += oparg + 1;
              break;
            }
            const t = typeOf(it);
            const f = t.tp_iternext;
            if (f === null) raiseTypeError(`'${t.name}' object is not an iterator`);
            let v: PyValue | undefined;
            try {
              v = f(it);
            } catch (e) {
              if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_StopIteration)) v = undefined;
              else throw e;
            }
            if (v === undefined) {
              ip += oparg + 1; // skip END_FOR: POP_ITER pops the iterator
            } else {
              lp[sp++] = v;
            }
            break;
          }
          case Op.GET_LEN: {
            lp[sp] = len(lp[sp - 1] as PyValue);
            sp++;
            break;
          }

          // ---------------------------------------------------------- building
          case Op.BUILD_TUPLE: {
            if (oparg === 0) {
              lp[sp++] = EMPTY_TUPLE;
              break;
            }
            const items = lp.slice(sp - oparg, sp) as PyValue[];
            sp -= oparg;
            lp[sp++] = new PyTuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = lp.slice(sp - oparg, sp) as PyValue[];
            sp -= oparg;
            lp[sp++] = vmContainers.newList(items);
            break;
          }
          case Op.BUILD_SET: {
            const items = lp.slice(sp - oparg, sp) as PyValue[];
            sp -= oparg;
            lp[sp++] = vmContainers.newSet(items, false);
            break;
          }
          case Op.BUILD_MAP: {
            const d = new PyDict();
            const base = sp - 2 * oparg;
            for (let i = 0; i < oparg; i++)
              d.setItem(lp[base + 2 * i] as PyValue, lp[base + 2 * i + 1] as PyValue);
            sp = base;
            lp[sp++] = d;
            break;
          }
          case Op.BUILD_STRING: {
            let s = "";
            for (let i = sp - oparg; i < sp; i++) s += lp[i] as string;
            sp -= oparg;
            lp[sp++] = s;
            break;
          }
          case Op.LIST_APPEND: {
            const v = lp[--sp] as PyValue;
            const items = vmContainers.listItems(lp[sp - oparg] as PyValue);
            (items as PyValue[]).push(v);
            break;
          }
          case Op.LIST_EXTEND: {
            const iterable = lp[--sp] as PyValue;
            const items = vmContainers.listItems(lp[sp - oparg] as PyValue) as PyValue[];
            const fast = fastItems(iterable);
            if (fast !== null) {
              for (let i = 0; i < fast.length; i++) items.push(fast[i]);
            } else {
              let it: PyValue;
              try {
                it = iter(iterable);
              } catch (e) {
                if (
                  e instanceof PyBaseException &&
                  e.type.isSubtypeOf(E.PyExc_TypeError) &&
                  typeOf(iterable).tp_iter === null &&
                  typeOf(iterable).lookup("__getitem__") === undefined
                ) {
                  raiseTypeError(`Value after * must be an iterable, not ${typeName(iterable)}`);
                }
                throw e;
              }
              const next = typeOf(it).tp_iternext as NonNullable<PyType["tp_iternext"]>;
              for (;;) {
                const x = next(it);
                if (x === undefined) break;
                items.push(x);
              }
            }
            break;
          }
          case Op.SET_ADD: {
            const v = lp[--sp] as PyValue;
            vmContainers.setAdd(lp[sp - oparg] as PyValue, v);
            break;
          }
          case Op.SET_UPDATE: {
            const iterable = lp[--sp] as PyValue;
            setUpdate(lp[sp - oparg] as PyValue, iterable);
            break;
          }
          case Op.MAP_ADD: {
            const v = lp[--sp] as PyValue;
            const k = lp[--sp] as PyValue;
            (lp[sp - oparg] as PyDict).setItem(k, v);
            break;
          }
          case Op.DICT_UPDATE: {
            const update = lp[--sp] as PyValue;
            const d = lp[sp - oparg] as PyDict;
            // dict_merge: a dict subclass with its own __iter__ goes through keys()/__getitem__
            if (update instanceof PyDict && typeOf(update).tp_iter === dictType.tp_iter)
              dictMerge(d, update, null);
            else {
              if (lookupAttr(update, "keys") === undefined)
                raiseTypeError(`'${typeName(update)}' object is not a mapping`);
              dictMergeMapping(d, update, null);
            }
            break;
          }
          case Op.DICT_MERGE: {
            const update = lp[--sp] as PyValue;
            const d = lp[sp - oparg] as PyDict;
            const callee = lp[sp - oparg - 3] as PyValue;
            if (update instanceof PyDict && typeOf(update).tp_iter === dictType.tp_iter)
              dictMerge(d, update, callee);
            else {
              if (lookupAttr(update, "keys") === undefined)
                raiseTypeError(
                  `${functionStr(callee)} argument after ** must be a mapping, not ${typeName(update)}`,
                );
              dictMergeMapping(d, update, callee);
            }
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const seq = lp[--sp] as PyValue;
            ip += 1;
            const items = fastItems(seq);
            if (items !== null) {
              if (items.length !== oparg) unpackLengthError(oparg, items.length);
              for (let i = oparg - 1; i >= 0; i--) lp[sp++] = items[i];
              break;
            }
            const got = unpackIterable(seq, oparg, -1);
            for (let i = got.length - 1; i >= 0; i--) lp[sp++] = got[i];
            break;
          }
          case Op.UNPACK_EX: {
            const seq = lp[--sp] as PyValue;
            const before = oparg & 0xff;
            const after = oparg >> 8;
            const got = unpackIterable(seq, before, after);
            for (let i = got.length - 1; i >= 0; i--) lp[sp++] = got[i];
            break;
          }

          // ---------------------------------------------------------- f-strings
          case Op.FORMAT_SIMPLE: {
            const v = lp[sp - 1] as PyValue;
            if (typeof v !== "string") lp[sp - 1] = format(v, "");
            break;
          }
          case Op.FORMAT_WITH_SPEC: {
            const spec = lp[--sp] as string;
            lp[sp - 1] = format(lp[sp - 1] as PyValue, spec);
            break;
          }
          case Op.CONVERT_VALUE:
            lp[sp - 1] = convertValue(lp[sp - 1] as PyValue, oparg);
            break;
          // t-strings (PEP 750)
          case Op.BUILD_INTERPOLATION: {
            const spec = oparg & 1 ? (lp[--sp] as PyValue) : "";
            const expr = lp[--sp] as PyValue;
            lp[sp - 1] = buildInterpolation(lp[sp - 1] as PyValue, expr, oparg >> 2, spec);
            break;
          }
          case Op.BUILD_TEMPLATE: {
            const interps = lp[--sp] as PyValue;
            lp[sp - 1] = buildTemplate(lp[sp - 1] as PyValue, interps);
            break;
          }

          // ---------------------------------------------------------- functions and calls
          case Op.MAKE_FUNCTION: {
            const fcode = lp[sp - 1] as PyCode;
            lp[sp - 1] = new PyFunction(fcode, frame.globals, frame.builtins);
            break;
          }
          case Op.SET_FUNCTION_ATTRIBUTE: {
            const func = lp[--sp] as PyFunction;
            const attr = lp[sp - 1] as PyValue;
            switch (oparg) {
              case 1:
                func.defaults = attr as PyTuple;
                break;
              case 2:
                func.kwdefaults = attr as PyDict;
                break;
              case 4:
                func.annotations = attr;
                break;
              case 8:
                func.closure = attr as PyTuple;
                break;
              case 16:
                func.annotate = attr;
                break;
            }
            lp[sp - 1] = func;
            break;
          }
          case Op.CALL:
          case Op.CALL_KW: {
            let kwnames: readonly string[] | null = null;
            if (op === Op.CALL_KW) {
              const t = lp[--sp] as PyTuple;
              kwnames = t.items as string[];
            }
            const base = sp - oparg - 2;
            let callable = lp[base] as PyValue;
            let argStart = base + 2;
            let nargs = oparg;
            const selfOrNull = lp[base + 1];
            ip += 3;
            let initSelf: PyValue | null = null;
            if (selfOrNull !== null) {
              argStart--;
              nargs++;
            } else if (callable instanceof PyFunction) {
              // the common case first: no further checks
            } else if (callable instanceof PyMethod) {
              lp[base + 1] = callable.self;
              callable = callable.func;
              lp[base] = callable;
              argStart--;
              nargs++;
            } else if (
              callable instanceof PyType &&
              callable.tp_init === slotTpInit &&
              callable.tp_new === objectNew &&
              callable.type.tp_call === typeCall &&
              (callable.flags & TPFLAGS_IS_ABSTRACT) === 0
            ) {
              // CALL_ALLOC_AND_ENTER_INIT: object.__new__ then a Python __init__ run as a frame of
              // this loop; RETURN_VALUE checks it returned None and gives the instance instead.
              const init = callable.lookup("__init__");
              if (init instanceof PyFunction && (init.code.co_flags & 0x3a0) === 0) {
                initSelf = new PyInstance(callable);
                lp[base + 1] = initSelf;
                callable = init;
                argStart--;
                nargs++;
              }
            }
            const nkw = kwnames === null ? 0 : kwnames.length;
            if (callable instanceof PyFunction) {
              const fcode = callable.code;
              const fx = (fcode.vmExtra as CodeExtra | null) ?? codeExtra(fcode);
              let nf = fx.freeFrame;
              if (nf !== null) {
                fx.freeFrame = nf.previous;
                fx.nspare--;
                nf.reuse(callable, callable.globals, callable.builtins);
              } else nf = new Frame(fcode, callable, callable.globals, callable.builtins, null);
              nf.initSelf = initSelf;
              bindArguments(callable, nf.localsplus, lp, argStart, nargs - nkw, kwnames);
              for (let i = base; i < sp; i++) lp[i] = null;
              sp = base;
              frame.sp = sp;
              frame.ip = ip;
              frame.lasti = lasti;
              nf.previous = frame;
              if (++tstate.depth > tstate.recursionLimit) {
                tstate.depth--;
                recursionError();
              }
              frame = nf;
              tstate.current = frame;
              code = frame.code;
              co = code.co_code;
              consts = code.co_consts;
              names = code.co_names;
              lp = frame.localsplus;
              sp = frame.sp;
              ip = frame.ip;
              break;
            }
            frame.lasti = lasti;
            frame.sp = sp;
            let res: PyValue;
            if (
              selfOrNull !== null &&
              callable instanceof PyMethodDescriptor &&
              callable.type === methodDescriptorType &&
              typeOf(selfOrNull).isSubtypeOf(callable.owner)
            ) {
              // CALL_METHOD_DESCRIPTOR_*: the builtin method's function, self apart (no bound method).
              res = callable.fn(selfOrNull, lp.slice(argStart + 1, argStart + nargs) as PyValue[], kwnames);
            } else res = call(callable, lp.slice(argStart, argStart + nargs) as PyValue[], kwnames);
            for (let i = base + 1; i < sp; i++) lp[i] = null;
            sp = base;
            lp[sp++] = res;
            break;
          }
          case Op.CALL_FUNCTION_EX: {
            const kwargs = lp[--sp];
            let callargs = lp[--sp] as PyValue;
            const selfOrNull = lp[--sp];
            const func = lp[sp - 1] as PyValue;
            if (!(callargs instanceof PyTuple && callargs.type.name === "tuple")) {
              if (typeOf(callargs).tp_iter === null && typeOf(callargs).lookup("__getitem__") === undefined) {
                raiseTypeError(
                  `${functionStr(func)} argument after * must be an iterable, not ${typeName(callargs)}`,
                );
              }
              callargs = toTuple(callargs);
            }
            let args = (callargs as PyTuple).items as PyValue[];
            if (selfOrNull !== null) args = [selfOrNull, ...args];
            let kwnames: string[] | null = null;
            if (kwargs !== null && kwargs instanceof PyDict && kwargs.size > 0) {
              args = args.slice();
              kwnames = [];
              for (let i = 0; i < kwargs.keys.length; i++) {
                const k = kwargs.keys[i];
                if (k === undefined) continue;
                if (typeof k !== "string") raiseTypeError("keywords must be strings");
                kwnames.push(k);
                args.push(kwargs.values[i] as PyValue);
              }
            }
            frame.lasti = lasti;
            frame.sp = sp;
            if (func instanceof PyFunction) {
              const nf = new Frame(func.code, func, func.globals, func.builtins, null);
              const nkw = kwnames === null ? 0 : kwnames.length;
              bindArguments(func, nf.localsplus, args, 0, args.length - nkw, kwnames);
              lp[--sp] = null;
              frame.sp = sp;
              frame.ip = ip;
              nf.previous = frame;
              if (++tstate.depth > tstate.recursionLimit) {
                tstate.depth--;
                recursionError();
              }
              frame = nf;
              tstate.current = frame;
              code = frame.code;
              co = code.co_code;
              consts = code.co_consts;
              names = code.co_names;
              lp = frame.localsplus;
              sp = frame.sp;
              ip = frame.ip;
              break;
            }
            lp[sp - 1] = call(func, args, kwnames);
            break;
          }
          case Op.CALL_INTRINSIC_1: {
            const v = lp[sp - 1] as PyValue;
            switch (oparg) {
              case 1: // INTRINSIC_PRINT
                lp[sp - 1] = vmHooks.intrinsic1(oparg, v);
                break;
              case 2: // INTRINSIC_IMPORT_STAR
                frame.lasti = lasti;
                if (frame.locals === null) raiseSystemError("no locals found during 'import *'");
                vmHooks.importStar(v, frame.locals);
                lp[sp - 1] = None;
                break;
              case 3: {
                // INTRINSIC_STOPITERATION_ERROR (PEP 479)
                const exc = v as PyBaseException;
                let msg: string | null = null;
                if (exc.type.isSubtypeOf(E.PyExc_StopIteration)) {
                  msg =
                    code.co_flags & CO_COROUTINE
                      ? "coroutine raised StopIteration"
                      : code.co_flags & CO_ASYNC_GENERATOR
                        ? "async generator raised StopIteration"
                        : "generator raised StopIteration";
                } else if (
                  code.co_flags & CO_ASYNC_GENERATOR &&
                  exc.type.isSubtypeOf(E.PyExc_StopAsyncIteration)
                ) {
                  msg = "async generator raised StopAsyncIteration";
                }
                if (msg !== null) {
                  const err = newException(E.PyExc_RuntimeError, msg);
                  err.cause = exc;
                  err.suppressContext = true;
                  err.context = exc;
                  lp[sp - 1] = err;
                }
                break;
              }
              case 5: // INTRINSIC_UNARY_POSITIVE
                lp[sp - 1] = positive(v);
                break;
              case 6: // INTRINSIC_LIST_TO_TUPLE
                lp[sp - 1] = newTuple((vmContainers.listItems(v) as PyValue[]).slice());
                break;
              default:
                lp[sp - 1] = vmHooks.intrinsic1(oparg, v);
                break;
            }
            break;
          }
          case Op.CALL_INTRINSIC_2: {
            const b = lp[--sp] as PyValue;
            const a = lp[sp - 1] as PyValue;
            lp[sp - 1] = vmHooks.intrinsic2(oparg, a, b);
            break;
          }

          // ---------------------------------------------------------- return, generators
          case Op.RETURN_VALUE: {
            let rv = lp[--sp] as PyValue;
            lp[sp] = null;
            frame.sp = sp;
            tstate.depth--;
            const gen = frame.generator;
            if (gen !== null) genExit(gen as PyGen, true);
            if (frame === entry) {
              tstate.current = frame.previous;
              frame.previous = null;
              return rv;
            }
            const prev = frame.previous as Frame;
            const initSelf = frame.initSelf;
            frame.previous = null;
            if (gen === null && frame.frameObj === null && !frame.pinned) {
              // Nothing can see this frame any more: keep it for a later call of its code.
              const fx = frame.code.vmExtra as CodeExtra;
              if (fx.nspare < 16) {
                frame.release();
                frame.previous = fx.freeFrame;
                fx.freeFrame = frame;
                fx.nspare++;
              }
            }
            frame = prev;
            tstate.current = frame;
            code = frame.code;
            co = code.co_code;
            consts = code.co_consts;
            names = code.co_names;
            lp = frame.localsplus;
            sp = frame.sp;
            ip = frame.ip;
            if (gen !== null) {
              // A generator run inline by FOR_ITER/SEND: continue at END_FOR/END_SEND.
              ip += frame.returnOffset;
            }
            if (initSelf !== null) {
              if (rv !== None) {
                // Raised at the caller's CALL, as the shim frame of CPython does.
                lasti = frame.lasti;
                raiseTypeError(`__init__() should return None, not '${typeName(rv)}'`);
              }
              rv = initSelf;
            }
            lp[sp++] = rv;
            break;
          }
          case Op.RETURN_GENERATOR: {
            const gtype =
              code.co_flags & CO_COROUTINE
                ? coroutineType
                : code.co_flags & CO_ASYNC_GENERATOR
                  ? asyncGeneratorType
                  : generatorType;
            // exec/eval of top-level-await code runs without a function: the code's names (PyEval_EvalCode)
            const func = frame.func as PyFunction | null;
            const gen =
              func !== null
                ? new PyGen(gtype, frame, func.name, func.qualname)
                : new PyGen(gtype, frame, code.co_name, code.co_qualname);
            frame.owner = OWNED_BY_GENERATOR;
            frame.generator = gen;
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = lasti;
            tstate.depth--;
            if (frame === entry) {
              tstate.current = frame.previous;
              frame.previous = null;
              return gen;
            }
            const prev = frame.previous as Frame;
            frame.previous = null;
            frame = prev;
            tstate.current = frame;
            code = frame.code;
            co = code.co_code;
            consts = code.co_consts;
            names = code.co_names;
            lp = frame.localsplus;
            sp = frame.sp;
            ip = frame.ip;
            lp[sp++] = gen;
            break;
          }
          case Op.YIELD_VALUE: {
            const v = lp[--sp] as PyValue;
            lp[sp] = null;
            frame.sp = sp;
            frame.ip = ip;
            frame.lasti = lasti;
            tstate.depth--;
            genExit(frame.generator as PyGen, false);
            if (frame === entry) {
              tstate.current = frame.previous;
              frame.previous = null;
              return v;
            }
            const prev = frame.previous as Frame;
            frame.previous = null;
            frame = prev;
            tstate.current = frame;
            code = frame.code;
            co = code.co_code;
            consts = code.co_consts;
            names = code.co_names;
            lp = frame.localsplus;
            sp = frame.sp;
            ip = frame.ip;
            lp[sp++] = v;
            break;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = lp[sp - 1] as PyValue;
            if (v instanceof PyGen && v.type === coroutineType) {
              if (!(code.co_flags & (CO_COROUTINE | 0x100)))
                raiseTypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            } else if (!(v instanceof PyGen && v.type === generatorType)) {
              lp[sp - 1] = iter(v);
            }
            break;
          }
          case Op.SEND: {
            const v = lp[--sp] as PyValue;
            const receiver = lp[sp - 1] as PyValue;
            ip += 1;
            if (
              receiver instanceof PyGen &&
              (receiver.type === generatorType || receiver.type === coroutineType) &&
              canResumeInline(receiver, v)
            ) {
              const gf = receiver.frame;
              gf.localsplus[gf.sp++] = v;
              frame.sp = sp;
              frame.ip = ip;
              frame.lasti = lasti;
              frame.returnOffset = oparg;
              gf.previous = frame;
              if (++tstate.depth > tstate.recursionLimit) {
                tstate.depth--;
                gf.sp--;
                recursionError();
              }
              genEnter(receiver);
              frame = gf;
              tstate.current = frame;
              code = frame.code;
              co = code.co_code;
              consts = code.co_consts;
              names = code.co_names;
              lp = frame.localsplus;
              sp = frame.sp;
              ip = frame.ip;
              break;
            }
            frame.lasti = lasti;
            frame.sp = sp;
            let res: PyValue | undefined;
            try {
              if (v === None && typeOf(receiver).tp_iternext !== null && !(receiver instanceof PyGen)) {
                res = (typeOf(receiver).tp_iternext as NonNullable<PyType["tp_iternext"]>)(receiver);
              } else {
                res = sendTo(receiver, v);
              }
            } catch (e) {
              if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_StopIteration)) {
                lp[sp++] = stopIterationValue(e);
                ip += oparg;
                break;
              }
              throw e;
            }
            if (res === undefined) {
              lp[sp++] = None;
              ip += oparg;
            } else {
              lp[sp++] = res;
            }
            break;
          }
          case Op.END_SEND: {
            const v = lp[--sp];
            lp[sp - 1] = v;
            break;
          }
          case Op.CLEANUP_THROW: {
            // (sub_iter, last_sent_val, exc_value -- none, value)
            const exc = lp[--sp] as PyBaseException;
            if (exc.type.isSubtypeOf(E.PyExc_StopIteration)) {
              lp[--sp] = null;
              lp[sp - 1] = None;
              lp[sp++] = stopIterationValue(exc);
              break;
            }
            reraise = true;
            thrown = exc;
            break dispatch;
          }
          case Op.GET_AWAITABLE: {
            lp[sp - 1] = getAwaitable(lp[sp - 1] as PyValue, oparg);
            break;
          }
          case Op.GET_AITER: {
            const obj = lp[sp - 1] as PyValue;
            const t = typeOf(obj);
            const m = t.lookup("__aiter__");
            if (m === undefined)
              raiseTypeError(`'async for' requires an object with __aiter__ method, got ${t.name}`);
            const it = call(m, [obj]);
            if (typeOf(it).lookup("__anext__") === undefined)
              raiseTypeError(
                `'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`,
              );
            lp[sp - 1] = it;
            break;
          }
          case Op.GET_ANEXT: {
            lp[sp] = getANext(lp[sp - 1] as PyValue);
            sp++;
            break;
          }
          case Op.END_ASYNC_FOR: {
            const exc = lp[--sp] as PyBaseException;
            if (exc.type.isSubtypeOf(E.PyExc_StopAsyncIteration)) {
              lp[--sp] = null;
              break;
            }
            reraise = true;
            thrown = exc;
            break dispatch;
          }

          // ---------------------------------------------------------- exceptions
          case Op.RAISE_VARARGS: {
            frame.lasti = lasti;
            if (oparg === 0) {
              const cur = currentException();
              if (cur === None) raise(E.PyExc_RuntimeError, "No active exception to reraise");
              reraise = true;
              thrown = cur;
              break dispatch;
            }
            let cause: PyValue | null = null;
            if (oparg === 2) cause = makeRaisable(lp[--sp] as PyValue, "cause");
            const exc = makeRaisable(lp[--sp] as PyValue, "raise") as PyBaseException;
            if (cause !== null) {
              exc.cause = cause;
              exc.suppressContext = true;
            }
            chainContext(exc, currentException());
            thrown = exc;
            break dispatch;
          }
          case Op.RERAISE: {
            const exc = lp[--sp] as PyBaseException;
            if (oparg) {
              const l = lp[sp - oparg];
              if (typeof l === "number") restoredLasti = l;
            }
            reraise = true;
            thrown = exc;
            break dispatch;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = lp[sp - 1] as PyValue;
            const item = tstate.excInfo;
            lp[sp - 1] = item.value;
            item.value = exc;
            lp[sp++] = exc;
            break;
          }
          case Op.POP_EXCEPT:
            tstate.excInfo.value = lp[--sp] as PyValue;
            break;
          case Op.CHECK_EXC_MATCH: {
            const right = lp[sp - 1] as PyValue;
            const left = lp[sp - 2] as PyValue;
            checkExceptType(right);
            lp[sp - 1] = exceptionMatches(left, right);
            break;
          }
          case Op.CHECK_EG_MATCH: {
            const matchType = lp[--sp] as PyValue;
            const excValue = lp[--sp] as PyValue;
            checkExceptType(matchType);
            const [rest, match] = vmHooks.egMatch(excValue, matchType);
            lp[sp++] = rest;
            lp[sp++] = match;
            if (match !== None) tstate.excInfo.value = match;
            break;
          }
          case Op.WITH_EXCEPT_START: {
            const val = lp[sp - 1] as PyBaseException;
            const exitSelf = lp[sp - 4];
            const exitFunc = lp[sp - 5] as PyValue;
            frame.lasti = lasti;
            frame.sp = sp;
            const tb = val.traceback;
            const res =
              exitSelf === null
                ? call(exitFunc, [typeOf(val), val, tb])
                : call(exitFunc, [exitSelf, typeOf(val), val, tb]);
            lp[sp++] = res;
            break;
          }

          // ---------------------------------------------------------- imports
          case Op.IMPORT_NAME: {
            const fromlist = lp[--sp] as PyValue;
            const level = lp[sp - 1] as PyValue;
            frame.lasti = lasti;
            frame.sp = sp;
            lp[sp - 1] = vmHooks.importName(names[oparg], frame.globals, fromlist, level as number);
            break;
          }
          case Op.IMPORT_FROM: {
            const mod = lp[sp - 1] as PyValue;
            const name = names[oparg];
            let v = lookupAttr(mod, name);
            if (v === undefined) {
              frame.lasti = lasti;
              v = vmHooks.importFrom(mod, name);
            }
            lp[sp++] = v;
            v = undefined;
            break;
          }

          // ---------------------------------------------------------- pattern matching
          case Op.MATCH_MAPPING: {
            const subject = lp[sp - 1] as PyValue;
            lp[sp++] = (typeOf(subject).flags & (1 << 6)) !== 0;
            break;
          }
          case Op.MATCH_SEQUENCE: {
            const subject = lp[sp - 1] as PyValue;
            lp[sp++] = (typeOf(subject).flags & (1 << 5)) !== 0;
            break;
          }
          case Op.MATCH_KEYS: {
            const keys = lp[sp - 1] as PyTuple;
            const subject = lp[sp - 2] as PyValue;
            lp[sp++] = matchKeys(subject, keys);
            break;
          }
          case Op.MATCH_CLASS: {
            const names2 = lp[--sp] as PyValue;
            const cls = lp[--sp] as PyValue;
            const subject = lp[sp - 1] as PyValue;
            lp[sp - 1] = matchClass(subject, cls, oparg, names2 as PyTuple);
            break;
          }

          case Op.EXIT_INIT_CHECK: {
            const v = lp[--sp] as PyValue;
            if (v !== None) raiseTypeError(`__init__() should return None, not '${typeName(v)}'`);
            break;
          }

          default:
            raiseSystemError(`unknown opcode ${op} at ${code.co_name}:${lasti}`);
        }
      }
    } catch (e) {
      thrown = e;
    }
    {
      // ------------------------------------------------------------ exception unwinding
      let exc: PyBaseException;
      try {
        exc = toPyException(thrown);
      } catch (e2) {
        exc = toPyException(e2);
      }
      // The handler is looked up at the raising instruction; a RERAISE restores the original
      // faulting instruction as the frame's lasti (pushed again if the handler wants it).
      let at = lasti;
      frame.lasti = restoredLasti >= 0 ? restoredLasti : lasti;
      restoredLasti = -1;
      if (reraise) {
        reraise = false;
      } else {
        if (exc.traceback === None) chainContext(exc, currentException());
        tracebackHere(exc, frame);
      }
      for (;;) {
        const h = frame.code.findHandler(at);
        if (h !== null) {
          const nsp = frame.stackBase + h.depth;
          const flp = frame.localsplus;
          for (let i = nsp; i < flp.length; i++) flp[i] = null;
          sp = nsp;
          if (h.lasti) flp[sp++] = frame.lasti;
          flp[sp++] = exc;
          code = frame.code;
          co = code.co_code;
          consts = code.co_consts;
          names = code.co_names;
          lp = flp;
          ip = h.target;
          lasti = ip;
          break;
        }
        // No handler: the frame is finished; unwind to the caller.
        const flp = frame.localsplus;
        for (let i = frame.stackBase; i < flp.length; i++) flp[i] = null;
        frame.sp = frame.stackBase;
        tstate.depth--;
        const gen = frame.generator;
        if (gen !== null) genExit(gen as PyGen, true);
        if (frame === entry) {
          tstate.current = frame.previous;
          frame.previous = null;
          throw exc;
        }
        const prev = frame.previous as Frame;
        frame.previous = null;
        frame = prev;
        tstate.current = frame;
        at = frame.lasti;
        tracebackHere(exc, frame);
      }
    }
  }
}

// ---------------------------------------------------------------- helpers of the loop

function currentException(): PyValue {
  let item: typeof tstate.excInfo | null = tstate.excInfo;
  while (item !== null) {
    if (item.value !== None) return item.value;
    item = item.previous;
  }
  return None;
}

function checkExceptType(right: PyValue): void {
  if (right instanceof PyTuple) {
    for (const t of right.items) {
      if (!isExceptionClass(t))
        raiseTypeError("catching classes that do not inherit from BaseException is not allowed");
    }
  } else if (!isExceptionClass(right)) {
    raiseTypeError("catching classes that do not inherit from BaseException is not allowed");
  }
}

function exceptionMatches(exc: PyValue, right: PyValue): boolean {
  const t = typeOf(exc);
  if (right instanceof PyTuple) {
    for (const r of right.items) if (t.isSubtypeOf(r as PyType)) return true;
    return false;
  }
  return t.isSubtypeOf(right as PyType);
}

function unpackLengthError(expected: number, got: number): never {
  if (got < expected)
    raise(E.PyExc_ValueError, `not enough values to unpack (expected ${expected}, got ${got})`);
  raise(E.PyExc_ValueError, `too many values to unpack (expected ${expected}, got ${got})`);
}

/** unpack_iterable (Python/ceval.c): `before` items, then (if after >= 0) a list, then `after` items. */
function unpackIterable(seq: PyValue, before: number, after: number): PyValue[] {
  let it: PyValue;
  const t = typeOf(seq);
  if (t.tp_iter === null && t.lookup("__getitem__") === undefined) {
    raiseTypeError(`cannot unpack non-iterable ${t.name} object`);
  }
  it = iter(seq);
  const next = typeOf(it).tp_iternext as NonNullable<PyType["tp_iternext"]>;
  const out: PyValue[] = [];
  for (let i = 0; i < before; i++) {
    const x = next(it);
    if (x === undefined) {
      if (after < 0) raise(E.PyExc_ValueError, `not enough values to unpack (expected ${before}, got ${i})`);
      raise(
        E.PyExc_ValueError,
        `not enough values to unpack (expected at least ${before + after}, got ${i})`,
      );
    }
    out.push(x);
  }
  if (after < 0) {
    const x = next(it);
    if (x === undefined) return out;
    const items = fastItems(seq);
    if (items !== null)
      raise(E.PyExc_ValueError, `too many values to unpack (expected ${before}, got ${items.length})`);
    raise(E.PyExc_ValueError, `too many values to unpack (expected ${before})`);
  }
  const rest: PyValue[] = [];
  for (;;) {
    const x = next(it);
    if (x === undefined) break;
    rest.push(x);
  }
  if (rest.length < after) {
    raise(
      E.PyExc_ValueError,
      `not enough values to unpack (expected at least ${before + after}, got ${before + rest.length})`,
    );
  }
  const tail = rest.splice(rest.length - after, after);
  out.push(vmContainers.newList(rest));
  for (const x of tail) out.push(x);
  it = None;
  return out;
}

function dictMerge(d: PyDict, other: PyDict, callee: PyValue | null): void {
  for (let i = 0; i < other.keys.length; i++) {
    const k = other.keys[i];
    if (k === undefined) continue;
    if (callee !== null) {
      if (typeof k !== "string") raiseTypeError("keywords must be strings");
      if (d.getStr(k) !== undefined) duplicateKeyword(callee, k);
    }
    d.setItem(k, other.values[i] as PyValue);
  }
}

function dictMergeMapping(d: PyDict, other: PyValue, callee: PyValue | null): void {
  const keys = call(getAttr(other, "keys"), []);
  const it = iter(keys);
  const next = typeOf(it).tp_iternext as NonNullable<PyType["tp_iternext"]>;
  for (;;) {
    const k = next(it);
    if (k === undefined) break;
    if (callee !== null) {
      if (typeof k !== "string") raiseTypeError("keywords must be strings");
      if (d.getStr(k) !== undefined) duplicateKeyword(callee, k);
    }
    d.setItem(k, getItem(other, k));
  }
}

function duplicateKeyword(callee: PyValue, k: string): never {
  const exc = newException(
    E.PyExc_TypeError,
    `${functionStr(callee)} got multiple values for keyword argument '${k}'`,
  );
  throw exc;
}

function matchKeys(subject: PyValue, keys: PyTuple): PyValue {
  const values: PyValue[] = [];
  const get = lookupAttr(subject, "get");
  const dummy = new PyDict();
  for (const k of keys.items) {
    const v = get !== undefined ? call(get, [k, dummy]) : getItem(subject, k);
    if (v === dummy) return None;
    values.push(v);
  }
  return newTuple(values);
}

// Types whose instances match `C(x)` as themselves (_Py_TPFLAGS_MATCH_SELF).
const MATCH_SELF = new Set([
  "bool",
  "bytearray",
  "bytes",
  "dict",
  "float",
  "frozenset",
  "int",
  "list",
  "set",
  "str",
  "tuple",
]);

function matchClassAttr(
  subject: PyValue,
  type: PyType,
  name: PyValue,
  seen: Set<string>,
): PyValue | undefined {
  if (typeof name !== "string")
    raiseTypeError(`__match_args__ elements must be strings (got ${typeName(name)})`);
  if (seen.has(name)) raiseTypeError(`${type.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.add(name);
  return lookupAttr(subject, name);
}

/** match_class (Python/ceval.c): the matched attributes as a tuple, or None when the pattern fails. */
function matchClass(subject: PyValue, cls: PyValue, nargs: number, kwargs: PyTuple): PyValue {
  if (!(cls instanceof PyType)) raiseTypeError("called match pattern must be a class");
  if (!isInstanceOf(subject, cls)) return None;
  const seen = new Set<string>();
  const attrs: PyValue[] = [];
  if (nargs) {
    let matchSelf = false;
    let matchArgs = lookupAttr(cls, "__match_args__");
    if (matchArgs === undefined) {
      // The flag is inherited: subclasses of these builtins match themselves too.
      matchSelf = cls.mro.some((b) => MATCH_SELF.has(b.name) && (b.flags & TPFLAGS_HEAPTYPE) === 0);
      matchArgs = EMPTY_TUPLE;
    } else if (!(matchArgs instanceof PyTuple)) {
      raiseTypeError(`${cls.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
    }
    const items = (matchArgs as PyTuple).items;
    const allowed = matchSelf ? 1 : items.length;
    if (allowed < nargs)
      raiseTypeError(
        `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`,
      );
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const v = matchClassAttr(subject, cls, items[i], seen);
        if (v === undefined) return None;
        attrs.push(v);
      }
    }
  }
  for (const name of kwargs.items) {
    const v = matchClassAttr(subject, cls, name, seen);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return newTuple(attrs);
}

/** isinstance(obj, cls) honouring __instancecheck__ (installed by the builtins module). */
export const instanceHooks = {
  isInstance: (obj: PyValue, cls: PyType): boolean => typeOf(obj).isSubtypeOf(cls),
};
function isInstanceOf(obj: PyValue, cls: PyType): boolean {
  return instanceHooks.isInstance(obj, cls);
}

/** gen.send(v) for a non-native receiver: its .send method. */
function sendTo(receiver: PyValue, v: PyValue): PyValue {
  return call(getAttr(receiver, "send"), [v]);
}

/** _PyEval_GetANext: the awaitable of `async for`'s next step. */
function getANext(aiter: PyValue): PyValue {
  const t = typeOf(aiter);
  const m = t.lookup("__anext__");
  if (m === undefined)
    raiseTypeError(`'async for' requires an iterator with __anext__ method, got ${t.name}`);
  const next = call(m, [aiter]);
  if (aiter instanceof PyGen && t === asyncGeneratorType) return next;
  try {
    return getAwaitable(next, -1);
  } catch (e) {
    if (!(e instanceof PyBaseException) || !e.type.isSubtypeOf(E.PyExc_TypeError)) throw e;
    const err = newException(
      E.PyExc_TypeError,
      `'async for' received an invalid object from __anext__: ${typeName(next)}`,
    );
    // _PyErr_FormatFromCause
    err.cause = e;
    err.suppressContext = true;
    err.context = e;
    throw err;
  }
}

/** _PyEval_GetAwaitable / _PyCoro_GetAwaitableIter. */
export function getAwaitable(obj: PyValue, oparg: number): PyValue {
  if (obj instanceof PyGen && obj.type === coroutineType) {
    // only a delegating coroutine is refused here; a running one fails when sent to
    if (obj.state === GEN_SUSPENDED && isYieldingFrom(obj))
      raise(E.PyExc_RuntimeError, "coroutine is being awaited already");
    return obj;
  }
  if (obj instanceof PyGen && obj.type === generatorType && obj.code.co_flags & 0x100) return obj;
  const t = typeOf(obj);
  const m = t.lookup("__await__");
  if (m === undefined) {
    if (oparg === 1)
      raiseTypeError(
        `'async with' received an object from __aenter__ that does not implement __await__: ${t.name}`,
      );
    if (oparg === 2)
      raiseTypeError(
        `'async with' received an object from __aexit__ that does not implement __await__: ${t.name}`,
      );
    raiseTypeError(`'${t.name}' object can't be awaited`);
  }
  const res = call(m, [obj]);
  if (res instanceof PyGen && (res.type === coroutineType || res.code.co_flags & 0x100))
    raiseTypeError("__await__() returned a coroutine");
  if (typeOf(res).tp_iternext === null)
    raiseTypeError(`__await__() returned non-iterator of type '${typeName(res)}'`);
  return res;
}

/** True when a suspended generator's frame is delegating (`yield from` / `await`). */
export function isYieldingFrom(gen: PyGen): boolean {
  const f = gen.frame;
  if (gen.state !== GEN_SUSPENDED) return false;
  const w = f.code.co_code[f.ip];
  return (w & 255) === Op.RESUME && ((w >> 8) & 3) >= 2;
}

/** The delegate of a suspended generator (gi_yieldfrom), or null. */
export function yieldFromOf(gen: PyGen): PyValue | null {
  if (!isYieldingFrom(gen)) return null;
  return gen.frame.localsplus[gen.frame.sp - 1];
}

export { currentException, newNameError, type PyObject, PyType as _PyType, repr, str };
