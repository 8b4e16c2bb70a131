#!/usr/bin/env node
// Generates the expectations of tests/parser/errors.mjs with the oracle (CPython 3.14.2 in Pyodide):
//   tests/parser/errors/expected.json  file -> the one-line error of ast.parse(bytes), in
//                                      tools/dump-ast.mjs's format: "Kind: msg (l, o, el, eo)"
//   tests/parser/valid/expected.json   file -> ast.dump(ast.parse(bytes), include_attributes=True)
// A broken-source case that CPython parses, or a valid one it rejects, is reported and makes the
// generator exit 1 (the case is wrong, not the parser).
//
//   node tools/gen-parser-errors.mjs
import fs from "node:fs";
import path from "node:path";
import { oracleOutcomes } from "../tests/parser/lib/oracle-py.mjs";
import { ROOT } from "../tests/parser/lib/zip.mjs";

const ERRORS = path.join(ROOT, "tests/parser/errors");
const VALID = path.join(ROOT, "tests/parser/valid");

/** The .py cases of a folder, sorted by name. */
function cases(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".py"))
    .sort();
}

/** Writes { name: text } as JSON with one entry per line (readable git diffs). */
function writeJson(file, entries) {
  const lines = entries.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
  fs.writeFileSync(file, `{\n${lines.join(",\n")}\n}\n`);
}

async function main() {
  const errorCases = cases(ERRORS);
  const validCases = cases(VALID);
  const abs = [...errorCases.map((f) => path.join(ERRORS, f)), ...validCases.map((f) => path.join(VALID, f))];
  const outcomes = await oracleOutcomes(abs);
  let wrong = 0;
  const errors = errorCases.map((f) => {
    const o = outcomes.get(path.join(ERRORS, f));
    if (o.ok) {
      wrong++;
      console.log(`errors/${f}: CPython parses it; it is not a broken-source case`);
    }
    return [f, o.ok ? "(parses)" : o.text];
  });
  const valid = validCases.map((f) => {
    const o = outcomes.get(path.join(VALID, f));
    if (!o.ok) {
      wrong++;
      console.log(`valid/${f}: CPython rejects it: ${o.text}`);
    }
    return [f, o.text];
  });
  writeJson(path.join(ERRORS, "expected.json"), errors);
  writeJson(path.join(VALID, "expected.json"), valid);
  console.log(`wrote expectations for ${errors.length} broken and ${valid.length} valid cases`);
  if (wrong) {
    console.log(`${wrong} case(s) do not do what their folder says`);
    process.exitCode = 1;
  }
}

await main();
