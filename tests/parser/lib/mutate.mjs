// Token-level mutations of Python source for tests/parser/fuzz.mjs. Deliberately independent of
// our tokenizer: a rough regex lexer splits the text into tokens, whitespace and newlines, and
// mutations delete, duplicate, swap, replace or insert tokens, change indentation, or truncate.

/** A small, fast, seedable PRNG (mulberry32). `next()` is uniform in [0, 1). */
export function makeRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (arr) => arr[int(arr.length)] };
}

// One alternation, tried left to right: strings first (so their insides stay whole), then
// comments, newlines, blanks, names, numbers, operators (longest first), and any other character.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?:[rRbBuUfFtT]{0,2})(?:'''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*")`,
    String.raw`#[^\r\n]*`,
    String.raw`\r?\n`,
    String.raw`[ \t\f]+`,
    String.raw`[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*`,
    String.raw`0[xXoObB][\da-fA-F_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?`,
    String.raw`\*\*=|//=|>>=|<<=|\.\.\.|->|:=|\*\*|//|<<|>>|<=|>=|==|!=|[-+*/%@&|^]=`,
    String.raw`[\s\S]`,
  ].join("|"),
  "gu",
);

/** Splits source into tokens: [{ text, kind }] with kind "ws" | "nl" | "tok". */
export function roughTokens(source) {
  const out = [];
  for (const m of source.matchAll(TOKEN_RE)) {
    const text = m[0];
    const kind = /^[ \t\f]+$/.test(text) ? "ws" : /^\r?\n$/.test(text) ? "nl" : "tok";
    out.push({ text, kind });
  }
  return out;
}

const KEYWORDS = (
  "False None True and as assert async await break class continue def del elif else except " +
  "finally for from global if import in is lambda nonlocal not or pass raise return try while " +
  "with yield match case type _"
).split(" ");
const OPERATORS = (
  "( ) [ ] { } ( ) [ ] { } : , ; . ... * ** / // % @ + - ~ < > <= >= == != = := -> += -= *= " +
  "|= & | ^ << >> ! $ ? ` \\"
).split(" ");
const QUOTES = ["'", '"', "'''", '"""', "f'", 'f"', "t'", 'rb"', "f'{", "'}'", "{", "}", "!r", "{x!}"];
const LAYOUT = ["\n", "\n    ", "\n        ", "    ", "\t", "\n\t", "\\\n", "\r\n", "\f"];
const ODD = ["é", "π", "\u00a0", "\u200b", "\u2014", "😀", "\x00", "\x01", "0777", "1_", "0x", "1e", "0b2"];

/** A random fragment to insert: keyword, operator, quote, layout or odd character. */
function randomPiece(rng) {
  const r = rng.next();
  if (r < 0.3) return rng.pick(KEYWORDS);
  if (r < 0.6) return rng.pick(OPERATORS);
  if (r < 0.78) return rng.pick(QUOTES);
  if (r < 0.93) return rng.pick(LAYOUT);
  return rng.pick(ODD);
}

/** Index (into tokens) of a random significant token, or -1 if there is none. */
function randomTok(rng, tokens) {
  const idx = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].kind === "tok") idx.push(i);
  return idx.length ? rng.pick(idx) : -1;
}

// Each mutation edits the token array in place and returns a short label for the report.
const MUTATIONS = [
  function deleteToken(rng, t) {
    const i = randomTok(rng, t);
    if (i >= 0) t.splice(i, 1);
    return "delete";
  },
  function duplicateToken(rng, t) {
    const i = randomTok(rng, t);
    if (i >= 0) t.splice(i, 0, { ...t[i] });
    return "duplicate";
  },
  function swapTokens(rng, t) {
    const i = randomTok(rng, t);
    const j = rng.next() < 0.5 ? Math.min(i + 2, t.length - 1) : randomTok(rng, t);
    if (i >= 0 && j >= 0) [t[i], t[j]] = [t[j], t[i]];
    return "swap";
  },
  function insertPiece(rng, t) {
    t.splice(rng.int(t.length + 1), 0, { text: randomPiece(rng), kind: "tok" });
    return "insert";
  },
  function replaceToken(rng, t) {
    const i = randomTok(rng, t);
    if (i >= 0) t[i] = { text: randomPiece(rng), kind: "tok" };
    return "replace";
  },
  function copyToken(rng, t) {
    const i = randomTok(rng, t);
    if (i >= 0) t.splice(rng.int(t.length + 1), 0, { ...t[i] });
    return "copy";
  },
  function reindentLine(rng, t) {
    const starts = [];
    for (let i = 0; i < t.length - 1; i++) if (t[i].kind === "nl") starts.push(i + 1);
    if (!starts.length) return "reindent(none)";
    const i = rng.pick(starts);
    const indent = rng.pick(["", " ", "  ", "    ", "\t", "        ", " \t"]);
    if (t[i].kind === "ws") t[i] = { text: indent, kind: "ws" };
    else t.splice(i, 0, { text: indent, kind: "ws" });
    return "reindent";
  },
  function mutateString(rng, t) {
    const strings = [];
    for (let i = 0; i < t.length; i++) if (/^[rRbBuUfFtT]{0,2}['"]/.test(t[i].text)) strings.push(i);
    if (!strings.length) return "string(none)";
    const i = rng.pick(strings);
    const s = t[i].text;
    const at = 1 + rng.int(Math.max(1, s.length - 1));
    const piece = rng.pick(["{", "}", "{x", "!r}", "\\", "\\N{", "\n", "'", '"', "{a:{b}}", "{=}"]);
    const prefix = rng.next() < 0.3 ? rng.pick(["f", "t", "rf", "b", "fr"]) : "";
    t[i] = { text: prefix + s.slice(0, at) + piece + s.slice(at), kind: "tok" };
    return "string";
  },
];

/**
 * Returns { source, steps }: `source` mutated by 1-4 random token mutations, with a 10% chance
 * of being truncated at a random character afterwards.
 */
export function mutate(rng, source) {
  const tokens = roughTokens(source);
  const steps = [];
  const n = 1 + rng.int(4);
  for (let k = 0; k < n; k++) steps.push(rng.pick(MUTATIONS)(rng, tokens));
  let out = tokens.map((t) => t.text).join("");
  if (rng.next() < 0.1) {
    out = out.slice(0, rng.int(out.length + 1));
    steps.push("truncate");
  }
  return { source: out, steps };
}

/**
 * Indexes of the lines that start a top-level statement: a line at column 0, not a comment, and
 * not inside a triple-quoted string (tracked roughly, by counting triple quotes per line).
 */
function topLevelStarts(lines) {
  const starts = [];
  let open = null; // the triple quote of a string still open at the end of the previous line
  for (let i = 0; i < lines.length; i++) {
    if (open === null && /^[^\s#]/.test(lines[i])) starts.push(i);
    for (const m of lines[i].matchAll(/"""|'''/g)) {
      if (open === null) open = m[0];
      else if (open === m[0]) open = null;
    }
  }
  return starts;
}

/**
 * A random run of 1-6 consecutive top-level blocks of a file, so that mutants are small and
 * mostly well-formed around the mutation.
 */
export function randomChunk(rng, source) {
  const lines = source.split(/(?<=\n)/);
  const starts = topLevelStarts(lines);
  if (starts.length === 0) return source;
  const first = rng.int(starts.length);
  const last = Math.min(starts.length, first + 1 + rng.int(6));
  const end = last < starts.length ? starts[last] : lines.length;
  return lines.slice(starts[first], end).join("");
}
