// The built-in traceback printer for uncaught exceptions (what sys.excepthook prints before the
// stdlib `traceback` module can be imported). Follows Lib/traceback.py of CPython 3.14 for the
// default (no colour) output: StackSummary.format / format_frame_summary with the caret rules
// (_should_show_carets, _extract_caret_anchors_from_line_segment), repeated-frame folding,
// chained exceptions, notes, SyntaxError display, NameError/AttributeError suggestions and
// exception groups.
//
// Lib/traceback.py finds caret anchors by parsing the failing segment with `ast`; here a small
// expression scanner does the same for the shapes it looks for (a top-level binary operator,
// subscript or call), which keeps this printer independent of the parser.
import { call, lookupAttr, str as strOf } from "../objects/abstract.ts";
import { PyDict } from "../objects/dict.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { frameLocals } from "../objects/frame-object.ts";
import { PyList } from "../objects/list.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { PyTraceback } from "../objects/traceback.ts";
import { PyTuple } from "../objects/tuple.ts";
import { PyType } from "../objects/type.ts";
import { typeOf } from "../objects/typeobjects.ts";

/** Source lines by filename (linecache): files read through the host, plus registered sources. */
export const lineCache = {
  sources: new Map<string, string[] | null>(),
  readFile: (_filename: string): string | null => null,
  register(filename: string, text: string): void {
    this.sources.set(filename, splitLines(text));
  },
  getLines(filename: string): string[] | null {
    let lines = this.sources.get(filename);
    if (lines === undefined) {
      let text: string | null = null;
      if (!filename.startsWith("<")) {
        try {
          text = this.readFile(filename);
        } catch {
          text = null;
        }
      }
      lines = text === null ? null : splitLines(text);
      this.sources.set(filename, lines);
    }
    return lines;
  },
  getLine(filename: string, lineno: number): string {
    const lines = this.getLines(filename);
    if (lines === null || lineno < 1 || lineno > lines.length) return "";
    return lines[lineno - 1];
  },
};

/** str.splitlines(keepends=True)-like split used by linecache (keeps the line ends). */
function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 10 ||
      c === 13 ||
      c === 12 ||
      c === 11 ||
      c === 0x1c ||
      c === 0x1d ||
      c === 0x1e ||
      c === 0x85 ||
      c === 0x2028 ||
      c === 0x2029
    ) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Names of the standard library's modules (sys.stdlib_module_names), for "Did you forget to import". */
export const stdlibModuleNames = new Set<string>();

// ---------------------------------------------------------------- frames

interface FrameSummary {
  filename: string;
  lineno: number | null;
  endLineno: number | null;
  colno: number | null;
  endColno: number | null;
  name: string;
}

function extractTb(tb: PyValue): FrameSummary[] {
  const out: FrameSummary[] = [];
  while (tb instanceof PyTraceback) {
    const code = tb.frame.code;
    let pos = {
      lineno: null as number | null,
      end_lineno: null as number | null,
      col: null as number | null,
      end_col: null as number | null,
    };
    if (tb.lasti >= 0) pos = code.positions[tb.lasti] ?? pos;
    const lineno = pos.lineno ?? (tb.line < 0 ? null : tb.line);
    out.push({
      filename: code.co_filename,
      lineno,
      endLineno: pos.lineno === null ? lineno : pos.end_lineno,
      colno: pos.lineno === null ? pos.col : pos.col,
      endColno: pos.end_col,
      name: code.co_name,
    });
    tb = tb.next;
  }
  return out;
}

function rstrip(s: string): string {
  return s.replace(/[\s]+$/u, "");
}

function isPySpace(ch: string): boolean {
  return /^\s$/u.test(ch);
}

/** textwrap.dedent over a block of lines (lines of only whitespace are normalised to empty). */
function dedent(text: string): string {
  const lines = text.split("\n");
  let margin: string | null = null;
  for (const l of lines) {
    if (l.trim() === "") continue;
    const m = /^[ \t]*/.exec(l)?.[0] ?? "";
    if (margin === null) margin = m;
    else {
      let i = 0;
      while (i < margin.length && i < m.length && margin[i] === m[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  return lines.map((l) => (l.trim() === "" ? "" : margin ? l.slice(margin.length) : l)).join("\n");
}

function byteToCharOffset(line: string, offset: number): number {
  const bytes = new TextEncoder().encode(line);
  return [...new TextDecoder().decode(bytes.slice(0, offset))].length;
}

function displayWidth(line: string, offset?: number): number {
  const chars = [...line];
  const n = offset === undefined ? chars.length : offset;
  if (/^[\x00-\x7f]*$/.test(line)) return n;
  let w = 0;
  for (let i = 0; i < n && i < chars.length; i++) w += isWide(chars[i].codePointAt(0) as number) ? 2 : 1;
  return w + Math.max(0, n - chars.length);
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

// ---------------------------------------------------------------- caret anchors

interface Anchors {
  leftEndLineno: number;
  leftEndOffset: number;
  rightStartLineno: number;
  rightStartOffset: number;
  primaryChar: string;
  secondaryChar: string;
}

interface Tok {
  kind: "name" | "num" | "str" | "op" | "open" | "close";
  text: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  depth: number;
  /** For "open": index of the matching "close" token. */
  match: number;
}

const KEYWORD_OPS = new Set(["and", "or", "not", "in", "is", "if", "else", "lambda", "await", "yield"]);
const STMT_KEYWORDS = new Set([
  "return",
  "raise",
  "del",
  "pass",
  "break",
  "continue",
  "import",
  "from",
  "global",
  "nonlocal",
  "assert",
  "def",
  "class",
  "while",
  "for",
  "try",
  "except",
  "finally",
  "with",
  "as",
  "elif",
  "async",
]);
const BIN_PREC: Record<string, number> = {
  "|": 1,
  "^": 2,
  "&": 3,
  "<<": 4,
  ">>": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
  "//": 6,
  "%": 6,
  "@": 6,
  "**": 8,
};

/** Tokenises a (possibly multi-line) expression segment; null when it has no expression shape we handle. */
function scan(lines: string[]): Tok[] | null {
  const toks: Tok[] = [];
  const stack: number[] = [];
  let line = 0;
  let col = 0;
  const ops3 = ["**=", "//=", ">>=", "<<=", "...", "!="];
  const ops2 = [
    "**",
    "//",
    "<<",
    ">>",
    "<=",
    ">=",
    "==",
    "!=",
    "->",
    ":=",
    "+=",
    "-=",
    "*=",
    "/=",
    "%=",
    "&=",
    "|=",
    "^=",
    "@=",
  ];
  while (line < lines.length) {
    const s = lines[line];
    if (col >= s.length) {
      line++;
      col = 0;
      continue;
    }
    const ch = s[col];
    if (ch === " " || ch === "\t" || ch === "\f") {
      col++;
      continue;
    }
    if (ch === "#") {
      line++;
      col = 0;
      continue;
    }
    if (ch === "\\") {
      line++;
      col = 0;
      continue;
    }
    const depth = stack.length;
    const strm = /^([rRbBuUfFtT]{0,2})('''|"""|'|")/.exec(s.slice(col));
    if (strm && (strm[1] === "" || /^[rRbBuUfFtT]+$/.test(strm[1]))) {
      const q = strm[2];
      const raw = /[rR]/.test(strm[1]);
      let l = line;
      let c = col + strm[0].length;
      let done = false;
      while (l < lines.length && !done) {
        const t = lines[l];
        while (c < t.length) {
          if (!raw && t[c] === "\\") {
            c += 2;
            continue;
          }
          if (t.startsWith(q, c)) {
            c += q.length;
            done = true;
            break;
          }
          c++;
        }
        if (!done) {
          if (q.length === 1) return null;
          l++;
          c = 0;
        }
      }
      if (!done) return null;
      toks.push({ kind: "str", text: "", line, col, endLine: l, endCol: c, depth, match: -1 });
      line = l;
      col = c;
      continue;
    }
    const idm = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_]*/u.exec(s.slice(col));
    if (idm) {
      toks.push({
        kind: "name",
        text: idm[0],
        line,
        col,
        endLine: line,
        endCol: col + idm[0].length,
        depth,
        match: -1,
      });
      col += idm[0].length;
      continue;
    }
    const numm = /^(0[xXoObB][0-9a-fA-F_]+|(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d[\d_]*)?[jJ]?)/.exec(
      s.slice(col),
    );
    if (numm && numm[0].length > 0 && !(numm[0] === ".")) {
      toks.push({
        kind: "num",
        text: numm[0],
        line,
        col,
        endLine: line,
        endCol: col + numm[0].length,
        depth,
        match: -1,
      });
      col += numm[0].length;
      continue;
    }
    if ("([{".includes(ch)) {
      stack.push(toks.length);
      toks.push({ kind: "open", text: ch, line, col, endLine: line, endCol: col + 1, depth, match: -1 });
      col++;
      continue;
    }
    if (")]}".includes(ch)) {
      const o = stack.pop();
      if (o === undefined) return null;
      toks[o].match = toks.length;
      toks.push({
        kind: "close",
        text: ch,
        line,
        col,
        endLine: line,
        endCol: col + 1,
        depth: stack.length,
        match: o,
      });
      col++;
      continue;
    }
    let op = ops3.find((o) => s.startsWith(o, col)) ?? ops2.find((o) => s.startsWith(o, col));
    if (op === undefined) op = ch;
    toks.push({ kind: "op", text: op, line, col, endLine: line, endCol: col + op.length, depth, match: -1 });
    col += op.length;
  }
  if (stack.length) return null;
  return toks;
}

/** The anchors Lib/traceback.py computes for a segment that is a BinOp, Subscript or Call. */
export function extractCaretAnchors(segment: string): Anchors | null {
  const lines = segment.split(/\r?\n/);
  const toks = scan(lines);
  if (toks === null || toks.length === 0) return null;
  const top = toks.filter((t) => t.depth === 0);
  // Anything that makes the segment not a single expression, or whose top node is not an
  // operator we anchor (comparison, boolean, conditional, lambda, tuple, assignment...).
  for (const t of top) {
    if (t.kind === "name" && (STMT_KEYWORDS.has(t.text) || (KEYWORD_OPS.has(t.text) && t.text !== "await"))) {
      if (
        t.text === "not" ||
        t.text === "in" ||
        t.text === "is" ||
        t.text === "and" ||
        t.text === "or" ||
        t.text === "if" ||
        t.text === "else" ||
        t.text === "lambda" ||
        t.text === "yield"
      )
        return null;
      return null;
    }
    if (
      t.kind === "op" &&
      [
        "=",
        ",",
        ":",
        ";",
        "<",
        ">",
        "==",
        "!=",
        "<=",
        ">=",
        ":=",
        "->",
        "+=",
        "-=",
        "*=",
        "/=",
        "%=",
        "&=",
        "|=",
        "^=",
        "@=",
        "**=",
        "//=",
        ">>=",
        "<<=",
      ].includes(t.text)
    )
      return null;
  }
  // Binary operators at depth 0: an operator is binary when it follows an operand.
  let best = -1;
  let bestPrec = 99;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.depth !== 0 || t.kind !== "op") continue;
    const prec = BIN_PREC[t.text];
    if (prec === undefined) {
      if (t.text === "~" || t.text === ".") continue;
      return null;
    }
    const prev = i > 0 ? toks[i - 1] : null;
    const binary =
      prev !== null &&
      (prev.kind === "name" ? !KEYWORD_OPS.has(prev.text) : prev.kind !== "op" && prev.kind !== "open");
    if (!binary) continue;
    if (prec < bestPrec || (prec === bestPrec && prec !== 8)) {
      best = i;
      bestPrec = prec;
    }
  }
  if (best >= 0) {
    // Unary operators bind tighter than binary ones except **: `-a ** b` is -(a ** b).
    const t = toks[best];
    const right = toks[best + 1];
    const lineText = lines[t.line];
    let rightCol = t.col + 1;
    if (
      rightCol < lineText.length &&
      (right === undefined || right.line > t.line || rightCol < right.col) &&
      !isPySpace(lineText[rightCol]) &&
      !"\\#".includes(lineText[rightCol])
    ) {
      rightCol++;
    }
    return anchorsFrom(lines, t.line, t.col, t.line, rightCol);
  }
  // No binary operator: a primary with trailers (or a unary expression, which gets no anchors).
  const first = toks[0];
  if (first.kind === "op") return null;
  if (first.kind === "name" && first.text === "await") return null;
  const last = toks[toks.length - 1];
  if (last.kind !== "close" || last.text === "}") return null;
  const open = toks[last.match];
  if (last.match === 0) return null; // a parenthesised/list atom, not a trailer
  const before = toks[last.match - 1];
  if (before.kind === "op" || (before.kind === "name" && KEYWORD_OPS.has(before.text))) return null;
  if (open.text === "(" || open.text === "[") {
    return anchorsFrom(lines, open.line, open.col, last.endLine, last.endCol);
  }
  return null;
}

function anchorsFrom(lines: string[], l1: number, c1: number, l2: number, c2: number): Anchors {
  // Columns are UTF-16 indexes here; traceback.py counts code points.
  const cp = (l: number, c: number) => [...lines[l].slice(0, c)].length;
  return {
    leftEndLineno: l1,
    leftEndOffset: cp(l1, c1),
    rightStartLineno: l2,
    rightStartOffset: cp(l2, c2),
    primaryChar: "~",
    secondaryChar: "^",
  };
}

/** _should_show_carets, without the `ast` special cases handled by shouldHideForStatement. */
function shouldShowCarets(
  startOffset: number,
  endOffset: number,
  allLines: string[],
  anchors: Anchors | null,
): boolean {
  if (statementSpansCall(allLines, startOffset, endOffset)) return false;
  if (anchors) return true;
  const firstCps = [...allLines[0]];
  const lastCps = [...allLines[allLines.length - 1]];
  if (firstCps.slice(0, startOffset).join("").trimStart() || rstrip(lastCps.slice(endOffset).join("")))
    return true;
  return false;
}

/**
 * The `ast` cases of _should_show_carets: `return f(...)` (f a name) and `x = f(...)` whose call
 * spans the whole statement lines get no carets.
 */
function statementSpansCall(allLines: string[], startOffset: number, endOffset: number): boolean {
  const text = allLines.join("\n");
  let m = /^return\s+/.exec(text);
  let valueStart = -1;
  let nameCallee = false;
  if (m) {
    valueStart = m[0].length;
    nameCallee = true;
  } else {
    m = /^([\p{L}_][\p{L}\p{N}_]*)\s*=(?!=)\s*/u.exec(text);
    if (m) valueStart = m[0].length;
  }
  if (valueStart < 0) return false;
  const value = text.slice(valueStart);
  const vlines = value.split("\n");
  const toks = scan(vlines);
  if (toks === null || toks.length === 0) return false;
  if (toks.some((t) => t.depth === 0 && t.kind === "op" && t.text !== ".")) return false;
  const last = toks[toks.length - 1];
  if (last.kind !== "close" || last.text !== ")" || last.match === 0) return false;
  const before = toks[last.match - 1];
  if (
    before.kind === "op" ||
    (before.kind === "name" && (KEYWORD_OPS.has(before.text) || STMT_KEYWORDS.has(before.text)))
  )
    return false;
  if (nameCallee) {
    // func must be a plain Name: exactly one name token before the call's '('.
    if (last.match !== 1 || toks[0].kind !== "name") return false;
  } else {
    // Other top-level trailers are fine (`x = a.b(c)`), but no other top-level tokens after the call.
  }
  // The value must end the statement and start at the instruction's start offset on line 1.
  const valueStartCp = [...allLines[0].slice(0, valueStart)].length;
  if (valueStartCp !== startOffset) return false;
  const lastLineCps = [...allLines[allLines.length - 1]].length;
  return (
    endOffset === lastLineCps &&
    rstrip(allLines[allLines.length - 1]).length === allLines[allLines.length - 1].length
  );
}

function formatFrameSummary(fs: FrameSummary): string {
  const row: string[] = [];
  row.push(`  File "${fs.filename}", line ${fs.lineno === null ? "None" : fs.lineno}, in ${fs.name}\n`);
  if (fs.lineno === null) return row.join("");
  const endLineno = fs.endLineno ?? fs.lineno;
  const rawLines: string[] = [];
  for (let l = fs.lineno; l <= endLineno; l++) rawLines.push(rstrip(lineCache.getLine(fs.filename, l)));
  const originalLines = `${rawLines.join("\n")}\n`;
  const dedented = dedent(originalLines);
  if (!dedented.trim()) return row.join("");
  if (fs.colno === null || fs.endColno === null) {
    row.push(`    ${originalLines.split("\n")[0].trim()}\n`);
    return row.join("");
  }
  const allOriginal = originalLines.split("\n").slice(0, -1);
  const firstLine = allOriginal[0];
  const lastLine = allOriginal[endLineno - fs.lineno] ?? "";
  let startOffset = byteToCharOffset(firstLine, fs.colno);
  let endOffset = byteToCharOffset(lastLine, fs.endColno);
  const allLines = dedented.split("\n").slice(0, endLineno - fs.lineno + 1);
  const dedentChars = [...firstLine].length - [...allLines[0]].length;
  startOffset = Math.max(0, startOffset - dedentChars);
  endOffset = Math.max(0, endOffset - dedentChars);
  const dpStart = displayWidth(allLines[0], startOffset);
  const dpEnd = displayWidth(allLines[allLines.length - 1], endOffset);
  const segCps = [...allLines.join("\n")];
  const lastCps = [...allLines[allLines.length - 1]].length;
  const segment = segCps.slice(startOffset, segCps.length - (lastCps - endOffset)).join("");
  let anchors: Anchors | null = null;
  try {
    anchors = extractCaretAnchors(segment);
  } catch {
    anchors = null;
  }
  const showCarets = shouldShowCarets(startOffset, endOffset, allLines, anchors);
  const result: string[] = [];
  const significant = new Set<number>([0, allLines.length - 1]);
  let leftEnd = 0;
  let rightStart = 0;
  let primary = "^";
  let secondary = "^";
  if (anchors) {
    leftEnd = anchors.leftEndOffset;
    rightStart = anchors.rightStartOffset;
    if (anchors.leftEndLineno === 0) leftEnd += startOffset;
    if (anchors.rightStartLineno === 0) rightStart += startOffset;
    leftEnd = displayWidth(allLines[anchors.leftEndLineno], leftEnd);
    rightStart = displayWidth(allLines[anchors.rightStartLineno], rightStart);
    primary = anchors.primaryChar;
    secondary = anchors.secondaryChar;
    for (let l = anchors.leftEndLineno - 1; l <= anchors.leftEndLineno + 1; l++) significant.add(l);
    for (let l = anchors.rightStartLineno - 1; l <= anchors.rightStartLineno + 1; l++) significant.add(l);
  }
  significant.delete(-1);
  significant.delete(allLines.length);
  const outputLine = (lineno: number) => {
    const line = allLines[lineno];
    result.push(`${line}\n`);
    if (!showCarets) return;
    const numSpaces = line.length - line.trimStart().length;
    const numCarets = lineno === allLines.length - 1 ? dpEnd : displayWidth(line);
    let carets = "";
    for (let c = 0; c < numCarets; c++) {
      if (c < numSpaces || (lineno === 0 && c < dpStart)) carets += " ";
      else if (
        anchors &&
        (lineno > anchors.leftEndLineno || (lineno === anchors.leftEndLineno && c >= leftEnd)) &&
        (lineno < anchors.rightStartLineno || (lineno === anchors.rightStartLineno && c < rightStart))
      )
        carets += secondary;
      else carets += primary;
    }
    result.push(`${carets}\n`);
  };
  const sig = [...significant].sort((a, b) => a - b);
  for (let i = 0; i < sig.length; i++) {
    const lineno = sig[i];
    if (i) {
      const diff = lineno - sig[i - 1];
      if (diff === 2) outputLine(lineno - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(lineno);
  }
  const block = dedent(result.join(""));
  row.push(
    block
      .split(/(?<=\n)/)
      .map((l) => `    ${l}`)
      .join(""),
  );
  return row.join("");
}

function formatStack(frames: FrameSummary[]): string[] {
  const result: string[] = [];
  let lastFile: string | null = null;
  let lastLine: number | null | undefined;
  let lastName: string | null = null;
  let count = 0;
  const CUTOFF = 3;
  for (const fs of frames) {
    if (
      lastFile === null ||
      lastFile !== fs.filename ||
      lastLine === undefined ||
      lastLine !== fs.lineno ||
      lastName !== fs.name
    ) {
      if (count > CUTOFF) {
        const n = count - CUTOFF;
        result.push(`  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`);
      }
      lastFile = fs.filename;
      lastLine = fs.lineno;
      lastName = fs.name;
      count = 0;
    }
    count++;
    if (count > CUTOFF) continue;
    result.push(formatFrameSummary(fs));
  }
  if (count > CUTOFF) {
    const n = count - CUTOFF;
    result.push(`  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`);
  }
  return result;
}

// ---------------------------------------------------------------- exception lines

function safeStr(v: PyValue): string {
  try {
    return strOf(v);
  } catch {
    return "<exception str() failed>";
  }
}

function typeStr(t: PyType): string {
  const qual = t.qualname;
  const mod = lookupAttr(t, "__module__");
  if (typeof mod !== "string" || mod === "__main__" || mod === "builtins") return qual;
  return `${mod}.${qual}`;
}

function levenshtein(a: string, b: string, maxCost: number): number {
  const MOVE = 2;
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (!a || !b) return MOVE * (a.length + b.length);
  if (a.length > 40 || b.length > 40) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 1; i <= a.length; i++) row.push(i * MOVE);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const bch = b[bi];
    let distance = bi * MOVE;
    result = distance;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const cost = bch === a[i] ? 0 : bch.toLowerCase() === a[i].toLowerCase() ? 1 : MOVE;
      const substitute = distance + cost;
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

function bestSuggestion(candidates: string[], wrong: string): string | null {
  if (candidates.length > 750) return null;
  if (wrong.length > 40) return null;
  let bestDistance = wrong.length;
  let suggestion: string | null = null;
  for (const name of candidates) {
    if (name === wrong) continue;
    let maxDistance = Math.floor(((name.length + wrong.length + 3) * 2) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(wrong, name, maxDistance);
    if (d > maxDistance) continue;
    if (!suggestion || d < bestDistance) {
      suggestion = name;
      bestDistance = d;
    }
  }
  return suggestion;
}

function dictKeys(d: PyValue): string[] {
  if (!(d instanceof PyDict)) return [];
  const out: string[] = [];
  for (const k of d.keys) if (typeof k === "string") out.push(k);
  return out;
}

function computeSuggestion(exc: PyBaseException, wrong: string): string | null {
  try {
    if (exc.type.isSubtypeOf(E.PyExc_AttributeError)) {
      const obj = lookupAttr(exc, "obj");
      if (obj === undefined) return null;
      const dirFn = typeOf(obj).lookup("__dir__");
      let names: string[] = [];
      if (dirFn !== undefined) {
        const r = call(dirFn, [obj]);
        const items = r instanceof PyList ? r.items : r instanceof PyTuple ? r.items : [];
        for (const x of items) if (typeof x === "string") names.push(x);
      }
      names.sort();
      let hide = !wrong.startsWith("_");
      if (hide && exc.traceback instanceof PyTraceback) {
        let tb: PyTraceback = exc.traceback;
        while (tb.next instanceof PyTraceback) tb = tb.next;
        const locals = frameLocals(tb.frame);
        if (locals instanceof PyDict && locals.getStr("self") === obj) hide = false;
      }
      if (hide) names = names.filter((x) => !x.startsWith("_"));
      return bestSuggestion(names, wrong);
    }
    if (exc.type.isSubtypeOf(E.PyExc_NameError)) {
      if (!(exc.traceback instanceof PyTraceback)) return null;
      let tb: PyTraceback = exc.traceback;
      while (tb.next instanceof PyTraceback) tb = tb.next;
      const f = tb.frame;
      const locals = frameLocals(f);
      const names = [...dictKeys(locals), ...dictKeys(f.globals), ...dictKeys(f.builtins)];
      if (locals instanceof PyDict) {
        const self = locals.getStr("self");
        if (self !== undefined) {
          try {
            if (lookupAttr(self, wrong) !== undefined) return `self.${wrong}`;
          } catch {
            // hasattr failed: no suggestion from self
          }
        }
      }
      return bestSuggestion(names, wrong);
    }
  } catch {
    return null;
  }
  return null;
}

function excMessage(exc: PyBaseException): string {
  let s = safeStr(exc);
  const t = exc.type;
  if (t.isSubtypeOf(E.PyExc_NameError) || t.isSubtypeOf(E.PyExc_AttributeError)) {
    let wrong: PyValue | undefined;
    try {
      wrong = lookupAttr(exc, "name");
    } catch {
      wrong = undefined;
    }
    if (typeof wrong === "string") {
      const suggestion = computeSuggestion(exc, wrong);
      if (suggestion) s += `. Did you mean: '${suggestion}'?`;
      if (t.isSubtypeOf(E.PyExc_NameError) && stdlibModuleNames.has(wrong)) {
        s += suggestion
          ? ` Or did you forget to import '${wrong}'?`
          : `. Did you forget to import '${wrong}'?`;
      }
    }
  } else if (t.isSubtypeOf(E.PyExc_ImportError)) {
    const nameFrom = lookupAttr(exc, "name_from");
    const modName = lookupAttr(exc, "name");
    void nameFrom;
    void modName;
  }
  return s;
}

function attrOr(exc: PyValue, name: string): PyValue | undefined {
  try {
    return lookupAttr(exc, name);
  } catch {
    return undefined;
  }
}

function formatSyntaxError(exc: PyBaseException, stype: string): string[] {
  const out: string[] = [];
  const filename = attrOr(exc, "filename");
  const lineno = attrOr(exc, "lineno");
  const endLineno = attrOr(exc, "end_lineno");
  const text = attrOr(exc, "text");
  let offset = attrOr(exc, "offset");
  const endOffsetV = attrOr(exc, "end_offset");
  const msgV = attrOr(exc, "msg");
  let suffix = "";
  if (lineno !== undefined && lineno !== None) {
    out.push(
      `  File "${typeof filename === "string" && filename ? filename : "<string>"}", line ${safeStr(lineno)}\n`,
    );
  } else if (filename !== undefined && filename !== None) {
    suffix = ` (${safeStr(filename)})`;
  }
  if (typeof text === "string") {
    const rtext = text.replace(/\n+$/, "");
    const ltext = rtext.replace(/^[ \n\f]+/, "");
    const spaces = rtext.length - ltext.length;
    if (offset === undefined || offset === None) {
      out.push(`    ${ltext}\n`);
    } else if (typeof offset === "number") {
      let endOffset: number;
      if (safeStr(lineno ?? None) === safeStr(endLineno ?? None)) {
        endOffset = typeof endOffsetV === "number" && endOffsetV !== 0 ? endOffsetV : offset;
      } else {
        endOffset = rtext.length + 1;
      }
      if (text && offset > text.length) offset = rtext.length + 1;
      if (text && endOffset > text.length) endOffset = rtext.length + 1;
      if ((offset as number) >= endOffset || endOffset < 0) endOffset = (offset as number) + 1;
      const colno = (offset as number) - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      if (colno >= 0) {
        const caretspace = [...ltext.slice(0, colno)].map((c) => (isPySpace(c) ? c : " ")).join("");
        out.push(`    ${ltext}\n`);
        out.push(`    ${caretspace}${"^".repeat(Math.max(0, endColno - colno))}\n`);
      } else {
        out.push(`    ${ltext}\n`);
      }
    }
  }
  const msg = msgV === undefined || msgV === None || msgV === "" ? "<no detail available>" : safeStr(msgV);
  out.push(`${stype}: ${msg}${suffix}\n`);
  return out;
}

function formatExceptionOnly(exc: PyBaseException, depth = 0): string[] {
  const out: string[] = [];
  const indent = " ".repeat(3 * depth);
  const stype = typeStr(exc.type);
  if (exc.type.isSubtypeOf(E.PyExc_SyntaxError)) {
    for (const l of formatSyntaxError(exc, stype)) out.push(indent + l);
  } else {
    const s = excMessage(exc);
    const line = s ? `${stype}: ${s}` : stype;
    if (depth > 0) for (const l of line.split("\n")) out.push(`${indent}${l}\n`);
    else out.push(`${line}\n`);
  }
  let notes: PyValue | undefined;
  try {
    notes = lookupAttr(exc, "__notes__");
  } catch (e) {
    notes = [
      `Ignored error getting __notes__: ${e instanceof PyBaseException ? safeRepr(e) : "?"}`,
    ] as unknown as PyValue;
  }
  if (notes !== undefined && notes !== None) {
    if (notes instanceof PyList || notes instanceof PyTuple) {
      for (const n of notes.items) for (const l of safeStr(n).split("\n")) out.push(`${indent}${l}\n`);
    } else if (Array.isArray(notes)) {
      for (const n of notes as string[]) out.push(`${indent}${n}\n`);
    } else if (typeof notes === "string") {
      out.push(`${indent}${safeRepr(notes)}\n`);
    } else {
      out.push(`${indent}${safeRepr(notes)}\n`);
    }
  }
  return out;
}

function safeRepr(v: PyValue): string {
  try {
    const r = typeOf(v).tp_repr;
    return r === null ? "<object>" : r(v);
  } catch {
    return "<__notes__ repr() failed>";
  }
}

function groupExceptions(exc: PyBaseException): PyBaseException[] | null {
  if (!exc.type.isSubtypeOf(E.PyExc_BaseExceptionGroup)) return null;
  const excs = attrOr(exc, "exceptions");
  if (excs instanceof PyTuple)
    return excs.items.filter((e): e is PyBaseException => e instanceof PyBaseException);
  return null;
}

class PrintContext {
  seen = new Set<PyBaseException>();
  depth = 0;
  needClose = false;
  indent(): string {
    return " ".repeat(2 * this.depth);
  }
  emit(out: string[], text: string | string[], margin = "|"): void {
    let prefix = this.indent();
    if (this.depth) prefix += `${margin} `;
    const texts = typeof text === "string" ? [text] : text;
    for (const t of texts) {
      out.push(
        t
          .split(/(?<=\n)/)
          .map((l) => prefix + l)
          .join(""),
      );
    }
  }
}

const CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";

function formatChain(exc: PyBaseException, ctx: PrintContext, out: string[]): void {
  const chain: [string | null, PyBaseException][] = [];
  let cur: PyBaseException | null = exc;
  ctx.seen.add(exc);
  while (cur !== null) {
    let msg: string | null = null;
    let next: PyBaseException | null = null;
    if (cur.cause instanceof PyBaseException) {
      if (!ctx.seen.has(cur.cause)) {
        msg = CAUSE;
        next = cur.cause;
      }
    } else if (cur.context instanceof PyBaseException && !cur.suppressContext && !ctx.seen.has(cur.context)) {
      msg = CONTEXT;
      next = cur.context;
    }
    chain.push([msg, cur]);
    if (next !== null) ctx.seen.add(next);
    cur = next;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const [msg, e] = chain[i];
    if (msg !== null) ctx.emit(out, msg);
    const group = groupExceptions(e);
    const frames = extractTb(e.traceback);
    if (group === null) {
      if (frames.length) {
        ctx.emit(out, "Traceback (most recent call last):\n");
        ctx.emit(out, formatStack(frames));
      }
      ctx.emit(out, formatExceptionOnly(e));
    } else if (ctx.depth > 10) {
      ctx.emit(out, "... (max_group_depth is 10)\n");
    } else {
      const toplevel = ctx.depth === 0;
      if (toplevel) ctx.depth++;
      if (frames.length) {
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n", toplevel ? "+" : "|");
        ctx.emit(out, formatStack(frames));
      }
      ctx.emit(out, formatExceptionOnly(e));
      const n = group.length <= 15 ? group.length : 16;
      ctx.needClose = false;
      for (let k = 0; k < n; k++) {
        const last = k === n - 1;
        if (last) ctx.needClose = true;
        const truncated = k >= 15;
        const title = truncated ? "..." : `${k + 1}`;
        out.push(`${ctx.indent()}${k === 0 ? "+-" : "  "}+---------------- ${title} ----------------\n`);
        ctx.depth++;
        if (!truncated) {
          if (!ctx.seen.has(group[k])) formatChain(group[k], ctx, out);
        } else {
          const remaining = group.length - 15;
          ctx.emit(out, `and ${remaining} more exception${remaining > 1 ? "s" : ""}\n`);
        }
        if (last && ctx.needClose) {
          out.push(`${ctx.indent()}+------------------------------------\n`);
          ctx.needClose = false;
        }
        ctx.depth--;
      }
      if (toplevel) ctx.depth = 0;
    }
  }
}

/** The text sys.excepthook prints for an uncaught exception (traceback.print_exception). */
export function formatException(exc: PyBaseException): string {
  const out: string[] = [];
  formatChain(exc, new PrintContext(), out);
  return out.join("");
}

export { PyType };
