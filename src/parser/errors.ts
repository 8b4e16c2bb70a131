// Errors the parser layer reports. The parser knows nothing of Python objects: it throws this
// JS class, and the layer that owns Python objects turns it into a SyntaxError/IndentationError/
// TabError instance with the same fields (Objects/exceptions.c: SyntaxError_init).

export type SyntaxErrorKind = "SyntaxError" | "IndentationError" | "TabError";

export class ParseError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    /** The message, exactly as CPython 3.14 words it (e.value.msg). */
    readonly msg: string,
    /** 1-based line number, or 0 when CPython reports none. */
    readonly lineno: number,
    /** 1-based offset in characters (code points) within the line, as CPython's e.offset. */
    readonly offset: number,
    readonly end_lineno: number,
    readonly end_offset: number,
    /** The offending source line (with its newline), as CPython's e.text, or null. */
    readonly text: string | null = null,
  ) {
    super(msg);
  }
}
