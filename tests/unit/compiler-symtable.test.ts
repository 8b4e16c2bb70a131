// Symbol tables against CPython 3.14's `symtable` module (fixture from
// tools/gen-compiler-fixtures.mjs): the same scopes, in the same order, with the same flags
// (DEF_* bits and the scope in bits 12+) for every symbol.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parseFuture } from "../../src/compiler/future.ts";
import { BlockType, buildSymtable, type SymbolTableEntry } from "../../src/compiler/symtable.ts";
import type * as A from "../../src/parser/ast.ts";
import { astFromJson } from "./compiler-ast-json.ts";

const FIXTURES = path.join(process.cwd(), "tests", "unit", "fixtures");
const cases: { source: string; ast: any; table: Table }[] = JSON.parse(
  fs.readFileSync(path.join(FIXTURES, "compiler-symtable.json"), "utf8"),
);

interface Table {
  type: string;
  name: string;
  lineno: number;
  symbols: Record<string, number>;
  children: Table[];
}

const TYPE_NAMES: Record<number, string> = {
  [BlockType.Function]: "function",
  [BlockType.Class]: "class",
  [BlockType.Module]: "module",
  [BlockType.Annotation]: "annotation",
  [BlockType.TypeAlias]: "type alias",
  [BlockType.TypeParameters]: "type parameters",
  [BlockType.TypeVariable]: "type variable",
};

function ours(ste: SymbolTableEntry): Table {
  return {
    type: TYPE_NAMES[ste.type]!,
    name: ste.name,
    lineno: ste.lineno,
    symbols: Object.fromEntries(ste.symbols),
    children: ste.children.map(ours),
  };
}

for (const c of cases) {
  test(`symtable: ${c.source.split("\n")[0]}`, () => {
    const mod = astFromJson(c.ast) as A.Module;
    const st = buildSymtable(mod, parseFuture(mod).features);
    assert.deepEqual(ours(st.top), c.table, c.source);
  });
}
