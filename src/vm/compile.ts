// Source -> code object for the VM (Python/pythonrun.c, bltinmodule.c compile/exec/eval): the
// parser and compiler, their SyntaxErrors as Python exceptions, and their SyntaxWarnings issued
// through the warnings machinery (_PyErr_EmitSyntaxWarning: the "error" action makes them a
// SyntaxError at the warning's place).

import { compile } from "../compiler/index.ts";
import { call } from "../objects/abstract.ts";
import type { PyCode } from "../objects/code.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { None } from "../objects/singletons.ts";
import { newTuple } from "../objects/tuple.ts";
import type { PyType } from "../objects/type.ts";
import { ParseError } from "../parser/errors.ts";
import { parse } from "../parser/index.ts";
import { lineCache } from "./traceback-print.ts";

export type CompileMode = "exec" | "eval" | "single";

/** Installed by the `_warnings` module: PyErr_WarnExplicitObject(SyntaxWarning, ...). */
export const compileHooks = {
  warnExplicit: (_category: PyType, _message: string, _filename: string, _lineno: number): void => {},
};

/**
 * _PyErr_EmitSyntaxWarning: issues the warning; when a filter turns it into an exception, a
 * SyntaxError at the warning's location replaces it.
 */
function emitSyntaxWarning(
  filename: string,
  message: string,
  lineno: number,
  offset: number,
  endLineno: number,
  endOffset: number,
  text: string | null = null,
): void {
  try {
    compileHooks.warnExplicit(E.PyExc_SyntaxWarning, message, filename, lineno);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_SyntaxWarning))
      throw new ParseError("SyntaxError", message, lineno, offset, endLineno, endOffset, text);
    throw e;
  }
}

/** The parser's warnings (invalid escape sequences): as an error, worded as string_parser.c does. */
function emitParserWarning(
  filename: string,
  source: Uint8Array | string,
  message: string,
  lineno: number,
  offset: number,
) {
  try {
    compileHooks.warnExplicit(E.PyExc_SyntaxWarning, message, filename, lineno);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_SyntaxWarning)) {
      const text = typeof source === "string" ? (source.split("\n")[lineno - 1] ?? null) : null;
      const msg = message.replace(" Such sequences will not work in the future.", "");
      // warn_invalid_escape_sequence's location: the token's column, plus the distance from the
      // last opening quote to the backslash, plus the number of leading quotes (none after a prefix).
      let col = offset;
      const esc = /^"(\\[^"]*)"/.exec(message)?.[1];
      if (text !== null && esc !== undefined) {
        const start = offset - 1;
        let q = start;
        while (q < text.length && text[q] !== "'" && text[q] !== '"') q++;
        const bs = text.indexOf(esc, q);
        let quotes = 0;
        if (q === start) while (quotes < 3 && text[start + quotes] === text[q]) quotes++;
        const qlen = text[q + 1] === text[q] && text[q + 2] === text[q] ? 3 : 1;
        if (bs >= 0) col = start + (bs - (q + qlen - 1)) + quotes;
      }
      throw new ParseError(
        "SyntaxError",
        msg,
        lineno,
        col,
        lineno,
        col + 2,
        text === null ? null : `${text}\n`,
      );
    }
    throw e;
  }
}

/** A SyntaxError/IndentationError/TabError instance from the parser's or compiler's ParseError. */
export function syntaxErrorFromParseError(e: ParseError, filename: string): PyBaseException {
  const type =
    e.kind === "TabError"
      ? E.PyExc_TabError
      : e.kind === "IndentationError"
        ? E.PyExc_IndentationError
        : E.PyExc_SyntaxError;
  let text: string | null = e.text;
  if (text === null && e.lineno > 0) {
    const l = lineCache.getLine(filename, e.lineno);
    text = l === "" ? null : l;
  }
  // Line 0 with a text is a real location: empty input fails at (0, 0) in CPython's parser.
  const located = e.lineno > 0 || e.text !== null;
  const info = newTuple([
    filename,
    located ? e.lineno : None,
    located ? e.offset : None,
    text === null ? None : text,
    located ? e.end_lineno : None,
    located ? e.end_offset : None,
  ]);
  const exc = call(type, [e.msg, info]);
  return exc as PyBaseException;
}

/**
 * Compiles source text or bytes. Raises SyntaxError (a Python exception) for bad source; prints
 * SyntaxWarnings.
 */
export function compileSource(
  source: Uint8Array | string,
  filename: string,
  mode: CompileMode,
  flags = 0,
  optimize = 0,
): PyCode {
  try {
    const mod = parse(source, filename, mode, {
      warn: (message, lineno, offset) =>
        offset === 0
          ? emitSyntaxWarning(filename, message, lineno, offset, lineno, offset)
          : emitParserWarning(filename, source, message, lineno, offset),
    });
    return compile(mod as Parameters<typeof compile>[0], filename, mode, {
      flags,
      optimize,
      warn: (w) => emitSyntaxWarning(filename, w.message, w.lineno, w.offset, w.end_lineno, w.end_offset),
    });
  } catch (e) {
    if (e instanceof ParseError) throw syntaxErrorFromParseError(e, filename);
    throw e;
  }
}
