// Compile-time SyntaxErrors, raised the way CPython's compiler raises them: _PyCompile_Error and
// symtable's SET_ERROR_LOCATION give PyErr_RangedSyntaxLocationObject the node's location with
// 1-based columns (col_offset + 1, end_col_offset + 1). CPython reports those columns as the
// AST's UTF-8 byte offsets; so do we.
import { ParseError } from "../parser/errors.ts";

/** Something with an AST location (every stmt/expr/pattern/arg/... node). */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}

export function syntaxError(msg: string, loc: Located | null): ParseError {
  if (loc === null) return new ParseError("SyntaxError", msg, 0, 0, 0, 0);
  return new ParseError(
    "SyntaxError",
    msg,
    loc.lineno,
    loc.col_offset + 1,
    loc.end_lineno ?? loc.lineno,
    (loc.end_col_offset ?? loc.col_offset) + 1,
  );
}

/** A failure inside the compiler itself (CPython: SystemError). */
export class CompilerBug extends Error {}
