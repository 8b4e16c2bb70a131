#!/usr/bin/env node
// Checks that every stdlib module listed in tests/stdlib-imports.txt (one name a line, `#`
// comments) imports under Typhon without error. By default one Typhon process imports them all in
// list order, each in its own try/except (fast, for `npm test`); `--each` runs one fresh process
// per module, so no module passes only because an earlier one was imported first.
//
//   node tools/check-stdlib-imports.mjs [--each] [NAME...]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./cases.mjs";

const CLI = path.join(ROOT, "bin", "typhon.mjs");
const args = process.argv.slice(2);
const each = args.includes("--each");
let names = args.filter((a) => !a.startsWith("--"));
if (names.length === 0)
  names = fs
    .readFileSync(path.join(ROOT, "tests", "stdlib-imports.txt"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean);

function typhon(code) {
  return spawnSync(process.execPath, [CLI, "-c", code], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 600000,
    env: { ...process.env, PYTHONHASHSEED: "0" },
  });
}

let passed = 0;
let failed = 0;
if (each) {
  for (const n of names) {
    const r = typhon(`import ${n}`);
    if (r.status === 0 && r.stderr === "") passed++;
    else {
      failed++;
      const last = (r.stderr || r.error?.message || "").trim().split("\n").pop();
      console.log(`FAIL ${n}: ${last}`);
    }
  }
} else {
  const code = [
    "import importlib, sys",
    `for n in ${JSON.stringify(names)}:`,
    "    try:",
    "        importlib.import_module(n)",
    "        print('OK', n)",
    "    except BaseException as e:",
    "        print('FAIL', n + ':', type(e).__name__ + ':', e)",
  ].join("\n");
  const r = typhon(code);
  const seen = new Set();
  for (const line of (r.stdout ?? "").split("\n")) {
    const m = /^(OK|FAIL) (\S+?):?( .*)?$/.exec(line);
    if (!m) continue;
    seen.add(m[2]);
    if (m[1] === "OK") passed++;
    else {
      failed++;
      console.log(line);
    }
  }
  for (const n of names)
    if (!seen.has(n)) {
      failed++;
      console.log(`FAIL ${n}: not reached (${(r.stderr || "").trim().split("\n").pop()})`);
    }
  if (r.stderr) process.stdout.write(r.stderr);
}
console.log(`stdlib imports: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
