// Deciding when the interactive prompt has a complete statement (what CPython's basic REPL and
// codeop do): keep reading with sys.ps2 while the input is incomplete — an open bracket or
// triple-quoted string, a trailing backslash, a block header still waiting for its body — and,
// once a compound statement has started, until the user enters an empty line.

import { ParseError } from "../parser/errors.ts";
import { parse } from "../parser/index.ts";

const INCOMPLETE_MESSAGES = [
  "was never closed",
  "unterminated triple-quoted string literal",
  "unexpected EOF while parsing",
  "expected an indented block",
];

const COMPOUND = new Set([
  "If",
  "For",
  "AsyncFor",
  "While",
  "With",
  "AsyncWith",
  "Try",
  "TryStar",
  "FunctionDef",
  "AsyncFunctionDef",
  "ClassDef",
  "Match",
]);

export type InputState = "complete" | "more";

export class InteractiveBuffer {
  private lines: string[] = [];

  get source(): string {
    return this.lines.length ? `${this.lines.join("\n")}\n` : "";
  }

  get empty(): boolean {
    return this.lines.length === 0;
  }

  reset(): void {
    this.lines = [];
  }

  /** Adds a line; says whether the buffer now holds a complete statement to run. */
  push(line: string): InputState {
    this.lines.push(line);
    const blank = line.trim() === "";
    if (this.lines.length === 1 && blank) return "complete";
    const src = this.source;
    const startsBlock = /^\s*@/.test(this.lines[0]) || /:\s*(#.*)?$/.test(this.lines[0]);
    try {
      const mod = parse(src, "<stdin>", "single") as { body: object[] };
      const first = mod.body[0] as { constructor: { _name?: string; name: string } } | undefined;
      const kind = first ? (first.constructor._name ?? first.constructor.name) : "";
      if ((COMPOUND.has(kind) || startsBlock) && !blank) return "more";
      return "complete";
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      if (blank) return "complete";
      if (INCOMPLETE_MESSAGES.some((m) => e.msg.includes(m))) return "more";
      if (line.endsWith("\\")) return "more";
      // A block that has started but is not finished yet (e.g. `try:` body without its handler,
      // or a decorator without its definition) keeps reading until an empty line.
      if (startsBlock) return "more";
      return "complete";
    }
  }
}
