#!/usr/bin/env node
// The oracle: runs .py files under CPython 3.14.2 (the `pyodide` npm package, CPython compiled to
// WebAssembly) as `cd DIR && python3 NAME.py < NAME.stdin` would, with PYTHONHASHSEED=0.
//
//   node tools/oracle.mjs FILE.py            behaves like `python3 FILE.py` (output, exit status)
//   node tools/oracle.mjs --json FILE...     prints one JSON result per line
//
// As a library: `await runOracle(files, { timeoutMs })` returns Map(file -> result), where a result
// is { status, stdout: Buffer, stderr: Buffer } or { error: string } (timeout or internal failure).
// Pyodide loads once (~2 s) in a worker thread; a file that exceeds the time limit gets the worker
// killed and a fresh one started for the remaining files.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "oracle-worker.mjs");

/** Input for one file: argv[0] is the file's base name, stdin comes from NAME.stdin if present. */
export function caseInput(file) {
  const abs = path.resolve(file);
  const stdinFile = abs.replace(/\.py$/, ".stdin");
  return {
    file: abs,
    argv: [path.basename(abs)],
    source: fs.readFileSync(abs),
    stdin: fs.existsSync(stdinFile) ? fs.readFileSync(stdinFile) : null,
  };
}

function startWorker() {
  const worker = new Worker(WORKER);
  const ready = new Promise((resolve, reject) => {
    const onMessage = (m) => {
      if (m.ready) {
        worker.off("message", onMessage);
        resolve();
      }
    };
    worker.on("message", onMessage);
    worker.once("error", reject);
  });
  return { worker, ready };
}

export async function runOracle(files, { timeoutMs = 60000, onResult } = {}) {
  const results = new Map();
  let current = startWorker();
  await current.ready;
  for (const f of files) {
    const input = caseInput(f);
    const result = await new Promise((resolve) => {
      const timer = setTimeout(() => {
        current.worker.off("message", onMessage);
        resolve({ error: `timed out after ${timeoutMs} ms` });
      }, timeoutMs);
      const onMessage = (m) => {
        if (m.file !== input.file) return;
        clearTimeout(timer);
        current.worker.off("message", onMessage);
        resolve(m);
      };
      current.worker.on("message", onMessage);
      current.worker.postMessage(input);
    });
    if (result.error?.startsWith("timed out")) {
      await current.worker.terminate();
      current = startWorker();
      await current.ready;
    }
    const r = result.error
      ? { error: result.error }
      : {
          status: result.status,
          stdout: Buffer.from(result.stdout, "latin1"),
          stderr: Buffer.from(result.stderr, "latin1"),
        };
    results.set(f, r);
    onResult?.(f, r);
  }
  await current.worker.terminate();
  return results;
}

async function main(argv) {
  const json = argv[0] === "--json";
  const files = json ? argv.slice(1) : argv;
  if (files.length === 0) {
    process.stderr.write("usage: node tools/oracle.mjs [--json] FILE.py...\n");
    process.exit(2);
  }
  if (!json && files.length === 1) {
    const r = (await runOracle(files)).get(files[0]);
    if (r.error) {
      process.stderr.write(`oracle: ${r.error}\n`);
      process.exit(125);
    }
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    process.exitCode = r.status;
    return;
  }
  await runOracle(files, {
    onResult(f, r) {
      const out = r.error
        ? { file: f, error: r.error }
        : { file: f, status: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
