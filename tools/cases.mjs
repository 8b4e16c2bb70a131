// Shared pieces of the differential test cases (tests/cases/**/*.py): finding them, reading and
// writing their expectations, and normalising output so it does not depend on the checkout path.
//
// A case NAME.py has its expectation in NAME.expected.json: {"status", "stdout", "stderr"}, as the
// oracle (CPython 3.14) produced them with the case's folder as cwd and PYTHONHASHSEED=0. The
// absolute path of the case's folder is stored as {DIR}. Optional NAME.stdin is fed to stdin.
// Files whose name starts with "_" are helper modules for cases, not cases, and so is everything
// under a folder named `pkgs` (packages the import cases import).
//
// A case whose behaviour depends on the platform (64-bit hashes, errno numbers, sizes; see
// design.md "Which platform Typhon says it is") may say on one of its first 5 lines
//     # oracle: native-3.13 -- <reason>
// and its expectation then comes from native CPython 3.13 (pyenv) instead of Pyodide.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CASES_DIR = path.join(ROOT, "tests", "cases");
export const KNOWN_DIFFERENCES = path.join(CASES_DIR, "known-differences.json");
export const NATIVE_PYTHON = path.join(os.homedir(), ".pyenv", "versions", "3.13.0", "bin", "python3");

export function findCases(roots = [CASES_DIR]) {
  const out = [];
  const walk = (p) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) {
      if (path.basename(p) === "pkgs" && p !== path.resolve(roots[0])) return;
      for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    } else if (p.endsWith(".py") && !path.basename(p).startsWith("_")) {
      out.push(path.resolve(p));
    }
  };
  for (const r of roots) walk(path.resolve(r));
  return out;
}

export function expectationPath(casePath) {
  return casePath.replace(/\.py$/, ".expected.json");
}

export function oracleKind(casePath) {
  const head = fs.readFileSync(casePath, "utf8").split("\n", 5);
  for (const line of head) {
    const m = /^#\s*oracle:\s*(\S+)/.exec(line);
    if (m) return m[1];
  }
  return "pyodide";
}

/** Replace the case folder's absolute path so expectations are checkout-independent. */
export function normalise(text, casePath) {
  const dir = path.dirname(casePath);
  return text.split(dir).join("{DIR}");
}

export function toExpectation(casePath, status, stdout, stderr) {
  return {
    status,
    stdout: normalise(Buffer.from(stdout).toString("utf8"), casePath),
    stderr: normalise(Buffer.from(stderr).toString("utf8"), casePath),
  };
}

export function serialiseExpectation(exp) {
  return `${JSON.stringify(exp, null, 1)}\n`;
}

export function readExpectation(casePath) {
  const p = expectationPath(casePath);
  if (!fs.existsSync(p)) return null;
  return JSON.parse(fs.readFileSync(p, "utf8"));
}

export function readKnownDifferences(file = KNOWN_DIFFERENCES) {
  if (!fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

export function caseStdin(casePath) {
  const p = casePath.replace(/\.py$/, ".stdin");
  return fs.existsSync(p) ? fs.readFileSync(p) : Buffer.alloc(0);
}

/** Runs a case under native CPython 3.13, for cases marked `# oracle: native-3.13`. */
export function runNative(casePath) {
  const r = spawnSync(NATIVE_PYTHON, [path.basename(casePath)], {
    cwd: path.dirname(casePath),
    input: caseStdin(casePath),
    env: { PATH: process.env.PATH, PYTHONHASHSEED: "0", LANG: "C.UTF-8", PYTHONIOENCODING: "utf-8" },
    timeout: 60000,
  });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}

/** A small line diff (LCS) for readable failure reports. */
export function lineDiff(expected, actual, label) {
  const a = expected.split("\n");
  const b = actual.split("\n");
  if (a.length * b.length > 4_000_000) return `  ${label}: outputs differ (too long to diff)\n`;
  const n = a.length;
  const m = b.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const lines = [`  --- expected ${label}`, `  +++ typhon ${label}`];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      lines.push(`    ${a[i]}`);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      lines.push(`  + ${b[j++]}`);
    } else {
      lines.push(`  - ${a[i++]}`);
    }
  }
  // Keep only changed lines with two lines of context.
  const keep = new Set();
  lines.forEach((l, k) => {
    if (k < 2 || l.startsWith("  + ") || l.startsWith("  - ")) for (let d = -2; d <= 2; d++) keep.add(k + d);
  });
  const shown = [];
  let last = -1;
  lines.forEach((l, k) => {
    if (!keep.has(k)) return;
    if (last >= 0 && k !== last + 1) shown.push("    ...");
    shown.push(l);
    last = k;
  });
  return `${shown.join("\n")}\n`;
}
