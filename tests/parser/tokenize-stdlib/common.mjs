// Shared by gen.mjs and check.mjs: the canonical text of a token stream, and the Python program
// that produces it under the oracle.
//
// A file is tokenized twice, as CPython's _tokenize.TokenizerIter does it: with extra_tokens=True
// (what tokenize.tokenize yields after its ENCODING token) and with extra_tokens=False (the
// tokens the parser sees). Each token is `type sl sc el ec len string len line`, with `=` for
// the line when it is the previous token's (columns in characters, lengths in code points, so
// the strings need no escaping); a SyntaxError ends the stream with `ERROR kind lineno offset len msg`.
import crypto from "node:crypto";

export const MODES = ["extra", "iter"];

/** The Python side: canon(src_bytes, extra) -> canonical text. */
export const PY_CANON = `
import _tokenize, io, tokenize

def canon(src, extra):
    encoding, _ = tokenize.detect_encoding(io.BytesIO(src).readline)
    if encoding == "utf-8-sig":
        encoding = "utf-8"
    parts = []
    line = None
    try:
        for t in _tokenize.TokenizerIter(io.BytesIO(src).readline, extra_tokens=extra, encoding=encoding):
            ln = "=" if t[4] == line else f"{len(t[4])} {t[4]}"
            line = t[4]
            parts.append(f"{t[0]} {t[2][0]} {t[2][1]} {t[3][0]} {t[3][1]} {len(t[1])} {t[1]} {ln}\\n")
    except SyntaxError as e:
        parts.append(f"ERROR {type(e).__name__} {e.lineno} {e.offset} {len(e.msg)} {e.msg}\\n")
    return "".join(parts)
`;

/** The same canonical text from our TokenizerIter (from dist/parser.mjs). */
export function canon(parser, text, extra) {
  const parts = [];
  const it = new parser.TokenizerIter(text, extra);
  let line = null;
  try {
    for (let t = it.next(); t !== null; t = it.next()) {
      const ln = t.line === line ? "=" : `${cpLen(t.line)} ${t.line}`;
      line = t.line;
      parts.push(
        `${t.type} ${t.start[0]} ${t.start[1]} ${t.end[0]} ${t.end[1]} ${cpLen(t.string)} ${t.string} ${ln}\n`,
      );
    }
  } catch (e) {
    if (typeof e?.msg !== "string") throw e;
    parts.push(`ERROR ${e.kind} ${e.lineno} ${e.offset} ${cpLen(e.msg)} ${e.msg}\n`);
  }
  return parts.join("");
}

function cpLen(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

/** [number of lines, sha256] of a canonical text. */
export function digest(text) {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return [n, crypto.createHash("sha256").update(text, "utf8").digest("hex")];
}
