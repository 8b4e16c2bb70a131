#!/usr/bin/env node
// Runs every parser check in sequence: the stdlib AST comparison, the broken/valid programs, the
// fixed corpus of mutants and a short fuzz run. Prints each check's output, then one combined "N passed, N failed" line; exits 1
// if anything failed.
//
//   node tests/parser/run-all.mjs
//   node tests/parser/run-all.mjs --fuzz-seconds 60
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { finish } from "./lib/common.mjs";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SUMMARY = /^(\d+) passed, (\d+) failed$/;

/**
 * Runs one check, echoing its output; resolves to its { passed, failed }. A check that crashes, or
 * runs past `limitSeconds` (an in-process parser hang), counts as 1 failure.
 */
function runCheck(script, args, limitSeconds) {
  return new Promise((resolve) => {
    console.log(`== ${script} ${args.join(" ")}`.trimEnd());
    const child = spawn(process.execPath, [path.join(HERE, script), ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const watchdog = setTimeout(() => {
      console.log(`${script}: still running after ${limitSeconds} s (a parser hang?); killed`);
      child.kill("SIGKILL");
    }, limitSeconds * 1000);
    let last = null;
    let pending = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk).split("\n");
      pending = lines.pop();
      for (const line of lines) if (SUMMARY.test(line)) last = line;
    });
    child.stderr.on("data", (chunk) => process.stdout.write(chunk));
    child.on("close", (code) => {
      clearTimeout(watchdog);
      if (SUMMARY.test(pending)) last = pending;
      const m = last && SUMMARY.exec(last);
      if (!m) {
        console.log(`${script} ended (exit ${code}) without a summary line: counted as 1 failure`);
        return resolve({ passed: 0, failed: 1 });
      }
      resolve({ passed: Number(m[1]), failed: Number(m[2]) });
    });
  });
}

async function main(argv) {
  const at = argv.indexOf("--fuzz-seconds");
  const fuzzSeconds = at >= 0 ? Number(argv[at + 1]) : 5;
  const checks = [
    ["stdlib-ast.mjs", [], 900],
    ["errors.mjs", [], 300],
    ["mutants.mjs", [], 300],
    ["fuzz.mjs", ["--seconds", String(fuzzSeconds)], fuzzSeconds + 120],
  ];
  let passed = 0;
  let failed = 0;
  for (const [script, args, limit] of checks) {
    const r = await runCheck(script, args, limit);
    passed += r.passed;
    failed += r.failed;
  }
  console.log("== parser checks, all together");
  finish(passed, failed);
}

await main(process.argv.slice(2));
