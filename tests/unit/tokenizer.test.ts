// Unit tests for the tokenizer (src/parser/tokenizer.ts, tokenizeriter.ts, source.ts, chars.ts).
// Expected values come from the oracle, CPython 3.14.2, in tests/unit/fixtures/tokenizer.json:
//   node tools/oracle.mjs tests/unit/fixtures/gen-tokenizer.py > tests/unit/fixtures/tokenizer.json
// (inputs in tests/unit/fixtures/tokenizer_cases.py). For each source it holds what
// _tokenize.TokenizerIter yields with extra_tokens=False (the parser's tokens) and True (the
// tokenize module), and what compile() raises and warns; for each byte string what compile() raises.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { byteOffsetToCharOffset, charOffsetToByteOffset } from "../../src/parser/chars.ts";
import { ParseError } from "../../src/parser/errors.ts";
import { TokenType } from "../../src/parser/token.ts";
import { decodeSource, Tokenizer, type TokenWithMetadata } from "../../src/parser/tokenizer.ts";
import { type IterError, TokenizerIter } from "../../src/parser/tokenizeriter.ts";

const FIXTURES = path.join(process.cwd(), "tests", "unit", "fixtures");
const data = JSON.parse(fs.readFileSync(path.join(FIXTURES, "tokenizer.json"), "utf8"));

interface PyError {
  kind: string;
  msg: string;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

interface IterResult {
  tokens: (
    | [string, string, number, number, number, number]
    | [string, string, number, number, number, number, string]
  )[];
  error?: PyError;
}

interface SourceCase {
  src: string;
  iter: IterResult;
  extra: IterResult;
  compile: PyError | null;
  warnings: [string, string, number][];
}

function errorOf(e: ParseError | IterError): PyError {
  const n = (v: number | null | undefined) => (v === undefined ? null : v);
  return {
    kind: e.kind,
    msg: e.msg,
    lineno: n(e.lineno),
    offset: n(e.offset),
    end_lineno: n(e.end_lineno),
    end_offset: n(e.end_offset),
    text: e.text === undefined ? null : e.text,
  };
}

function runIter(src: string, extra: boolean): IterResult {
  const it = new TokenizerIter(src, extra);
  const tokens: IterResult["tokens"] = [];
  let line = "";
  try {
    for (let t = it.next(); t !== null; t = it.next()) {
      const tok: IterResult["tokens"][number] = [
        TokenType[t.type]!,
        t.string,
        t.start[0],
        t.start[1],
        t.end[0],
        t.end[1],
      ];
      // (the fixture has the line only where it changes)
      if (tokens.length === 0 || t.line !== line) tok.push(t.line);
      line = t.line;
      tokens.push(tok);
    }
  } catch (e) {
    if (e instanceof ParseError || (e as IterError).msg !== undefined) {
      return { tokens, error: errorOf(e as IterError) };
    }
    throw e;
  }
  return { tokens };
}

/** Tokenizes as the parser does; returns the first error (null if none) and the warnings. */
function runParserMode(src: string): { error: PyError | null; warnings: [string, number][] } {
  const tok = new Tokenizer(src);
  let error: PyError | null = null;
  try {
    for (let i = 0; i < 1e6; i++) {
      if (tok.next().type === TokenType.ENDMARKER) break;
    }
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    error = errorOf(e);
  }
  return { error, warnings: tok.warnings.map((w) => [w.message, w.lineno]) };
}

// Sources where the parser fails before the tokenizer reaches its error, so compile() reports the
// parser's error instead.
const PARSER_FAILS_FIRST = new Set(["f'{x:'\n", "x = T'{[a.b.y, F\"{é!:{ é}.{1.5j!ru'}}}}=\"] !a} {é!"]);

const TOKENIZER_WARNING = /^invalid \w+ literal$|^"\\[{}]" is an invalid escape sequence/;

const sources: SourceCase[] = data.sources;

test("TokenizerIter(extra_tokens=False) yields what CPython's does", () => {
  for (const c of sources) assert.deepEqual(runIter(c.src, false), c.iter, JSON.stringify(c.src));
});

test("TokenizerIter(extra_tokens=True) yields what CPython's does", () => {
  for (const c of sources) assert.deepEqual(runIter(c.src, true), c.extra, JSON.stringify(c.src));
});

test("tokenizer errors are the SyntaxError compile() raises", () => {
  for (const c of sources) {
    const r = runParserMode(c.src);
    if (c.iter.error === undefined) {
      assert.equal(r.error, null, JSON.stringify(c.src));
    } else if (c.src.indexOf("\0") < 0 && !PARSER_FAILS_FIRST.has(c.src)) {
      // (compile() rejects a str with NUL before tokenizing; the tokenizer's own error is in c.iter)
      assert.deepEqual(r.error, c.compile, JSON.stringify(c.src));
    }
  }
});

test("tokenizer warnings are the ones compile() emits", () => {
  for (const c of sources) {
    if (c.iter.error !== undefined) continue;
    const r = runParserMode(c.src);
    const expected = c.warnings
      .filter((w) => w[0] === "SyntaxWarning" && TOKENIZER_WARNING.test(w[1]))
      .map((w) => [w[1], w[2]]);
    assert.deepEqual(r.warnings, expected, JSON.stringify(c.src));
  }
});

test("decodeSource and the tokenizer raise what compile(bytes) raises", () => {
  for (const c of data.bytes as { hex: string; compile: PyError | null }[]) {
    const bytes = new Uint8Array(Buffer.from(c.hex, "hex"));
    let error: PyError | null = null;
    try {
      const { text } = decodeSource(bytes, "<test>");
      error = runParserMode(text).error;
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      error = errorOf(e);
    }
    assert.deepEqual(error, c.compile, c.hex);
  }
});

test("decodeSource: encodings", () => {
  const enc = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
  assert.deepEqual(decodeSource(enc("# -*- coding: latin-1 -*-\nx = '\xe9'\n")), {
    text: "# -*- coding: latin-1 -*-\nx = 'é'\n",
    encoding: "iso-8859-1",
  });
  assert.deepEqual(decodeSource(enc("\xef\xbb\xbfx = 1")), { text: "x = 1", encoding: "utf-8" });
  assert.deepEqual(decodeSource(enc("x = 1\r\ny = 2\r")), { text: "x = 1\ny = 2\n", encoding: "utf-8" });
  assert.deepEqual(decodeSource(enc("x = '\xc3\xa9'")), { text: "x = 'é'", encoding: "utf-8" });
  assert.throws(() => decodeSource(enc("# coding: utf-16\n")), /not supported yet/);
});

test("parser-mode token positions: UTF-8 byte columns, -1 for INDENT/DEDENT/ENDMARKER", () => {
  const tok = new Tokenizer("if é:\n  x = 'ü' + f'{é=}'\n");
  const got: [string, string, number, number, number, number][] = [];
  for (;;) {
    const t = tok.next();
    got.push([TokenType[t.type]!, t.string, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset]);
    if (t.type === TokenType.ENDMARKER) break;
  }
  assert.deepEqual(got, [
    ["NAME", "if", 1, 0, 1, 2],
    ["NAME", "é", 1, 3, 1, 5],
    ["COLON", ":", 1, 5, 1, 6],
    ["NEWLINE", "", 1, 6, 1, 7],
    ["INDENT", "", 2, -1, 2, -1],
    ["NAME", "x", 2, 2, 2, 3],
    ["EQUAL", "=", 2, 4, 2, 5],
    ["STRING", "'ü'", 2, 6, 2, 10],
    ["PLUS", "+", 2, 11, 2, 12],
    ["FSTRING_START", "f'", 2, 13, 2, 15],
    ["LBRACE", "{", 2, 15, 2, 16],
    ["NAME", "é", 2, 16, 2, 18],
    ["EQUAL", "=", 2, 18, 2, 19],
    ["RBRACE", "}", 2, 19, 2, 20],
    ["FSTRING_END", "'", 2, 20, 2, 21],
    ["NEWLINE", "", 2, 21, 2, 22],
    ["DEDENT", "", 2, -1, 2, -1],
    ["ENDMARKER", "", 2, -1, 2, -1],
  ]);
});

// Internal state with no Python-visible equivalent (it becomes the debug text of the AST): as in
// lexer.c set_fstring_expr, every `!`, `:` and `}` closing a debug expression carries it.
test("f-string debug expressions carry their text as metadata", () => {
  const meta = (src: string) => {
    const tok = new Tokenizer(src);
    const out: [string, string][] = [];
    for (let t = tok.next() as TokenWithMetadata; t.type !== TokenType.ENDMARKER; t = tok.next()) {
      if (t.metadata !== undefined) out.push([t.string, t.metadata]);
    }
    return out;
  };
  assert.deepEqual(meta("f'{x=}'\n"), [["}", "x="]]);
  assert.deepEqual(meta("f'{ x = !r:>10}'\n"), [
    ["!", " x = "],
    [":", " x = "],
    ["}", " x = "],
  ]);
  assert.deepEqual(meta("f'{x=:>10}'\n"), [
    [":", "x="],
    ["}", "x="],
  ]);
  assert.deepEqual(meta("f'''{x # c\n= # d\n}'''\n"), [["}", "x \n= \n"]]);
  assert.deepEqual(meta("f'{x}'\n"), []);
});

test("type comments: the strings ast.parse(type_comments=True) attaches", () => {
  for (const c of data.type_comments as { src: string; comments: string[]; ignores: [number, string][] }[]) {
    const tok = new Tokenizer(c.src, { typeComments: true });
    const comments: string[] = [];
    const ignores: [number, string][] = [];
    for (let t = tok.next(); t.type !== TokenType.ENDMARKER; t = tok.next()) {
      if (t.type === TokenType.TYPE_COMMENT) comments.push(t.string);
      if (t.type === TokenType.TYPE_IGNORE) ignores.push([t.lineno, t.string]);
    }
    assert.deepEqual(
      { comments: comments.sort(), ignores },
      { comments: [...c.comments].sort(), ignores: c.ignores },
      JSON.stringify(c.src),
    );
  }
});

test("eval and single input: no newline is added", () => {
  const kinds = (src: string) => {
    const tok = new Tokenizer(src, { execInput: false });
    const out: string[] = [];
    for (let t = tok.next(); ; t = tok.next()) {
      out.push(TokenType[t.type]!);
      if (t.type === TokenType.ENDMARKER) return out;
    }
  };
  assert.deepEqual(kinds("x # c"), ["NAME", "ENDMARKER"]);
  assert.deepEqual(kinds("x\n"), ["NAME", "NEWLINE", "ENDMARKER"]);
  const err = (src: string) => {
    try {
      kinds(src);
    } catch (e) {
      const p = e as ParseError;
      return [p.msg, p.lineno, p.offset, p.end_lineno, p.end_offset, p.text];
    }
    return null;
  };
  for (const c of data.eval as { src: string; compile: PyError | null }[]) {
    const e = err(c.src);
    const got = e && {
      kind: "SyntaxError",
      msg: e[0],
      lineno: e[1],
      offset: e[2],
      end_lineno: e[3],
      end_offset: e[4],
      text: e[5],
    };
    assert.deepEqual(got, c.compile, JSON.stringify(c.src));
  }
});

test("endOfSource: compile()'s incomplete input (codeop) when the tokenizer stopped at the end", () => {
  for (const c of data.incomplete as { src: string; compile: string | null }[]) {
    const tok = new Tokenizer(c.src, { execInput: false });
    let tokenizerError = false;
    try {
      while (tok.next().type !== TokenType.ENDMARKER);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      tokenizerError = true;
    }
    if (c.compile === "incomplete input") assert.ok(tok.endOfSource, JSON.stringify(c.src));
    else if (tokenizerError) assert.ok(!tok.endOfSource, JSON.stringify(c.src));
  }
});

test("warnings the warnings filter turns into errors are raised as CPython raises them", () => {
  for (const c of data.warnings_as_errors as { src: string; compile: PyError | null }[]) {
    const tok = new Tokenizer(c.src, { warning: () => true });
    let error: PyError | null = null;
    try {
      while (tok.next().type !== TokenType.ENDMARKER);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      error = errorOf(e);
    }
    assert.deepEqual(error, c.compile, JSON.stringify(c.src));
  }
});

test("byte and character offsets", () => {
  const line = "aé€😀b";
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5].map((i) => charOffsetToByteOffset(line, i)),
    [0, 1, 3, 6, 10, 11],
  );
  assert.deepEqual(
    [0, 1, 2, 3, 6, 10, 11, 12].map((i) => byteOffsetToCharOffset(line, i)),
    [0, 1, 2, 2, 3, 4, 5, 6],
  );
});
