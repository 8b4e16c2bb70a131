// Unit tests for the parser's internals that the file-based suites (tests/parser/) do not reach:
// Python repr() of constants in dump.ts, ast.dump's options, the eval/single/func_type modes and
// the SyntaxWarning callback. Expected values come from CPython 3.14 through the oracle:
//   node tools/oracle.mjs tests/unit/fixtures/gen-parser.py > tests/unit/fixtures/parser.json
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { ComplexValue, FloatValue } from "../../src/parser/ast.ts";
import { dumpAst, reprValue } from "../../src/parser/dump.ts";
import { ParseError } from "../../src/parser/errors.ts";
import { IncompleteInputError, type ParseMode, parse } from "../../src/parser/parser.ts";

const fixture = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), "tests", "unit", "fixtures", "parser.json"), "utf8"),
) as {
  floats: [string, string][];
  strs: [number[], string][];
  bytes: [number[], string][];
  complex: [string, string][];
  ints: [string, string][];
  parsed: [string, ParseMode, string][];
  dumps: [string, string, string, string, string, string][];
  warnings: [string, [string, number][]][];
  incomplete: [string, ParseMode, string][];
  typecomments: [string, string][];
};

/** Python's float.hex() text to a number (exact). */
function fromHex(s: string): number {
  const m = /^(-?)0x([0-9a-f]+)(?:\.([0-9a-f]*))?p([+-]\d+)$/.exec(s);
  if (!m) throw new Error(`bad hex float ${s}`);
  const frac = m[3] ?? "";
  const mant = Number(BigInt(`0x${m[2]}${frac}`));
  const v = mant * 2 ** (Number(m[4]) - 4 * frac.length);
  return m[1] ? -v : v;
}

function errorLine(e: ParseError): string {
  const py = (v: number | null | undefined) => (v === null || v === undefined ? "None" : String(v));
  return `${e.kind}: ${e.msg} (${py(e.lineno)}, ${py(e.offset)}, ${py(e.end_lineno)}, ${py(e.end_offset)})`;
}

test("float repr", () => {
  for (const [hex, repr] of fixture.floats) {
    const x =
      hex === "inf" ? Number.POSITIVE_INFINITY : hex === "-inf" ? Number.NEGATIVE_INFINITY : fromHex(hex);
    assert.equal(reprValue(new FloatValue(x)), repr, hex);
  }
});

test("complex repr", () => {
  for (const [hex, repr] of fixture.complex) assert.equal(reprValue(new ComplexValue(0, fromHex(hex))), repr);
});

test("str repr", () => {
  for (const [codes, repr] of fixture.strs) {
    const s = codes
      .map((c) => (c >= 0xd800 && c < 0xe000 ? String.fromCharCode(c) : String.fromCodePoint(c)))
      .join("");
    assert.equal(reprValue(s), repr);
  }
});

test("bytes repr", () => {
  for (const [b, repr] of fixture.bytes) assert.equal(reprValue(Uint8Array.from(b)), repr);
});

test("int repr", () => {
  for (const [text, repr] of fixture.ints) {
    const v = BigInt(text);
    assert.equal(reprValue(v <= 9007199254740991n ? Number(v) : v), repr);
  }
});

test("parse modes and their errors", () => {
  for (const [src, mode, expected] of fixture.parsed) {
    let got: string;
    try {
      got = dumpAst(parse(src, "<unknown>", mode), { includeAttributes: true });
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      got = errorLine(e);
    }
    assert.equal(got, expected, `${mode}: ${JSON.stringify(src)}`);
  }
});

test("ast.dump options", () => {
  for (const [src, plain, noFields, indented, showEmpty, positional] of fixture.dumps) {
    const tree = parse(src);
    assert.equal(dumpAst(tree), plain);
    assert.equal(dumpAst(tree, { annotateFields: false }), noFields);
    assert.equal(dumpAst(tree, { indent: 2 }), indented);
    assert.equal(dumpAst(tree, { showEmpty: true }), showEmpty);
    assert.equal(dumpAst(tree, { annotateFields: false, includeAttributes: true }), positional);
  }
});

test("SyntaxWarning callback", () => {
  for (const [src, expected] of fixture.warnings) {
    const got: [string, number][] = [];
    parse(src, "<unknown>", "exec", { warn: (msg, lineno) => got.push([msg, lineno]) });
    assert.deepEqual(got, expected, src);
  }
});

test("incomplete input (codeop's flags)", () => {
  for (const [src, mode, expected] of fixture.incomplete) {
    let got = "ok";
    try {
      parse(src, "<input>", mode, { allowIncompleteInput: true, dontImplyDedent: true });
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      got = errorLine(e);
      if (e instanceof IncompleteInputError) got = `_IncompleteInputError${got.slice(e.kind.length)}`;
    }
    assert.equal(got, expected, `${mode}: ${JSON.stringify(src)}`);
  }
});

test("type comments", () => {
  for (const [src, expected] of fixture.typecomments) {
    let got: string;
    try {
      got = dumpAst(parse(src, "<unknown>", "exec", { typeComments: true }), { includeAttributes: true });
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      got = errorLine(e);
    }
    assert.equal(got, expected, JSON.stringify(src));
  }
});
