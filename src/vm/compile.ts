// Source -> code object for the VM (Python/pythonrun.c, bltinmodule.c compile/exec/eval): the
// parser and compiler, their SyntaxErrors as Python exceptions, and their SyntaxWarnings printed
// the way the warnings module's default showwarning prints them.

import { compile } from "../compiler/index.ts";
import { call } from "../objects/abstract.ts";
import type { PyCode } from "../objects/code.ts";
import type { PyBaseException } from "../objects/exceptions.ts";
import * as E from "../objects/exceptions.ts";
import { None } from "../objects/singletons.ts";
import { newTuple } from "../objects/tuple.ts";
import { ParseError } from "../parser/errors.ts";
import { parse } from "../parser/index.ts";
import { lineCache } from "./traceback-print.ts";

export type CompileMode = "exec" | "eval" | "single";

/** Where warnings go (sys.stderr); installed by the runtime. */
export const compileHooks = {
  writeWarning: (_text: string): void => {},
};

function showWarning(filename: string, lineno: number, category: string, message: string): void {
  let text = `${filename}:${lineno}: ${category}: ${message}\n`;
  const line = lineCache.getLine(filename, lineno).trim();
  if (line) text += `  ${line}\n`;
  compileHooks.writeWarning(text);
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
  const info = newTuple([
    filename,
    e.lineno > 0 ? e.lineno : None,
    e.lineno > 0 ? e.offset : None,
    text === null ? None : text,
    e.lineno > 0 ? e.end_lineno : None,
    e.lineno > 0 ? e.end_offset : None,
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
      warn: (message, lineno) => showWarning(filename, lineno, "SyntaxWarning", message),
    });
    return compile(mod as Parameters<typeof compile>[0], filename, mode, {
      flags,
      optimize,
      warn: (w) => showWarning(filename, w.lineno, w.category, w.message),
    });
  } catch (e) {
    if (e instanceof ParseError) throw syntaxErrorFromParseError(e, filename);
    throw e;
  }
}
