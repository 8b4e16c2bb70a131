#!/usr/bin/env node
// A fixed corpus of 400 mutated stdlib chunks (tests/parser/mutants.json, from
// tools/gen-parser-mutants.mjs): for each, our outcome must equal CPython 3.14's, i.e. the same
// one-line error "Kind: msg (lineno, offset, end_lineno, end_offset)", or, where the mutant is
// still valid Python, the same dump (sha256 + length).
//
//   node tests/parser/mutants.mjs              check all
//   node tests/parser/mutants.mjs --show m0042 print one mutant's source and both outcomes
//   node tests/parser/mutants.mjs --diff m0042 diff our dump against a fresh oracle dump
//   node tests/parser/mutants.mjs --corpus .cache/mutants-2.json   another corpus (see the generator)
import fs from "node:fs";
import path from "node:path";
import { finish, loadParser, ourOutcome, prettyDump, sha256, unifiedDiff } from "./lib/common.mjs";
import { oracleOutcomes } from "./lib/oracle-py.mjs";
import { ROOT } from "./lib/zip.mjs";

const args = process.argv.slice(2);
const at = args.indexOf("--corpus");
const CORPUS = at >= 0 ? path.resolve(args.splice(at, 2)[1]) : path.join(ROOT, "tests/parser/mutants.json");

/** The mutants: [{ id, from, steps, source, expected: { error } | { sha256, length } }]. */
function readCorpus() {
  return JSON.parse(fs.readFileSync(CORPUS, "utf8")).filter((m) => m.id);
}

/** Our outcome in the corpus's terms: { error } or { sha256, length } or { crash }. */
function ours(parser, m) {
  const o = ourOutcome(parser, Buffer.from(m.source, "utf8"), "<mutant>");
  if (o.crash) return { crash: o.crash };
  if (!o.ok) return { error: o.text };
  return { sha256: sha256(o.text), length: Buffer.byteLength(o.text, "utf8"), text: o.text };
}

const describe = (o) => (o.crash ? `crash: ${o.crash}` : (o.error ?? `a tree (dump of ${o.length} bytes)`));

function same(a, b) {
  return a.error !== undefined ? a.error === b.error : a.sha256 === b.sha256 && a.length === b.length;
}

async function checkAll() {
  const corpus = readCorpus();
  const parser = await loadParser();
  if (parser.error) {
    console.log(`FAIL: ${parser.error}`);
    return finish(0, corpus.length);
  }
  let passed = 0;
  let failed = 0;
  for (const m of corpus) {
    const o = ours(parser, m);
    if (!o.crash && same(m.expected, o)) {
      passed++;
      continue;
    }
    failed++;
    console.log(
      `FAIL ${m.id} (${m.from}; ${m.steps})\n  expected: ${describe(m.expected)}\n  actual:   ${describe(o)}`,
    );
  }
  if (failed) console.log("(see one with: node tests/parser/mutants.mjs --show ID)");
  finish(passed, failed);
}

/** Prints one mutant, or diffs its dump against a fresh oracle dump. */
async function inspect(id, diff) {
  const m = readCorpus().find((x) => x.id === id);
  if (!m) {
    console.log(`no mutant ${id}`);
    process.exitCode = 2;
    return;
  }
  const parser = await loadParser();
  if (parser.error) {
    console.log(`FAIL: ${parser.error}`);
    process.exitCode = 1;
    return;
  }
  const o = ours(parser, m);
  if (!diff) {
    console.log(`${m.id} from ${m.from} (${m.steps}):\n${"-".repeat(60)}\n${m.source}\n${"-".repeat(60)}`);
    console.log(`expected: ${describe(m.expected)}\nactual:   ${describe(o)}`);
    process.exitCode = !o.crash && same(m.expected, o) ? 0 : 1;
    return;
  }
  const dir = path.join(ROOT, ".cache/mutants");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${m.id}.py`);
  fs.writeFileSync(file, m.source);
  const theirs = (await oracleOutcomes([file])).get(file);
  const show = (x) => (x.ok ? prettyDump(x.text) : `${x.text}\n`);
  const mine = o.crash ? `crash: ${o.crash}\n` : o.error ? `${o.error}\n` : prettyDump(o.text);
  process.stdout.write(unifiedDiff(show(theirs), mine));
}

if (args[0] === "--show" || args[0] === "--diff") await inspect(args[1], args[0] === "--diff");
else await checkAll();
