// What CPython's `_tokenize.TokenizerIter(readline, extra_tokens=..., encoding=...)` yields
// (Python/Python-tokenize.c), on top of the Tokenizer: character columns, the adjustments of the
// extra_tokens mode (operators as OP, NEWLINE strings, trailing tokens on the next line) and
// the SyntaxErrors it raises. The `tokenize` module is built on this.

import { byteOffsetToCharOffset, codePointCount, utf8Length } from "./chars.ts";
import type { SyntaxErrorKind } from "./errors.ts";
import { TokenType } from "./token.ts";
import { Tokenizer, TokenizerError } from "./tokenizer.ts";

const ENCODER = new TextEncoder();
const EMPTY = new Uint8Array(0);

/**
 * _PyPegen_byte_offset_to_character_offset_line: characters in line[from, to) stepping over
 * UTF-8 sequences by their lead byte (bytes outside the line count as one, as the NUL would).
 */
function charsInLine(line: Uint8Array, from: number, to: number): number {
  let n = 0;
  while (from < to) {
    const c = from >= 0 && from < line.length ? line[from]! : 0;
    from += c < 0x80 ? 1 : (c & 0xe0) === 0xc0 ? 2 : (c & 0xf0) === 0xe0 ? 3 : (c & 0xf8) === 0xf0 ? 4 : 1;
    n++;
  }
  return n;
}

export interface IterToken {
  type: TokenType;
  string: string;
  start: [number, number];
  end: [number, number];
  /** The physical line(s) of the token, as CPython gives them (cached while the line number stays). */
  line: string;
}

/** The SyntaxError TokenizerIter raises; null stands for None. */
export interface IterError {
  kind: SyntaxErrorKind;
  msg: string;
  lineno: number;
  offset: number;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

export class TokenizerIter {
  private readonly tok: Tokenizer;
  private readonly extra: boolean;
  private finished: boolean;
  private line: Uint8Array = EMPTY;
  private lineText = "";
  private cacheFrom = -1;
  private cacheTo = 0;
  private cacheBytes = 0;
  private lastLineno = 0;
  private diff = 0;

  constructor(text: string, extraTokens: boolean) {
    this.tok = new Tokenizer(text, { extraTokens, readline: true });
    this.extra = extraTokens;
    // An empty source yields nothing in the parser's mode (CPython stops before ENDMARKER).
    this.finished = !extraTokens && this.tok.source.length === 0;
  }

  /** The next token, null at the end; throws an IterError. */
  next(): IterToken | null {
    if (this.finished) return null;
    const tok = this.tok;
    let t: ReturnType<Tokenizer["next"]>;
    try {
      t = tok.next();
    } catch (e) {
      this.finished = true;
      if (e instanceof TokenizerError) throw this.convertError(e);
      throw e;
    }
    let type = t.type;
    if (type === TokenType.ENDMARKER) this.finished = true;
    const src = tok.source;
    const pStart = tok.tokStart;
    const pEnd = tok.tokEnd;
    const strLit =
      type === TokenType.STRING || type === TokenType.FSTRING_MIDDLE || type === TokenType.TSTRING_MIDDLE;
    let lineno = t.lineno;
    let endLineno = t.end_lineno;
    const curLineStart = tok.lineStartOf(endLineno);
    const lineStart = strLit ? tok.lineStartOf(lineno) : curLineStart;
    const trailing = type === TokenType.ENDMARKER || (type === TokenType.DEDENT && tok.atEOF);
    const implicit = tok.implicitNewline && tok.currentLineno >= tok.lineCount;
    // The line object, cached while tok->lineno stays the same (tokenizeriter_next).
    let changed = true;
    let lineText: string;
    if (this.extra && trailing) {
      this.line = EMPTY;
      lineText = "";
    } else if (tok.currentLineno !== this.lastLineno) {
      const inp = tok.lineBufferEmpty ? lineStart : tok.lineStartOf(tok.currentLineno + 1);
      lineText = this.lineText = src.slice(lineStart, implicit && inp > lineStart ? inp - 1 : inp);
      this.line = ENCODER.encode(lineText);
      this.diff = 0;
    } else {
      lineText = this.lineText;
      changed = false;
    }
    this.lastLineno = lineno;
    // Columns as CPython computes them, with its running byte/character difference for tokens of
    // the same line (which can go wrong, e.g. after an INDENT that starts on an earlier line).
    let col = -1;
    let endCol = -1;
    let byteOffset = -1;
    if (pStart >= 0 && pStart >= lineStart) {
      byteOffset = this.bytesTo(lineStart, pStart);
      if (changed) {
        col = charsInLine(this.line, 0, byteOffset);
        this.diff = byteOffset - col;
      } else {
        col = byteOffset - this.diff;
      }
    }
    if (pEnd >= 0 && pEnd >= curLineStart) {
      const endByteOffset = this.bytesTo(curLineStart, pEnd);
      if (lineno === endLineno) {
        const n = charsInLine(this.line, byteOffset, endByteOffset);
        endCol = col + n;
        this.diff += (pStart >= pEnd ? -utf8Length(src, pEnd, pStart) : utf8Length(src, pStart, pEnd)) - n;
      } else {
        endCol = codePointCount(src, curLineStart, pEnd);
        this.diff += endByteOffset - endCol;
      }
    }
    let str = t.string;
    if (this.extra) {
      if (trailing) {
        lineno = endLineno = lineno + 1;
        col = endCol = 0;
      }
      if (type > TokenType.DEDENT && type < TokenType.OP) type = TokenType.OP;
      else if (type === TokenType.NEWLINE) {
        if (!implicit) str = src.charCodeAt(pStart) === 13 ? "\r\n" : "\n";
        endCol++;
      } else if (type === TokenType.NL) {
        if (implicit) str = "";
      }
    }
    return { type, string: str, start: [lineno, col], end: [endLineno, endCol], line: lineText };
  }

  /** UTF-8 length of source[from, to), counted on from the previous call on the same line. */
  private bytesTo(from: number, to: number): number {
    const src = this.tok.source;
    if (from === this.cacheFrom && to >= this.cacheTo) {
      this.cacheBytes += utf8Length(src, this.cacheTo, to);
    } else {
      this.cacheFrom = from;
      this.cacheBytes = utf8Length(src, from, to);
    }
    this.cacheTo = to;
    return this.cacheBytes;
  }

  /** _tokenizer_error: the errors pegen would build from tok->done are worded differently here. */
  private convertError(e: TokenizerError): IterError {
    const tok = this.tok;
    if (e.origin === "tokenizer") {
      return {
        kind: e.kind,
        msg: e.msg,
        lineno: e.lineno,
        offset: e.offset,
        end_lineno: e.end_lineno,
        end_offset: e.end_offset,
        text: e.text,
      };
    }
    const lineno = tok.currentLineno;
    if (e.origin === "eof") {
      return {
        kind: "SyntaxError",
        msg: "unexpected EOF in multi-line statement",
        lineno,
        offset: utf8Length(tok.bufferText, 0, tok.bufferText.length),
        end_lineno: lineno,
        end_offset: null,
        text: null,
      };
    }
    const buffer = tok.bufferText;
    const line = buffer.slice(0, -1);
    const offset = byteOffsetToCharOffset(line, utf8Length(buffer, 0, buffer.length));
    let kind: SyntaxErrorKind = "SyntaxError";
    let msg = "unexpected character after line continuation character";
    if (e.origin === "dedent") {
      kind = "IndentationError";
      msg = "unindent does not match any outer indentation level";
    } else if (e.origin === "tabspace") {
      kind = "TabError";
      msg = "inconsistent use of tabs and spaces in indentation";
    } else if (e.origin === "toodeep") {
      kind = "IndentationError";
      msg = "too many levels of indentation";
    }
    return { kind, msg, lineno, offset, end_lineno: null, end_offset: null, text: line };
  }
}
