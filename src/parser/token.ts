// Token types, numbered exactly as CPython 3.14's Lib/token.py (generated from Grammar/Tokens),
// so that the `token` and `tokenize` modules can later be served from these numbers unchanged.

export enum TokenType {
  ENDMARKER = 0,
  NAME = 1,
  NUMBER = 2,
  STRING = 3,
  NEWLINE = 4,
  INDENT = 5,
  DEDENT = 6,
  LPAR = 7,
  RPAR = 8,
  LSQB = 9,
  RSQB = 10,
  COLON = 11,
  COMMA = 12,
  SEMI = 13,
  PLUS = 14,
  MINUS = 15,
  STAR = 16,
  SLASH = 17,
  VBAR = 18,
  AMPER = 19,
  LESS = 20,
  GREATER = 21,
  EQUAL = 22,
  DOT = 23,
  PERCENT = 24,
  LBRACE = 25,
  RBRACE = 26,
  EQEQUAL = 27,
  NOTEQUAL = 28,
  LESSEQUAL = 29,
  GREATEREQUAL = 30,
  TILDE = 31,
  CIRCUMFLEX = 32,
  LEFTSHIFT = 33,
  RIGHTSHIFT = 34,
  DOUBLESTAR = 35,
  PLUSEQUAL = 36,
  MINEQUAL = 37,
  STAREQUAL = 38,
  SLASHEQUAL = 39,
  PERCENTEQUAL = 40,
  AMPEREQUAL = 41,
  VBAREQUAL = 42,
  CIRCUMFLEXEQUAL = 43,
  LEFTSHIFTEQUAL = 44,
  RIGHTSHIFTEQUAL = 45,
  DOUBLESTAREQUAL = 46,
  DOUBLESLASH = 47,
  DOUBLESLASHEQUAL = 48,
  AT = 49,
  ATEQUAL = 50,
  RARROW = 51,
  ELLIPSIS = 52,
  COLONEQUAL = 53,
  EXCLAMATION = 54,
  OP = 55,
  TYPE_IGNORE = 56,
  TYPE_COMMENT = 57,
  SOFT_KEYWORD = 58,
  FSTRING_START = 59,
  FSTRING_MIDDLE = 60,
  FSTRING_END = 61,
  TSTRING_START = 62,
  TSTRING_MIDDLE = 63,
  TSTRING_END = 64,
  COMMENT = 65,
  NL = 66,
  ERRORTOKEN = 67,
  ENCODING = 68,
  N_TOKENS = 69,
}

/**
 * One token. Positions follow CPython's C tokenizer as the parser sees them: `lineno` is
 * 1-based, `col_offset`/`end_col_offset` are 0-based offsets in UTF-8 bytes within the line
 * (that is what the AST stores). `type` is the exact type (LPAR, not OP) for operators.
 * `string` is the token's source text; for FSTRING_MIDDLE/TSTRING_MIDDLE it is the literal
 * text with `{{`/`}}` already collapsed, as CPython's tokenizer hands it to the parser.
 */
export interface Token {
  type: TokenType;
  string: string;
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/**
 * The tokenizer's interface, implemented in tokenizer.ts. Lazy, as CPython's: the parser pulls
 * tokens one at a time, and a tokenizer error (a ParseError) is thrown when the bad token is
 * reached, so errors come out in the order CPython reports them.
 */
export interface TokenizerOptions {
  /** Emit COMMENT and NL tokens and ENCODING first, as the `tokenize` module's extra_tokens mode. */
  extraTokens?: boolean;
  /** The file name, for error messages. */
  filename?: string;
}
