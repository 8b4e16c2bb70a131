// The Python-visible frame object (Objects/frameobject.c): a view of an interpreter frame
// (src/vm/frame.ts), created on demand and cached on it.

import type { Frame } from "../vm/frame.ts";
import { CO_FAST_FREE, CO_FAST_HIDDEN, CO_OPTIMIZED } from "./code.ts";
import { defineGetSets } from "./descr.ts";
import { PyDict } from "./dict.ts";
import { addressOf, PyCell } from "./function.ts";
import { PyObject, type PyValue } from "./object.ts";
import { None } from "./singletons.ts";
import { tracebackHooks } from "./traceback.ts";
import { frameType } from "./typeobjects.ts";

export class PyFrameObject extends PyObject {
  readonly frame: Frame;
  /** f_back as it was when the frame finished (frames unlink from their caller when done). */
  back: PyValue;
  constructor(frame: Frame) {
    super(frameType);
    this.frame = frame;
    this.back = None;
  }
}

export function frameObjectOf(f: Frame): PyFrameObject {
  let fo = f.frameObj as PyFrameObject | null;
  if (fo === null) {
    fo = new PyFrameObject(f);
    f.frameObj = fo;
  }
  return fo;
}

tracebackHooks.frameObject = frameObjectOf;

export function frameLineno(f: Frame): number {
  if (f.lasti < 0) return f.code.co_firstlineno;
  return f.code.addr2line(f.lasti) ?? -1;
}

/** _PyFrame_HasHiddenLocals: an inlined comprehension's variable is set (PEP 709). */
function hasHiddenLocals(f: Frame): boolean {
  const kinds = f.code.co_localspluskinds;
  for (let i = 0; i < kinds.length; i++)
    if (kinds[i] & CO_FAST_HIDDEN && f.localsplus[i] !== null && f.localsplus[i] !== undefined) return true;
  return false;
}

/** f_locals: the locals mapping, or for function frames a snapshot dict of the fast locals. */
export function frameLocals(f: Frame): PyValue {
  const code = f.code;
  const kinds = code.co_localspluskinds;
  const names = code.co_localsplusnames;
  if (!(code.co_flags & CO_OPTIMIZED) && f.locals !== null && !hasHiddenLocals(f)) return f.locals;
  // A function's fast locals; or, in a module/class body running an inlined comprehension
  // (PEP 709), its hidden iteration variables (_PyFrame_GetLocals: a FrameLocalsProxy copy).
  const d = new PyDict();
  for (let i = 0; i < names.length; i++) {
    let v = f.localsplus[i];
    if (v instanceof PyCell && (kinds[i] & (0x40 | CO_FAST_FREE)) !== 0) v = v.ref;
    if (v === null || v === undefined) continue;
    d.setStr(names[i], v);
  }
  return d;
}

function fr(v: PyValue): Frame {
  return (v as PyFrameObject).frame;
}

frameType.tp_repr = (self) => {
  const f = fr(self);
  return `<frame at ${addressOf(self as PyObject)}, file '${f.code.co_filename}', line ${frameLineno(f)}, code ${f.code.co_name}>`;
};

defineGetSets(frameType, {
  f_back: {
    get: (self) => {
      const f = fr(self);
      if (f.previous !== null) return frameObjectOf(f.previous);
      return (self as PyFrameObject).back;
    },
  },
  f_code: { get: (self) => fr(self).code },
  f_globals: { get: (self) => fr(self).globals },
  f_builtins: { get: (self) => fr(self).builtins },
  f_locals: { get: (self) => frameLocals(fr(self)) },
  f_lineno: { get: (self) => frameLineno(fr(self)) },
  f_lasti: { get: (self) => (fr(self).lasti < 0 ? -1 : fr(self).lasti * 2) },
  f_trace: { get: () => None, set: () => {} },
  f_generator: { get: (self) => fr(self).generator ?? None },
});
