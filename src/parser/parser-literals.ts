// Literal tokens to Constant nodes: NUMBER (_PyPegen_number_token) and STRING
// (_PyPegen_constant_from_string), with CPython's errors for decoding failures.

import * as ast from "./ast.ts";
import type { Parser } from "./parser-core.ts";
import { DecodeError, parseNumber, parseStringLiteral } from "./strings.ts";
import type { Token } from "./token.ts";

const MAX_STR_DIGITS = 4300;

/** NUMBER: a Constant for the token, which the parser has just consumed. */
export function parseNumberToken(p: Parser, t: Token): ast.expr {
  const s = t.string;
  if (s.length > MAX_STR_DIGITS && !/^0[xXoObB]/.test(s) && !/[.eEjJ]/.test(s)) {
    const digits = s.replace(/_/g, "").length;
    if (digits > MAX_STR_DIGITS) {
      p.raiseAt(
        "SyntaxError",
        `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.`,
        t.lineno,
        -1,
        t.end_lineno,
        -1,
      );
    }
  }
  return new ast.Constant(parseNumber(s), null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}

/** A warn function for strings.ts that reports at token `t`. */
export function warnAt(p: Parser, t: Token): ((msg: string) => void) | null {
  const w = p.warn;
  if (w === null) return null;
  return (msg: string) => w(msg, t.lineno, t.col_offset + 1);
}

/** Turns a decoding failure into CPython's SyntaxError. */
export function raiseDecodeError(p: Parser, e: unknown, t: Token): never {
  if (e instanceof DecodeError) {
    if (e.message === "bytes can only contain ASCII literal characters") p.raiseKnownLocation(t, e.message);
    p.raiseSyntax(e.message);
  }
  throw e;
}

/** string: STRING (the token at the mark) */
export function stringToken(p: Parser): ast.Constant | null {
  const t = p.expect(3 /* STRING */);
  if (t === null) return null;
  let lit: ReturnType<typeof parseStringLiteral>;
  try {
    lit = parseStringLiteral(t.string, warnAt(p, t));
  } catch (e) {
    raiseDecodeError(p, e, t);
  }
  return new ast.Constant(lit.value, lit.kind, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
}
