#!/usr/bin/env node
// Runs .py files on Typhon's VM using the bytecode CPython 3.14 (the oracle) compiles for them:
// tests the VM independently of Typhon's own compiler. Needs `npm run build` first.
//
//   node tools/vm-cpython-bytecode.mjs FILE.py [ARGS...]   run one file (like `typhon FILE.py`)
//   node tools/vm-cpython-bytecode.mjs --dump FILE.py      print the code object JSON
//   node tools/vm-cpython-bytecode.mjs --prefill PATH...   compile every case under PATH in one
//                                                          oracle session into .cache/pycode/
//   node tools/run-cases.mjs --cli tools/vm-cpython-bytecode.mjs PATH   run cases this way
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findCases } from "./cases.mjs";
import { runOracle } from "./oracle.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const CACHE = path.join(here, "..", ".cache", "pycode");

function cacheFile(abs, source) {
  const h = crypto.createHash("sha256").update(abs).update("\0").update(source).digest("hex").slice(0, 32);
  return path.join(CACHE, `${h}.json`);
}

function dumpScript(abs, source) {
  return `${fs.readFileSync(path.join(here, "pycode-dump.py"), "utf8")}\nmain(${JSON.stringify(abs)}, ${JSON.stringify(source)})\n`;
}

/** Compiles files with CPython (one oracle session) into the cache; returns Map(abs -> json). */
export async function cpythonCodes(files) {
  fs.mkdirSync(CACHE, { recursive: true });
  const out = new Map();
  const todo = [];
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "pycode-"));
  for (const f of files) {
    const abs = path.resolve(f);
    const source = fs.readFileSync(abs, "utf8");
    const cf = cacheFile(abs, source);
    if (fs.existsSync(cf)) {
      out.set(abs, JSON.parse(fs.readFileSync(cf, "utf8")));
      continue;
    }
    const tmp = path.join(tmpDir, `d${todo.length}.py`);
    fs.writeFileSync(tmp, dumpScript(abs, source));
    todo.push({ abs, tmp, cf });
  }
  if (todo.length) {
    const results = await runOracle(todo.map((t) => t.tmp));
    for (const t of todo) {
      const r = results.get(t.tmp);
      if (r.error || r.status !== 0) {
        out.set(t.abs, { error: r.error ?? r.stderr.toString("utf8") });
        continue;
      }
      const text = r.stdout.toString("utf8");
      fs.writeFileSync(t.cf, text);
      out.set(t.abs, JSON.parse(text));
    }
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  if (argv[0] === "--prefill") {
    const files = findCases(argv.slice(1));
    const codes = await cpythonCodes(files);
    let bad = 0;
    for (const [f, j] of codes)
      if (j.error) {
        bad++;
        process.stderr.write(`${f}: ${j.error.split("\n").slice(-2).join(" ")}\n`);
      }
    process.stdout.write(`${codes.size - bad} compiled, ${bad} failed\n`);
  } else if (argv[0] === "--dump") {
    const json = (await cpythonCodes([argv[1]])).get(path.resolve(argv[1]));
    process.stdout.write(`${JSON.stringify(json)}\n`);
  } else {
    const file = argv[0];
    const abs = path.resolve(file);
    const json = (await cpythonCodes([abs])).get(abs);
    const { runCodeJson, NodeHost } = await import(path.join(here, "..", "dist", "typhon.mjs"));
    if (json.error) {
      // CPython could not compile it (a SyntaxError case): nothing to run on the VM.
      process.stderr.write(json.error);
      process.exitCode = 1;
    } else {
      process.exitCode = runCodeJson(new NodeHost(), json, {
        source: fs.readFileSync(abs),
        filename: abs,
        argv,
      });
    }
  }
}
