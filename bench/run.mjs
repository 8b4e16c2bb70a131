#!/usr/bin/env node
// Times every program in bench/programs/ under Typhon, native CPython 3.13 (pyenv) and Pyodide
// (CPython 3.14 in WebAssembly) in one run, and prints the ratios. Quote ratios, not absolute
// times: the machines are shared and noisy.
//
//   node bench/run.mjs [--rounds N] [--only NAME[,NAME]] [--no-pyodide] [--json FILE]
//
// Each program is run `rounds` times per implementation and the best wall time is kept. Typhon
// and CPython are timed as whole processes (start-up included, a few ms for CPython); Pyodide is
// loaded once and each program is timed inside it (its ~2 s start-up is reported separately).
// A program whose output differs from CPython's is reported as wrong, and no ratio is computed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.join(HERE, "..");
const PROGRAMS = path.join(HERE, "programs");
const CPYTHON = path.join(os.homedir(), ".pyenv", "versions", "3.13.0", "bin", "python3");
const TYPHON = path.join(ROOT, "dist", "cli.mjs");

function parseOptions(argv) {
  const o = { rounds: 3, only: null, pyodide: true, json: null, timeoutMs: 120000 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--rounds") o.rounds = Number(argv[++i]);
    else if (argv[i] === "--only") o.only = new Set(argv[++i].split(","));
    else if (argv[i] === "--no-pyodide") o.pyodide = false;
    else if (argv[i] === "--json") o.json = argv[++i];
    else if (argv[i] === "--timeout") o.timeoutMs = Number(argv[++i]);
  }
  return o;
}

function timeProcess(cmd, args, cwd, timeoutMs) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: "utf8",
    timeout: timeoutMs,
    env: { ...process.env, PYTHONHASHSEED: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ms = performance.now() - t0;
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : (r.stderr.trim().split("\n").pop() ?? `exit ${r.status}`);
    return { ok: false, ms, out: r.stdout ?? "", error: why };
  }
  return { ok: true, ms, out: r.stdout };
}

function best(runs) {
  const ok = runs.filter((r) => r.ok);
  if (ok.length < runs.length) return runs.find((r) => !r.ok);
  return ok.reduce((a, b) => (a.ms <= b.ms ? a : b));
}

async function loadPyodideRunner() {
  const { loadPyodide } = await import("pyodide");
  const t0 = performance.now();
  const py = await loadPyodide({ env: { PYTHONHASHSEED: "0" } });
  const startupMs = performance.now() - t0;
  let out = [];
  py.setStdout({ batched: (s) => out.push(`${s}\n`) });
  return {
    startupMs,
    run(source, file) {
      out = [];
      const t = performance.now();
      try {
        py.globals.set("__bench_src", source);
        py.runPython(`exec(compile(__bench_src, ${JSON.stringify(file)}, "exec"), {"__name__": "__main__"})`);
      } catch (e) {
        return {
          ok: false,
          ms: performance.now() - t,
          out: out.join(""),
          error: String(e).split("\n").pop(),
        };
      }
      return { ok: true, ms: performance.now() - t, out: out.join("") };
    },
  };
}

function fmtMs(r) {
  if (!r) return "-";
  if (!r.ok) return "error";
  return `${(r.ms / 1000).toFixed(3)}s`;
}

function geomean(xs) {
  if (xs.length === 0) return Number.NaN;
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const files = fs
    .readdirSync(PROGRAMS)
    .filter((f) => f.endsWith(".py") && (!o.only || o.only.has(f.replace(/\.py$/, ""))))
    .sort();
  const pyodide = o.pyodide ? await loadPyodideRunner() : null;
  const rows = [];
  for (const f of files) {
    const file = path.join(PROGRAMS, f);
    const source = fs.readFileSync(file, "utf8");
    const rounds = Array.from({ length: o.rounds });
    const cp = best(rounds.map(() => timeProcess(CPYTHON, [f], PROGRAMS, o.timeoutMs)));
    const ty = best(rounds.map(() => timeProcess(process.execPath, [TYPHON, f], PROGRAMS, o.timeoutMs)));
    const pd = pyodide ? best(rounds.map(() => pyodide.run(source, file))) : null;
    const wrong = ty.ok && cp.ok && ty.out !== cp.out;
    rows.push({
      name: f.replace(/\.py$/, ""),
      cpython: cp,
      typhon: wrong ? { ...ty, ok: false, error: "output differs from CPython" } : ty,
      pyodide: pd,
    });
    const last = rows[rows.length - 1];
    const ratio = last.typhon.ok && cp.ok ? (last.typhon.ms / cp.ms).toFixed(2) : "-";
    process.stdout.write(
      `${last.name.padEnd(16)} cpython ${fmtMs(cp).padStart(8)}  pyodide ${fmtMs(pd).padStart(8)}  typhon ${fmtMs(last.typhon).padStart(8)}  typhon/cpython ${ratio}${last.typhon.ok ? "" : `  (${last.typhon.error})`}\n`,
    );
  }
  const vsC = rows.filter((r) => r.typhon.ok && r.cpython.ok).map((r) => r.typhon.ms / r.cpython.ms);
  const vsP = rows.filter((r) => r.typhon.ok && r.pyodide?.ok).map((r) => r.typhon.ms / r.pyodide.ms);
  const pVsC = rows.filter((r) => r.pyodide?.ok && r.cpython.ok).map((r) => r.pyodide.ms / r.cpython.ms);
  process.stdout.write(
    `\ngeometric mean over ${vsC.length}/${rows.length} programs that ran correctly: ` +
      `typhon/cpython ${geomean(vsC).toFixed(2)}, typhon/pyodide ${geomean(vsP).toFixed(2)}; ` +
      `pyodide/cpython ${geomean(pVsC).toFixed(2)} over ${pVsC.length}` +
      (pyodide ? `; pyodide start-up ${(pyodide.startupMs / 1000).toFixed(2)}s` : "") +
      "\n",
  );
  if (o.json) fs.writeFileSync(o.json, `${JSON.stringify(rows, null, 1)}\n`);
}

await main();
