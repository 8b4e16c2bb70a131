#!/usr/bin/env node
// Differential fuzzing of the tokenizer: random mutants of stdlib snippets (quotes, brackets,
// backslashes, newlines, f-string prefixes, non-ASCII... inserted or characters deleted) are
// tokenized by our TokenizerIter (dist/parser.mjs) and by CPython 3.14's under the oracle, in both
// modes; every difference is printed with the mutant. Not part of the check (it is random); for
// hunting bugs.
//
//   node tests/parser/tokenize-stdlib/fuzz.mjs [--seed N] [--count N] [--fstrings]
import path from "node:path";
import { pathToFileURL } from "node:url";
import { runPython } from "../lib/oracle-py.mjs";
import { ROOT, readZip, STDLIB_ZIP } from "../lib/zip.mjs";
import { canon, MODES, PY_CANON } from "./common.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
let seed = opt("--seed", 1) >>> 0 || 1;
const count = opt("--count", 2000);

function rand() {
  // xorshift32
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 4294967296;
}
const pick = (a) => a[Math.floor(rand() * a.length)];

const SNIPPETS = [
  "'",
  '"',
  "'''",
  '"""',
  "f'",
  'f"',
  "t'",
  "rf'",
  "f'''",
  "b'",
  "u'",
  "{",
  "}",
  "{{",
  "}}",
  "(",
  ")",
  "[",
  "]",
  "\\",
  "\\\n",
  "\n",
  "\n\n",
  "\t",
  " ",
  "  ",
  "#",
  "# c\n",
  ":",
  "!",
  "=",
  "!r",
  "=}",
  ":{",
  "0",
  "0x",
  "0o",
  "0b",
  "1e",
  "1_",
  "_",
  ".",
  "..",
  "j",
  "é",
  "€",
  "\u00a0",
  "\u200b",
  "😀",
  "\x0c",
  "\r",
  "\r\n",
  "    ",
  "$",
  "`",
  "?",
  "\\N{",
  "\\{",
  "if",
  "else",
  "or",
  "\x0b",
  "\ufeff",
];

function mutate(text) {
  const n = 1 + Math.floor(rand() * 3);
  for (let k = 0; k < n; k++) {
    const p = Math.floor(rand() * (text.length + 1));
    const r = rand();
    if (r < 0.6) text = text.slice(0, p) + pick(SNIPPETS) + text.slice(p);
    else if (r < 0.85) text = text.slice(0, p) + text.slice(p + 1 + Math.floor(rand() * 4));
    else {
      const lines = text.split("\n");
      const i = Math.floor(rand() * lines.length);
      lines.splice(i, 0, lines[i]);
      text = lines.join("\n");
    }
  }
  return text;
}

// --fstrings: random programs of nested f-strings/t-strings instead of stdlib snippets.
const PREFIXES = ["f", "F", "rf", "fR", "Rf", "t", "T", "rt", "tr", "", "r", "b", "rb"];
const QUOTES = ["'", '"', "'''", '"""'];
const LITERAL = [
  "a",
  " ",
  "{{",
  "}}",
  "\\n",
  "\\",
  "\\N{DASH}",
  "\\{",
  "\n",
  "é",
  "'",
  '"',
  "#",
  "!",
  ":",
  "=",
];
function genExpr(depth) {
  const r = rand();
  if (depth > 3 || r < 0.3) return pick(["x", "1", "0x1f", "1.5j", "é", "None", "a.b", "...", "x[1]"]);
  if (r < 0.45) return genString(depth + 1);
  if (r < 0.55) return `(${genExpr(depth + 1)})`;
  if (r < 0.65)
    return `${genExpr(depth + 1)} ${pick(["+", "==", "!=", "<=", ":=", "and", "if x else"])} ${genExpr(depth + 1)}`;
  if (r < 0.72) return `[${genExpr(depth + 1)}, ${genExpr(depth + 1)}]`;
  if (r < 0.78) return `{${genExpr(depth + 1)}: ${genExpr(depth + 1)}}`;
  if (r < 0.83) return `f(${genExpr(depth + 1)}, a=${genExpr(depth + 1)})`;
  if (r < 0.88) return `lambda: ${genExpr(depth + 1)}`;
  if (r < 0.93) return `${genExpr(depth + 1)}${pick([" # c\n", "\n", "\\\n"])}`;
  return `${genExpr(depth + 1)}.${pick(["y", "__class__"])}`;
}
function genString(depth) {
  const prefix = pick(PREFIXES);
  const q = pick(QUOTES);
  const ft = /[ft]/i.test(prefix);
  let body = "";
  const n = Math.floor(rand() * 4);
  for (let i = 0; i < n; i++) {
    if (ft && rand() < 0.5 && depth < 5) body += genField(depth, false);
    else body += pick(LITERAL);
  }
  return prefix + q + body + q;
}
function genField(depth, inSpec) {
  let f = "{" + pick(["", " "]) + genExpr(depth + 1) + pick(["", " "]);
  if (rand() < 0.2) f += pick(["=", " = ", "=\n"]);
  if (rand() < 0.2) f += pick(["!r", "!s", "!a", "!", "!x"]);
  if (rand() < 0.3 && !inSpec) {
    f += ":";
    const m = Math.floor(rand() * 3);
    for (let i = 0; i < m; i++)
      f +=
        rand() < 0.4 ? genField(depth + 1, true) : pick([">10", "{{", "}}", "\\n", " ", "\n", "é", "'", "#"]);
  }
  return rand() < 0.97 ? f + "}" : f;
}

const parser = await import(pathToFileURL(path.join(ROOT, "dist/parser.mjs")).href);
const files = [...readZip(STDLIB_ZIP)].filter(([n]) => n.endsWith(".py"));
const fstrings = args.includes("--fstrings");
// (a mutation can split a surrogate pair: such a text is not one CPython can read)
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const mutants = [];
for (let i = 0; fstrings && i < count; i++) {
  let src = `x = ${genString(0)}\n`;
  if (rand() < 0.3) src = mutate(src);
  if (!LONE_SURROGATE.test(src)) mutants.push(src);
}
for (let i = 0; !fstrings && i < count; i++) {
  const [, bytes] = pick(files);
  const lines = bytes.toString("utf8").split("\n");
  const start = Math.floor(rand() * lines.length);
  const len = 1 + Math.floor(rand() * 12);
  const m = mutate(lines.slice(start, start + len).join("\n") + (rand() < 0.8 ? "\n" : ""));
  // (a mutation can split a surrogate pair: such a text is not one CPython can read)
  if (!LONE_SURROGATE.test(m)) mutants.push(m);
}

// The messages of errors the tokenizer raises; when compile() raises one of them, it is the
// tokenizer's first error (pegen lets a tokenizer error found after a parser error win).
const TOKENIZER_MESSAGES =
  /^(unterminated |invalid (decimal|hexadecimal|octal|binary|imaginary|character|non-printable)|invalid digit|leading zeros|unmatched|closing parenthesis|too many|[ft]-string: (expecting '}'$|single|unmatched|expressions nested|newlines)|unindent|inconsistent use|unexpected character after|unexpected EOF|'.' and '.' prefixes|'.' was never closed)/;

function ourCompileError(text) {
  const tok = new parser.Tokenizer(text);
  try {
    for (;;) if (tok.next().type === 0) return "OK";
  } catch (e) {
    if (typeof e?.msg !== "string") throw e;
    // pegen reports a bracket left open instead of a later error of the tokenizer's that it does
    // not raise itself (_PyPegen_tokenize_full_source_to_check_for_errors): the parser's business.
    if (e.origin !== "tokenizer" && tok.parenLevel > 0) return "(parser decides)";
    return `${e.kind} ${e.lineno} ${e.offset} ${e.end_lineno} ${e.end_offset} ${e.msg} ${JSON.stringify(e.text)}`;
  }
}

const code = `${PY_CANON}
import json, os, warnings
warnings.simplefilter("ignore")
with open(os.path.join(os.path.dirname(__file__), "input.json"), encoding="utf-8") as f:
    srcs = json.load(f)
for s in srcs:
    b = s.encode("utf-8", "surrogatepass")
    try:
        compile(s, "<fuzz>", "exec")
        c = "OK"
    except SyntaxError as e:
        c = f"{type(e).__name__} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset} {e.msg} {json.dumps(e.text, ensure_ascii=False)}"
    except ValueError as e:
        c = "OK"
    try:
        r = {"extra": canon(b, True), "iter": canon(b, False), "compile": c}
    except (MemoryError, UnicodeDecodeError):  # (CPython bugs in TokenizerIter on some debug f-strings)
        r = {"memory": True}
    print(json.dumps(r))
`;
// In chunks, so that a mutant CPython hangs on costs only its chunk (reported, then skipped).
const CHUNK = 250;
const out = [];
for (let i = 0; i < mutants.length; i += CHUNK) {
  const chunk = mutants.slice(i, i + CHUNK);
  try {
    out.push(...(await runPython(code, chunk, { timeoutMs: 120000 })).split("\n").filter((l) => l.trim()));
  } catch (e) {
    console.log(`(mutants ${i}-${i + chunk.length - 1} skipped: ${String(e.message).split("\n")[0]})`);
    for (let j = 0; j < chunk.length; j++) out.push(JSON.stringify({ skipped: true }));
  }
}
let bad = 0;
let errors = 0;
for (let i = 0; i < mutants.length; i++) {
  const theirs = JSON.parse(out[i]);
  if (theirs.skipped) continue;
  if (theirs.memory) {
    console.log(`(CPython: MemoryError or UnicodeDecodeError on ${JSON.stringify(mutants[i])})`);
    continue;
  }
  if (theirs.iter.includes("\nERROR ") || theirs.iter.startsWith("ERROR ")) errors++;
  for (const mode of MODES) {
    let ours;
    try {
      ours = canon(parser, mutants[i], mode === "extra");
    } catch (e) {
      ours = `CRASH ${e?.stack ?? e}`;
    }
    if (ours === theirs[mode]) continue;
    bad++;
    const a = ours.split("\n");
    const b = theirs[mode].split("\n");
    let j = 0;
    while (j < a.length && j < b.length && a[j] === b[j]) j++;
    console.log(`--- mutant ${i} (${mode}) ${JSON.stringify(mutants[i])}`);
    console.log(
      `   ours:    ${JSON.stringify(a[j] ?? "<end>")}\n   cpython: ${JSON.stringify(b[j] ?? "<end>")}`,
    );
    break;
  }
  const msg = theirs.compile.split(" ").slice(5).join(" ");
  if (theirs.compile !== "OK" && TOKENIZER_MESSAGES.test(msg)) {
    const ours = ourCompileError(mutants[i]);
    if (ours !== theirs.compile && ours !== "(parser decides)") {
      bad++;
      console.log(`--- mutant ${i} (compile) ${JSON.stringify(mutants[i])}`);
      console.log(`   ours:    ${ours}\n   cpython: ${theirs.compile}`);
    }
  }
}
console.log(`${errors} of the mutants are tokenizer errors for CPython`);
console.log(`${mutants.length - bad} same, ${bad} different`);
process.exitCode = bad ? 1 : 0;
