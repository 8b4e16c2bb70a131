// Compile-time SyntaxWarnings against CPython 3.14 (fixture from tools/gen-compiler-fixtures.mjs):
// the messages and lines compile() warns with, and the SyntaxError (with its positions) that the
// first warning becomes under `-W error`.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { type CompileWarning, compile } from "../../src/compiler/index.ts";
import type * as A from "../../src/parser/ast.ts";
import { ParseError } from "../../src/parser/errors.ts";
import { astFromJson } from "./compiler-ast-json.ts";

const FIXTURES = path.join(process.cwd(), "tests", "unit", "fixtures");
const cases: {
  source: string;
  ast: any;
  warnings: { category: string; message: string; lineno: number }[];
  error: Record<string, unknown> | null;
}[] = JSON.parse(fs.readFileSync(path.join(FIXTURES, "compiler-warnings.json"), "utf8"));

for (const c of cases) {
  test(`compile warning: ${c.source.replaceAll("\n", "⏎")}`, () => {
    const seen: CompileWarning[] = [];
    compile(astFromJson(c.ast) as A.Module, "<case>", "exec", { warn: (w) => seen.push(w) });
    assert.deepEqual(
      seen.map((w) => ({ category: w.category, message: w.message, lineno: w.lineno })),
      c.warnings,
    );
    let got: Record<string, unknown> | null = null;
    try {
      compile(astFromJson(c.ast) as A.Module, "<case>", "exec", {
        warn: (w) => {
          throw new ParseError("SyntaxError", w.message, w.lineno, w.offset, w.end_lineno, w.end_offset);
        },
      });
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      got = {
        type: e.kind,
        msg: e.msg,
        lineno: e.lineno,
        offset: e.offset,
        end_lineno: e.end_lineno,
        end_offset: e.end_offset,
      };
    }
    assert.deepEqual(got, c.error);
  });
}
