#!/usr/bin/env node
// Runs the differential cases (tests/cases/**/*.py) under `typhon` and compares stdout, stderr and
// exit status with the committed expectations (see tools/cases.mjs). Two cases run at a time,
// each with a time limit. Cases listed in tests/cases/known-differences.json (with a reason) are
// reported but not counted as failures. Ends with the line `N passed, N failed`.
//
//   node tools/run-cases.mjs [PATH...] [--timeout MS] [--jobs N]
//   node tools/run-cases.mjs --update-known "REASON" [PATH...]
//       lists every failing case not yet listed in known-differences.json with REASON, and removes
//       entries that now pass. Use only with a true reason (e.g. a feature not built yet).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {
  CASES_DIR,
  caseStdin,
  findCases,
  KNOWN_DIFFERENCES,
  lineDiff,
  normalise,
  ROOT,
  readExpectation,
  readKnownDifferences,
} from "./cases.mjs";

const DEFAULT_CLI = path.join(ROOT, "dist", "cli.mjs");

function parseOptions(argv) {
  const o = { roots: [], timeout: 20000, jobs: 2, updateKnown: null, cli: DEFAULT_CLI, known: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--timeout") o.timeout = Number(argv[++i]);
    else if (argv[i] === "--update-known") o.updateKnown = argv[++i];
    else if (argv[i] === "--cli")
      o.cli = path.resolve(argv[++i]); // for the runner's own tests
    else if (argv[i] === "--known") o.known = path.resolve(argv[++i]);
    else if (argv[i] === "--jobs") o.jobs = Number(argv[++i]);
    else o.roots.push(argv[i]);
  }
  return o;
}

function runTyphon(cli, casePath, timeout) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, path.basename(casePath)], {
      cwd: path.dirname(casePath),
      env: { ...process.env, PYTHONHASHSEED: "0", CI: process.env.CI ?? "" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeout);
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => err.push(d));
    child.stdin.on("error", () => {});
    child.stdin.end(caseStdin(casePath));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({
        status: code ?? (signal ? 128 : 1),
        stdout: normalise(Buffer.concat(out).toString("utf8"), casePath),
        stderr: normalise(Buffer.concat(err).toString("utf8"), casePath),
        timedOut,
      });
    });
  });
}

export async function runCases(argv) {
  const opts = parseOptions(argv);
  const cases = findCases(opts.roots.length ? opts.roots : undefined);
  const knownFile = opts.known ?? KNOWN_DIFFERENCES;
  const known = readKnownDifferences(knownFile);
  const results = [];
  let next = 0;
  async function worker() {
    while (next < cases.length) {
      const c = cases[next++];
      const rel = path.relative(CASES_DIR, c);
      const exp = readExpectation(c);
      if (!exp) {
        results.push({
          rel,
          ok: false,
          report: "  no expectation committed: run `npm run expect -- " + rel + "`\n",
        });
        continue;
      }
      const got = await runTyphon(opts.cli, c, opts.timeout);
      let report = "";
      if (got.timedOut) report += `  timed out after ${opts.timeout} ms\n`;
      if (got.status !== exp.status)
        report += `  exit status: expected ${exp.status}, typhon ${got.status}\n`;
      if (got.stdout !== exp.stdout) report += lineDiff(exp.stdout, got.stdout, "stdout");
      if (got.stderr !== exp.stderr) report += lineDiff(exp.stderr, got.stderr, "stderr");
      results.push({ rel, ok: report === "", report });
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, worker));
  results.sort((a, b) => (a.rel < b.rel ? -1 : 1));

  let passed = 0;
  let failed = 0;
  const knownHits = [];
  for (const r of results) {
    if (r.ok) {
      passed++;
      if (known[r.rel]) knownHits.push(`  ${r.rel}: listed as a known difference but now passes; remove it`);
    } else if (known[r.rel]) {
      knownHits.push(`  ${r.rel}: ${known[r.rel]}`);
    } else {
      failed++;
      process.stdout.write(`FAIL ${r.rel}\n${r.report}`);
    }
  }
  if (opts.updateKnown) {
    const updated = { ...known };
    for (const r of results) {
      if (r.ok) delete updated[r.rel];
      else if (!updated[r.rel]) updated[r.rel] = opts.updateKnown;
    }
    const sorted = Object.fromEntries(Object.entries(updated).sort(([a], [b]) => (a < b ? -1 : 1)));
    fs.writeFileSync(knownFile, `${JSON.stringify(sorted, null, 2)}\n`);
    process.stdout.write(`updated ${knownFile}\n`);
  }
  if (knownHits.length) process.stdout.write(`known differences (not counted):\n${knownHits.join("\n")}\n`);
  process.stdout.write(`cases: ${passed} passed, ${failed} failed\n`);
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { failed } = await runCases(process.argv.slice(2));
  process.exitCode = failed ? 1 : 0;
}
