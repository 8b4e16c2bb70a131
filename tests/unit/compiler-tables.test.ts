// The compiler's tables against CPython 3.14: stack effects (fixture from tools/gen-opcodes.mjs),
// and the location and exception tables of code objects CPython compiled (fixture from
// tools/gen-compiler-fixtures.mjs): our decoders must read CPython's bytes as CPython does, and
// our encoders must round-trip.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { OPMAP } from "../../src/compiler/opcodes.ts";
import { stackEffect } from "../../src/compiler/stack-effect.ts";
import {
  decodeExceptionTable,
  decodeLocationTable,
  type ExceptionTableEntry,
  encodeExceptionTable,
  LocationTableWriter,
  type SourceLocation,
} from "../../src/objects/code.ts";

const FIXTURES = path.join(process.cwd(), "tests", "unit", "fixtures");
function fixture(name: string): any {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8"));
}

test("stack effects match _opcode.stack_effect", () => {
  const effects: Record<string, Record<string, number>> = fixture("stack-effects.json");
  let checked = 0;
  for (const [name, row] of Object.entries(effects)) {
    if (name.startsWith("INSTRUMENTED_") || name === "ENTER_EXECUTOR") continue;
    const op = OPMAP[name]!;
    for (const [key, expected] of Object.entries(row)) {
      const [arg, jump] = key.split("/");
      if (jump === "None") continue;
      assert.equal(stackEffect(op, Number(arg), jump === "True"), expected, `${name} ${key}`);
      checked++;
    }
  }
  assert.ok(checked > 1000);
});

interface CodeTables {
  linetable: number[];
  firstlineno: number;
  ncode: number;
  positions: (number | null)[][];
  lines: (number | null)[][];
  exceptiontable: number[];
  entries: [number, number, number, number, boolean][];
}

const tables: { source: string; codes: CodeTables[] }[] = fixture("compiler-tables.json");

test("decodeLocationTable reads CPython's co_linetable as co_positions() does", () => {
  for (const t of tables) {
    for (const co of t.codes) {
      const pos = decodeLocationTable(Uint8Array.from(co.linetable), co.firstlineno, co.ncode);
      assert.deepEqual(
        pos.map((p) => [p.lineno, p.end_lineno, p.col, p.end_col]),
        co.positions,
        t.source,
      );
    }
  }
});

test("decodeExceptionTable reads CPython's co_exceptiontable as dis does", () => {
  for (const t of tables) {
    for (const co of t.codes) {
      const entries = decodeExceptionTable(Uint8Array.from(co.exceptiontable));
      assert.deepEqual(
        entries.map((e) => [e.start, e.end, e.target, e.depth, e.lasti]),
        co.entries,
        t.source,
      );
    }
  }
});

test("encodeExceptionTable reproduces CPython's bytes", () => {
  for (const t of tables) {
    for (const co of t.codes) {
      const entries: ExceptionTableEntry[] = co.entries.map(([start, end, target, depth, lasti]) => ({
        start,
        end,
        target,
        depth,
        lasti,
      }));
      assert.deepEqual(Array.from(encodeExceptionTable(entries)), co.exceptiontable, t.source);
    }
  }
});

test("exception table round-trips large values", () => {
  const entries: ExceptionTableEntry[] = [
    { start: 0, end: 1, target: 2, depth: 0, lasti: false },
    { start: 63, end: 64, target: 4095, depth: 5, lasti: true },
    { start: 4096, end: 300000, target: 262144, depth: 1000, lasti: false },
    { start: (1 << 29) + 5, end: (1 << 29) + 70000, target: 1 << 24, depth: 1 << 20, lasti: true },
  ];
  assert.deepEqual(decodeExceptionTable(encodeExceptionTable(entries)), entries);
});

test("LocationTableWriter reproduces CPython's co_linetable from co_positions()", () => {
  for (const t of tables) {
    for (const co of t.codes) {
      // Re-encode run by run (CPython merges equal neighbouring positions into one run).
      const w = new LocationTableWriter(co.firstlineno);
      const decoded = decodeLocationTable(Uint8Array.from(co.linetable), co.firstlineno, co.ncode);
      // Runs as CPython wrote them: walk the table's entries to get their lengths.
      const runs: [SourceLocation, number][] = [];
      let i = 0;
      let unit = 0;
      const tbl = co.linetable;
      while (i < tbl.length) {
        const first = tbl[i]!;
        const len = (first & 7) + 1;
        i++;
        while (i < tbl.length && !(tbl[i]! & 0x80)) i++;
        const p = decoded[unit]!;
        const loc: SourceLocation = {
          lineno: p.lineno ?? -1,
          end_lineno: p.end_lineno ?? -1,
          col_offset: p.col ?? -1,
          end_col_offset: p.end_col ?? -1,
        };
        const prev = runs[runs.length - 1];
        if (prev && JSON.stringify(prev[0]) === JSON.stringify(loc)) prev[1] += len;
        else runs.push([loc, len]);
        unit += len;
      }
      for (const [loc, n] of runs) w.write(loc, n);
      assert.deepEqual(Array.from(w.finish()), co.linetable, t.source);
    }
  }
});
