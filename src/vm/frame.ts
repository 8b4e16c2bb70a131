// The interpreter frame (CPython's _PyInterpreterFrame, Include/internal/pycore_frame.h) and the
// thread state the eval loop runs on (PyThreadState's frame pointer, recursion counters and
// exc_info stack).
//
// A Frame is a heap object: calls between Python functions link frames through `previous` and
// the one eval loop switches between them, so Python recursion depth is bounded by
// sys.getrecursionlimit(), not by the JS stack. `localsplus` holds fast locals, cells and free
// variables, then the value stack; `null` is CPython's NULL (an unbound local, or the NULL that
// PUSH_NULL and LOAD_GLOBAL/LOAD_ATTR put below a callable).

import type { PyCode } from "../objects/code.ts";
import type { PyDict } from "../objects/dict.ts";
import type { PyObject, PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { codeExtra } from "./codeinfo.ts";

/** Who owns a frame (CPython's frame->owner). */
export const OWNED_BY_THREAD = 0;
export const OWNED_BY_GENERATOR = 1;

export type Slot = PyValue | null;

export class Frame {
  code: PyCode;
  /** The function object being run (null for module and class bodies run by exec). */
  func: PyObject | null;
  globals: PyDict;
  builtins: PyDict;
  /** The locals mapping for module/class bodies and exec (LOAD_NAME/STORE_NAME), else null. */
  locals: PyValue | null;
  localsplus: Slot[];
  /** Index of the first stack slot (= number of localsplus variables). */
  stackBase: number;
  /** Stack pointer: index of the next free stack slot (saved when the frame is switched out). */
  sp: number;
  /** Index of the next instruction to run (code units). */
  ip: number;
  /** Index of the instruction being (or last) run: tb_lasti / f_lasti / the exception table key. */
  lasti: number;
  previous: Frame | null;
  /** The Python-visible frame object, created on demand (src/objects/frame-object.ts). */
  frameObj: PyObject | null;
  owner: number;
  /** The generator/coroutine object that owns this frame (OWNED_BY_GENERATOR), else null. */
  generator: PyObject | null;
  /** True while the frame is on the stack of a running eval loop (not suspended or finished). */
  executing: boolean;
  /** Extra jump applied when a generator run inline by this frame's FOR_ITER/SEND returns. */
  returnOffset: number;
  /**
   * For an `__init__` frame pushed by CALL on a class (CPython's CALL_ALLOC_AND_ENTER_INIT): the
   * new instance, which the call returns once `__init__` has returned None; else null.
   */
  initSelf: PyValue | null;
  /** Set when something may still refer to this frame once it is finished (a traceback entry). */
  pinned: boolean;

  constructor(
    code: PyCode,
    func: PyObject | null,
    globals: PyDict,
    builtins: PyDict,
    locals: PyValue | null,
  ) {
    const x = codeExtra(code);
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    const lp: Slot[] = new Array(x.framesize);
    for (let i = 0; i < x.framesize; i++) lp[i] = null;
    this.localsplus = lp;
    this.stackBase = x.nlocalsplus;
    this.sp = x.nlocalsplus;
    this.ip = 0;
    this.lasti = -1;
    this.previous = null;
    this.frameObj = null;
    this.owner = OWNED_BY_THREAD;
    this.generator = null;
    this.executing = false;
    this.returnOffset = 0;
    this.initSelf = null;
    this.pinned = false;
  }

  /**
   * Frame reuse: the eval loop keeps a few finished frames per code object (linked through
   * `previous`, their slots cleared by release()) when nothing else can see them: no frame
   * object, no traceback entry, not a generator's. reuse() makes one fresh for a new call.
   */
  release(): void {
    const lp = this.localsplus;
    for (let i = 0; i < lp.length; i++) lp[i] = null;
    this.func = null;
  }

  reuse(func: PyObject, globals: PyDict, builtins: PyDict): void {
    this.previous = null;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.sp = this.stackBase;
    this.ip = 0;
    this.lasti = -1;
    this.returnOffset = 0;
    this.initSelf = null;
  }
}

/** One entry of the exc_info stack (_PyErr_StackItem): the exception being handled. */
export interface ExcStackItem {
  /** The handled exception, or None. */
  value: PyValue;
  previous: ExcStackItem | null;
}

export class ThreadState {
  /** The innermost running frame (tstate->current_frame), or null. */
  current: Frame | null;
  /** Python frames on the stack (for the recursion limit). */
  depth: number;
  recursionLimit: number;
  /** Nesting of the JS re-entry function (nested eval loops). */
  reentry: number;
  excInfo: ExcStackItem;
  constructor() {
    this.current = null;
    this.depth = 0;
    this.recursionLimit = 1000;
    this.reentry = 0;
    this.excInfo = { value: None, previous: null };
  }
}

export const tstate = new ThreadState();

/** _PyErr_GetTopmostException: the exception being handled, or None (sys.exception()). */
export function currentHandledException(): PyValue {
  let item: ExcStackItem | null = tstate.excInfo;
  while (item !== null) {
    if (item.value !== None) return item.value;
    item = item.previous;
  }
  return None;
}
