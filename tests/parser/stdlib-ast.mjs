#!/usr/bin/env node
// The parser's main check: for every .py in python_stdlib.zip, our
// dumpAst(parse(bytes), { includeAttributes: true }) must equal CPython 3.14's
// ast.dump(ast.parse(bytes), include_attributes=True), compared through the sha256 + length stored in
// tests/parser/stdlib-ast.json (regenerate with `node tools/gen-stdlib-ast.mjs`).
//
//   node tests/parser/stdlib-ast.mjs               check all files
//   node tests/parser/stdlib-ast.mjs json/ re.py   check only members whose name contains a word
//   node tests/parser/stdlib-ast.mjs --diff json/decoder.py [more members...]
//                                                  diff our dump of members against fresh oracle
//                                                  dumps (pretty-printed, one node per line)
import fs from "node:fs";
import path from "node:path";
import { finish, loadParser, ourOutcome, prettyDump, sha256, unifiedDiff } from "./lib/common.mjs";
import { oracleZipOutcomes } from "./lib/oracle-py.mjs";
import { ROOT, readZip, STDLIB_ZIP } from "./lib/zip.mjs";

const EXPECTED = path.join(ROOT, "tests/parser/stdlib-ast.json");

/** Compares one file with its expectation; returns null when it passes, else the failure text. */
function check(parser, name, bytes, expected) {
  const t0 = performance.now();
  const ours = ourOutcome(parser, bytes, name);
  const ms = performance.now() - t0;
  const slow = ms > 2000 ? ` (slow: ${ms.toFixed(0)} ms)` : "";
  if (ours.crash) return `crash: ${ours.crash}${slow}`;
  if (expected.error) {
    if (!ours.ok && ours.text === expected.error) return null;
    return `expected ${expected.error}\n    got ${ours.ok ? "a tree" : ours.text}`;
  }
  if (!ours.ok) return `expected a tree, got ${ours.text}${slow}`;
  const length = Buffer.byteLength(ours.text, "utf8");
  if (length === expected.length && sha256(ours.text) === expected.sha256)
    return slow ? `passes but${slow}` : null;
  return `dump differs (${length} bytes, expected ${expected.length}); run with --diff ${name}`;
}

async function runAll(filters) {
  const expected = JSON.parse(fs.readFileSync(EXPECTED, "utf8")).files;
  let names = Object.keys(expected);
  if (filters.length) names = names.filter((n) => filters.some((f) => n.includes(f)));
  const parser = await loadParser();
  if (parser.error) {
    console.log(`FAIL: ${parser.error}`);
    return finish(0, names.length);
  }
  const sources = readZip(STDLIB_ZIP);
  let passed = 0;
  let failed = 0;
  for (const name of names) {
    const bytes = sources.get(name);
    const problem = bytes ? check(parser, name, bytes, expected[name]) : "missing from python_stdlib.zip";
    if (problem && !problem.startsWith("passes")) {
      failed++;
      console.log(`FAIL ${name}: ${problem}`);
    } else {
      if (problem) console.log(`note ${name}: ${problem}`);
      passed++;
    }
  }
  finish(passed, failed);
}

/**
 * Shows where our dumps of some zip members depart from freshly generated oracle dumps (one
 * oracle load for all of them), pretty-printed one node per line.
 */
async function diffMany(names) {
  const sources = readZip(STDLIB_ZIP);
  const unknown = names.filter((n) => !sources.has(n));
  if (unknown.length || names.length === 0) {
    console.log(
      `not in python_stdlib.zip: ${unknown.join(", ") || "(no name given)"} (give member names, e.g. json/decoder.py)`,
    );
    process.exitCode = 2;
    return;
  }
  const parser = await loadParser();
  if (parser.error) {
    console.log(`FAIL: ${parser.error}`);
    process.exitCode = 1;
    return;
  }
  const theirs = await oracleZipOutcomes(STDLIB_ZIP, names);
  const show = (o) => (o.crash ? `crash: ${o.crash}\n` : o.ok ? prettyDump(o.text) : `${o.text}\n`);
  let differing = 0;
  for (const name of names) {
    const ours = ourOutcome(parser, sources.get(name), name);
    const diff = unifiedDiff(show(theirs.get(name)), show(ours), [
      `${name} (CPython 3.14)`,
      `${name} (Typhon)`,
    ]);
    if (diff !== "(no difference)\n") differing++;
    process.stdout.write(names.length > 1 ? `== ${name}\n${diff}` : diff);
  }
  process.exitCode = differing ? 1 : 0;
}

const args = process.argv.slice(2);
const at = args.indexOf("--diff");
if (at >= 0) await diffMany(args.slice(at + 1));
else await runAll(args);
