#!/usr/bin/env node
// Generates expected.json: for every .py member of python_stdlib.zip, the token count and sha256 of
// the canonical token text (common.mjs) CPython 3.14's _tokenize.TokenizerIter produces, with
// extra_tokens=True and False. Run after a pyodide upgrade:   node tests/parser/tokenize-stdlib/gen.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runPython } from "../lib/oracle-py.mjs";
import { STDLIB_ZIP } from "../lib/zip.mjs";
import { PY_CANON } from "./common.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));

const code = `${PY_CANON}
import hashlib, json, os, zipfile

def load_input():
    with open(os.path.join(os.path.dirname(__file__), "input.json"), encoding="utf-8") as f:
        return json.load(f)

def digest(text):
    return [text.count("\\n"), hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()]

with zipfile.ZipFile(load_input()["zip"]) as z:
    for name in sorted(n for n in z.namelist() if n.endswith(".py")):
        src = z.read(name)
        print(json.dumps({"name": name, "extra": digest(canon(src, True)), "iter": digest(canon(src, False))}))
`;

const out = await runPython(code, { zip: STDLIB_ZIP });
const files = {};
for (const line of out.split("\n")) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  files[r.name] = { extra: r.extra, iter: r.iter };
}
const body = Object.entries(files)
  .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
  .join(",\n");
fs.writeFileSync(
  path.join(HERE, "expected.json"),
  `{\n  "generator": "tests/parser/tokenize-stdlib/gen.mjs (CPython 3.14.2, pyodide 314.0.7)",\n  "files": {\n${body}\n  }\n}\n`,
);
console.log(`${Object.keys(files).length} files`);
