// Self-test of the differential case runner: a changed expectation must show as a failing case
// with a diff, a matching one must pass, and a known difference must be listed, not counted.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const RUNNER = path.join(ROOT, "tools", "run-cases.mjs");

function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "typhon-runner-"));
  // A stand-in for the typhon CLI: prints "hello" and the script's name, exits 0.
  const cli = path.join(dir, "fake-cli.mjs");
  fs.writeFileSync(cli, "process.stdout.write(`hello ${process.argv[2]}\\n`);\n");
  const cases = path.join(dir, "cases");
  fs.mkdirSync(cases);
  for (const [name, stdout] of [
    ["same", "hello same.py\n"],
    ["changed", "hello world\n"],
  ]) {
    fs.writeFileSync(path.join(cases, `${name}.py`), "pass\n");
    fs.writeFileSync(
      path.join(cases, `${name}.expected.json`),
      JSON.stringify({ status: 0, stdout, stderr: "" }),
    );
  }
  return { dir, cli, cases };
}

function run(args) {
  return spawnSync(process.execPath, [RUNNER, ...args], { encoding: "utf8" });
}

test("a changed expectation fails with a diff; a matching one passes", () => {
  const { cli, cases } = setup();
  const r = run(["--cli", cli, cases]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /FAIL .*changed\.py/);
  assert.match(r.stdout, /- hello world/);
  assert.match(r.stdout, /\+ hello changed\.py/);
  assert.doesNotMatch(r.stdout, /FAIL .*same\.py/);
  assert.match(r.stdout, /cases: 1 passed, 1 failed\n$/);
});

test("a known difference is listed with its reason and not counted", () => {
  const { dir, cli, cases } = setup();
  const known = path.join(dir, "known.json");
  const rel = path.relative(path.join(ROOT, "tests", "cases"), path.join(cases, "changed.py"));
  fs.writeFileSync(known, JSON.stringify({ [rel]: "a reason" }));
  const r = run(["--cli", cli, "--known", known, cases]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /known differences \(not counted\):\n.*changed\.py: a reason/);
  assert.match(r.stdout, /cases: 1 passed, 0 failed\n$/);
});
