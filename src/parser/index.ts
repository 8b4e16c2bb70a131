// Public entry of the parser layer (bundled as dist/parser.mjs for tools and tests).
// Filled in by the parser work (issue 3): parse(), dumpAst(), the Tokenizer.

export * as ast from "./ast.ts";
export { type DumpOptions, dumpAst, reprValue } from "./dump.ts";
export { ParseError } from "./errors.ts";
export {
  IncompleteInputError,
  type ParseMode,
  type ParseOptions,
  ParserStackOverflow,
  parse,
} from "./parser.ts";
export type { Token, TokenizerOptions } from "./token.ts";
export { TokenType } from "./token.ts";
export type { TokenizerErrorOrigin, TokenizerWarning, TokenWithMetadata } from "./tokenizer.ts";
export {
  byteOffsetToCharOffset,
  charOffsetToByteOffset,
  decodeSource,
  Tokenizer,
  TokenizerError,
} from "./tokenizer.ts";
export type { IterError, IterToken } from "./tokenizeriter.ts";
export { TokenizerIter } from "./tokenizeriter.ts";
