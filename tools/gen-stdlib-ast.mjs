#!/usr/bin/env node
// Generates tests/parser/stdlib-ast.json: for every .py in python_stdlib.zip, the sha256 and UTF-8
// length of CPython 3.14's `ast.dump(ast.parse(bytes), include_attributes=True)` (computed by the
// oracle, CPython in Pyodide), or the one-line error if the file does not parse.
//
//   node tools/gen-stdlib-ast.mjs
import fs from "node:fs";
import path from "node:path";
import { PY_OUTCOME, runPython } from "../tests/parser/lib/oracle-py.mjs";
import { ROOT, readZip, STDLIB_ZIP } from "../tests/parser/lib/zip.mjs";

const OUT = path.join(ROOT, "tests/parser/stdlib-ast.json");

const CODE = `${PY_OUTCOME}
import zipfile
req = load_input()
with zipfile.ZipFile(req["zip"]) as z:
    for name in req["names"]:
        ok, text = outcome(z.read(name))
        if ok:
            data = text.encode("utf-8")
            print(json.dumps({"name": name, "sha256": hashlib.sha256(data).hexdigest(), "length": len(data)}))
        else:
            print(json.dumps({"name": name, "error": text}))
`;

async function main() {
  const names = [...readZip(STDLIB_ZIP).keys()];
  const started = Date.now();
  const out = await runPython(CODE, { zip: STDLIB_ZIP, names });
  const files = {};
  for (const line of out.split("\n")) {
    if (!line.trim()) continue;
    const { name, ...rest } = JSON.parse(line);
    files[name] = rest;
  }
  const missing = names.filter((n) => !(n in files));
  if (missing.length) throw new Error(`oracle gave no result for: ${missing.join(", ")}`);
  writeCompact(files);
  const errors = Object.values(files).filter((f) => f.error).length;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `wrote ${path.relative(ROOT, OUT)}: ${names.length} files (${errors} do not parse) in ${secs} s`,
  );
}

/** One file per line, so a regeneration shows up in git as a readable diff. */
function writeCompact(files) {
  const lines = Object.entries(files).map(([name, r]) => `    ${JSON.stringify(name)}: ${JSON.stringify(r)}`);
  const header = {
    generator: "tools/gen-stdlib-ast.mjs",
    oracle: "CPython 3.14.2 (pyodide), ast.dump(ast.parse(bytes), include_attributes=True)",
    hash: "sha256 and length of the dump's UTF-8 bytes",
  };
  const head = Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  fs.writeFileSync(OUT, `{\n${head.join("\n")}\n  "files": {\n${lines.join(",\n")}\n  }\n}\n`);
}

await main();
