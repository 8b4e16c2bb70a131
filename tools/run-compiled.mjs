#!/usr/bin/env node
// Runs a .py file end to end on Typhon's own parser, compiler and VM, as `typhon FILE.py` will once
// the API wires the compiler in (src/api/run.ts compilerHooks). For testing the compiler:
//
//   node tools/run-compiled.mjs FILE.py [ARGS...]
//   node tools/run-cases.mjs --cli tools/run-compiled.mjs tests/cases     the differential cases
//
// The bundle (.cache/run-compiled/bundle.mjs) is rebuilt when a file under src/ is newer.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, ".cache", "run-compiled", "bundle.mjs");

function newestMtime(dir) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

if (!fs.existsSync(OUT) || fs.statSync(OUT).mtimeMs < newestMtime(path.join(ROOT, "src"))) {
  const esbuild = await import("esbuild");
  const entry = `
    import { compilerHooks, runProgram, NodeHost } from "./src/api/index.ts";
    import { parse } from "./src/parser/index.ts";
    import { compile } from "./src/compiler/index.ts";
    compilerHooks.compile = (source, filename) => compile(parse(source, filename, "exec"), filename, "exec");
    export { runProgram, NodeHost };
  `;
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outfile: OUT,
    logLevel: "error",
  });
}
const { runProgram, NodeHost } = await import(OUT);
const argv = process.argv.slice(2);
if (!argv.length) {
  console.error("usage: node tools/run-compiled.mjs FILE.py [ARGS...]");
  process.exit(2);
}
const file = path.resolve(argv[0]);
process.exitCode = runProgram(new NodeHost(), { source: fs.readFileSync(file), filename: file, argv });
