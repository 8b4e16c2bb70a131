// The parser's entry point: CPython 3.14's _PyPegen_run_parser. A first pass without the
// invalid_* rules; when it fails, a second pass with them to find a specific message; when that
// finds none, the generic error at the furthest token the first pass read ("invalid syntax",
// "unexpected indent", ...), unless a tokenizer error further on in the source takes precedence.

import type * as ast from "./ast.ts";
import * as astNodes from "./ast.ts";
import { charOffsetToByteOffset } from "./chars.ts";
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
  /**
   * PyCF_ALLOW_INCOMPLETE_INPUT (codeop, the REPL): source that ends before a statement is
   * complete raises IncompleteInputError ("incomplete input") instead of a SyntaxError.
   */
  allowIncompleteInput?: boolean;
  /** PyCF_DONT_IMPLY_DEDENT: in "single" mode, blocks still open at the end are not closed. */
  dontImplyDedent?: boolean;
  /** ast.parse(type_comments=True): TYPE_COMMENT/TYPE_IGNORE tokens fill the type_comment fields. */
  typeComments?: boolean;
}

/** CPython's _IncompleteInputError (a SyntaxError subclass): the source ended too early. */
export class IncompleteInputError extends ParseError {}

/**
 * The source nests too deeply for the parser's (JS) stack: CPython raises MemoryError with this
 * message when its parser stack overflows (_Pypegen_stack_overflow).
 */
export class ParserStackOverflow extends Error {
  readonly msg = "Parser stack overflowed - Python source too complex to parse";
  constructor() {
    super("Parser stack overflowed - Python source too complex to parse");
  }
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
  const warn = options.warn;
  const tokenizer = new Tokenizer(text, {
    filename,
    execInput: mode === "exec",
    typeComments: options.typeComments === true,
    // A warning the callback turns into an error (a thrown ParseError: the "error" action) is
    // raised by the tokenizer at its cursor, with its own wording, as CPython's lexer does.
    warning:
      warn === undefined
        ? undefined
        : (w) => {
            try {
              warn(w.message, w.lineno, 0);
              return false;
            } catch (e) {
              if (e instanceof ParseError) return true;
              throw e;
            }
          },
  });
  const p = new Parser(tokenizer, mode, options.warn ?? null);
  p.dontImplyDedent = options.dontImplyDedent === true;
  try {
    return run(p, mode, options.allowIncompleteInput === true);
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new ParserStackOverflow();
    throw e;
  } finally {
    p.release();
  }
}

function run(p: Parser, mode: ParseMode, allowIncomplete: boolean): ast.mod {
  let res: ast.mod | null = null;
  let firstError: unknown = null;
  try {
    res = runRule(p, mode);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    if (allowIncomplete && p.tokenizer.endOfSource)
      throw incompleteInput(p, e instanceof TokenizerError ? e : null);
    if (e instanceof TokenizerError) throw e;
    firstError = e;
  }
  if (res === null && allowIncomplete && p.tokenizer.endOfSource) throw incompleteInput(p, null);
  if (res !== null) {
    if (mode === "single") checkSingle(p);
    checkFuture(res);
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

const FUTURE_FEATURES = new Set([
  "nested_scopes",
  "generators",
  "division",
  "absolute_import",
  "with_statement",
  "print_function",
  "unicode_literals",
  "barry_as_FLUFL",
  "generator_stop",
  "annotations",
]);

/**
 * Python/future.c's future_parse, which ast.parse runs after parsing: the features named by the
 * leading `from __future__ import` statements must exist.
 */
function checkFuture(mod: ast.mod): void {
  if (!(mod instanceof astNodes.Module || mod instanceof astNodes.Interactive)) return;
  const body = mod.body;
  let i = 0;
  const first = body[0];
  if (
    first instanceof astNodes.Expr &&
    first.value instanceof astNodes.Constant &&
    typeof first.value.value === "string"
  ) {
    i = 1;
  }
  for (; i < body.length; i++) {
    const s = body[i];
    if (!(s instanceof astNodes.ImportFrom) || s.level !== 0 || s.module !== "__future__") return;
    for (const a of s.names) {
      if (FUTURE_FEATURES.has(a.name)) continue;
      const msg = a.name === "braces" ? "not a chance" : `future feature ${a.name} is not defined`;
      throw new ParseError(
        "SyntaxError",
        msg,
        a.lineno,
        a.col_offset + 1,
        a.end_lineno,
        a.end_col_offset + 1,
        null,
      );
    }
  }
}

/**
 * _PyPegen_raise_error(p, PyExc_IncompleteInputError, 0, "incomplete input"): at the last token
 * read, which is the tokenizer's error token (no columns) when reading failed.
 */
function incompleteInput(p: Parser, tokError: TokenizerError | null): IncompleteInputError {
  try {
    if (tokError !== null) {
      const tok = p.tokenizer;
      let lineno = tok.currentLineno;
      let col = tok.curColumn;
      if (tokError.msg.startsWith("unterminated")) {
        // the lexer moved tok->cur back to just after the opening quote
        lineno = tokError.lineno;
        col = charOffsetToByteOffset(tok.errorLine(lineno), tokError.offset);
      }
      p.raiseLocation("SyntaxError", "incomplete input", lineno, col, lineno, -1);
    }
    p.raiseSyntax("incomplete input");
  } catch (e) {
    const x = e as ParseError;
    return new IncompleteInputError(x.kind, x.msg, x.lineno, x.offset, x.end_lineno, x.end_offset, x.text);
  }
}

/** bad_single_statement: "multiple statements found while compiling a single statement". */
function checkSingle(p: Parser): void {
  const s = p.tokenizer.source;
  let i = p.tokenizer.cursor;
  for (;;) {
    while (i < s.length && (s[i] === " " || s[i] === "\t" || s[i] === "\n" || s[i] === "\f")) i++;
    if (i >= s.length) return;
    if (s[i] !== "#") break;
    while (i < s.length && s[i] !== "\n") i++;
  }
  p.raiseSyntax("multiple statements found while compiling a single statement");
}
