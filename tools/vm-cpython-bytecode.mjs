#!/usr/bin/env node
// Runs a .py file on Typhon's VM using the bytecode CPython 3.14 (the oracle) compiles for it:
// tests the VM independently of Typhon's own compiler.
//
//   node tools/vm-cpython-bytecode.mjs FILE.py [--dump]      (needs `npm run build` first)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runOracle } from "./oracle.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));

export async function cpythonCode(file) {
  const abs = path.resolve(file);
  const source = fs.readFileSync(abs, "utf8");
  const script = `${fs.readFileSync(path.join(here, "pycode-dump.py"), "utf8")}\nmain(${JSON.stringify(abs)}, ${JSON.stringify(source)})\n`;
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pycode-")), "dump.py");
  fs.writeFileSync(tmp, script);
  const r = (await runOracle([tmp])).get(tmp);
  if (r.error || r.status !== 0) throw new Error(`oracle failed: ${r.error ?? r.stderr.toString()}`);
  return JSON.parse(r.stdout.toString("utf8"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  const json = await cpythonCode(file);
  if (process.argv.includes("--dump")) {
    process.stdout.write(`${JSON.stringify(json)}\n`);
  } else {
    const { runCodeJson, NodeHost } = await import(path.join(here, "..", "dist", "typhon.mjs"));
    const abs = path.resolve(file);
    process.exitCode = runCodeJson(new NodeHost(), json, { source: fs.readFileSync(abs), filename: abs, argv: [file] });
  }
}
