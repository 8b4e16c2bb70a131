#!/usr/bin/env node
// Fuzz test of the parser: stdlib files (mostly chunks of a few top-level statements) with random
// token-level mutations. The only allowed outcomes of parse() are a tree or a well-formed
// ParseError; any other exception, or a parse that takes more than --timeout ms (it runs in a
// worker thread, which is killed), fails.
// Failing mutants are saved under .cache/fuzz/ for reproduction.
//
//   node tests/parser/fuzz.mjs                        seed 1, about 5 s
//   node tests/parser/fuzz.mjs --seed 7 --seconds 120 another seed, longer
//   node tests/parser/fuzz.mjs --max 1000             stop after 1000 mutants (deterministic run)
//   node tests/parser/fuzz.mjs --file .cache/fuzz/x.py
//                                                     reproduce: parse one saved mutant (as bytes;
//                                                     add --string 1 to pass it as a str)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { finish, PARSER_BUNDLE } from "./lib/common.mjs";
import { makeRng, mutate, randomChunk } from "./lib/mutate.mjs";
import { ROOT, readZip, STDLIB_ZIP } from "./lib/zip.mjs";

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "lib/fuzz-worker.mjs");
const SAVE_DIR = path.join(ROOT, ".cache/fuzz");
const MAX_PRINTED = 20;

function parseArgs(argv) {
  const opts = { seed: 1, seconds: 5, timeout: 2000, max: Number.POSITIVE_INFINITY, file: null, string: 0 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, "");
    if (!(key in opts)) throw new Error(`unknown option ${argv[i]}`);
    opts[key] = key === "file" ? argv[++i] : Number(argv[++i]);
  }
  return opts;
}

/** A parser worker: `parse(source)` resolves to { kind, detail } or { kind: "hang" } after `timeout`. */
class ParserWorker {
  static async start(timeout) {
    const w = new ParserWorker(timeout);
    const first = await w.next();
    if (!first.ready) {
      await w.worker.terminate();
      throw new Error(first.error ?? "parser worker failed to start");
    }
    return w;
  }

  constructor(timeout) {
    this.timeout = timeout;
    this.id = 0;
    this.worker = new Worker(WORKER, { workerData: { bundle: PARSER_BUNDLE } });
    this.worker.on("error", (e) =>
      this.waiting?.({ kind: "crash", detail: `worker died: ${e?.message ?? e}` }),
    );
    this.worker.on("message", (m) => this.waiting?.(m));
  }

  next() {
    return new Promise((resolve) => {
      this.waiting = (m) => {
        this.waiting = null;
        resolve(m);
      };
    });
  }

  async parse(source) {
    const id = ++this.id;
    const reply = this.next();
    this.worker.postMessage({ id, source });
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(
        () => resolve({ kind: "hang", detail: `no result after ${this.timeout} ms` }),
        this.timeout,
      );
    });
    const result = await Promise.race([reply, timedOut]);
    clearTimeout(timer);
    return result;
  }

  stop() {
    return this.worker.terminate();
  }
}

/** Saves a failing mutant and returns its path relative to the project. */
function saveMutant(seed, n, bytes) {
  fs.mkdirSync(SAVE_DIR, { recursive: true });
  const file = path.join(SAVE_DIR, `seed${seed}-${String(n).padStart(6, "0")}.py`);
  fs.writeFileSync(file, bytes);
  return path.relative(ROOT, file);
}

async function fuzz(opts) {
  let worker = await ParserWorker.start(opts.timeout);
  const sources = [...readZip(STDLIB_ZIP)].map(([name, buf]) => [name, buf.toString("utf8")]);
  const rng = makeRng(opts.seed);
  const seen = new Map(); // failure detail -> count, to print each distinct failure once
  const started = Date.now();
  const deadline = started + opts.seconds * 1000;
  let passed = 0;
  let trees = 0;
  let failed = 0;
  for (let n = 1; n <= opts.max && Date.now() < deadline; n++) {
    const [name, text] = rng.pick(sources);
    // mostly a few top-level statements; one mutant in twenty is a whole file
    const { source, steps } = mutate(rng, rng.next() < 0.05 ? text : randomChunk(rng, text));
    const bytes = Buffer.from(source, "utf8");
    // parse() takes bytes or a str; one mutant in five goes in as a str (no encoding detection)
    const asString = rng.next() < 0.2;
    const result = await worker.parse(asString ? source : bytes);
    if (result.kind === "tree" || result.kind === "error") {
      passed++;
      if (result.kind === "tree") trees++;
      continue;
    }
    failed++;
    const key = `${result.kind}: ${result.detail}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    if (seen.get(key) === 1 && seen.size <= MAX_PRINTED) {
      const saved = saveMutant(opts.seed, n, bytes);
      const how = asString ? ", passed as a str" : "";
      console.log(`FAIL mutant ${n} of ${name} (${steps.join(", ")}${how}): ${key}\n  saved to ${saved}`);
    }
    if (result.kind === "hang" || result.detail.startsWith("worker died")) {
      await worker.stop();
      worker = await ParserWorker.start(opts.timeout);
    }
  }
  await worker.stop();
  if (seen.size > MAX_PRINTED) console.log(`(${seen.size - MAX_PRINTED} more distinct failures not shown)`);
  console.log(
    `seed ${opts.seed}: ${passed + failed} mutants in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
      `(${trees} parsed, ${passed - trees} ParseErrors), ${seen.size} distinct failures`,
  );
  finish(passed, failed);
}

/** Parses one saved file in a worker and reports what happened. */
async function reproduce(opts) {
  const worker = await ParserWorker.start(opts.timeout);
  const bytes = fs.readFileSync(opts.file);
  const result = await worker.parse(opts.string ? bytes.toString("utf8") : bytes);
  await worker.stop();
  const ok = result.kind === "tree" || result.kind === "error";
  console.log(`${opts.file}: ${result.kind}${result.detail ? `: ${result.detail}` : ""}`);
  finish(ok ? 1 : 0, ok ? 0 : 1);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  try {
    await (opts.file ? reproduce(opts) : fuzz(opts));
  } catch (e) {
    console.log(`FAIL: ${e?.message ?? e}`);
    finish(0, 1);
  }
}

await main();
