#!/usr/bin/env node
// Generates the expected output of differential cases with the oracle (CPython 3.14.2 via Pyodide,
// or native CPython 3.13 for cases marked `# oracle: native-3.13`) and writes NAME.expected.json.
//
//   npm run expect                      all cases under tests/cases
//   npm run expect -- PATH...           only these files or folders
//   npm run expect -- --check [PATH...] regenerate in memory and report any expectation that differs
//                                       from the committed one (exit 1), writing nothing
import fs from "node:fs";
import path from "node:path";
import {
  expectationPath,
  findCases,
  oracleKind,
  runNative,
  serialiseExpectation,
  toExpectation,
} from "./cases.mjs";
import { runOracle } from "./oracle.mjs";

const args = process.argv.slice(2);
const check = args[0] === "--check";
const roots = check ? args.slice(1) : args;
const cases = findCases(roots.length ? roots : undefined);

let written = 0;
let same = 0;
let differ = 0;
let errors = 0;

function record(casePath, exp) {
  const text = serialiseExpectation(exp);
  const file = expectationPath(casePath);
  const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
  const rel = path.relative(process.cwd(), casePath);
  if (old === text) {
    same++;
    return;
  }
  if (check) {
    differ++;
    console.log(`DIFFERS  ${rel}${old === null ? " (no expectation committed)" : ""}`);
    return;
  }
  fs.writeFileSync(file, text);
  written++;
  console.log(`wrote    ${rel}`);
}

const viaPyodide = [];
for (const c of cases) {
  if (oracleKind(c) === "native-3.13") {
    const r = runNative(c);
    record(c, toExpectation(c, r.status, r.stdout, r.stderr));
  } else {
    viaPyodide.push(c);
  }
}
if (viaPyodide.length) {
  await runOracle(viaPyodide, {
    onResult(c, r) {
      if (r.error) {
        errors++;
        console.log(`ERROR    ${path.relative(process.cwd(), c)}: ${r.error.split("\n")[0]}`);
        return;
      }
      record(c, toExpectation(c, r.status, r.stdout, r.stderr));
    },
  });
}
console.log(
  check
    ? `${same} identical, ${differ} differ, ${errors} oracle errors`
    : `${written} written, ${same} unchanged, ${errors} oracle errors`,
);
process.exitCode = differ || errors ? 1 : 0;
