// The parser's entry point: CPython 3.14's _PyPegen_run_parser. A first pass without the
// invalid_* rules; when it fails, a second pass with them to find a specific message; when that
// finds none, the generic error at the furthest token the first pass read ("invalid syntax",
// "unexpected indent", ...), unless a tokenizer error further on in the source takes precedence.

import type * as ast from "./ast.ts";
import { ParseError } from "./errors.ts";
import { Parser, type WarnCallback } from "./parser-core.ts";
import { evalRule, file, funcType, interactive } from "./parser-stmt.ts";
import { decodeSource } from "./source.ts";
import { TokenType } from "./token.ts";
import { Tokenizer, TokenizerError } from "./tokenizer.ts";

export type ParseMode = "exec" | "eval" | "single" | "func_type";

export interface ParseOptions {
  /** Receives SyntaxWarnings (invalid escape sequences, ...): message, line, 1-based column. */
  warn?: WarnCallback;
}

function runRule(p: Parser, mode: ParseMode): ast.mod | null {
  switch (mode) {
    case "exec":
      return file(p);
    case "eval":
      return evalRule(p);
    case "single":
      return interactive(p);
    case "func_type":
      return funcType(p);
  }
}

/**
 * Parses Python source (bytes are decoded per PEP 263/BOM) into a Module / Expression /
 * Interactive / FunctionType node. Throws ParseError with CPython's message and position.
 */
export function parse(
  source: Uint8Array | string,
  filename = "<unknown>",
  mode: ParseMode = "exec",
  options: ParseOptions = {},
): ast.mod {
  const text = typeof source === "string" ? source : decodeSource(source, filename).text;
  const tokenizer = new Tokenizer(text, { filename });
  const p = new Parser(tokenizer, mode, options.warn ?? null);
  let res: ast.mod | null = null;
  let firstError: unknown = null;
  try {
    res = runRule(p, mode);
  } catch (e) {
    if (e instanceof TokenizerError || !(e instanceof ParseError)) throw e;
    firstError = e;
  }
  if (res !== null) {
    if (mode === "single") checkSingle(p);
    return res;
  }
  if (firstError !== null) throw p.tokenizeRestForErrors(firstError as ParseError);
  // Second pass, with the invalid_* rules.
  const lastToken = p.toks[p.fill - 1]!;
  const lastType = p.types[p.fill - 1]!;
  p.resetMemo();
  p.mark = 0;
  p.callInvalidRules = true;
  try {
    runRule(p, mode);
  } catch (e) {
    if (e instanceof TokenizerError || !(e instanceof ParseError)) throw e;
    throw p.tokenizeRestForErrors(e);
  }
  if (lastType === TokenType.INDENT || lastType === TokenType.DEDENT) {
    p.raiseIndentation(lastType === TokenType.INDENT ? "unexpected indent" : "unexpected unindent");
  }
  try {
    return p.raiseKnownLocation(lastToken, "invalid syntax");
  } catch (e) {
    throw p.tokenizeRestForErrors(e as ParseError);
  }
}

/** bad_single_statement: "multiple statements found while compiling a single statement". */
function checkSingle(p: Parser): void {
  const t = p.tokenizer as unknown as { pos: number; source: string };
  const s = t.source;
  let i = t.pos;
  for (;;) {
    while (i < s.length && (s[i] === " " || s[i] === "\t" || s[i] === "\n" || s[i] === "\f")) i++;
    if (i >= s.length) return;
    if (s[i] !== "#") break;
    while (i < s.length && s[i] !== "\n") i++;
  }
  p.raiseSyntax("multiple statements found while compiling a single statement");
}
