// Shared by the parser checks: loading dist/parser.mjs, turning a parse into one comparable text,
// pretty-printing ast.dump text for diffs, and the final "N passed, N failed" line.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./zip.mjs";

/** The bundle under test; TYPHON_PARSER_BUNDLE may point elsewhere (another build, a stand-in). */
export const PARSER_BUNDLE = process.env.TYPHON_PARSER_BUNDLE
  ? path.resolve(process.env.TYPHON_PARSER_BUNDLE)
  : path.join(ROOT, "dist/parser.mjs");

/**
 * Imports dist/parser.mjs. Returns { parse, dumpAst, ParseError } or { error } with a one-line
 * reason (missing bundle, no parse() yet, import failure) so callers can fail cleanly.
 */
export async function loadParser(bundle = PARSER_BUNDLE) {
  if (!fs.existsSync(bundle)) return { error: "dist/parser.mjs not found; run `npm run build` first" };
  let mod;
  try {
    mod = await import(pathToFileURL(bundle).href);
  } catch (e) {
    return { error: `dist/parser.mjs failed to load: ${e?.message ?? e}` };
  }
  if (typeof mod.parse !== "function")
    return { error: "dist/parser.mjs has no parse(); build the parser first" };
  if (typeof mod.dumpAst !== "function")
    return { error: "dist/parser.mjs has no dumpAst(); build the parser first" };
  return { parse: mod.parse, dumpAst: mod.dumpAst, ParseError: mod.ParseError };
}

/** A CPython-style field value: None for a missing one. */
function pyValue(v) {
  return v === null || v === undefined ? "None" : String(v);
}

/** Our ParseError in tools/dump-ast.mjs's one-line format (CPython's e.msg, e.lineno ...). */
export function errorLine(e) {
  return `${e.kind}: ${e.msg} (${pyValue(e.lineno)}, ${pyValue(e.offset)}, ${pyValue(e.end_lineno)}, ${pyValue(e.end_offset)})`;
}

/**
 * Parses `source` with our parser and dumps it. Returns { ok: true, text: dump },
 * { ok: false, text: errorLine } for a ParseError, or { crash: "..." } for anything else thrown.
 */
export function ourOutcome(parser, source, filename = "<unknown>") {
  let tree;
  try {
    tree = parser.parse(source, filename, "exec");
  } catch (e) {
    if (parser.ParseError && e instanceof parser.ParseError) return { ok: false, text: errorLine(e) };
    return { crash: describeCrash(e) };
  }
  try {
    return { ok: true, text: parser.dumpAst(tree, { includeAttributes: true }) };
  } catch (e) {
    return { crash: `dumpAst: ${describeCrash(e)}` };
  }
}

/** A short description of an unexpected JS exception: its class, message and first stack frames. */
export function describeCrash(e) {
  if (!(e instanceof Error)) return `non-Error thrown: ${String(e)}`;
  const frames = (e.stack ?? "")
    .split("\n")
    .slice(1, 4)
    .map((l) => l.trim());
  return `${e.name}: ${e.message}${frames.length ? ` [${frames.join(" < ")}]` : ""}`;
}

export function sha256(text) {
  return crypto.createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Breaks a one-line ast.dump text into one node/field per line, so that a line diff of two dumps
 * points at the differing node. String literals (with their escapes) are kept intact.
 */
export function prettyDump(text) {
  let out = "";
  let depth = 0;
  const newline = () => `\n${"  ".repeat(depth)}`;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if ((c === "(" || c === "[") && text[i + 1] !== ")" && text[i + 1] !== "]") {
      depth++;
      out += c + newline();
    } else if ((c === ")" || c === "]") && text[i - 1] !== "(" && text[i - 1] !== "[") {
      depth--;
      out += newline() + c;
    } else if (c === "," && text[i + 1] === " ") {
      out += c + newline();
      i++;
    } else {
      out += c;
    }
  }
  return `${out}\n`;
}

/** Index just past the Python string literal (repr form) that starts at `start`. */
function stringEnd(text, start) {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i + 1;
  }
  return text.length;
}

/** A unified diff of two texts (labelled), via `diff -u` or else `git diff --no-index`. */
export function unifiedDiff(expected, actual, labels = ["expected (CPython)", "actual (Typhon)"]) {
  const dir = fs.mkdtempSync(path.join(ROOT, ".cache", "diff-"));
  const a = path.join(dir, "expected");
  const b = path.join(dir, "actual");
  fs.writeFileSync(a, expected);
  fs.writeFileSync(b, actual);
  try {
    let r = spawnSync("diff", ["-u", "--label", labels[0], "--label", labels[1], a, b], { encoding: "utf8" });
    if (r.error) r = spawnSync("git", ["diff", "--no-index", "--no-color", a, b], { encoding: "utf8" });
    return r.stdout || "(no difference)\n";
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the summary line every parser check ends with, and sets the exit status. */
export function finish(passed, failed) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
