#!/usr/bin/env node
// Generates tests/parser/mutants.json: a fixed corpus of broken (and some still valid) programs
// made by the fuzz mutator (tests/parser/lib/mutate.mjs) from small stdlib chunks, each with
// CPython 3.14's outcome from the oracle: the one-line error, or sha256 + length of the dump.
// It gives the error messages and positions a breadth that hand-written cases do not.
//
//   node tools/gen-parser-mutants.mjs [--seed 1] [--count 400]
//   node tools/gen-parser-mutants.mjs --seed 2 --count 5000 --out .cache/mutants-2.json
//                                 a bigger corpus for a one-off run (mutants.mjs --corpus FILE)
import fs from "node:fs";
import path from "node:path";
import { makeRng, mutate, randomChunk } from "../tests/parser/lib/mutate.mjs";
import { PY_OUTCOME, runPython } from "../tests/parser/lib/oracle-py.mjs";
import { ROOT, readZip, STDLIB_ZIP } from "../tests/parser/lib/zip.mjs";

const OUT = path.join(ROOT, "tests/parser/mutants.json");
const MAX_LINES = 30;

const CODE = `${PY_OUTCOME}
for m in load_input():
    ok, text = outcome(m["source"].encode("utf-8"))
    if ok:
        data = text.encode("utf-8")
        print(json.dumps({"sha256": hashlib.sha256(data).hexdigest(), "length": len(data)}))
    else:
        print(json.dumps({"error": text}))
`;

function parseArgs(argv) {
  const opts = { seed: 1, count: 400, out: OUT };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, "");
    opts[key] = key === "out" ? path.resolve(argv[i + 1]) : Number(argv[i + 1]);
  }
  return opts;
}

/** `count` distinct mutants of chunks of at most MAX_LINES lines, deterministic for a seed. */
function makeMutants(seed, count) {
  const sources = [...readZip(STDLIB_ZIP)].map(([name, buf]) => [name, buf.toString("utf8")]);
  const rng = makeRng(seed);
  const seen = new Set();
  const out = [];
  while (out.length < count) {
    const [name, text] = rng.pick(sources);
    const chunk = randomChunk(rng, text);
    if (chunk.split("\n").length > MAX_LINES) continue;
    const m = mutate(rng, chunk);
    // round-trip through UTF-8 so a truncation inside a surrogate pair is stored as it is parsed
    const source = Buffer.from(m.source, "utf8").toString("utf8");
    if (seen.has(source)) continue;
    seen.add(source);
    out.push({
      id: `m${String(out.length + 1).padStart(4, "0")}`,
      from: name,
      steps: m.steps.join(","),
      source,
    });
  }
  return out;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const mutants = makeMutants(opts.seed, opts.count);
  const lines = (await runPython(CODE, mutants)).split("\n").filter((l) => l.trim());
  if (lines.length !== mutants.length)
    throw new Error(`oracle gave ${lines.length} results for ${mutants.length}`);
  const entries = mutants.map((m, i) => `  ${JSON.stringify({ ...m, expected: JSON.parse(lines[i]) })}`);
  const head = `  {"generator": "tools/gen-parser-mutants.mjs --seed ${opts.seed} --count ${opts.count}"}`;
  fs.writeFileSync(opts.out, `[\n${[head, ...entries].join(",\n")}\n]\n`);
  const errors = lines.filter((l) => l.includes('"error"')).length;
  console.log(
    `wrote ${path.relative(ROOT, opts.out)}: ${mutants.length} mutants, ${errors} rejected by CPython`,
  );
}

await main();
