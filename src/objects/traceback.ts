// Traceback objects (Python/traceback.c): one entry per frame an exception passed through,
// linked innermost-last through tb_next. tb_lineno is computed from tb_lasti on demand.
import type { Frame } from "../vm/frame.ts";
import { defineGetSets } from "./descr.ts";
import { raiseTypeError, raiseValueError } from "./errors.ts";
import { PyObject, type PyValue } from "./object.ts";
import { None } from "./singletons.ts";
import { tracebackType, typeOf } from "./typeobjects.ts";

export class PyTraceback extends PyObject {
  /** tb_next: the next (more recent) entry, or None. */
  next: PyValue;
  /** The interpreter frame this entry is for. */
  frame: Frame;
  /** tb_lasti in code units (the Python attribute reports bytes: lasti * 2). */
  lasti: number;
  /** tb_lineno, or -1 until computed. */
  lineno: number;
  constructor(next: PyValue, frame: Frame, lasti: number, lineno = -1) {
    super(tracebackType);
    this.next = next;
    this.frame = frame;
    this.lasti = lasti;
    this.lineno = lineno;
  }

  get line(): number {
    if (this.lineno === -1) {
      this.lineno =
        this.lasti < 0 ? this.frame.code.co_firstlineno : (this.frame.code.addr2line(this.lasti) ?? -1);
    }
    return this.lineno;
  }
}

/** Returns the frame object (src/objects/frame-object.ts) of an interpreter frame; installed there. */
export const tracebackHooks = {
  frameObject: (_f: Frame): PyValue => None,
};

function tb(v: PyValue): PyTraceback {
  return v as PyTraceback;
}

defineGetSets(tracebackType, {
  tb_next: {
    get: (self) => tb(self).next,
    set: (self, v) => {
      if (v === null) raiseTypeError("can't delete tb_next attribute");
      if (v !== None && !(v instanceof PyTraceback))
        raiseTypeError(`expected traceback object, got '${typeOf(v).name}'`);
      for (let cur: PyValue = v; cur instanceof PyTraceback; cur = cur.next) {
        if (cur === self) raiseValueError("traceback loop detected");
      }
      tb(self).next = v;
    },
  },
  tb_frame: { get: (self) => tracebackHooks.frameObject(tb(self).frame) },
  tb_lasti: { get: (self) => (tb(self).lasti < 0 ? -1 : tb(self).lasti * 2) },
  tb_lineno: {
    get: (self) => {
      const l = tb(self).line;
      return l < 0 ? None : l;
    },
  },
});
