// Runs a Python program under the oracle (CPython 3.14.2 in Pyodide, tools/oracle.mjs) and returns
// its stdout. The program gets a JSON input through the file `input.json` next to it; it runs from
// a fresh folder under .cache/ (inside the project, so the oracle can see the host files it names).
import fs from "node:fs";
import path from "node:path";
import { runOracle } from "../../../tools/oracle.mjs";
import { ROOT } from "./zip.mjs";

/**
 * Python helpers shared by the generators: `outcome(source_bytes)` returns (ok, text) where text is
 * `ast.dump(tree, include_attributes=True)` or the one-line error in tools/dump-ast.mjs's format.
 */
export const PY_OUTCOME = `
import ast, hashlib, json, os, sys

def error_line(e):
    if isinstance(e, SyntaxError):
        return f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})"
    return f"{type(e).__name__}: {e}"

def outcome(src):
    try:
        tree = ast.parse(src)
    except Exception as e:
        return False, error_line(e)
    try:
        return True, ast.dump(tree, include_attributes=True)
    except RecursionError:
        return True, "(a tree too deep for ast.dump)"

def load_input():
    with open(os.path.join(os.path.dirname(__file__), "input.json"), encoding="utf-8") as f:
        return json.load(f)
`;

/** Runs `code` (Python source) under the oracle with `input` (JSON-able); returns its stdout. */
export async function runPython(code, input, { timeoutMs = 600000 } = {}) {
  const dir = path.join(ROOT, ".cache", "parser-oracle");
  fs.mkdirSync(dir, { recursive: true });
  const work = fs.mkdtempSync(path.join(dir, "run-"));
  const script = path.join(work, "driver.py");
  fs.writeFileSync(script, code);
  fs.writeFileSync(path.join(work, "input.json"), JSON.stringify(input));
  try {
    const result = (await runOracle([script], { timeoutMs })).get(script);
    if (result.error) throw new Error(`oracle: ${result.error}`);
    if (result.status !== 0) throw new Error(`oracle exited ${result.status}:\n${result.stderr}`);
    return result.stdout.toString("utf8");
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The oracle's outcome for each file (absolute paths): Map(path -> { ok, text }). */
export async function oracleOutcomes(files) {
  const code = `${PY_OUTCOME}
for p in load_input():
    with open(p, "rb") as f:
        ok, text = outcome(f.read())
    print(json.dumps({"path": p, "ok": ok, "text": text}))
`;
  const out = await runPython(code, files);
  return parseJsonLines(out, (r) => [r.path, { ok: r.ok, text: r.text }]);
}

/** The oracle's outcome for members of a zip archive: Map(name -> { ok, text }). */
export async function oracleZipOutcomes(zipFile, names) {
  const code = `${PY_OUTCOME}
import zipfile
req = load_input()
with zipfile.ZipFile(req["zip"]) as z:
    for name in req["names"]:
        ok, text = outcome(z.read(name))
        print(json.dumps({"name": name, "ok": ok, "text": text}))
`;
  const out = await runPython(code, { zip: zipFile, names });
  return parseJsonLines(out, (r) => [r.name, { ok: r.ok, text: r.text }]);
}

function parseJsonLines(text, entry) {
  const map = new Map();
  for (const line of text.split("\n")) {
    if (line.trim()) map.set(...entry(JSON.parse(line)));
  }
  return map;
}
