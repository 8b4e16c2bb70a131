#!/usr/bin/env node
// Disassembles our compiler's output for a .py file, like CPython's `dis.dis(compile(src, f, "exec"))`
// (recursively), so it can be read next to the oracle's.
//
//   node tools/dis.mjs FILE.py             our disassembly
//   node tools/dis.mjs --oracle FILE.py    CPython 3.14's, for comparison
//   node tools/dis.mjs --compare FILE...   per code object, a diff of the instruction streams
//                                          (opname + argument text, jump targets left out, and
//                                          CPython's LOAD_FAST_BORROW / superinstructions split
//                                          back to plain LOAD_FAST/STORE_FAST, which we do not emit)
//   --positions                            with --compare/--zip: each instruction's co_positions() too
//
// The source is parsed by the oracle (CPython's ast.parse) and rebuilt as our AST classes, so this
// works whether or not our parser is finished.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { runOracle } from "./oracle.mjs";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

async function loadCompiler() {
  const entry = `
    export { compile } from "./src/compiler/index.ts";
    export { astFromJson, AST_TO_JSON_PY } from "./tests/unit/compiler-ast-json.ts";
    export * as opcodes from "./src/compiler/opcodes.ts";
    export { PyCode, decodeExceptionTable } from "./src/objects/code.ts";
    export { PyTuple } from "./src/objects/tuple.ts";
    export { PyFloat } from "./src/objects/float.ts";
    export { PyComplex } from "./src/objects/complex.ts";
    export { PyBytes } from "./src/objects/bytes.ts";
    export { None, Ellipsis } from "./src/objects/singletons.ts";
    export { frozenSetConstItems } from "./src/compiler/consts.ts";
    export { ParseError } from "./src/parser/errors.ts";
  `;
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    logLevel: "error",
  });
  const dir = path.join(ROOT, ".cache", "dis");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "compiler.mjs");
  fs.writeFileSync(file, out.outputFiles[0].text);
  return import(`${file}?${Date.now()}`);
}

async function oracle(script) {
  const dir = path.join(ROOT, ".cache", "dis");
  fs.mkdirSync(dir, { recursive: true });
  const f = path.join(dir, `run-${process.pid}.py`);
  fs.writeFileSync(f, script);
  const r = (await runOracle([f], { timeoutMs: 600000 })).get(f);
  if (r.error) throw new Error(r.error);
  if (r.status !== 0) throw new Error(r.stderr.toString());
  return r.stdout.toString("utf8");
}

/** Oracle: the AST of each file as JSON, and (optionally) dis output / instruction streams. */
async function oracleData(files, what, toJsonPy) {
  const script = `${toJsonPy}
import json, dis, sys
files = ${JSON.stringify(files)}
WITH_POS = ${withPositions ? "True" : "False"}
NORMAL = {"LOAD_FAST_BORROW": "LOAD_FAST", "LOAD_FAST_CHECK": "LOAD_FAST"}
PAIRS = {"LOAD_FAST_LOAD_FAST": ("LOAD_FAST", "LOAD_FAST"),
         "LOAD_FAST_BORROW_LOAD_FAST_BORROW": ("LOAD_FAST", "LOAD_FAST"),
         "STORE_FAST_LOAD_FAST": ("STORE_FAST", "LOAD_FAST"),
         "STORE_FAST_STORE_FAST": ("STORE_FAST", "STORE_FAST")}
def stream(co, out):
    lines = []
    for ins in dis.get_instructions(co):
        name = ins.opname
        if name == "EXTENDED_ARG":
            continue
        if name in PAIRS:
            a, b = PAIRS[name]
            x, y = ins.argrepr.split(", ")
            # A superinstruction has one position: plain LOAD_FAST/STORE_FAST are compared
            # without positions on both sides.
            lines.append(f"{a} {x}")
            lines.append(f"{b} {y}")
            continue
        name = NORMAL.get(name, name)
        rep = "" if ins.opcode in dis.hasjump else ins.argrepr
        if rep.startswith("<code object"):
            rep = rep.split(" at ")[0] + ">"
        line = f"{name} {rep}".rstrip()
        if WITH_POS and name not in ("LOAD_FAST", "STORE_FAST"):
            p = ins.positions
            line += f" @{p.lineno},{p.end_lineno},{p.col_offset},{p.end_col_offset}"
        lines.append(line)
    out.append({"name": co.co_qualname, "lines": lines,
                "stacksize": co.co_stacksize, "flags": co.co_flags,
                "varnames": list(co.co_varnames), "cellvars": list(co.co_cellvars),
                "freevars": list(co.co_freevars), "names": list(co.co_names)})
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            stream(c, out)
for f in files:
    src = open(f, "rb").read()
    res = {"file": f}
    try:
        res["ast"] = to_json(__import__("ast").parse(src))
        co = compile(src, f, "exec")
        if "${what}" == "dis":
            import io, contextlib
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                dis.dis(co)
            res["dis"] = buf.getvalue()
        elif "${what}" == "stream":
            out = []
            stream(co, out)
            res["stream"] = out
    except SyntaxError as e:
        res["error"] = f"{type(e).__name__}: {e.msg} ({e.lineno}, {e.offset}, {e.end_lineno}, {e.end_offset})"
    print(json.dumps(res))
`;
  return (await oracle(script))
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

// --- our side ---

function pyRepr(m, v) {
  if (v === m.None) return "None";
  if (v === m.Ellipsis) return "Ellipsis";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "string") return strRepr(v);
  if (v instanceof m.PyFloat) return floatRepr(v.value);
  if (v instanceof m.PyComplex)
    return v.real === 0 && !Object.is(v.real, -0)
      ? `${floatRepr(v.imag).replace(/\.0$/, "")}j`
      : `(${floatRepr(v.real)}+${floatRepr(v.imag)}j)`;
  if (v instanceof m.PyBytes)
    return `b'${Array.from(v.data, (b) => (b >= 32 && b < 127 && b !== 39 && b !== 92 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`)).join("")}'`;
  if (v instanceof m.PyTuple)
    return v.items.length === 1
      ? `(${pyRepr(m, v.items[0])},)`
      : `(${v.items.map((x) => pyRepr(m, x)).join(", ")})`;
  const fs = m.frozenSetConstItems(v);
  if (fs) return `frozenset({${fs.map((x) => pyRepr(m, x)).join(", ")}})`;
  if (v instanceof m.PyCode) return `<code object ${v.co_name}>`;
  return String(v);
}

function floatRepr(x) {
  if (Number.isInteger(x) && Math.abs(x) < 1e16) return `${x}.0`;
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  if (Number.isNaN(x)) return "nan";
  return String(x);
}

function strRepr(s) {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = q;
  for (const ch of s) {
    if (ch === q || ch === "\\") out += `\\${ch}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (ch !== " " && /[\p{C}\p{Z}]/u.test(ch)) {
      const cp = ch.codePointAt(0);
      out +=
        cp < 0x100
          ? `\\x${cp.toString(16).padStart(2, "0")}`
          : cp < 0x10000
            ? `\\u${cp.toString(16).padStart(4, "0")}`
            : `\\U${cp.toString(16).padStart(8, "0")}`;
    } else out += ch;
  }
  return out + q;
}

function decode(m, co) {
  const { opcodes: o } = m;
  const out = [];
  let ext = 0;
  const positions = co.positions;
  for (let i = 0; i < co.co_code.length; i++) {
    const unit = co.co_code[i];
    const op = unit & 0xff;
    const arg = (unit >> 8) | ext;
    const name = o.OPNAME[op];
    if (op === o.Op.EXTENDED_ARG) {
      ext = arg << 8;
      continue;
    }
    ext = 0;
    out.push({
      offset: i * 2,
      op,
      name,
      arg: op >= o.HAVE_ARGUMENT ? arg : null,
      line: positions[i]?.lineno ?? null,
    });
    i += o.CACHE_ENTRIES[op];
  }
  return out;
}

function argrepr(m, co, ins) {
  const { opcodes: o } = m;
  const { op, arg } = ins;
  const n = ins.name;
  const local = (i) => co.co_localsplusnames[i];
  if (arg === null) return "";
  if (o.hasConst(op)) return pyRepr(m, co.co_consts[arg]);
  if (n === "LOAD_GLOBAL") return co.co_names[arg >> 1] + (arg & 1 ? " + NULL" : "");
  if (n === "LOAD_ATTR") return co.co_names[arg >> 1] + (arg & 1 ? " + NULL|self" : "");
  if (n === "LOAD_SUPER_ATTR") return co.co_names[arg >> 2] + (arg & 1 ? " + NULL|self" : "");
  if (o.hasName(op)) return co.co_names[arg];
  if (o.hasLocal(op) || o.hasFree(op)) return local(arg);
  if (n === "COMPARE_OP") return arg & 16 ? `bool(${o.CMP_OP[arg >> 5]})` : o.CMP_OP[arg >> 5];
  if (n === "BINARY_OP") return o.NB_SYMBOLS[arg];
  if (n === "CALL_INTRINSIC_1") return o.INTRINSIC_1_NAMES[arg];
  if (n === "CALL_INTRINSIC_2") return o.INTRINSIC_2_NAMES[arg];
  if (n === "LOAD_COMMON_CONSTANT") return o.COMMON_CONSTANT_PYNAMES[arg];
  if (n === "LOAD_SPECIAL") return o.SPECIAL_METHOD_DUNDERS[arg];
  if (n === "CONVERT_VALUE") return ["", "str", "repr", "ascii"][arg];
  if (n === "SET_FUNCTION_ATTRIBUTE")
    return o.FUNCTION_ATTR_FLAGS.filter((_, i) => arg & (1 << i)).join(", ");
  if (n === "IS_OP") return arg ? "is not" : "is";
  if (n === "CONTAINS_OP") return arg ? "not in" : "in";
  return "";
}

function jumpTarget(m, ins) {
  const { opcodes: o } = m;
  const caches = o.CACHE_ENTRIES[ins.op];
  const back =
    ins.name === "JUMP_BACKWARD" || ins.name === "JUMP_BACKWARD_NO_INTERRUPT" || ins.name === "END_ASYNC_FOR";
  return ins.offset + 2 + caches * 2 + (back ? -ins.arg * 2 : ins.arg * 2);
}

function disCode(m, co, lines) {
  const { opcodes: o } = m;
  const instrs = decode(m, co);
  const exc = m.decodeExceptionTable(co.co_exceptiontable);
  const targets = new Set();
  for (const ins of instrs) if (o.hasJump(ins.op)) targets.add(jumpTarget(m, ins));
  for (const e of exc) {
    targets.add(e.start * 2);
    targets.add(e.end * 2);
    targets.add(e.target * 2);
  }
  const sorted = [...targets].sort((a, b) => a - b);
  const label = new Map(sorted.map((t, i) => [t, i + 1]));
  let lastLine;
  for (const ins of instrs) {
    const ln = ins.line === lastLine ? "" : ins.line === null ? "--" : String(ins.line);
    if (ins.line !== lastLine && lines.length && ln !== "") lines.push("");
    lastLine = ins.line;
    const lab = label.has(ins.offset) ? `L${label.get(ins.offset)}:` : "";
    let rep = argrepr(m, co, ins);
    if (o.hasJump(ins.op))
      rep = `${ins.name === "END_ASYNC_FOR" ? "from" : "to"} L${label.get(jumpTarget(m, ins))}`;
    const arg = ins.arg === null ? "" : String(ins.arg).padStart(5);
    lines.push(
      `${ln.padStart(4)}   ${lab.padStart(5)}   ${ins.name.padEnd(26)}${arg}${rep ? ` (${rep})` : ""}`.trimEnd(),
    );
  }
  if (exc.length) {
    lines.push("ExceptionTable:");
    for (const e of exc)
      lines.push(
        `  L${label.get(e.start * 2)} to L${label.get(e.end * 2)} -> L${label.get(e.target * 2)} [${e.depth}]${e.lasti ? " lasti" : ""}`,
      );
  }
  for (const k of co.co_consts) {
    if (k instanceof m.PyCode) {
      lines.push(
        "",
        `Disassembly of <code object ${k.co_name}, file "${k.co_filename}", line ${k.co_firstlineno}>:`,
      );
      disCode(m, k, lines);
    }
  }
}

function streamOf(m, co, out) {
  const lines = [];
  const pos = co.positions;
  const n = (v) => (v === null ? "None" : String(v));
  for (const ins of decode(m, co)) {
    let name = ins.name;
    if (name === "LOAD_FAST_CHECK") name = "LOAD_FAST";
    const rep = m.opcodes.hasJump(ins.op) ? "" : argrepr(m, co, ins);
    let line = `${name} ${rep}`.trimEnd();
    if (withPositions && name !== "LOAD_FAST" && name !== "STORE_FAST") {
      const p = pos[ins.offset / 2];
      line += ` @${n(p.lineno)},${n(p.end_lineno)},${n(p.col)},${n(p.end_col)}`;
    }
    lines.push(line);
  }
  out.push({
    name: co.co_qualname,
    lines,
    stacksize: co.co_stacksize,
    flags: co.co_flags,
    varnames: co.co_varnames,
    cellvars: co.co_cellvars,
    freevars: co.co_freevars,
    names: co.co_names,
  });
  for (const k of co.co_consts) if (k instanceof m.PyCode) streamOf(m, k, out);
}

function diffLines(a, b) {
  // Small LCS diff, enough for one code object.
  const n = a.length;
  const k = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Int32Array(k + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = k - 1; j >= 0; j--)
      dp[i][j] = a[i] === b[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n || j < k) {
    if (i < n && j < k && a[i] === b[j]) {
      out.push(`  ${a[i]}`);
      i++;
      j++;
    } else if (j < k && (i === n || dp[i][j + 1] >= dp[i + 1][j])) {
      out.push(`+ ${b[j++]}`);
    } else {
      out.push(`- ${a[i++]}`);
    }
  }
  return out;
}

function compileOurs(m, data) {
  try {
    return { co: m.compile(m.astFromJson(data.ast), data.file, "exec") };
  } catch (e) {
    if (e instanceof m.ParseError)
      return { error: `${e.kind}: ${e.msg} (${e.lineno}, ${e.offset}, ${e.end_lineno}, ${e.end_offset})` };
    throw e;
  }
}

let args = process.argv.slice(2);
const withPositions = args.includes("--positions");
args = args.filter((a) => a !== "--positions");
let mode = args[0] === "--oracle" ? "oracle" : args[0] === "--compare" ? "compare" : "ours";
let files = args.filter((a) => !a.startsWith("--")).map((f) => path.resolve(f));
let summary = false;
if (args[0] === "--zip") {
  // Members of the stdlib zip whose name contains one of the words, extracted to .cache/dis/zip.
  const { readZip, STDLIB_ZIP } = await import("../tests/parser/lib/zip.mjs");
  const words = args.slice(1);
  const dir = path.join(ROOT, ".cache", "dis", "zip");
  fs.mkdirSync(dir, { recursive: true });
  files = [];
  for (const [name, bytes] of readZip(STDLIB_ZIP)) {
    if (!name.endsWith(".py") || (words.length && !words.some((w) => name.includes(w)))) continue;
    const f = path.join(dir, name.replaceAll("/", "__"));
    fs.writeFileSync(f, bytes);
    files.push(f);
  }
  mode = "compare";
  summary = true;
}
if (!files.length) {
  console.error("usage: node tools/dis.mjs [--oracle|--compare] FILE.py...");
  process.exit(2);
}
const m = await loadCompiler();
let same = 0;
let differ = 0;
const BATCH = 20;
for (let start = 0; start < files.length; start += BATCH) {
  const what = mode === "oracle" ? "dis" : mode === "compare" ? "stream" : "none";
  const data = await oracleData(files.slice(start, start + BATCH), what, m.AST_TO_JSON_PY);
  for (const d of data) {
    if (files.length > 1 && !summary) console.log(`### ${path.relative(process.cwd(), d.file)}`);
    const before = [same, differ];
    if (mode === "oracle") {
      process.stdout.write(d.dis ?? `${d.error}\n`);
      continue;
    }
    if (!d.ast) {
      console.log(d.error);
      continue;
    }
    let ours;
    try {
      ours = compileOurs(m, d);
    } catch (e) {
      differ++;
      console.log(
        `CRASH ${path.relative(process.cwd(), d.file)}: ${e.stack.split("\n").slice(0, 4).join(" | ")}`,
      );
      continue;
    }
    if (mode === "ours") {
      if (ours.error) {
        console.log(ours.error);
        continue;
      }
      const lines = [];
      disCode(m, ours.co, lines);
      console.log(lines.join("\n"));
      continue;
    }
    if (ours.error || d.error) {
      const ok = ours.error === d.error;
      ok ? same++ : differ++;
      console.log(
        ok ? `same error: ${d.error}` : `ERROR MISMATCH\n  cpython: ${d.error}\n  ours:    ${ours.error}`,
      );
      continue;
    }
    const mine = [];
    streamOf(m, ours.co, mine);
    for (let i = 0; i < Math.max(mine.length, d.stream.length); i++) {
      const a = d.stream[i];
      const b = mine[i];
      if (!a || !b) {
        console.log(`code object count differs: cpython ${d.stream.length}, ours ${mine.length}`);
        differ++;
        break;
      }
      const meta = ["stacksize", "flags", "varnames", "cellvars", "freevars"]
        .filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]))
        .map((key) => `${key}: cpython ${JSON.stringify(a[key])} ours ${JSON.stringify(b[key])}`);
      if (a.lines.join("\n") === b.lines.join("\n") && meta.length === 0) {
        same++;
        continue;
      }
      differ++;
      if (summary) {
        // Metadata differences matter more than instruction choices: always shown.
        for (const x of meta) console.log(`META ${path.basename(d.file)} ${a.name}: ${x}`);
        continue;
      }
      console.log(`--- ${a.name} (cpython) / ${b.name} (ours)`);
      for (const x of meta) console.log(`  ${x}`);
      if (a.lines.join("\n") !== b.lines.join("\n")) console.log(diffLines(a.lines, b.lines).join("\n"));
    }
    if (summary)
      console.log(`${path.basename(d.file)}: ${same - before[0]} same, ${differ - before[1]} different`);
  }
}
if (mode === "compare") console.log(`\n${same} code objects the same, ${differ} different`);
