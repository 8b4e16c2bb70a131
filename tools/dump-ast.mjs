#!/usr/bin/env node
// Prints what CPython 3.14 prints for `print(ast.dump(ast.parse(source_bytes), include_attributes=True))`,
// using Typhon's parser (dist/parser.mjs; run `npm run build` first). For source that does not
// parse, prints the one line `Kind: msg (lineno, offset, end_lineno, end_offset)` and exits 1.
//
//   node tools/dump-ast.mjs FILE [--mode exec|eval|single|func_type] [--indent N]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
let file = null;
let mode = "exec";
let indent = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--mode") mode = args[++i];
  else if (args[i] === "--indent") indent = Number(args[++i]);
  else file = args[i];
}
if (file === null) {
  console.error("usage: node tools/dump-ast.mjs FILE [--mode exec|eval|single|func_type] [--indent N]");
  process.exit(2);
}
const { parse, dumpAst, ParseError } = await import(pathToFileURL(path.join(root, "dist/parser.mjs")).href);
const bytes = fs.readFileSync(file);
const py = (v) => (v === null || v === undefined ? "None" : String(v));
try {
  const tree = parse(bytes, "<unknown>", mode);
  process.stdout.write(`${dumpAst(tree, { includeAttributes: true, indent })}\n`);
} catch (e) {
  if (!(e instanceof ParseError)) throw e;
  process.stdout.write(
    `${e.kind}: ${e.msg} (${py(e.lineno)}, ${py(e.offset)}, ${py(e.end_lineno)}, ${py(e.end_offset)})\n`,
  );
  process.exit(1);
}
