// Per-code data the VM derives once from a code object (src/objects/code.ts, the compiler's
// PyCode): frame size, parameter layout, free variables. Cached on the side so the code object
// stays the compiler's.
import { CO_FAST_FREE, CO_VARARGS, CO_VARKEYWORDS, type PyCode } from "../objects/code.ts";
import type { Frame } from "./frame.ts";

export interface CodeExtra {
  nlocalsplus: number;
  /** Total frame slots: localsplus then the value stack. */
  framesize: number;
  /** Number of parameters including *args and **kwargs. */
  totalargs: number;
  nfree: number;
  /** Index of the first free variable in localsplus. */
  freeStart: number;
  /** Finished frames of this code kept for reuse, linked through `previous` (see Frame.reuse). */
  freeFrame: Frame | null;
  nspare: number;
}

export function codeExtra(code: PyCode): CodeExtra {
  let x = code.vmExtra as CodeExtra | null;
  if (x === null) {
    const n = code.co_localsplusnames.length;
    let nfree = 0;
    let freeStart = n;
    const kinds = code.co_localspluskinds;
    for (let i = 0; i < n; i++) {
      if (kinds[i] & CO_FAST_FREE) {
        if (nfree === 0) freeStart = i;
        nfree++;
      }
    }
    let totalargs = code.co_argcount + code.co_kwonlyargcount;
    if (code.co_flags & CO_VARARGS) totalargs++;
    if (code.co_flags & CO_VARKEYWORDS) totalargs++;
    x = {
      nlocalsplus: n,
      framesize: n + code.co_stacksize + 1,
      totalargs,
      nfree,
      freeStart,
      freeFrame: null,
      nspare: 0,
    };
    code.vmExtra = x;
  }
  return x;
}

/** The line of code unit `lasti` (PyCode_Addr2Line), or -1; before the first instruction, co_firstlineno. */
export function addr2line(code: PyCode, lasti: number): number {
  if (lasti < 0) return code.co_firstlineno;
  return code.addr2line(lasti) ?? -1;
}
