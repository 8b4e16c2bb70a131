#!/usr/bin/env node
// Parser benchmark: parse every .py of python_stdlib.zip (CPython 3.14's pure-Python stdlib, 559
// files, ~9.6 MB) with Typhon's parser (in-process, dist/parser.mjs), with native CPython 3.13's
// ast.parse and with Pyodide's (CPython 3.14 in WebAssembly) ast.parse, in one run. Each side does
// a warm-up round and then N timed rounds over the same bytes; the best round counts. Only files
// that every side parses are timed (3.13's grammar is older: PEP 758 and t-strings fail there).
//
//   node bench/parse-stdlib.mjs                    5 rounds (Pyodide 3)
//   node bench/parse-stdlib.mjs --rounds 10 --no-pyodide
//   TYPHON_BENCH_PYTHON=/path/to/python3 node bench/parse-stdlib.mjs
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadParser } from "../tests/parser/lib/common.mjs";
import { runPython } from "../tests/parser/lib/oracle-py.mjs";
import { ROOT, readZip, STDLIB_ZIP } from "../tests/parser/lib/zip.mjs";

const NATIVE_PYTHON =
  process.env.TYPHON_BENCH_PYTHON ?? path.join(os.homedir(), ".pyenv/versions/3.13.0/bin/python3");
const WORK = path.join(ROOT, ".cache/bench-parse-stdlib");

// Times ast.parse over files already in memory. Input (JSON): { dir, names, rounds }. Keeps only
// the files that parse, does one warm-up round, then prints { parsed, failed, rounds: [ms...] }.
const TIMING_PY = `
import ast, json, os, sys, time
arg = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1].endswith(".json") else os.path.join(os.path.dirname(__file__), "input.json")
with open(arg, encoding="utf-8") as f:
    req = json.load(f)
sources = []
failed = []
for name in req["names"]:
    with open(os.path.join(req["dir"], name), "rb") as f:
        data = f.read()
    try:
        ast.parse(data)
    except (SyntaxError, ValueError) as e:
        failed.append(name)
        continue
    sources.append((name, data))
rounds = []
for _ in range(req["rounds"]):
    t0 = time.perf_counter()
    for name, data in sources:
        ast.parse(data)
    rounds.append((time.perf_counter() - t0) * 1000)
print(json.dumps({"parsed": [n for n, _ in sources], "failed": failed, "rounds": rounds}))
`;

function parseArgs(argv) {
  const opts = { rounds: 5, pyodideRounds: 3, pyodide: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--rounds") opts.rounds = Number(argv[++i]);
    else if (argv[i] === "--pyodide-rounds") opts.pyodideRounds = Number(argv[++i]);
    else if (argv[i] === "--no-pyodide") opts.pyodide = false;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return opts;
}

/** Writes the zip's .py members under WORK so the Python sides read the very same bytes. */
function extract(files) {
  fs.rmSync(WORK, { recursive: true, force: true });
  for (const [name, bytes] of files) {
    const file = path.join(WORK, "lib", name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
  }
  fs.writeFileSync(path.join(WORK, "timing.py"), TIMING_PY);
}

/** Typhon: one round over `names`; returns { ms, parsed: [...] }. */
function typhonRound(parser, files, names) {
  const parsed = [];
  const t0 = performance.now();
  for (const name of names) {
    try {
      parser.parse(files.get(name), name, "exec");
      parsed.push(name);
    } catch {
      // a ParseError or a crash: the file is left out of the timed set
    }
  }
  return { ms: performance.now() - t0, parsed };
}

/** Native CPython: warm-up plus `rounds` timed rounds, in a child process. */
function nativeTiming(names, rounds) {
  if (!fs.existsSync(NATIVE_PYTHON)) return { error: `${NATIVE_PYTHON} not found (set TYPHON_BENCH_PYTHON)` };
  const input = path.join(WORK, "native-input.json");
  fs.writeFileSync(input, JSON.stringify({ dir: path.join(WORK, "lib"), names, rounds: rounds + 1 }));
  const r = spawnSync(NATIVE_PYTHON, [path.join(WORK, "timing.py"), input], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) return { error: `native python failed: ${r.stderr.trim().split("\n").pop()}` };
  const out = JSON.parse(r.stdout);
  return { ...out, rounds: out.rounds.slice(1) };
}

/** Pyodide's CPython 3.14 through the oracle; one load, then warm-up plus `rounds` timed rounds. */
async function pyodideTiming(names, rounds) {
  try {
    const out = JSON.parse(
      await runPython(TIMING_PY, { dir: path.join(WORK, "lib"), names, rounds: rounds + 1 }),
    );
    return { ...out, rounds: out.rounds.slice(1) };
  } catch (e) {
    return { error: `pyodide failed: ${String(e?.message ?? e).split("\n")[0]}` };
  }
}

const best = (xs) => Math.min(...xs);
const fmt = (ms) => `${ms.toFixed(1).padStart(9)} ms`;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const files = readZip(STDLIB_ZIP);
  const all = [...files.keys()];
  extract(files);
  const parser = await loadParser();
  let common = all;
  if (parser.error) console.log(`Typhon: skipped (${parser.error})`);
  else common = typhonRound(parser, files, all).parsed; // the warm-up round

  const native = nativeTiming(common, opts.rounds);
  if (native.error) console.log(`CPython: skipped (${native.error})`);
  else common = native.parsed;
  const pyodide = opts.pyodide ? await pyodideTiming(common, opts.pyodideRounds) : { error: "--no-pyodide" };
  if (pyodide.error) console.log(`Pyodide: skipped (${pyodide.error})`);
  else if (pyodide.parsed.length !== common.length) console.log("note: Pyodide timed a different file set");

  const typhon = [];
  if (!parser.error) for (let i = 0; i < opts.rounds; i++) typhon.push(typhonRound(parser, files, common).ms);

  const bytes = common.reduce((n, name) => n + files.get(name).length, 0);
  const skipped = all.filter((n) => !common.includes(n));
  console.log(
    `parse-stdlib: ${common.length} of ${all.length} stdlib files (${(bytes / 1e6).toFixed(1)} MB) parsed by every side; ` +
      `best of ${opts.rounds} rounds (Pyodide ${opts.pyodideRounds}) after a warm-up`,
  );
  if (skipped.length) {
    const more = skipped.length > 10 ? `, ... (${skipped.length} in all)` : "";
    console.log(`  left out (not parsed by every side): ${skipped.slice(0, 10).join(", ")}${more}`);
  }
  const rows = [
    ["Typhon (Node)", typhon.length ? best(typhon) : null],
    ["CPython 3.13 native", native.error ? null : best(native.rounds)],
    ["CPython 3.14 Pyodide", pyodide.error ? null : best(pyodide.rounds)],
  ];
  for (const [label, ms] of rows) {
    if (ms !== null)
      console.log(`  ${label.padEnd(22)}${fmt(ms)}  ${((bytes / 1e6 / ms) * 1000).toFixed(1)} MB/s`);
  }
  const [t, c, p] = rows.map((r) => r[1]);
  if (t !== null && c !== null) console.log(`  ratio Typhon/CPython: ${(t / c).toFixed(2)}`);
  if (t !== null && p !== null) console.log(`  ratio Typhon/Pyodide: ${(t / p).toFixed(2)}`);
}

await main();
