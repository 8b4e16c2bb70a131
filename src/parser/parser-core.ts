// The parser's machinery, as CPython 3.14's Parser/pegen.c and pegen_errors.c: a token buffer
// filled lazily from the tokenizer, a mark for backtracking, per-rule memo tables keyed by token
// position, node positions from tokens (EXTRA), and the error helpers (RAISE_SYNTAX_ERROR_*).
//
// Rules are plain functions `(p: Parser) => Node | null` in the parser-*.ts files: null is a
// failed match (the caller resets p.mark); a SyntaxError is thrown as a ParseError and ends the
// parse. No closures per call, no exceptions for backtracking.

import * as ast from "./ast.ts";
import { byteOffsetToCharOffset } from "./chars.ts";
import { ParseError, type SyntaxErrorKind } from "./errors.ts";
import { type Token, TokenType } from "./token.ts";
import { type Tokenizer, TokenizerError } from "./tokenizer.ts";

/** Token types of the reserved keywords (NAME tokens turned into keywords at fill time). */
export enum KW {
  FALSE = 100,
  NONE,
  TRUE,
  AND,
  AS,
  ASSERT,
  ASYNC,
  AWAIT,
  BREAK,
  CLASS,
  CONTINUE,
  DEF,
  DEL,
  ELIF,
  ELSE,
  EXCEPT,
  FINALLY,
  FOR,
  FROM,
  GLOBAL,
  IF,
  IMPORT,
  IN,
  IS,
  LAMBDA,
  NONLOCAL,
  NOT,
  OR,
  PASS,
  RAISE,
  RETURN,
  TRY,
  WHILE,
  WITH,
  YIELD,
}

const KEYWORDS = new Map<string, number>([
  ["False", KW.FALSE],
  ["None", KW.NONE],
  ["True", KW.TRUE],
  ["and", KW.AND],
  ["as", KW.AS],
  ["assert", KW.ASSERT],
  ["async", KW.ASYNC],
  ["await", KW.AWAIT],
  ["break", KW.BREAK],
  ["class", KW.CLASS],
  ["continue", KW.CONTINUE],
  ["def", KW.DEF],
  ["del", KW.DEL],
  ["elif", KW.ELIF],
  ["else", KW.ELSE],
  ["except", KW.EXCEPT],
  ["finally", KW.FINALLY],
  ["for", KW.FOR],
  ["from", KW.FROM],
  ["global", KW.GLOBAL],
  ["if", KW.IF],
  ["import", KW.IMPORT],
  ["in", KW.IN],
  ["is", KW.IS],
  ["lambda", KW.LAMBDA],
  ["nonlocal", KW.NONLOCAL],
  ["not", KW.NOT],
  ["or", KW.OR],
  ["pass", KW.PASS],
  ["raise", KW.RAISE],
  ["return", KW.RETURN],
  ["try", KW.TRY],
  ["while", KW.WHILE],
  ["with", KW.WITH],
  ["yield", KW.YIELD],
]);

/** Memoized rules (CPython's `(memo)` rules), each with its own table. */
export enum M {
  simple_stmt,
  import_stmt,
  block,
  expression,
  star_expression,
  disjunction,
  conjunction,
  inversion,
  bitwise_or,
  factor,
  await_primary,
  primary,
  arguments,
  star_target,
  target_with_star_atom,
  t_primary,
  del_target,
  closed_pattern,
  star_pattern,
  type_param,
  strings,
  tstring,
  invalid_named_expression,
  slices,
  COUNT,
}

// Singletons for the context and operator nodes, as CPython shares them.
export const LOAD = new ast.Load();
export const STORE = new ast.Store();
export const DEL = new ast.Del();

export type Ctx = ast.Load | ast.Store | ast.Del;

/** Anything with a position (a node or a token). */
export interface Located {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

export type WarnCallback = (message: string, lineno: number, offset: number) => void;

const CURRENT_POS = -5;

/** Memo slots per token. */
const STRIDE = M.COUNT;

/** Memo tables kept between parses (null while a parser holds them). */
let pool: { end: Int32Array; val: unknown[] } | null = null;

export class Parser {
  readonly toks: Token[] = [];
  readonly types: number[] = [];
  /** The bracket nesting level after each token (token->level). */
  readonly levels: number[] = [];
  fill = 0;
  mark = 0;
  callInvalidRules = false;
  /**
   * The memo, flat: for rule r at token position i, memoVal[i * STRIDE + r] is the result and
   * memoEnd[...] the mark after it plus one (0: not computed). Grown by doubling as tokens are read.
   */
  memoVal: unknown[] = [];
  memoEnd: Int32Array = new Int32Array(0);
  /** Set while parsing inside an f-string/t-string replacement field of this kind. */
  readonly tokenizer: Tokenizer;
  readonly warn: WarnCallback | null;
  readonly mode: string;
  /** CPython's p->known_err_token. */
  knownErrToken: Token | null = null;
  parsingStarted = false;
  /** (lineno, tag) of the '# type: ignore' comments (type_comments mode). */
  readonly typeIgnores: [number, string][] = [];
  /** PyCF_DONT_IMPLY_DEDENT: single mode does not close the open blocks at the end. */
  dontImplyDedent = false;
  /** Open INDENTs, and DEDENTs still to hand out after an implied NEWLINE (single mode). */
  private indentDepth = 0;
  private pendingDedents = 0;
  /** While withoutInvalidRules() runs, its results are memoized apart, here (key: slot index). */
  sideMemo: Map<number, { v: unknown; e: number }> | null = null;
  private sideMemoStore: Map<number, { v: unknown; e: number }> | null = null;
  /** `from __future__ import barry_as_FLUFL` was seen (PyPARSE_BARRY_AS_BDFL). */
  barry = false;
  /** Nesting depth of rule calls guarded against deep recursion. */
  level = 0;

  constructor(tokenizer: Tokenizer, mode: string, warn: WarnCallback | null) {
    this.tokenizer = tokenizer;
    this.mode = mode;
    this.warn = warn;
    this.resetMemo();
  }

  /** Clears the memo (for the second pass, and before the tables go back to the pool). */
  resetMemo(): void {
    if (this.memoEnd.length === 0) {
      if (pool !== null) {
        this.memoEnd = pool.end;
        this.memoVal = pool.val;
        pool = null;
      } else {
        this.memoEnd = new Int32Array(1024 * STRIDE);
        this.memoVal = [];
      }
    }
    const used = Math.min(this.memoEnd.length, (this.fill + 2) * STRIDE);
    this.sideMemoStore = null;
    this.memoEnd.fill(0, 0, used);
    this.memoVal.fill(undefined, 0, Math.min(used, this.memoVal.length));
  }

  /** Gives the memo tables back for the next parse (fresh memory is costly to touch). */
  release(): void {
    this.resetMemo();
    pool = { end: this.memoEnd, val: this.memoVal };
    this.memoEnd = new Int32Array(0);
    this.memoVal = [];
  }

  private growMemo(): void {
    const end = new Int32Array(this.memoEnd.length * 2);
    end.set(this.memoEnd);
    this.memoEnd = end;
  }

  /**
   * Runs `fn` with the invalid rules off and a memo of its own; a success is also recorded as
   * `rule`'s result at the start position in the ordinary memo. CPython 3.14 parses the keys of a
   * dict display after its first item this way (observed: they never get the invalid_expression
   * messages, but a failing key is parsed again with them, as the messages inside a bracketed
   * key show); see double_starred_kvpairs.
   */
  withoutInvalidRules<T>(rule: M, fn: (p: Parser) => T | null): T | null {
    const start = this.mark;
    const saved = this.callInvalidRules;
    const side = this.sideMemo;
    this.callInvalidRules = false;
    if (this.sideMemoStore === null) this.sideMemoStore = new Map();
    this.sideMemo = this.sideMemoStore;
    let res: T | null;
    try {
      res = fn(this);
    } finally {
      this.callInvalidRules = saved;
      this.sideMemo = side;
    }
    if (res === null) this.mark = start;
    else this.store(rule, start, res);
    return res;
  }

  // ------------------------------------------------------------------ memo

  /** If `rule` was memoized at `start`, moves the mark past it and returns true. */
  memoHit(rule: M, start: number): boolean {
    if (this.sideMemo !== null) {
      const m = this.sideMemo.get(start * STRIDE + rule);
      if (m === undefined) return false;
      this.mark = m.e;
      return true;
    }
    const e = this.memoEnd[start * STRIDE + rule]!;
    if (e === 0) return false;
    this.mark = e - 1;
    return true;
  }

  memoGet<T>(rule: M, start: number): T {
    if (this.sideMemo !== null) return this.sideMemo.get(start * STRIDE + rule)!.v as T;
    return this.memoVal[start * STRIDE + rule] as T;
  }

  /** Memoizes the result of `rule` at `start` (resetting the mark on failure) and returns it. */
  store<T>(rule: M, start: number, res: T | null): T | null {
    if (res === null) this.mark = start;
    const k = start * STRIDE + rule;
    if (this.sideMemo !== null) {
      this.sideMemo.set(k, { v: res, e: this.mark });
      return res;
    }
    this.memoVal[k] = res;
    this.memoEnd[k] = this.mark + 1;
    return res;
  }

  // ------------------------------------------------------------------ tokens

  /** Reads one more token into the buffer (_PyPegen_fill_token). */
  fillToken(): void {
    let t: Token;
    if (this.pendingDedents > 0) {
      // tok->pendin set by an implied NEWLINE in single mode
      this.pendingDedents--;
      const last = this.toks[this.fill - 1]!;
      t = {
        type: TokenType.DEDENT,
        string: "",
        lineno: last.lineno,
        col_offset: -1,
        end_lineno: last.lineno,
        end_col_offset: -1,
      };
    } else {
      t = this.tokenizer.next();
      // '# type: ignore' comments are recorded and skipped
      while (t.type === TokenType.TYPE_IGNORE) {
        this.typeIgnores.push([t.lineno, t.string]);
        t = this.tokenizer.next();
      }
    }
    let type: number = t.type;
    if (type === TokenType.NAME) {
      const k = KEYWORDS.get(t.string);
      if (k !== undefined) type = k;
    } else if (type === TokenType.INDENT) this.indentDepth++;
    else if (type === TokenType.DEDENT) this.indentDepth--;
    // At the end of an interactive statement the parser sees an extra NEWLINE, and the
    // blocks still open are closed.
    if (this.mode === "single" && type === TokenType.ENDMARKER && this.parsingStarted) {
      type = TokenType.NEWLINE;
      this.parsingStarted = false;
      if (!this.dontImplyDedent) {
        this.pendingDedents = this.indentDepth;
        this.indentDepth = 0;
      }
    } else this.parsingStarted = true;
    this.toks.push(t);
    this.types.push(type);
    this.levels.push(this.tokenizer.parenLevel);
    this.fill++;
    // memo slots for this token (pushed, so that the array stays packed)
    const val = this.memoVal;
    while (val.length < (this.fill + 2) * STRIDE) val.push(undefined);
    if ((this.fill + 2) * STRIDE > this.memoEnd.length) this.growMemo();
    if (this.tokenizer.warnings.length) this.flushWarnings();
  }

  flushWarnings(): void {
    const w = this.tokenizer.warnings;
    if (w.length) {
      if (this.warn) for (const x of w) this.warn(x.message, x.lineno, 0);
      w.length = 0;
    }
  }

  /** The type of the token at the mark. */
  peek(): number {
    if (this.mark === this.fill) this.fillToken();
    return this.types[this.mark]!;
  }

  /** The type of the token at `i`. */
  typeAt(i: number): number {
    while (i >= this.fill) this.fillToken();
    return this.types[i]!;
  }

  /** The token at `i` (filled if needed). */
  tokAt(i: number): Token {
    while (i >= this.fill) this.fillToken();
    return this.toks[i]!;
  }

  /** The last token consumed that is not NEWLINE/INDENT/DEDENT/ENDMARKER (_PyPegen_get_last_nonnwhitespace_token). */
  last(): Token {
    let m = this.mark - 1;
    for (; m > 0; m--) {
      const t = this.types[m]!;
      if (t !== TokenType.ENDMARKER && (t < TokenType.NEWLINE || t > TokenType.DEDENT)) break;
    }
    return this.toks[m]!;
  }

  /** Consumes a token of `type`, or returns null. */
  expect(type: number): Token | null {
    if (this.mark === this.fill) this.fillToken();
    if (this.types[this.mark] === type) return this.toks[this.mark++]!;
    return null;
  }

  /** &&X: consumes a token of `type`, or raises "expected 'X'" at the next token. */
  expectForced(type: number, text: string): Token {
    if (this.mark === this.fill) this.fillToken();
    const t = this.toks[this.mark]!;
    if (this.types[this.mark] === type) {
      this.mark++;
      return t;
    }
    return this.raiseAt(
      "SyntaxError",
      `expected '${text}'`,
      t.lineno,
      t.col_offset,
      t.end_lineno,
      t.end_col_offset,
    );
  }

  /** Consumes a NAME token spelled `s` (a soft keyword), or returns null. */
  expectSoft(s: string): Token | null {
    if (this.mark === this.fill) this.fillToken();
    if (this.types[this.mark] === TokenType.NAME && this.toks[this.mark]!.string === s)
      return this.toks[this.mark++]!;
    return null;
  }

  /** Whether the token at the mark is of `type` (no consumption). */
  at(type: number): boolean {
    if (this.mark === this.fill) this.fillToken();
    return this.types[this.mark] === type;
  }

  atSoft(s: string): boolean {
    if (this.mark === this.fill) this.fillToken();
    return this.types[this.mark] === TokenType.NAME && this.toks[this.mark]!.string === s;
  }

  /** NAME: a Name node (Load) for a NAME token (_PyPegen_name_token). */
  name(): ast.Name | null {
    if (this.mark === this.fill) this.fillToken();
    if (this.types[this.mark] !== TokenType.NAME) return null;
    const t = this.toks[this.mark++]!;
    return new ast.Name(identifier(t.string), LOAD, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
  }

  // ------------------------------------------------------------------ positions

  /** Sets the position of `node` from the token at `start` to the last token consumed (EXTRA). */
  fin<T extends Located>(node: T, start: number): T {
    const a = this.toks[start]!;
    const b = this.last();
    node.lineno = a.lineno;
    node.col_offset = a.col_offset;
    node.end_lineno = b.end_lineno;
    node.end_col_offset = b.end_col_offset;
    return node;
  }

  // ------------------------------------------------------------------ errors

  /** _PyPegen_raise_error_known_location: columns are 1-based byte offsets (or CURRENT_POS). */
  raiseLocation(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    colOffset: number,
    endLineno: number,
    endColOffset: number,
  ): never {
    const tok = this.tokenizer;
    if (endLineno === CURRENT_POS) endLineno = tok.currentLineno;
    if (endColOffset === CURRENT_POS) endColOffset = this.curByteCol();
    const line = tok.errorLine(lineno);
    const col = colOffset < 0 ? colOffset : byteOffsetToCharOffset(line, colOffset);
    let endCol = endColOffset;
    // CPython converts the end offset within the error line (the start line).
    if (endColOffset > 0) endCol = byteOffsetToCharOffset(line, endColOffset);
    throw new ParseError(kind, msg, lineno, col, endLineno, endCol, line);
  }

  /** tok->cur - tok->line_start, in bytes. */
  curByteCol(): number {
    return this.tokenizer.curColumn;
  }

  /** RAISE_ERROR_KNOWN_LOCATION with 0-based byte columns. */
  raiseAt(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    col: number,
    endLineno: number,
    endCol: number,
  ): never {
    return this.raiseLocation(
      kind,
      msg,
      lineno,
      col === CURRENT_POS ? CURRENT_POS : col + 1,
      endLineno,
      endCol === CURRENT_POS ? CURRENT_POS : endCol + 1,
    );
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg) */
  raiseKnownLocation(a: Located, msg: string): never {
    return this.raiseAt("SyntaxError", msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg) */
  raiseKnownRange(a: Located, b: Located, msg: string): never {
    return this.raiseAt("SyntaxError", msg, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  }

  /** RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg) */
  raiseStartingFrom(a: Located, msg: string): never {
    return this.raiseAt("SyntaxError", msg, a.lineno, a.col_offset, CURRENT_POS, CURRENT_POS);
  }

  /** _PyPegen_raise_error: at the last token read (or the one at the mark with useMark). */
  raiseError(kind: SyntaxErrorKind, msg: string, useMark = false): never {
    if (this.fill === 0) return this.raiseLocation(kind, msg, 0, 0, 0, -1);
    if (useMark && this.mark === this.fill) this.fillToken();
    const t = this.knownErrToken ?? this.toks[useMark ? this.mark : this.fill - 1]!;
    let col: number;
    // (for string input tok->buf is the line start, so cur == buf gives column 0 as well)
    if (t.col_offset === -1) col = this.curByteCol();
    else col = t.col_offset + 1;
    const endCol = t.end_col_offset !== -1 ? t.end_col_offset + 1 : -1;
    return this.raiseLocation(kind, msg, t.lineno, col, t.end_lineno, endCol);
  }

  /** RAISE_SYNTAX_ERROR(msg) */
  raiseSyntax(msg: string): never {
    return this.raiseError("SyntaxError", msg);
  }

  /** RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN(msg) */
  raiseOnNextToken(msg: string): never {
    return this.raiseError("SyntaxError", msg, true);
  }

  /** RAISE_INDENTATION_ERROR(msg) */
  raiseIndentation(msg: string): never {
    return this.raiseError("IndentationError", msg);
  }

  /**
   * _PyPegen_tokenize_full_source_to_check_for_errors: reads the rest of the source; a tokenizer
   * error there replaces `err` (an unclosed bracket only when it opened before err's line).
   */
  tokenizeRestForErrors(err: ParseError): ParseError {
    const currentLine = (this.knownErrToken ?? this.toks[this.fill - 1])?.lineno ?? 0;
    const tok = this.tokenizer;
    let found: ParseError | null = null;
    for (;;) {
      let t: Token;
      try {
        t = tok.next();
      } catch (e) {
        if (!(e instanceof TokenizerError)) throw e;
        if (e.origin === "tokenizer") found = e;
        // an ERRORTOKEN without an exception (EOF, dedent, tabs, line continuation ...)
        else if (tok.parenLevel > 0 && currentLine > tok.parenLineno) found = tok.unclosedParenError();
        break;
      }
      if (t.type === TokenType.ENDMARKER) break;
    }
    // Inside an f-string the error of its expression part stands.
    return found !== null && tok.fstringDepth <= 0 ? found : err;
  }
}

// ------------------------------------------------------------------ identifiers

const nfkcCache = new Map<string, string>();

/** _PyPegen_new_identifier: NFKC-normalises non-ASCII identifiers. */
export function identifier(s: string): string {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      let r = nfkcCache.get(s);
      if (r === undefined) {
        r = s.normalize("NFKC");
        nfkcCache.set(s, r);
      }
      return r;
    }
  }
  return s;
}

// ------------------------------------------------------------------ sequence helpers

/** _PyPegen_get_expr_name */
export function exprName(e: ast.AST): string {
  if (e instanceof ast.Attribute) return "attribute";
  if (e instanceof ast.Subscript) return "subscript";
  if (e instanceof ast.Starred) return "starred";
  if (e instanceof ast.Name) return "name";
  if (e instanceof ast.List) return "list";
  if (e instanceof ast.Tuple) return "tuple";
  if (e instanceof ast.Lambda) return "lambda";
  if (e instanceof ast.Call) return "function call";
  if (e instanceof ast.BoolOp || e instanceof ast.BinOp || e instanceof ast.UnaryOp) return "expression";
  if (e instanceof ast.GeneratorExp) return "generator expression";
  if (e instanceof ast.Yield || e instanceof ast.YieldFrom) return "yield expression";
  if (e instanceof ast.Await) return "await expression";
  if (e instanceof ast.ListComp) return "list comprehension";
  if (e instanceof ast.SetComp) return "set comprehension";
  if (e instanceof ast.DictComp) return "dict comprehension";
  if (e instanceof ast.Dict) return "dict literal";
  if (e instanceof ast.Set) return "set display";
  if (e instanceof ast.JoinedStr || e instanceof ast.FormattedValue) return "f-string expression";
  if (e instanceof ast.TemplateStr || e instanceof ast.Interpolation) return "t-string expression";
  if (e instanceof ast.Constant) {
    const v = e.value;
    if (v === null) return "None";
    if (v === false) return "False";
    if (v === true) return "True";
    if (v === ast.ELLIPSIS) return "ellipsis";
    return "literal";
  }
  if (e instanceof ast.Compare) return "comparison";
  if (e instanceof ast.IfExp) return "conditional expression";
  if (e instanceof ast.NamedExpr) return "named expression";
  return "expression";
}

/** _PyPegen_set_expr_context: a copy of `e` with context `ctx` (recursively for tuples/lists/starred). */
export function setContext(e: ast.expr, ctx: Ctx): ast.expr {
  if (e instanceof ast.Name)
    return new ast.Name(e.id, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof ast.Tuple)
    return new ast.Tuple(
      e.elts.map((x) => setContext(x, ctx)),
      ctx,
      e.lineno,
      e.col_offset,
      e.end_lineno,
      e.end_col_offset,
    );
  if (e instanceof ast.List)
    return new ast.List(
      e.elts.map((x) => setContext(x, ctx)),
      ctx,
      e.lineno,
      e.col_offset,
      e.end_lineno,
      e.end_col_offset,
    );
  if (e instanceof ast.Subscript)
    return new ast.Subscript(e.value, e.slice, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof ast.Attribute)
    return new ast.Attribute(e.value, e.attr, ctx, e.lineno, e.col_offset, e.end_lineno, e.end_col_offset);
  if (e instanceof ast.Starred)
    return new ast.Starred(
      setContext(e.value, ctx),
      ctx,
      e.lineno,
      e.col_offset,
      e.end_lineno,
      e.end_col_offset,
    );
  return e;
}

export enum Targets {
  STAR,
  DEL,
  FOR,
}

/** _PyPegen_get_invalid_target */
export function invalidTarget(e: ast.expr | null, type: Targets): ast.expr | null {
  if (e === null) return null;
  if (e instanceof ast.List || e instanceof ast.Tuple) {
    for (const x of e.elts) {
      const c = invalidTarget(x, type);
      if (c !== null) return c;
    }
    return null;
  }
  if (e instanceof ast.Starred) {
    if (type === Targets.DEL) return e;
    return invalidTarget(e.value, type);
  }
  if (e instanceof ast.Compare) {
    if (type === Targets.FOR) {
      if (e.ops[0] instanceof ast.In) return invalidTarget(e.left, type);
      return null;
    }
    return e;
  }
  if (e instanceof ast.Name || e instanceof ast.Subscript || e instanceof ast.Attribute) return null;
  return e;
}

/** RAISE_SYNTAX_ERROR_INVALID_TARGET */
export function raiseInvalidTarget(p: Parser, type: Targets, e: ast.expr): null {
  const t = invalidTarget(e, type);
  if (t !== null) {
    const msg = type === Targets.DEL ? "cannot delete %s" : "cannot assign to %s";
    return p.raiseKnownLocation(t, msg.replace("%s", exprName(t)));
  }
  return null;
}
