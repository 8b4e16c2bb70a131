// String literals, f-strings (PEP 701) and t-strings (PEP 750): the `strings`, `fstring`,
// `tstring` rules and their replacement fields, with Parser/action_helpers.c's assembly
// (_PyPegen_joined_str, _PyPegen_formatted_value, _PyPegen_interpolation,
// _PyPegen_concatenate_strings, _PyPegen_setup_full_format_spec) and CPython's positions.

import * as ast from "./ast.ts";
import { M, type Parser } from "./parser-core.ts";
import { star_expressions, yield_expr } from "./parser-expr.ts";
import {
  invalid_fstring_replacement_field,
  invalid_string_tstring_concat,
  invalid_tstring_replacement_field,
} from "./parser-invalid.ts";
import { raiseDecodeError, stringToken, warnAt } from "./parser-literals.ts";
import { decodeStrEscapes } from "./strings.ts";
import { TokenType as T, type Token } from "./token.ts";
import type { TokenWithMetadata } from "./tokenizer.ts";

/** annotated_rhs: yield_expr | star_expressions */
export function annotated_rhs(p: Parser): ast.expr | null {
  const a = yield_expr(p);
  if (a !== null) return a;
  return star_expressions(p);
}

/** strings (memo): invalid_string_tstring_concat | (fstring|string)+ | tstring+ */
export function strings(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.strings, start)) return p.memoGet(M.strings, start);
  if (p.callInvalidRules) {
    invalid_string_tstring_concat(p);
    p.mark = start;
  }
  let res: ast.expr | null = null;
  const parts: ast.expr[] = [];
  for (;;) {
    const t = p.peek();
    let e: ast.expr | null;
    if (t === T.STRING) e = stringToken(p);
    else if (t === T.FSTRING_START) e = fstring(p);
    else break;
    if (e === null) break;
    parts.push(e);
  }
  if (parts.length) res = concatenateStrings(p, parts, start);
  else {
    p.mark = start;
    for (;;) {
      const e = tstring(p);
      if (e === null) break;
      parts.push(e);
    }
    if (parts.length) {
      const s = p.toks[start]!;
      const l = p.last();
      res = new ast.TemplateStr(
        buildConcatenated(parts),
        s.lineno,
        s.col_offset,
        l.end_lineno,
        l.end_col_offset,
      );
    }
  }
  return p.store(M.strings, start, res);
}

/** (fstring|string)+ for invalid_string_tstring_concat */
export function fstringOrStringPlus(p: Parser): ast.expr[] | null {
  const parts: ast.expr[] = [];
  for (;;) {
    const t = p.peek();
    let e: ast.expr | null;
    if (t === T.STRING) e = stringToken(p);
    else if (t === T.FSTRING_START) e = fstring(p);
    else break;
    if (e === null) break;
    parts.push(e);
  }
  return parts.length ? parts : null;
}

function isStrConstant(e: ast.expr): e is ast.Constant {
  return e instanceof ast.Constant && typeof e.value === "string";
}

/** _build_concatenated_str: flattens JoinedStr/TemplateStr values, folds constants, drops empty ones. */
function buildConcatenated(strings: ast.expr[]): ast.expr[] {
  const flat: ast.expr[] = [];
  for (const e of strings) {
    if (e instanceof ast.JoinedStr || e instanceof ast.TemplateStr) for (const v of e.values) flat.push(v);
    else flat.push(e);
  }
  const values: ast.expr[] = [];
  for (let i = 0; i < flat.length; i++) {
    let elem = flat[i]!;
    if (elem instanceof ast.Constant) {
      if (i + 1 < flat.length && flat[i + 1] instanceof ast.Constant) {
        const first = elem;
        let last = elem;
        let s = "";
        let j = i;
        for (; j < flat.length; j++) {
          const c = flat[j]!;
          if (!(c instanceof ast.Constant)) break;
          s += c.value as string;
          last = c;
        }
        i = j - 1;
        elem = new ast.Constant(
          s,
          first.kind,
          first.lineno,
          first.col_offset,
          last.end_lineno,
          last.end_col_offset,
        );
      }
      if (isStrConstant(elem as ast.expr) && (elem as ast.Constant).value === "") continue;
    }
    values.push(elem);
  }
  return values;
}

/** _PyPegen_concatenate_strings (EXTRA from the token at `start` to the last one). */
export function concatenateStrings(p: Parser, strings: ast.expr[], start: number): ast.expr {
  let fFound = false;
  let strFound = false;
  let bytesFound = false;
  for (const e of strings) {
    if (e instanceof ast.Constant) {
      if (e.value instanceof Uint8Array) bytesFound = true;
      else strFound = true;
    } else fFound = true;
  }
  if ((strFound || fFound) && bytesFound) p.raiseSyntax("cannot mix bytes and nonbytes literals");
  const s = p.toks[start]!;
  const l = p.last();
  if (!fFound) {
    if (strings.length === 1) return strings[0]!;
    const first = strings[0] as ast.Constant;
    if (bytesFound) {
      let n = 0;
      for (const e of strings) n += ((e as ast.Constant).value as Uint8Array).length;
      const out = new Uint8Array(n);
      let k = 0;
      for (const e of strings) {
        const b = (e as ast.Constant).value as Uint8Array;
        out.set(b, k);
        k += b.length;
      }
      return new ast.Constant(out, first.kind, s.lineno, s.col_offset, l.end_lineno, l.end_col_offset);
    }
    let str = "";
    for (const e of strings) str += (e as ast.Constant).value as string;
    return new ast.Constant(str, first.kind, s.lineno, s.col_offset, l.end_lineno, l.end_col_offset);
  }
  return new ast.JoinedStr(
    buildConcatenated(strings),
    s.lineno,
    s.col_offset,
    l.end_lineno,
    l.end_col_offset,
  );
}

// ------------------------------------------------------------------ f-strings and t-strings

/** fstring: FSTRING_START fstring_middle* FSTRING_END */
export function fstring(p: Parser): ast.expr | null {
  return ftstring(p, false);
}

/** tstring (memo): TSTRING_START tstring_middle* TSTRING_END */
export function tstring(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.tstring, start)) return p.memoGet(M.tstring, start);
  return p.store(M.tstring, start, ftstring(p, true));
}

function ftstring(p: Parser, isT: boolean): ast.expr | null {
  const start = p.mark;
  const a = p.expect(isT ? T.TSTRING_START : T.FSTRING_START);
  if (a === null) return null;
  const middleType = isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
  const raw: ast.expr[] = [];
  for (;;) {
    const t = p.peek();
    if (t === T.LBRACE) {
      const f = replacementField(p, isT, false);
      if (f === null) break;
      raw.push(f);
    } else if (t === middleType) {
      const m = p.toks[p.mark++]!;
      raw.push(new ast.Constant(m.string, null, m.lineno, m.col_offset, m.end_lineno, m.end_col_offset));
    } else break;
  }
  const b = p.expect(isT ? T.TSTRING_END : T.FSTRING_END);
  if (b === null) {
    p.mark = start;
    return null;
  }
  const values = resizedExprs(p, a, raw, b);
  if (isT) return new ast.TemplateStr(values, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
  return new ast.JoinedStr(values, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset);
}

/** _get_resized_exprs: unpacks debug pairs, decodes literal parts, drops empty ones. */
function resizedExprs(p: Parser, a: Token, raw: ast.expr[], b: Token): ast.expr[] {
  const isRaw = /[rR]/.test(a.string);
  const out: ast.expr[] = [];
  for (const item of raw) {
    if (item instanceof ast.JoinedStr) {
      out.push(item.values[0]!, item.values[1]!);
      continue;
    }
    if (item instanceof ast.Constant) {
      let s = item.value as string;
      if (s === "{{" || s === "}}") s = s[0]!;
      if (!isRaw && s.indexOf("\\") >= 0) {
        try {
          s = decodeStrEscapes(s, warnAt(p, b));
        } catch (e) {
          raiseDecodeError(p, e, b);
        }
      }
      if (s === "") continue;
      out.push(new ast.Constant(s, null, item.lineno, item.col_offset, item.end_lineno, item.end_col_offset));
      continue;
    }
    out.push(item);
  }
  return out;
}

/** The text of the source between the end of token `a` and the start of token `b`. */
function sourceBetween(p: Parser, a: Token, b: Token): string {
  const tok = p.tokenizer;
  const lines = tok.lines;
  const from = tok.lineStartOf(a.end_lineno) + charIndex(lines[a.end_lineno - 1] ?? "", a.end_col_offset);
  const to = tok.lineStartOf(b.lineno) + charIndex(lines[b.lineno - 1] ?? "", b.col_offset);
  return tok.source.slice(from, to);
}

/** The UTF-16 index of byte offset `bytes` in `line`. */
function charIndex(line: string, bytes: number): number {
  let n = 0;
  let i = 0;
  while (i < line.length && n < bytes) {
    const c = line.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
    i++;
  }
  return i;
}

/** The expression text a closing token carries (token->metadata), or the source text as a fallback. */
function metadataOf(p: Parser, lbrace: Token, closing: Token): string {
  const m = (closing as TokenWithMetadata).metadata;
  if (m !== undefined) return m;
  return stripComments(sourceBetween(p, lbrace, closing));
}

function stripComments(text: string): string {
  if (text.indexOf("#") < 0) return text;
  // comments inside the expression are removed line by line (strings may hold '#': keep them)
  let out = "";
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      out += c;
      if (c === "\\") {
        out += text[++i] ?? "";
      } else if (text.startsWith(quote, i)) {
        out += quote.slice(1);
        i += quote.length - 1;
        quote = "";
      }
      continue;
    }
    if (c === "'" || c === '"') {
      quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      out += quote;
      i += quote.length - 1;
      continue;
    }
    if (c === "#") {
      while (i < text.length && text[i] !== "\n") i++;
      if (i < text.length) out += "\n";
      continue;
    }
    out += c;
  }
  return out;
}

interface ConvResult {
  name: ast.Name;
  bang: Token;
}

/**
 * fstring_replacement_field / tstring_replacement_field / tstring_format_spec_replacement_field:
 * '{' annotated_rhs '='? [fstring_conversion] [full_format_spec] '}'. `inSpecOfT` builds a
 * FormattedValue inside a t-string's format spec.
 */
function replacementField(p: Parser, isT: boolean, inSpecOfT: boolean): ast.expr | null {
  const start = p.mark;
  const lbrace = p.expect(T.LBRACE);
  if (lbrace === null) return null;
  const a = annotated_rhs(p);
  if (a !== null) {
    const debug = p.expect(T.EQUAL);
    let conv: ConvResult | null = null;
    const m = p.mark;
    const bang = p.expect(T.EXCLAMATION);
    if (bang !== null) {
      const n = p.name();
      if (n !== null) {
        if (bang.lineno !== n.lineno || bang.end_col_offset !== n.col_offset) {
          p.raiseKnownRange(
            bang,
            n,
            `${isT ? "t" : "f"}-string: conversion type must come right after the exclamation mark`,
          );
        }
        conv = { name: n, bang };
      } else p.mark = m;
    }
    const spec = fullFormatSpec(p, isT);
    const rbrace = p.expect(T.RBRACE);
    if (rbrace !== null) {
      const makeInterp = isT && !inSpecOfT;
      return formattedValue(p, a, debug, conv, spec, lbrace, rbrace, start, makeInterp, isT);
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    if (isT) invalid_tstring_replacement_field(p);
    else invalid_fstring_replacement_field(p);
    p.mark = start;
  }
  return null;
}

/** A replacement field inside a format spec (for the invalid_* rules). */
export function replacementFieldPublic(p: Parser, isT: boolean): ast.expr | null {
  return replacementField(p, isT, isT);
}

interface SpecResult {
  spec: ast.expr;
  colon: Token;
}

/** fstring_full_format_spec: ':' fstring_format_spec* */
function fullFormatSpec(p: Parser, isT: boolean): SpecResult | null {
  const start = p.mark;
  const colon = p.expect(T.COLON);
  if (colon === null) return null;
  const middleType = isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
  let items: ast.expr[] = [];
  for (;;) {
    const t = p.peek();
    if (t === middleType) {
      const m = p.toks[p.mark++]!;
      let s = m.string;
      if (s.indexOf("\\") >= 0 && !rawFString(p, start)) {
        try {
          s = decodeStrEscapes(s, warnAt(p, m));
        } catch (e) {
          raiseDecodeError(p, e, m);
        }
      }
      items.push(new ast.Constant(s, null, m.lineno, m.col_offset, m.end_lineno, m.end_col_offset));
    } else if (t === T.LBRACE) {
      const f = replacementField(p, isT, isT);
      if (f === null) break;
      items.push(f);
    } else break;
  }
  items = items.filter((x) => !(isStrConstant(x) && x.value === ""));
  const s = p.toks[start]!;
  const l = p.last();
  let res: ast.expr;
  if (items.length === 0 || (items.length === 1 && items[0] instanceof ast.Constant)) {
    res = new ast.JoinedStr(items, s.lineno, s.col_offset, l.end_lineno, l.end_col_offset);
  } else {
    res = new ast.JoinedStr(buildConcatenated(items), s.lineno, s.col_offset, l.end_lineno, l.end_col_offset);
  }
  return { spec: res, colon };
}

/** Whether the f-string enclosing the token at `pos` is raw (scans back to its START token). */
function rawFString(p: Parser, pos: number): boolean {
  let depth = 0;
  for (let i = pos; i >= 0; i--) {
    const t = p.types[i];
    if (t === T.FSTRING_END || t === T.TSTRING_END) depth++;
    else if (t === T.FSTRING_START || t === T.TSTRING_START) {
      if (depth === 0) return /[rR]/.test(p.toks[i]!.string);
      depth--;
    }
  }
  return false;
}

/** _PyPegen_formatted_value / _PyPegen_interpolation */
function formattedValue(
  p: Parser,
  expression: ast.expr,
  debug: Token | null,
  conv: ConvResult | null,
  spec: SpecResult | null,
  lbrace: Token,
  rbrace: Token,
  start: number,
  interpolation: boolean,
  isT: boolean,
): ast.expr {
  const s = p.toks[start]!;
  const lineno = s.lineno;
  const col = s.col_offset;
  const endLineno = rbrace.end_lineno;
  const endCol = rbrace.end_col_offset;
  let conversion = -1;
  if (conv !== null) {
    const id = conv.name.id;
    const first = id.codePointAt(0)!;
    if (id.length > 1 && !(id.length === 2 && first > 0xffff)) {
      p.raiseKnownLocation(
        conv.name,
        `${isT ? "t" : "f"}-string: invalid conversion character ${reprId(id)}: expected 's', 'r', or 'a'`,
      );
    }
    if (first !== 115 && first !== 114 && first !== 97) {
      p.raiseKnownLocation(
        conv.name,
        `${isT ? "t" : "f"}-string: invalid conversion character ${reprId(id)}: expected 's', 'r', or 'a'`,
      );
    }
    conversion = first;
  } else if (debug !== null && spec === null) conversion = 114;

  let debugEndLine = endLineno;
  let debugEndOffset = endCol;
  let closing: Token = rbrace;
  if (conv !== null) {
    debugEndLine = conv.name.lineno;
    debugEndOffset = conv.name.col_offset;
    closing = conv.bang;
  } else if (spec !== null) {
    debugEndLine = spec.spec.lineno;
    debugEndOffset = spec.spec.col_offset + 1;
    closing = spec.colon;
  }
  const fmt = spec !== null ? spec.spec : null;
  let value: ast.expr;
  if (interpolation) {
    const exprstr = stripInterpolationExpr(metadataOf(p, lbrace, closing));
    value = new ast.Interpolation(expression, exprstr, conversion, fmt, lineno, col, endLineno, endCol);
  } else {
    value = new ast.FormattedValue(expression, conversion, fmt, lineno, col, endLineno, endCol);
  }
  if (debug === null) return value;
  const text = metadataOf(p, lbrace, closing);
  const debugText = new ast.Constant(text, null, lineno, col + 1, debugEndLine, debugEndOffset - 1);
  return new ast.JoinedStr([debugText, value], lineno, col, debugEndLine, debugEndOffset);
}

function reprId(id: string): string {
  return id.indexOf("'") >= 0 && id.indexOf('"') < 0
    ? `"${id}"`
    : `'${id.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

/** _strip_interpolation_expr: drops trailing whitespace and '='. */
function stripInterpolationExpr(s: string): string {
  let n = s.length;
  while (n > 0) {
    const c = s[n - 1]!;
    if (c === "=" || /\s/.test(c)) n--;
    else break;
  }
  return s.slice(0, n);
}
