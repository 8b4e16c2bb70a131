// `from __future__ import ...` (Python/future.c): which features a module turns on, and the
// SyntaxErrors for misplaced or unknown ones.
import type * as A from "../parser/ast.ts";
import { kindOf } from "./astutil.ts";
import { syntaxError } from "./errors.ts";

// CO_FUTURE_* flags (Include/cpython/code.h) as they appear in co_flags and compile() flags.
export const FUTURE_DIVISION = 0x20000;
export const FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const FUTURE_WITH_STATEMENT = 0x80000;
export const FUTURE_PRINT_FUNCTION = 0x100000;
export const FUTURE_UNICODE_LITERALS = 0x200000;
export const FUTURE_BARRY_AS_BDFL = 0x400000;
export const FUTURE_GENERATOR_STOP = 0x800000;
export const FUTURE_ANNOTATIONS = 0x1000000;

/** Features that are always on in Python 3 and only need to be accepted. */
const ACCEPTED: Record<string, number> = {
  nested_scopes: 0,
  generators: 0,
  division: 0,
  absolute_import: 0,
  with_statement: 0,
  print_function: 0,
  unicode_literals: 0,
  generator_stop: 0,
  barry_as_FLUFL: FUTURE_BARRY_AS_BDFL,
  annotations: FUTURE_ANNOTATIONS,
};

export interface FutureFeatures {
  features: number;
  /** Location of the last `from __future__` statement (ff_location). */
  lineno: number;
}

/** future_parse: scans the module's leading statements. */
export function parseFuture(mod: A.mod): FutureFeatures {
  const ff: FutureFeatures = { features: 0, lineno: -1 };
  const kind = kindOf(mod);
  if (kind !== "Module" && kind !== "Interactive") return ff;
  const body = (mod as A.Module).body;
  let done = false;
  for (let i = 0; i < body.length; i++) {
    const s = body[i]!;
    // The docstring may come first.
    if (i === 0 && kindOf(s) === "Expr") {
      const v = (s as A.Expr).value;
      if (kindOf(v) === "Constant" && typeof (v as A.Constant).value === "string") continue;
    }
    if (kindOf(s) === "ImportFrom" && (s as A.ImportFrom).module === "__future__") {
      const imp = s as A.ImportFrom;
      // A later one is reported by the code generator (codegen_from_import).
      if (done) break;
      for (const a of imp.names) {
        const name = a.name;
        if (name === "braces") throw syntaxError("not a chance", s);
        if (!(name in ACCEPTED)) throw syntaxError(`future feature ${name} is not defined`, s);
        ff.features |= ACCEPTED[name]!;
      }
      ff.lineno = s.lineno;
    } else {
      done = true;
    }
  }
  return ff;
}

/** A later `from __future__` (after other statements) is an error at codegen (compiler_from_import). */
export const LATE_FUTURE_MSG = "from __future__ imports must occur at the beginning of the file";
