// The tokenizer: a port of CPython 3.14's C lexer (Parser/lexer/lexer.c) working on a JS string.
//
// It is lazy like CPython's: next() returns one token at a time and throws a TokenizerError (a
// ParseError) when it reaches a bad token, with the message and location CPython reports. For
// the errors CPython's lexer leaves to the parser (tok->done codes: EOF inside brackets, bad
// dedent, tabs/spaces, too deep, line continuation), the error is built the way
// Parser/pegen_errors.c builds it, so the parser can let it through unchanged.
//
// Positions follow the tokens the parser sees: lineno and 0-based UTF-8 byte columns computed
// like _PyLexer_token_setup (col_offset -1 for INDENT/DEDENT/ENDMARKER, which carry no text).
// `tokStart`/`tokEnd` give the raw span (p_start/p_end) of the last token as offsets into
// `source`, for the `_tokenize` module emulation (tokenizeriter.ts).

import {
  codePointCount,
  isDigit,
  isHexDigit,
  isPotentialIdentifierChar,
  isPotentialIdentifierStart,
  isPrintable,
  scanIdentifier,
  utf8Length,
} from "./chars.ts";
import { ParseError, type SyntaxErrorKind } from "./errors.ts";
import { type Token, type TokenizerOptions, TokenType } from "./token.ts";

export { byteOffsetToCharOffset, charOffsetToByteOffset } from "./chars.ts";
export { decodeSource } from "./source.ts";

const EOF = -1;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const MAX_EXPR_NESTING = 3;
const TABSIZE = 8;

// tok->done
const E_OK = 0;
const E_EOF = 1;
const E_ERROR = 2;
const E_LINECONT = 3;
const E_DEDENT = 4;
const E_TABSPACE = 5;
const E_TOODEEP = 6;
const E_EOFS = 7; // EOF in a triple-quoted string
const E_EOLS = 8; // EOL in a single-quoted string (at the end of the input)

/**
 * Where an error comes from: "tokenizer" for errors the C lexer raises itself (a SyntaxError is
 * set when it returns ERRORTOKEN), otherwise the tok->done code that pegen turns into an error
 * (_Pypegen_tokenizer_error). The parser needs this for _PyPegen_tokenize_full_source_to_check_for_errors.
 */
export type TokenizerErrorOrigin = "tokenizer" | "eof" | "dedent" | "tabspace" | "toodeep" | "linecont";

export class TokenizerError extends ParseError {
  constructor(
    kind: SyntaxErrorKind,
    msg: string,
    lineno: number,
    offset: number,
    end_lineno: number,
    end_offset: number,
    text: string | null,
    readonly origin: TokenizerErrorOrigin,
  ) {
    super(kind, msg, lineno, offset, end_lineno, end_offset, text);
  }
}

export interface TokenizerOptionsEx extends TokenizerOptions {
  /**
   * The source comes from a readline function, as for the `tokenize` module: newlines are not
   * translated (a "\r" reaches the tokenizer). The default translates them as compile() does.
   */
  readline?: boolean;
}

/** The parser's options (CPython's compile() flags and modes) on top of TokenizerOptions. */
export interface ParserTokenizerOptions extends TokenizerOptionsEx {
  /** Emit TYPE_COMMENT and TYPE_IGNORE tokens (ast.parse(type_comments=True)). */
  typeComments?: boolean;
  /**
   * The input is a module ("exec" mode, the default): a missing final newline is added. CPython
   * does not add it for the "eval" and "single" modes.
   */
  execInput?: boolean;
  /**
   * Receives each warning as it is emitted, instead of `warnings`; returns true when the warnings
   * filter turns it into an error, which the tokenizer then raises as CPython does.
   */
  warning?: (w: TokenizerWarning) => boolean;
}

/** A warning the tokenizer emits (PyErr_WarnExplicitObject with the tokenizer's line number). */
export interface TokenizerWarning {
  category: "SyntaxWarning";
  message: string;
  lineno: number;
}

/**
 * A token that closes the expression of an f-string/t-string replacement field with a `=`
 * (debug) specifier carries the expression's source text, as CPython's token->metadata.
 */
export interface TokenWithMetadata extends Token {
  metadata?: string;
}

// One entry of tok_mode_stack (tokenizer_mode in CPython).
class Mode {
  regular = true;
  quote = 0;
  quoteSize = 0;
  raw = false;
  tstring = false;
  /** f_string_start: offset of the prefix of the f-string. */
  fStart = 0;
  /** f_string_multi_line_start: offset of the line holding the prefix. */
  fMultiLineStart = 0;
  /** f_string_line_start: line number of the prefix. */
  fLineno = 0;
  curlyDepth = 0;
  exprStartDepth = -1;
  inFormatSpec = false;
  debug = false;
  /** last_expr_buffer as a span of the source: start (-1 when there is none) and end (-1 while open). */
  exprStart = -1;
  exprEnd = -1;
}

// _PyToken_OneChar
const ONE_CHAR = new Uint8Array(128).fill(TokenType.OP);
for (const [ch, t] of [
  ["!", TokenType.EXCLAMATION],
  ["%", TokenType.PERCENT],
  ["&", TokenType.AMPER],
  ["(", TokenType.LPAR],
  [")", TokenType.RPAR],
  ["*", TokenType.STAR],
  ["+", TokenType.PLUS],
  [",", TokenType.COMMA],
  ["-", TokenType.MINUS],
  [".", TokenType.DOT],
  ["/", TokenType.SLASH],
  [":", TokenType.COLON],
  [";", TokenType.SEMI],
  ["<", TokenType.LESS],
  ["=", TokenType.EQUAL],
  [">", TokenType.GREATER],
  ["@", TokenType.AT],
  ["[", TokenType.LSQB],
  ["]", TokenType.RSQB],
  ["^", TokenType.CIRCUMFLEX],
  ["{", TokenType.LBRACE],
  ["|", TokenType.VBAR],
  ["}", TokenType.RBRACE],
  ["~", TokenType.TILDE],
] as const) {
  ONE_CHAR[ch.charCodeAt(0)] = t;
}

function oneChar(c: number): TokenType {
  return c < 128 ? ONE_CHAR[c]! : TokenType.OP;
}

// _PyToken_TwoChars
function twoChars(c1: number, c2: number): TokenType {
  switch (c1) {
    case 33: // !
      if (c2 === 61) return TokenType.NOTEQUAL;
      break;
    case 37: // %
      if (c2 === 61) return TokenType.PERCENTEQUAL;
      break;
    case 38: // &
      if (c2 === 61) return TokenType.AMPEREQUAL;
      break;
    case 42: // *
      if (c2 === 42) return TokenType.DOUBLESTAR;
      if (c2 === 61) return TokenType.STAREQUAL;
      break;
    case 43: // +
      if (c2 === 61) return TokenType.PLUSEQUAL;
      break;
    case 45: // -
      if (c2 === 61) return TokenType.MINEQUAL;
      if (c2 === 62) return TokenType.RARROW;
      break;
    case 47: // /
      if (c2 === 47) return TokenType.DOUBLESLASH;
      if (c2 === 61) return TokenType.SLASHEQUAL;
      break;
    case 58: // :
      if (c2 === 61) return TokenType.COLONEQUAL;
      break;
    case 60: // <
      if (c2 === 60) return TokenType.LEFTSHIFT;
      if (c2 === 61) return TokenType.LESSEQUAL;
      if (c2 === 62) return TokenType.NOTEQUAL;
      break;
    case 61: // =
      if (c2 === 61) return TokenType.EQEQUAL;
      break;
    case 62: // >
      if (c2 === 61) return TokenType.GREATEREQUAL;
      if (c2 === 62) return TokenType.RIGHTSHIFT;
      break;
    case 64: // @
      if (c2 === 61) return TokenType.ATEQUAL;
      break;
    case 94: // ^
      if (c2 === 61) return TokenType.CIRCUMFLEXEQUAL;
      break;
    case 124: // |
      if (c2 === 61) return TokenType.VBAREQUAL;
      break;
  }
  return TokenType.OP;
}

// _PyToken_ThreeChars
function threeChars(c1: number, c2: number, c3: number): TokenType {
  if (c3 !== 61) return c1 === 46 && c2 === 46 && c3 === 46 ? TokenType.ELLIPSIS : TokenType.OP;
  if (c1 === 42 && c2 === 42) return TokenType.DOUBLESTAREQUAL;
  if (c1 === 47 && c2 === 47) return TokenType.DOUBLESLASHEQUAL;
  if (c1 === 60 && c2 === 60) return TokenType.LEFTSHIFTEQUAL;
  if (c1 === 62 && c2 === 62) return TokenType.RIGHTSHIFTEQUAL;
  return TokenType.OP;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length >= 4 ? h : "0000".slice(h.length) + h;
}

export class Tokenizer {
  /** The number of source lines. */
  readonly lineCount: number;
  /** The text being tokenized: `lines` joined. */
  readonly source: string;
  /** Warnings emitted so far (the caller reports and clears them). */
  readonly warnings: TokenizerWarning[] = [];
  /** Whether a newline was added at the end because the source lacked one (tok->implicit_newline). */
  readonly implicitNewline: boolean;
  /** The raw span of the last token (CPython's p_start/p_end), offsets into `source`; -1 for none. */
  tokStart = -1;
  tokEnd = -1;

  private readonly src: string;
  private readonly len: number;
  private readonly extra: boolean;
  private readonly readline: boolean;
  private readonly typeComments: boolean;
  private readonly onWarning: ((w: TokenizerWarning) => boolean) | null;
  private readonly lineStarts: number[];
  private readonly hasNull: boolean;
  private readonly allAscii: boolean;

  // Reading state (tok->cur, tok->inp, tok->line_start, tok->lineno, tok->done).
  private pos = 0;
  private inp = 0;
  private lineStart = 0;
  private lineno = 0;
  private lineAscii = true;
  private colCachePos = -1;
  private colCacheBytes = 0;
  private done = E_OK;
  private error: TokenizerError | null = null;
  private bufStart = 0;
  private linesCache: string[] | null = null;
  private lineDropped = false;

  // The token being scanned (tok->start, tok->starting_col_offset, tok->first_lineno, tok->multi_line_start).
  private start = -1;
  private startCol = -1;
  private firstLineno = 0;
  private multiLineStart = 0;

  // Indentation.
  private atbol = true;
  private pendin = 0;
  private indent = 0;
  private readonly indstack: number[] = [0];
  private readonly altindstack: number[] = [0];
  private commentNewline = false;

  // Brackets.
  private level = 0;
  private readonly parenstack: number[] = [];
  private readonly parenlinenostack: number[] = [];
  private readonly parencolstack: number[] = [];

  // f-string/t-string modes; modes[0] is the regular mode.
  private readonly modes: Mode[] = [new Mode()];
  private modeIndex = 0;

  constructor(text: string, options?: ParserTokenizerOptions) {
    this.extra = options?.extraTokens === true;
    this.readline = options?.readline === true;
    this.typeComments = options?.typeComments === true;
    this.onWarning = options?.warning ?? null;
    // translate_newlines: the parser reads source with universal newlines; the tokenize module
    // reads lines split at "\n" only and sees any "\r" itself.
    if (!this.readline && text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
    let implicit = false;
    if (options?.execInput !== false && text.length > 0 && text.charCodeAt(text.length - 1) !== 10) {
      text += "\n";
      implicit = true;
    }
    this.implicitNewline = implicit;
    this.src = this.source = text;
    this.len = text.length;
    const starts: number[] = [];
    let p = 0;
    while (p < text.length) {
      const nl = text.indexOf("\n", p);
      starts.push(p);
      p = nl < 0 ? text.length : nl + 1;
    }
    this.lineCount = starts.length;
    starts.push(text.length);
    this.lineStarts = starts;
    this.hasNull = text.indexOf("\0") >= 0;
    this.allAscii = !/[^\x00-\x7f]/.test(text);
  }

  /**
   * The source lines, each with its newline, after newline translation (and the implicit final
   * newline). Built on first use.
   */
  get lines(): string[] {
    if (this.linesCache === null) {
      const starts = this.lineStarts;
      const out: string[] = new Array(this.lineCount);
      for (let i = 0; i < this.lineCount; i++) out[i] = this.src.slice(starts[i], starts[i + 1]);
      this.linesCache = out;
    }
    return this.linesCache;
  }

  /** The current line number (tok->lineno). */
  get currentLineno(): number {
    return this.lineno;
  }

  /**
   * tok->cur - tok->line_start, in bytes: the column pegen uses for an error at a token that has
   * none (INDENT, DEDENT, ENDMARKER: col_offset -1).
   */
  get curColumn(): number {
    return this.byteCol(this.pos);
  }

  /** Reading from readline, the line buffer was emptied at EOF (tok->inp == tok->line_start). */
  get lineBufferEmpty(): boolean {
    return this.lineDropped;
  }

  /** tok->cur: the offset in `source` where the tokenizer stands. */
  get cursor(): number {
    return this.pos;
  }

  /** How many f-strings/t-strings the tokenizer is inside (tok->tok_mode_stack_index). */
  get fstringDepth(): number {
    return this.modeIndex;
  }

  /** tok->cur == tok->buf (pegen then uses column 0). */
  get curAtBufferStart(): boolean {
    return this.pos === this.bufStart;
  }

  /** Whether next() has thrown (tok->done == E_ERROR or another error code). */
  get failed(): boolean {
    return this.error !== null;
  }

  /**
   * Whether tokenizing stopped at the end of the source (tok->done is E_EOF, E_EOFS or E_EOLS:
   * pegen's _is_end_of_source, for compile()'s PyCF_ALLOW_INCOMPLETE_INPUT "incomplete input").
   */
  get endOfSource(): boolean {
    return this.done === E_EOF || this.done === E_EOFS || this.done === E_EOLS;
  }

  /** Whether the end of the input was reached (tok->done == E_EOF). */
  get atEOF(): boolean {
    return this.done === E_EOF;
  }

  /** Offset in `source` of the start of line `lineno` (1-based). */
  lineStartOf(lineno: number): number {
    if (lineno < 1) return 0;
    return lineno <= this.lineCount ? this.lineStarts[lineno - 1]! : this.len;
  }

  /**
   * The text of the tokenize module's line buffer (tok->buf to tok->inp): it is emptied before a
   * line is read when no token is in progress, so it can hold several lines.
   */
  get bufferText(): string {
    return this.src.slice(this.bufStart, this.inp);
  }

  /** The bracket nesting level (tok->level). */
  get parenLevel(): number {
    return this.level;
  }

  /** The line of the innermost open bracket (tok->parenlinenostack[level - 1]), or 0. */
  get parenLineno(): number {
    return this.level > 0 ? this.parenlinenostack[this.level - 1]! : 0;
  }

  /** The error pegen raises for a bracket left open at EOF (raise_unclosed_parentheses_error). */
  unclosedParenError(): TokenizerError {
    const i = this.level - 1;
    const lineno = this.parenlinenostack[i]!;
    const text = this.errorLine(lineno);
    const offset = byteCountToCharCount(text, this.parencolstack[i]! + 1);
    const c = String.fromCharCode(this.parenstack[i]!);
    return new TokenizerError(
      "SyntaxError",
      `'${c}' was never closed`,
      lineno,
      offset,
      lineno,
      0,
      text,
      "eof",
    );
  }

  /**
   * The source line pegen shows in an error it raises at `lineno`: the line being tokenized
   * (with its newline) when `lineno` is that line or later, else the line without its newline.
   */
  errorLine(lineno: number): string {
    if (this.lineno <= lineno && this.inp > this.lineStart) return this.src.slice(this.lineStart, this.inp);
    if (lineno < 1 || lineno > this.lineCount) return "";
    const line = this.src.slice(this.lineStarts[lineno - 1], this.lineStarts[lineno]);
    return line.charCodeAt(line.length - 1) === 10 ? line.slice(0, -1) : line;
  }

  /**
   * For "single" input at ENDMARKER (pegen's _PyPegen_fill_token, unless PyCF_DONT_IMPLY_DEDENT):
   * the open indentation levels become pending DEDENTs (tok->pendin = -tok->indent).
   */
  implyDedents(): void {
    this.pendin = -this.indent;
    this.indent = 0;
  }

  /** The number of open indentation levels (tok->indent). */
  get indentLevel(): number {
    return this.indent;
  }

  /** The next token; throws a TokenizerError at a bad token. */
  next(): Token {
    if (this.error !== null) throw this.error;
    const mode = this.modes[this.modeIndex]!;
    return mode.regular ? this.normalMode(mode) : this.fstringMode(mode);
  }

  // ---------------------------------------------------------------- reading

  private underflow(): boolean {
    // tok->buf: the buffer restarts at a line read between tokens (and, reading from readline, not
    // inside an f-string).
    const reset = this.start === -1 && (this.modeIndex === 0 || !this.readline);
    if (reset) this.bufStart = this.inp;
    if (this.lineno >= this.lineCount) {
      this.done = E_EOF;
      // Reading from readline, the buffer was emptied: the current line is gone.
      if (reset && this.readline) this.lineDropped = true;
      return false;
    }
    this.lineStart = this.inp;
    this.inp = this.lineStarts[this.lineno + 1]!;
    this.lineno++;
    this.colCachePos = -1;
    if (this.allAscii) this.lineAscii = true;
    else {
      let ascii = true;
      const s = this.src;
      for (let i = this.lineStart, e = this.inp; i < e; i++) {
        if (s.charCodeAt(i) > 127) {
          ascii = false;
          break;
        }
      }
      this.lineAscii = ascii;
    }
    if (this.hasNull) {
      const z = this.src.indexOf("\0", this.lineStart);
      if (z >= 0 && z < this.inp) {
        this.pos = this.lineStart;
        this.syntaxError("source code cannot contain null bytes");
      }
    }
    return true;
  }

  /** tok_nextc */
  private nextc(): number {
    if (this.pos < this.inp) return this.src.charCodeAt(this.pos++);
    if (this.done !== E_OK) return EOF;
    if (!this.underflow()) {
      this.pos = this.inp;
      return EOF;
    }
    return this.src.charCodeAt(this.pos++);
  }

  /** tok_backup */
  private backup(c: number): void {
    if (c !== EOF) this.pos--;
  }

  /** Byte column of offset `p` in the current line. */
  private byteCol(p: number): number {
    const ls = this.lineStart;
    if (this.lineAscii) return p - ls;
    if (p < ls) return -utf8Length(this.src, p, ls);
    if (this.colCachePos >= 0 && p >= this.colCachePos) {
      this.colCacheBytes += utf8Length(this.src, this.colCachePos, p);
    } else {
      this.colCacheBytes = utf8Length(this.src, ls, p);
    }
    this.colCachePos = p;
    return this.colCacheBytes;
  }

  /** Sets tok->start (and starting_col_offset) to `p`. */
  private setStart(p: number): void {
    this.start = p;
    this.startCol = this.byteCol(p);
  }

  /** _PyLexer_token_setup */
  private make(type: TokenType, pStart: number, pEnd: number): Token {
    this.tokStart = pStart;
    this.tokEnd = pEnd;
    const lineno = this.lineno;
    if (pStart < 0) {
      return { type, string: "", lineno, col_offset: -1, end_lineno: lineno, end_col_offset: -1 };
    }
    return {
      type,
      string: this.src.slice(pStart, pEnd),
      lineno:
        type === TokenType.STRING || type === TokenType.FSTRING_MIDDLE || type === TokenType.TSTRING_MIDDLE
          ? this.firstLineno
          : lineno,
      col_offset: this.startCol,
      end_lineno: lineno,
      end_col_offset: this.byteCol(this.pos),
    };
  }

  // ---------------------------------------------------------------- errors

  /** _syntaxerror_range: an error the lexer raises itself. Offsets are 1-based byte columns or -1. */
  private syntaxError(
    msg: string,
    lineStart = this.lineStart,
    cursor = this.pos,
    lineno = this.lineno,
    colOffset = -1,
    endColOffset = -1,
    done = E_ERROR,
  ): never {
    const s = this.src;
    let e = s.indexOf("\n", lineStart);
    if (e < 0) e = this.len;
    if (this.hasNull) {
      const z = s.indexOf("\0", lineStart);
      if (z >= 0 && z < e) e = z;
    }
    const text = s.slice(lineStart, e);
    // CPython 3.14 counts characters up to the cursor, but passes a known range through as it
    // is: in bytes.
    const col = colOffset === -1 ? codePointCount(s, lineStart, Math.max(lineStart, cursor)) : colOffset;
    const endCol = endColOffset === -1 ? col : endColOffset;
    this.done = done;
    this.error = new TokenizerError("SyntaxError", msg, lineno, col, lineno, endCol, text, "tokenizer");
    throw this.error;
  }

  /** Turns tok->done into the error pegen raises (_Pypegen_tokenizer_error). */
  private doneError(): never {
    const lineno = this.lineno;
    let err: TokenizerError;
    switch (this.done) {
      case E_EOF:
        if (this.level > 0) err = this.unclosedParenError();
        else {
          const text = this.errorLine(lineno);
          const off = codePointCount(this.src, this.lineStart, this.pos);
          err = new TokenizerError(
            "SyntaxError",
            "unexpected EOF while parsing",
            lineno,
            off,
            lineno,
            -1,
            text,
            "eof",
          );
        }
        break;
      case E_DEDENT: {
        const off = codePointCount(this.src, this.lineStart, this.pos);
        err = new TokenizerError(
          "IndentationError",
          "unindent does not match any outer indentation level",
          lineno,
          off,
          lineno,
          -1,
          this.errorLine(lineno),
          "dedent",
        );
        break;
      }
      case E_TABSPACE:
        err = new TokenizerError(
          "TabError",
          "inconsistent use of tabs and spaces in indentation",
          lineno,
          1,
          lineno,
          0,
          this.errorLine(lineno),
          "tabspace",
        );
        break;
      case E_TOODEEP:
        err = new TokenizerError(
          "IndentationError",
          "too many levels of indentation",
          lineno,
          1,
          lineno,
          0,
          this.errorLine(lineno),
          "toodeep",
        );
        break;
      default: {
        // E_LINECONT: at cur - tok->buf, in characters of the current line (at most its length + 1)
        const off = byteCountToCharCount(
          this.errorLine(lineno),
          utf8Length(this.src, this.bufStart, this.pos),
        );
        err = new TokenizerError(
          "SyntaxError",
          "unexpected character after line continuation character",
          lineno,
          off,
          lineno,
          0,
          this.errorLine(lineno),
          "linecont",
        );
      }
    }
    this.error = err;
    throw err;
  }

  /** _PyTokenizer_indenterror */
  private indentError(): never {
    this.done = E_TABSPACE;
    this.pos = this.inp;
    return this.doneError();
  }

  /**
   * PyErr_WarnExplicitObject from the tokenizer. When the `warning` option says the warning is an
   * error (the warnings filter's "error" action), it becomes a SyntaxError here, at the cursor,
   * with `errorMessage` (CPython words some of them differently then).
   */
  private warn(message: string, errorMessage = message): void {
    const w: TokenizerWarning = { category: "SyntaxWarning", message, lineno: this.lineno };
    if (this.onWarning === null) this.warnings.push(w);
    else if (this.onWarning(w)) this.syntaxError(errorMessage);
  }

  private prefixChar(): string {
    return this.modes[this.modeIndex]!.tstring ? "t" : "f";
  }

  // ---------------------------------------------------------------- helpers of the regular mode

  /** tok_continuation_line: after a backslash. Returns -1 with tok->done set on error. */
  private continuationLine(): number {
    let c = this.nextc();
    if (c === 13) c = this.nextc();
    if (c !== 10) {
      this.done = E_LINECONT;
      return -1;
    }
    c = this.nextc();
    if (c === EOF) {
      this.done = E_EOF;
      this.pos = this.inp;
      return -1;
    }
    this.backup(c);
    return c;
  }

  /** lookahead: whether `test` follows, then not an identifier character. */
  private lookahead(test: string): boolean {
    const save = this.pos;
    let i = 0;
    for (;;) {
      const c = this.nextc();
      if (i === test.length) {
        this.pos = save;
        return !isPotentialIdentifierChar(c);
      }
      if (c !== test.charCodeAt(i)) {
        this.pos = save;
        return false;
      }
      i++;
    }
  }

  /** verify_end_of_number */
  private verifyEndOfNumber(c: number, kind: string): void {
    if (this.extra) return;
    let r = false;
    if (c === 97) r = this.lookahead("nd");
    else if (c === 101) r = this.lookahead("lse");
    else if (c === 102) r = this.lookahead("or");
    else if (c === 105) {
      const c2 = this.nextc();
      if (c2 === 102 || c2 === 110 || c2 === 115) r = true;
      this.backup(c2);
    } else if (c === 111) r = this.lookahead("r");
    else if (c === 110) r = this.lookahead("ot");
    if (r) {
      this.backup(c);
      this.warn(`invalid ${kind} literal`);
      this.nextc();
    } else if (c < 128 && isPotentialIdentifierChar(c)) {
      this.backup(c);
      this.syntaxError(`invalid ${kind} literal`);
    }
  }

  /** verify_identifier (only called for names with non-ASCII characters). */
  private verifyIdentifier(): void {
    if (this.extra) return;
    const s = this.src.slice(this.start, this.pos);
    const invalid = scanIdentifier(s);
    const cps = Array.from(s);
    if (invalid < cps.length) {
      const ch = cps[invalid]!;
      const cp = ch.codePointAt(0)!;
      if (invalid + 1 < cps.length) {
        let n = 0;
        for (let i = 0; i <= invalid; i++) n += cps[i]!.length;
        this.pos = this.start + n;
      }
      if (isPrintable(cp)) this.syntaxError(`invalid character '${ch}' (U+${hex4(cp)})`);
      this.syntaxError(`invalid non-printable character U+${hex4(cp)}`);
    }
  }

  /** tok_decimal_tail: returns the character after the digits. */
  private decimalTail(): number {
    let c: number;
    for (;;) {
      do {
        c = this.nextc();
      } while (isDigit(c));
      if (c !== 95) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError("invalid decimal literal");
      }
    }
    return c;
  }

  // ---------------------------------------------------------------- the regular mode

  private normalMode(cur: Mode): Token {
    let c = 0;
    let blankline = false;
    const extra = this.extra;

    nextline: for (;;) {
      this.start = -1;
      this.startCol = -1;
      blankline = false;

      // Get indentation level
      if (this.atbol) {
        let col = 0;
        let altcol = 0;
        let contLineCol = 0;
        this.atbol = false;
        for (;;) {
          c = this.nextc();
          if (c === 32) {
            col++;
            altcol++;
          } else if (c === 9) {
            col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE;
            altcol++;
          } else if (c === 12) {
            col = altcol = 0;
          } else if (c === 92) {
            contLineCol = contLineCol ? contLineCol : col;
            if ((c = this.continuationLine()) === -1) this.doneError();
          } else {
            break;
          }
        }
        this.backup(c);
        if (c === 35 || c === 10 || c === 13) {
          // Lines with only whitespace and/or comments don't affect the indentation.
          blankline = true;
        }
        if (!blankline && this.level === 0) {
          col = contLineCol ? contLineCol : col;
          altcol = contLineCol ? contLineCol : altcol;
          const ind = this.indent;
          if (col === this.indstack[ind]) {
            if (altcol !== this.altindstack[ind]) this.indentError();
          } else if (col > this.indstack[ind]!) {
            if (ind + 1 >= MAXINDENT) {
              this.done = E_TOODEEP;
              this.pos = this.inp;
              this.doneError();
            }
            if (altcol <= this.altindstack[ind]!) this.indentError();
            this.pendin++;
            this.indent = ind + 1;
            this.indstack[ind + 1] = col;
            this.altindstack[ind + 1] = altcol;
          } else {
            while (this.indent > 0 && col < this.indstack[this.indent]!) {
              this.pendin--;
              this.indent--;
            }
            if (col !== this.indstack[this.indent]) {
              this.done = E_DEDENT;
              this.pos = this.inp;
              this.doneError();
            }
            if (altcol !== this.altindstack[this.indent]) this.indentError();
          }
        }
      }

      this.start = this.pos;

      // Return pending indents/dedents
      if (this.pendin !== 0) {
        // (only the tokenize module's INDENT/DEDENT have a position: starting_col_offset here)
        if (extra) this.startCol = this.byteCol(this.pos);
        if (this.pendin < 0) {
          this.pendin++;
          return extra
            ? this.make(TokenType.DEDENT, this.pos, this.pos)
            : this.make(TokenType.DEDENT, -1, -1);
        }
        this.pendin--;
        return extra
          ? this.make(TokenType.INDENT, this.bufStart, this.pos)
          : this.make(TokenType.INDENT, -1, -1);
      }

      // Peek ahead at the next character
      c = this.nextc();
      this.backup(c);

      for (;;) {
        this.start = -1;
        // Skip spaces
        do {
          c = this.nextc();
        } while (c === 32 || c === 9 || c === 12);

        // Set start of current token
        this.setStart(this.pos - 1);

        // Skip comment
        if (c === 35) {
          const s = this.src;
          let p = this.pos;
          const e = this.inp;
          while (p < e) {
            const d = s.charCodeAt(p);
            if (d === 10 || d === 13) break;
            p++;
          }
          this.pos = p;
          c = this.nextc(); // the newline, or EOF at the end of an input without one
          if (this.typeComments) {
            const t = this.typeComment(c, blankline);
            if (t !== null) return t;
          }
          if (extra) {
            this.backup(c);
            this.commentNewline = blankline;
            return this.make(TokenType.COMMENT, this.start, this.pos);
          }
        }

        // Check for EOF and errors now
        if (c === EOF) {
          if (this.level > 0) {
            this.done = E_EOF;
            this.doneError();
          }
          if (this.done === E_EOF) return this.make(TokenType.ENDMARKER, -1, -1);
          this.doneError();
        }

        // Identifier (most frequent token!)
        if (isPotentialIdentifierStart(c)) {
          // Process the various legal combinations of b"", r"", u"", f"" and t"".
          let sawB = false;
          let sawR = false;
          let sawU = false;
          let sawF = false;
          let sawT = false;
          for (;;) {
            if (!sawB && (c === 98 || c === 66)) sawB = true;
            else if (!sawU && (c === 117 || c === 85)) sawU = true;
            else if (!sawR && (c === 114 || c === 82)) sawR = true;
            else if (!sawF && (c === 102 || c === 70)) sawF = true;
            else if (!sawT && (c === 116 || c === 84)) sawT = true;
            else break;
            c = this.nextc();
            if (c === 34 || c === 39) {
              this.checkStringPrefixes(sawB, sawR, sawU, sawF, sawT);
              if (sawF || sawT) return this.fstringStart(c);
              return this.stringLiteral(c);
            }
          }
          // Scan the rest of the name (names never reach past the end of the line).
          const s = this.src;
          let p = this.pos - 1;
          let nonascii = false;
          const e = this.inp;
          while (p < e) {
            const d = s.charCodeAt(p);
            if (d < 128) {
              if (!((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || d === 95)) break;
            } else nonascii = true;
            p++;
          }
          this.pos = p;
          if (nonascii) this.verifyIdentifier();
          return this.make(TokenType.NAME, this.start, this.pos);
        }

        if (c === 13) c = this.nextc();

        // Newline
        if (c === 10) {
          this.atbol = true;
          if (blankline || this.level > 0) {
            if (extra) {
              this.commentNewline = false;
              return this.make(TokenType.NL, this.start, this.pos);
            }
            continue nextline;
          }
          if (this.commentNewline && extra) {
            this.commentNewline = false;
            return this.make(TokenType.NL, this.start, this.pos);
          }
          return this.make(TokenType.NEWLINE, this.start, this.pos - 1);
        }

        // Period or number starting with period?
        if (c === 46) {
          c = this.nextc();
          if (isDigit(c)) return this.number(c, true);
          if (c === 46) {
            c = this.nextc();
            if (c === 46) return this.make(TokenType.ELLIPSIS, this.start, this.pos);
            this.backup(c);
            this.backup(46);
          } else {
            this.backup(c);
          }
          return this.make(TokenType.DOT, this.start, this.pos);
        }

        // Number
        if (isDigit(c)) return this.number(c, false);

        // String
        if (c === 39 || c === 34) return this.stringLiteral(c);

        // Line continuation
        if (c === 92) {
          if ((c = this.continuationLine()) === -1) this.doneError();
          continue;
        }

        // Punctuation character
        if (
          (c === 58 || c === 125 || c === 33 || c === 123) &&
          this.modeIndex > 0 &&
          cur.exprStartDepth >= 0
        ) {
          // This runs before curlyDepth is incremented by the `{` case below.
          const cursor = cur.curlyDepth - (c !== 123 ? 1 : 0);
          const cursorValid = cursor === 0 || (cursor === 1 && (cur.debug || cur.inFormatSpec));
          let metadata: string | null = null;
          if (cursorValid) {
            this.updateFStringExpr(cur, c);
            if (c !== 123 && cur.debug) metadata = this.fstringExprText(cur);
          }
          if (c === 58 && cursor === cur.exprStartDepth) {
            cur.regular = false;
            cur.inFormatSpec = true;
            return this.withMetadata(this.make(TokenType.COLON, this.start, this.pos), metadata);
          }
          if (metadata !== null) return this.withMetadata(this.operator(c, cur), metadata);
        }
        return this.operator(c, cur);
      }
    }
  }

  /**
   * A comment that is a type comment ("# type: ..."); `c` is the newline (or EOF) after it, just
   * read. Returns null for an ordinary comment.
   */
  private typeComment(c: number, blankline: boolean): Token | null {
    const s = this.src;
    const PREFIX = "# type: ";
    let p = this.start;
    let i = 0;
    while (i < PREFIX.length && p < this.pos) {
      const want = PREFIX.charCodeAt(i);
      if (want === 32) {
        while (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9) p++;
      } else if (s.charCodeAt(p) === want) p++;
      else break;
      i++;
    }
    if (i < PREFIX.length) return null;
    this.backup(c); // don't eat the newline or EOF
    const lineno = this.lineno;
    const ignoreEnd = p + 6;
    const after = s.charCodeAt(ignoreEnd);
    const isIgnore =
      this.pos >= ignoreEnd &&
      s.startsWith("ignore", p) &&
      !(this.pos > ignoreEnd && (after >= 128 || isAsciiAlnum(after)));
    const startCol = this.byteCol(p);
    if (isIgnore) {
      // Alone on its line, it takes the newline (which ends up in the tag, as in CPython 3.14).
      if (blankline) {
        this.nextc();
        this.atbol = true;
      }
      const tag = s.slice(ignoreEnd, this.pos);
      this.tokStart = ignoreEnd;
      this.tokEnd = this.pos;
      return {
        type: TokenType.TYPE_IGNORE,
        string: tag,
        lineno,
        col_offset: startCol + 6,
        end_lineno: lineno,
        end_col_offset: this.byteCol(this.pos),
      };
    }
    this.tokStart = p;
    this.tokEnd = this.pos;
    return {
      type: TokenType.TYPE_COMMENT,
      string: s.slice(p, this.pos),
      lineno,
      col_offset: startCol,
      end_lineno: lineno,
      end_col_offset: this.byteCol(this.pos),
    };
  }

  private withMetadata(t: Token, metadata: string | null): Token {
    if (metadata !== null) (t as TokenWithMetadata).metadata = metadata;
    return t;
  }

  /** The operator part of tok_get_normal_mode, from "Check for two-character token" on. */
  private operator(c: number, cur: Mode): Token {
    // Check for two-character token
    const c2 = this.nextc();
    const t2 = twoChars(c, c2);
    if (t2 !== TokenType.OP) {
      const c3 = this.nextc();
      const t3 = threeChars(c, c2, c3);
      if (t3 !== TokenType.OP) return this.make(t3, this.start, this.pos);
      this.backup(c3);
      return this.make(t2, this.start, this.pos);
    }
    this.backup(c2);

    // Keep track of parentheses nesting level
    switch (c) {
      case 40:
      case 91:
      case 123:
        if (this.level >= MAXLEVEL) this.syntaxError("too many nested parentheses");
        this.parenstack[this.level] = c;
        this.parenlinenostack[this.level] = this.lineno;
        this.parencolstack[this.level] = this.byteCol(this.start);
        this.level++;
        if (this.modeIndex > 0) cur.curlyDepth++;
        break;
      case 41:
      case 93:
      case 125: {
        const inside = this.modeIndex > 0;
        if (inside && !cur.curlyDepth && c === 125) {
          this.syntaxError(`${this.prefixChar()}-string: single '}' is not allowed`);
        }
        if (!this.extra && !this.level) this.syntaxError(`unmatched '${String.fromCharCode(c)}'`);
        if (this.level > 0) {
          this.level--;
          const opening = this.parenstack[this.level]!;
          if (
            !this.extra &&
            !((opening === 40 && c === 41) || (opening === 91 && c === 93) || (opening === 123 && c === 125))
          ) {
            const cs = String.fromCharCode(c);
            const os = String.fromCharCode(opening);
            // A closing bracket right inside an f-string's replacement field is "unmatched".
            if (inside && opening === 123 && cur.curlyDepth - 1 === cur.exprStartDepth) {
              this.syntaxError(`${this.prefixChar()}-string: unmatched '${cs}'`);
            }
            const openLine = this.parenlinenostack[this.level]!;
            if (openLine !== this.lineno) {
              this.syntaxError(
                `closing parenthesis '${cs}' does not match opening parenthesis '${os}' on line ${openLine}`,
              );
            }
            this.syntaxError(`closing parenthesis '${cs}' does not match opening parenthesis '${os}'`);
          }
        }
        if (inside) {
          cur.curlyDepth--;
          if (cur.curlyDepth < 0) {
            this.syntaxError(`${this.prefixChar()}-string: unmatched '${String.fromCharCode(c)}'`);
          }
          if (c === 125 && cur.curlyDepth === cur.exprStartDepth) {
            cur.exprStartDepth--;
            cur.regular = false;
            cur.inFormatSpec = false;
            cur.debug = false;
          }
        }
        break;
      }
    }

    if (c < 32 || c === 127) this.syntaxError(`invalid non-printable character U+${hex4(c)}`);

    if (c === 61 && cur.exprStartDepth >= 0) cur.debug = true;

    return this.make(oneChar(c), this.start, this.pos);
  }

  /** maybe_raise_syntax_error_for_string_prefixes */
  private checkStringPrefixes(b: boolean, r: boolean, u: boolean, f: boolean, t: boolean): void {
    let p1 = "";
    let p2 = "";
    if (u && b) [p1, p2] = ["u", "b"];
    else if (u && r) [p1, p2] = ["u", "r"];
    else if (u && f) [p1, p2] = ["u", "f"];
    else if (u && t) [p1, p2] = ["u", "t"];
    else if (b && f) [p1, p2] = ["b", "f"];
    else if (b && t) [p1, p2] = ["b", "t"];
    else if (f && t) [p1, p2] = ["f", "t"];
    else return;
    const ls = this.lineStart;
    this.syntaxError(
      `'${p1}' and '${p2}' prefixes are incompatible`,
      ls,
      this.pos,
      this.lineno,
      utf8Length(this.src, ls, this.start) + 1,
      utf8Length(this.src, ls, this.pos),
    );
  }

  /** The number part of tok_get_normal_mode; `c` is the first digit (or the digit after "."). */
  private number(c: number, fraction: boolean): Token {
    if (fraction) return this.numberFraction(c);
    if (c === 48) {
      // Hex, octal or binary -- maybe.
      c = this.nextc();
      if (c === 120 || c === 88) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (!isHexDigit(c)) {
            this.backup(c);
            this.syntaxError("invalid hexadecimal literal");
          }
          do {
            c = this.nextc();
          } while (isHexDigit(c));
        } while (c === 95);
        this.verifyEndOfNumber(c, "hexadecimal");
      } else if (c === 111 || c === 79) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c < 48 || c >= 56) {
            if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            this.backup(c);
            this.syntaxError("invalid octal literal");
          }
          do {
            c = this.nextc();
          } while (c >= 48 && c < 56);
        } while (c === 95);
        if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        this.verifyEndOfNumber(c, "octal");
      } else if (c === 98 || c === 66) {
        c = this.nextc();
        do {
          if (c === 95) c = this.nextc();
          if (c !== 48 && c !== 49) {
            if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            this.backup(c);
            this.syntaxError("invalid binary literal");
          }
          do {
            c = this.nextc();
          } while (c === 48 || c === 49);
        } while (c === 95);
        if (isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        this.verifyEndOfNumber(c, "binary");
      } else {
        let nonzero = false;
        // maybe old-style octal; in any case, allow '0' as a literal
        for (;;) {
          if (c === 95) {
            c = this.nextc();
            if (!isDigit(c)) {
              this.backup(c);
              this.syntaxError("invalid decimal literal");
            }
          }
          if (c !== 48) break;
          c = this.nextc();
        }
        const zerosEnd = this.pos;
        if (isDigit(c)) {
          nonzero = true;
          c = this.decimalTail();
        }
        if (c === 46) {
          c = this.nextc();
          return this.numberFraction(c);
        }
        if (c === 101 || c === 69) return this.numberExponent(c);
        if (c === 106 || c === 74) return this.numberImaginary();
        if (nonzero && !this.extra) {
          // Old-style octal: now disallowed.
          this.backup(c);
          const ls = this.lineStart;
          this.syntaxError(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            ls,
            this.pos,
            this.lineno,
            utf8Length(this.src, ls, this.start) + 1,
            utf8Length(this.src, ls, zerosEnd),
          );
        }
        this.verifyEndOfNumber(c, "decimal");
      }
    } else {
      // Decimal
      c = this.decimalTail();
      if (c === 46) {
        c = this.nextc();
        return this.numberFraction(c);
      }
      return this.numberAfterFraction(c);
    }
    this.backup(c);
    return this.make(TokenType.NUMBER, this.start, this.pos);
  }

  /** After the "." of a number; `c` is the character after it. */
  private numberFraction(c: number): Token {
    if (isDigit(c)) c = this.decimalTail();
    return this.numberAfterFraction(c);
  }

  private numberAfterFraction(c: number): Token {
    if (c === 101 || c === 69) return this.numberExponent(c);
    if (c === 106 || c === 74) return this.numberImaginary();
    this.verifyEndOfNumber(c, "decimal");
    this.backup(c);
    return this.make(TokenType.NUMBER, this.start, this.pos);
  }

  /** `e` is the exponent letter, just read. */
  private numberExponent(e: number): Token {
    let c = this.nextc();
    if (c === 43 || c === 45) {
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError("invalid decimal literal");
      }
    } else if (!isDigit(c)) {
      this.backup(c);
      this.verifyEndOfNumber(e, "decimal");
      this.backup(e);
      return this.make(TokenType.NUMBER, this.start, this.pos);
    }
    c = this.decimalTail();
    if (c === 106 || c === 74) return this.numberImaginary();
    this.verifyEndOfNumber(c, "decimal");
    this.backup(c);
    return this.make(TokenType.NUMBER, this.start, this.pos);
  }

  /** After the "j" of an imaginary number. */
  private numberImaginary(): Token {
    const c = this.nextc();
    this.verifyEndOfNumber(c, "imaginary");
    this.backup(c);
    return this.make(TokenType.NUMBER, this.start, this.pos);
  }

  /** letter_quote: a string literal; `quote` was just read. */
  private stringLiteral(quote: number): Token {
    let quoteSize = 1;
    let endQuoteSize = 0;
    let hasEscapedQuote = false;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;

    // Find the quote size and start of string
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string found
    }
    if (c !== quote) this.backup(c);

    // Get rest of string
    const s = this.src;
    while (endQuoteSize !== quoteSize) {
      // Fast path: plain characters of the current line.
      if (endQuoteSize === 0) {
        let p = this.pos;
        const e = this.inp;
        while (p < e) {
          const d = s.charCodeAt(p);
          if (d === quote || d === 92 || d === 10 || d === 13) break;
          p++;
        }
        this.pos = p;
      }
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        const detected = this.lineno;
        const cursor = this.start + 1;
        const lineStart = this.multiLineStart;
        const lineno = this.firstLineno;
        if (this.modeIndex > 0) {
          // Inside an f-string, a string that does not end and starts with the f-string's quote
          // is really a missing '}'.
          const m = this.modes[this.modeIndex]!;
          if (m.quote === quote && m.quoteSize === quoteSize) {
            this.syntaxError(`${this.prefixChar()}-string: expecting '}'`, lineStart, cursor, lineno);
          }
        }
        if (quoteSize === 3) {
          this.syntaxError(
            `unterminated triple-quoted string literal (detected at line ${detected})`,
            lineStart,
            cursor,
            lineno,
            -1,
            -1,
            c === 10 ? E_ERROR : E_EOFS,
          );
        }
        this.syntaxError(
          hasEscapedQuote
            ? `unterminated string literal (detected at line ${detected}); perhaps you escaped the end quote?`
            : `unterminated string literal (detected at line ${detected})`,
          lineStart,
          cursor,
          lineno,
          -1,
          -1,
          c === 10 ? E_ERROR : E_EOLS,
        );
      }
      if (c === quote) {
        endQuoteSize++;
      } else {
        endQuoteSize = 0;
        if (c === 92) {
          c = this.nextc(); // skip escaped char
          if (c === quote) hasEscapedQuote = true;
          if (c === 13) c = this.nextc();
        }
      }
    }
    return this.make(TokenType.STRING, this.start, this.pos);
  }

  /** f_string_quote: the start of an f-string or t-string; `quote` was just read. */
  private fstringStart(quote: number): Token {
    let quoteSize = 1;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    const afterQuote = this.nextc();
    if (afterQuote === quote) {
      const afterAfter = this.nextc();
      if (afterAfter === quote) quoteSize = 3;
      else {
        this.backup(afterAfter);
        this.backup(afterQuote);
      }
    }
    if (afterQuote !== quote) this.backup(afterQuote);

    if (this.modeIndex + 1 >= MAXFSTRINGLEVEL) this.syntaxError("too many nested f-strings or t-strings");
    const idx = ++this.modeIndex;
    let m = this.modes[idx];
    if (m === undefined) {
      m = new Mode();
      this.modes[idx] = m;
    }
    m.regular = false;
    m.quote = quote;
    m.quoteSize = quoteSize;
    m.fStart = this.start;
    m.fMultiLineStart = this.lineStart;
    m.fLineno = this.lineno;
    m.exprStart = -1;
    m.exprEnd = -1;
    m.inFormatSpec = false;
    m.debug = false;
    const s = this.src;
    const first = s.charCodeAt(this.start) | 0x20;
    const second = s.charCodeAt(this.start + 1) | 0x20;
    if (first === 114) {
      m.raw = true;
      m.tstring = second === 116;
    } else {
      m.raw = second === 114;
      m.tstring = first === 116;
    }
    m.curlyDepth = 0;
    m.exprStartDepth = -1;
    return this.make(m.tstring ? TokenType.TSTRING_START : TokenType.FSTRING_START, this.start, this.pos);
  }

  /** _PyLexer_update_fstring_expr for '{', '}', '!' and ':'. */
  private updateFStringExpr(m: Mode, c: number): void {
    if (c === 123) {
      m.exprStart = this.pos;
      m.exprEnd = -1;
    } else if (m.exprEnd === -1) {
      m.exprEnd = this.start;
    }
  }

  /** set_fstring_expr: the text of the replacement field's expression, comments removed. */
  private fstringExprText(m: Mode): string {
    if (m.exprStart < 0) return "";
    const text = this.src.slice(m.exprStart, m.exprEnd < 0 ? this.start : m.exprEnd);
    if (text.indexOf("#") < 0) return text;
    let out = "";
    let i = 0;
    while (i < text.length) {
      const h = text.indexOf("#", i);
      if (h < 0) {
        out += text.slice(i);
        break;
      }
      out += text.slice(i, h);
      const nl = text.indexOf("\n", h);
      if (nl < 0) break;
      out += "\n";
      i = nl + 1;
    }
    return out;
  }

  // ---------------------------------------------------------------- the f-string mode

  private fstringMode(cur: Mode): Token {
    this.setStart(this.pos);
    this.firstLineno = this.lineno;
    let endQuoteSize = 0;
    let unicodeEscape = false;
    const middle = cur.tstring ? TokenType.TSTRING_MIDDLE : TokenType.FSTRING_MIDDLE;

    // If we start with a bracket, we defer to the normal mode as there is nothing for us to
    // tokenize before it.
    const startChar = this.nextc();
    if (startChar === 123) {
      const peek1 = this.nextc();
      this.backup(peek1);
      this.backup(startChar);
      if (peek1 !== 123) {
        cur.exprStartDepth++;
        if (cur.exprStartDepth >= MAX_EXPR_NESTING) {
          this.syntaxError(`${this.prefixChar()}-string: expressions nested too deeply`);
        }
        cur.regular = true;
        return this.normalMode(cur);
      }
    } else {
      this.backup(startChar);
    }

    // Check if we are at the end of the string
    let i = 0;
    for (; i < cur.quoteSize; i++) {
      const q = this.nextc();
      if (q !== cur.quote) {
        this.backup(q);
        break;
      }
    }
    if (i === cur.quoteSize) {
      cur.exprStart = -1;
      cur.exprEnd = -1;
      const t = this.make(cur.tstring ? TokenType.TSTRING_END : TokenType.FSTRING_END, this.start, this.pos);
      this.modeIndex--;
      return t;
    }

    this.multiLineStart = this.lineStart;
    const s = this.src;
    while (endQuoteSize !== cur.quoteSize) {
      // Fast path: plain characters of the current line.
      if (endQuoteSize === 0) {
        let p = this.pos;
        const e = this.inp;
        const q = cur.quote;
        while (p < e) {
          const d = s.charCodeAt(p);
          if (d === q || d === 123 || d === 125 || d === 92 || d === 10) break;
          p++;
        }
        this.pos = p;
      }
      const c = this.nextc();
      const inFormatSpec = cur.inFormatSpec && cur.exprStartDepth >= 0;

      if (c === EOF || (cur.quoteSize === 1 && c === 10)) {
        // If we are in a format spec and we found a newline, the format spec ends here.
        if (inFormatSpec && c === 10) {
          if (cur.quoteSize === 1) {
            const p = this.prefixChar();
            this.syntaxError(
              `${p}-string: newlines are not allowed in format specifiers for single quoted ${p}-strings`,
            );
          }
          this.backup(c);
          cur.regular = true;
          cur.inFormatSpec = false;
          return this.make(middle, this.start, this.pos);
        }
        const detected = this.lineno;
        const p = this.prefixChar();
        if (cur.quoteSize === 3) {
          this.syntaxError(
            `unterminated triple-quoted ${p}-string literal (detected at line ${detected})`,
            cur.fMultiLineStart,
            cur.fStart + 1,
            cur.fLineno,
            -1,
            -1,
            c === 10 ? E_ERROR : E_EOFS,
          );
        }
        this.syntaxError(
          `unterminated ${p}-string literal (detected at line ${detected})`,
          cur.fMultiLineStart,
          cur.fStart + 1,
          cur.fLineno,
        );
      }

      if (c === cur.quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;

      if (c === 123) {
        this.updateFStringExpr(cur, c);
        const peek = this.nextc();
        if (peek !== 123 || inFormatSpec) {
          this.backup(peek);
          this.backup(c);
          cur.exprStartDepth++;
          if (cur.exprStartDepth >= MAX_EXPR_NESTING) {
            this.syntaxError(`${this.prefixChar()}-string: expressions nested too deeply`);
          }
          cur.regular = true;
          cur.inFormatSpec = false;
          return this.make(middle, this.start, this.pos);
        }
        return this.make(middle, this.start, this.pos - 1);
      }
      if (c === 125) {
        if (unicodeEscape) return this.make(middle, this.start, this.pos);
        const peek = this.nextc();
        // Format specifiers can't use double brackets, so "}}" only collapses at the top level.
        if (peek === 125 && !inFormatSpec && cur.curlyDepth === 0) {
          return this.make(middle, this.start, this.pos - 1);
        }
        this.backup(peek);
        this.backup(c);
        cur.regular = true;
        cur.inFormatSpec = false;
        return this.make(middle, this.start, this.pos);
      }
      if (c === 92) {
        let peek = this.nextc();
        if (peek === 13) peek = this.nextc();
        // A backslash right before a curly brace: let the loop see the brace.
        if (peek === 123 || peek === 125) {
          if (!cur.raw) {
            const b = String.fromCharCode(peek);
            this.warn(
              `"\\${b}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${b}"? A raw string is also an option.`,
              `"\\${b}" is an invalid escape sequence. Did you mean "\\\\${b}"? A raw string is also an option.`,
            );
          }
          this.backup(peek);
          continue;
        }
        if (!cur.raw && peek === 78) {
          // Named unicode escapes (\N{BULLET})
          peek = this.nextc();
          if (peek === 123) unicodeEscape = true;
          else this.backup(peek);
        }
      }
    }

    // Back up the quotes to emit a final FSTRING_MIDDLE; FSTRING_END comes next.
    for (let j = 0; j < cur.quoteSize; j++) this.backup(cur.quote);
    return this.make(middle, this.start, this.pos);
  }
}

/** Characters decoded from the first `n` UTF-8 bytes of `line` (_PyPegen_byte_offset_to_character_offset). */
function byteCountToCharCount(line: string, n: number): number {
  let bytes = 0;
  let chars = 0;
  for (let i = 0; i < line.length && bytes < n; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    chars++;
  }
  return bytes < n ? chars + 1 : chars;
}
