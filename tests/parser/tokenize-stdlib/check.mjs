#!/usr/bin/env node
// The tokenizer's differential check: for every .py member of python_stdlib.zip, our
// TokenizerIter (dist/parser.mjs; `npm run build`) must give the same tokens as CPython 3.14's
// _tokenize.TokenizerIter, with extra_tokens=True (the tokenize module) and False (the parser's
// tokens), compared through expected.json (regenerate with gen.mjs). For failing files it asks
// the oracle for the full token text and prints the first differing token.
//
//   node tests/parser/tokenize-stdlib/check.mjs            all files
//   node tests/parser/tokenize-stdlib/check.mjs json/ re.py  members whose name contains a word
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runPython } from "../lib/oracle-py.mjs";
import { ROOT, readZip, STDLIB_ZIP } from "../lib/zip.mjs";
import { canon, digest, MODES, PY_CANON } from "./common.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MAX_DETAILS = 20;

const expected = JSON.parse(fs.readFileSync(path.join(HERE, "expected.json"), "utf8")).files;
const filters = process.argv.slice(2);
let names = Object.keys(expected);
if (filters.length) names = names.filter((n) => filters.some((f) => n.includes(f)));

const parser = await import(pathToFileURL(path.join(ROOT, "dist/parser.mjs")).href);
const sources = readZip(STDLIB_ZIP);

let passed = 0;
const failures = []; // [name, mode, ours]
const t0 = performance.now();
for (const name of names) {
  const bytes = sources.get(name);
  let problem = null;
  if (!bytes) problem = "missing from python_stdlib.zip";
  else {
    let text;
    try {
      text = parser.decodeSource(new Uint8Array(bytes), name).text;
    } catch (e) {
      problem = `decodeSource failed: ${e?.msg ?? e}`;
    }
    for (const mode of MODES) {
      if (problem) break;
      let ours;
      try {
        ours = canon(parser, text, mode === "extra");
      } catch (e) {
        problem = `${mode}: crash: ${e?.stack ?? e}`;
        break;
      }
      const [n, sha] = digest(ours);
      const [en, esha] = expected[name][mode];
      if (n !== en || sha !== esha) {
        problem = `${mode}: ${n} tokens, expected ${en}${n === en ? " (different)" : ""}`;
        failures.push([name, mode, ours]);
      }
    }
  }
  if (problem) console.log(`FAIL ${name}: ${problem}`);
  else passed++;
}
const ms = performance.now() - t0;

if (failures.length) {
  const detail = failures.slice(0, MAX_DETAILS);
  const code = `${PY_CANON}
import json, os, zipfile
with open(os.path.join(os.path.dirname(__file__), "input.json"), encoding="utf-8") as f:
    req = json.load(f)
with zipfile.ZipFile(req["zip"]) as z:
    for name, mode in req["items"]:
        print(json.dumps({"name": name, "mode": mode, "text": canon(z.read(name), mode == "extra")}))
`;
  const out = await runPython(code, { zip: STDLIB_ZIP, items: detail.map(([n, m]) => [n, m]) });
  const theirs = new Map();
  for (const line of out.split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    theirs.set(`${r.name} ${r.mode}`, r.text);
  }
  for (const [name, mode, ours] of detail) {
    const a = ours.split("\n");
    const b = (theirs.get(`${name} ${mode}`) ?? "").split("\n");
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    console.log(
      `DIFF ${name} (${mode}) token #${i}:\n   ours: ${JSON.stringify(a[i] ?? "<end>")}\n   cpython: ${JSON.stringify(b[i] ?? "<end>")}`,
    );
  }
  if (failures.length > MAX_DETAILS) console.log(`(details for the first ${MAX_DETAILS} failures only)`);
}
console.log(`tokenized in ${(ms / 1000).toFixed(2)} s`);
const failed = names.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
