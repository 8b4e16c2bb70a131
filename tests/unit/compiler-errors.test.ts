// Compile-time SyntaxErrors (raised by the symbol table and the code generator, after parsing)
// against CPython 3.14: message and positions (fixture from tools/gen-compiler-fixtures.mjs).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { compile } from "../../src/compiler/index.ts";
import type * as A from "../../src/parser/ast.ts";
import { ParseError } from "../../src/parser/errors.ts";
import { astFromJson } from "./compiler-ast-json.ts";

const FIXTURES = path.join(process.cwd(), "tests", "unit", "fixtures");
const cases: { source: string; ast: any; error: Record<string, unknown> | null }[] = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, "compiler-errors.json"), "utf8"),
);

for (const c of cases) {
  test(`compile error: ${c.source.replaceAll("\n", "⏎")}`, () => {
    const mod = astFromJson(c.ast) as A.Module;
    let got: Record<string, unknown> | null = null;
    try {
      compile(mod, "<case>", "exec");
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
