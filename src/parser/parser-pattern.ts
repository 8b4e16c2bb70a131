// The match statement and its patterns (PEP 634), and type parameter lists (PEP 695/696), as in
// CPython 3.14's grammar.

import * as ast from "./ast.ts";
import { KW, LOAD, M, type Parser, STORE, setContext } from "./parser-core.ts";
import {
  expression,
  named_expression,
  star_expression,
  star_named_expression,
  star_named_expressions,
} from "./parser-expr.ts";
import { strings } from "./parser-fstring.ts";
import {
  invalid_as_pattern,
  invalid_case_block,
  invalid_class_pattern,
  invalid_match_stmt,
  invalid_type_param,
  invalid_type_params,
} from "./parser-invalid.ts";
import { parseNumberToken } from "./parser-literals.ts";
import { block } from "./parser-stmt.ts";
import { TokenType as T } from "./token.ts";

/** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt */
export function match_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.expectSoft("match") !== null) {
    const subject = subject_expr(p);
    if (
      subject !== null &&
      p.expect(T.COLON) !== null &&
      p.expect(T.NEWLINE) !== null &&
      p.expect(T.INDENT) !== null
    ) {
      const cases: ast.match_case[] = [];
      for (;;) {
        const c = case_block(p);
        if (c === null) break;
        cases.push(c);
      }
      if (cases.length && p.expect(T.DEDENT) !== null)
        return p.fin(new ast.Match(subject, cases, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_match_stmt(p);
    p.mark = start;
  }
  return null;
}

/** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
export function subject_expr(p: Parser): ast.expr | null {
  const start = p.mark;
  const value = star_named_expression(p);
  if (value !== null && p.expect(T.COMMA) !== null) {
    const values = star_named_expressions(p);
    const elts = values === null ? [value] : [value, ...values];
    return p.fin(new ast.Tuple(elts, LOAD, 0, 0, 0, 0), start);
  }
  p.mark = start;
  return named_expression(p);
}

/** case_block: invalid_case_block | "case" patterns guard? ':' block */
function case_block(p: Parser): ast.match_case | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_case_block(p);
    p.mark = start;
  }
  if (p.expectSoft("case") === null) return null;
  const pat = patterns(p);
  if (pat !== null) {
    const g = guard(p);
    if (p.expect(T.COLON) !== null) {
      const body = block(p);
      if (body !== null) return new ast.match_case(pat, g, body);
    }
  }
  p.mark = start;
  return null;
}

/** guard: 'if' named_expression */
export function guard(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(KW.IF) === null) return null;
  const g = named_expression(p);
  if (g === null) p.mark = start;
  return g;
}

/** patterns: open_sequence_pattern | pattern */
export function patterns(p: Parser): ast.pattern | null {
  const start = p.mark;
  const a = open_sequence_pattern(p);
  if (a !== null) return p.fin(new ast.MatchSequence(a, 0, 0, 0, 0), start);
  p.mark = start;
  return pattern(p);
}

/** pattern: as_pattern | or_pattern */
export function pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  const a = as_pattern(p);
  if (a !== null) return a;
  p.mark = start;
  return or_pattern(p);
}

/** as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern */
function as_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  const a = or_pattern(p);
  if (a !== null && p.expect(KW.AS) !== null) {
    const t = pattern_capture_target(p);
    if (t !== null) return p.fin(new ast.MatchAs(a, t.id, 0, 0, 0, 0), start);
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_as_pattern(p);
    p.mark = start;
  }
  return null;
}

/** or_pattern: '|'.closed_pattern+ */
export function or_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  const first = closed_pattern(p);
  if (first === null) return null;
  const pats = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.VBAR) === null) break;
    const b = closed_pattern(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    pats.push(b);
  }
  if (pats.length === 1) return first;
  return p.fin(new ast.MatchOr(pats, 0, 0, 0, 0), start);
}

/** closed_pattern (memo) */
function closed_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  if (p.memoHit(M.closed_pattern, start)) return p.memoGet(M.closed_pattern, start);
  let r = literal_pattern(p);
  if (r === null) {
    p.mark = start;
    r = capture_pattern(p);
  }
  if (r === null) {
    p.mark = start;
    r = wildcard_pattern(p);
  }
  if (r === null) {
    p.mark = start;
    r = value_pattern(p);
  }
  if (r === null) {
    p.mark = start;
    r = group_pattern(p);
  }
  if (r === null) {
    p.mark = start;
    r = sequence_pattern(p);
  }
  if (r === null) {
    p.mark = start;
    r = mapping_pattern(p);
  }
  if (r === null) {
    p.mark = start;
    r = class_pattern(p);
  }
  return p.store(M.closed_pattern, start, r);
}

/** literal_pattern */
function literal_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  const t = p.peek();
  if (t === KW.NONE || t === KW.TRUE || t === KW.FALSE) {
    p.mark++;
    return p.fin(new ast.MatchSingleton(t === KW.NONE ? null : t === KW.TRUE, 0, 0, 0, 0), start);
  }
  const v = literal_expr(p);
  if (v === null) return null;
  return p.fin(new ast.MatchValue(v, 0, 0, 0, 0), start);
}

/** literal_expr: signed_number !('+' | '-') | complex_number | strings | None | True | False */
export function literal_expr(p: Parser): ast.expr | null {
  const start = p.mark;
  const t = p.peek();
  if (t === KW.NONE || t === KW.TRUE || t === KW.FALSE) {
    p.mark++;
    return p.fin(new ast.Constant(t === KW.NONE ? null : t === KW.TRUE, null, 0, 0, 0, 0), start);
  }
  if (t === T.STRING || t === T.FSTRING_START || t === T.TSTRING_START) return strings(p);
  const a = signed_number(p);
  if (a !== null) {
    const k = p.peek();
    if (k !== T.PLUS && k !== T.MINUS) return a;
  }
  p.mark = start;
  return complex_number(p);
}

/** complex_number: signed_real_number ('+' | '-') imaginary_number */
function complex_number(p: Parser): ast.expr | null {
  const start = p.mark;
  const real = signed_number(p);
  if (real === null) return null;
  const k = p.peek();
  if (k !== T.PLUS && k !== T.MINUS) {
    p.mark = start;
    return null;
  }
  ensureReal(p, real);
  p.mark++;
  if (!p.at(T.NUMBER)) {
    p.mark = start;
    return null;
  }
  const imag = parseNumberToken(p, p.toks[p.mark++]!);
  if (!(imag instanceof ast.Constant && imag.value instanceof ast.ComplexValue)) {
    p.raiseKnownLocation(imag, "imaginary number required in complex literal");
  }
  const op = k === T.PLUS ? new ast.Add() : new ast.Sub();
  return p.fin(new ast.BinOp(real, op, imag, 0, 0, 0, 0), start);
}

function ensureReal(p: Parser, e: ast.expr): void {
  const c = e instanceof ast.UnaryOp ? e.operand : e;
  if (c instanceof ast.Constant && c.value instanceof ast.ComplexValue) {
    p.raiseKnownLocation(c, "real number required in complex literal");
  }
}

/** signed_number: NUMBER | '-' NUMBER */
function signed_number(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.at(T.NUMBER)) return parseNumberToken(p, p.toks[p.mark++]!);
  if (p.expect(T.MINUS) !== null && p.at(T.NUMBER)) {
    const n = parseNumberToken(p, p.toks[p.mark++]!);
    return p.fin(new ast.UnaryOp(new ast.USub(), n, 0, 0, 0, 0), start);
  }
  p.mark = start;
  return null;
}

/** capture_pattern: pattern_capture_target */
function capture_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  const t = pattern_capture_target(p);
  if (t === null) return null;
  return p.fin(new ast.MatchAs(null, t.id, 0, 0, 0, 0), start);
}

/** pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
export function pattern_capture_target(p: Parser): ast.Name | null {
  const start = p.mark;
  if (p.atSoft("_")) return null;
  const n = p.name();
  if (n === null) return null;
  const k = p.peek();
  if (k === T.DOT || k === T.LPAR || k === T.EQUAL) {
    p.mark = start;
    return null;
  }
  return setContext(n, STORE) as ast.Name;
}

/** wildcard_pattern: "_" */
function wildcard_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  if (p.expectSoft("_") === null) return null;
  return p.fin(new ast.MatchAs(null, null, 0, 0, 0, 0), start);
}

/** value_pattern: attr !('.' | '(' | '=') */
function value_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  const a = attr(p);
  if (a === null) return null;
  const k = p.peek();
  if (k === T.DOT || k === T.LPAR || k === T.EQUAL) {
    p.mark = start;
    return null;
  }
  return p.fin(new ast.MatchValue(a, 0, 0, 0, 0), start);
}

/** attr: name_or_attr '.' NAME */
export function attr(p: Parser): ast.expr | null {
  const start = p.mark;
  const a = name_or_attr(p);
  if (a === null || !(a instanceof ast.Attribute)) {
    p.mark = start;
    return null;
  }
  return a;
}

/** name_or_attr: attr | NAME */
export function name_or_attr(p: Parser): ast.expr | null {
  const start = p.mark;
  let a: ast.expr | null = p.name();
  while (a !== null) {
    const m = p.mark;
    if (p.expect(T.DOT) === null) break;
    const b = p.name();
    if (b === null) {
      p.mark = m;
      break;
    }
    a = p.fin(new ast.Attribute(a, b.id, LOAD, 0, 0, 0, 0), start);
  }
  return a;
}

/** group_pattern: '(' pattern ')' */
function group_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  if (p.expect(T.LPAR) === null) return null;
  const a = pattern(p);
  if (a !== null && p.expect(T.RPAR) !== null) return a;
  p.mark = start;
  return null;
}

/** sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')' */
function sequence_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  if (p.expect(T.LSQB) !== null) {
    const a = maybe_sequence_pattern(p);
    if (p.expect(T.RSQB) !== null) return p.fin(new ast.MatchSequence(a ?? [], 0, 0, 0, 0), start);
    p.mark = start;
    return null;
  }
  if (p.expect(T.LPAR) !== null) {
    const a = open_sequence_pattern(p);
    if (p.expect(T.RPAR) !== null) return p.fin(new ast.MatchSequence(a ?? [], 0, 0, 0, 0), start);
    p.mark = start;
  }
  return null;
}

/** open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern? */
function open_sequence_pattern(p: Parser): ast.pattern[] | null {
  const start = p.mark;
  const a = maybe_star_pattern(p);
  if (a === null || p.expect(T.COMMA) === null) {
    p.mark = start;
    return null;
  }
  const b = maybe_sequence_pattern(p);
  return b === null ? [a] : [a, ...b];
}

/** maybe_sequence_pattern: ','.maybe_star_pattern+ ','? */
function maybe_sequence_pattern(p: Parser): ast.pattern[] | null {
  const a = maybe_star_pattern(p);
  if (a === null) return null;
  const res = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = maybe_star_pattern(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    res.push(b);
  }
  p.expect(T.COMMA);
  return res;
}

/** maybe_star_pattern: star_pattern | pattern */
function maybe_star_pattern(p: Parser): ast.pattern | null {
  const a = star_pattern(p);
  if (a !== null) return a;
  return pattern(p);
}

/** star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern */
function star_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  if (p.memoHit(M.star_pattern, start)) return p.memoGet(M.star_pattern, start);
  let res: ast.pattern | null = null;
  if (p.expect(T.STAR) !== null) {
    const t = pattern_capture_target(p);
    if (t !== null) res = p.fin(new ast.MatchStar(t.id, 0, 0, 0, 0), start);
    else if (p.expectSoft("_") !== null) res = p.fin(new ast.MatchStar(null, 0, 0, 0, 0), start);
  }
  return p.store(M.star_pattern, start, res);
}

/** mapping_pattern */
function mapping_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  if (p.expect(T.LBRACE) === null) return null;
  if (p.expect(T.RBRACE) !== null) return p.fin(new ast.MatchMapping([], [], null, 0, 0, 0, 0), start);
  const afterBrace = p.mark;
  let rest = double_star_pattern(p);
  if (rest !== null) {
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE) !== null) return p.fin(new ast.MatchMapping([], [], rest.id, 0, 0, 0, 0), start);
  }
  p.mark = afterBrace;
  const keys: ast.expr[] = [];
  const pats: ast.pattern[] = [];
  if (items_pattern(p, keys, pats)) {
    const m = p.mark;
    if (p.expect(T.COMMA) !== null) {
      rest = double_star_pattern(p);
      if (rest !== null) {
        p.expect(T.COMMA);
        if (p.expect(T.RBRACE) !== null)
          return p.fin(new ast.MatchMapping(keys, pats, rest.id, 0, 0, 0, 0), start);
      }
    }
    p.mark = m;
    p.expect(T.COMMA);
    if (p.expect(T.RBRACE) !== null) return p.fin(new ast.MatchMapping(keys, pats, null, 0, 0, 0, 0), start);
  }
  p.mark = start;
  return null;
}

/** items_pattern: ','.key_value_pattern+ */
export function items_pattern(p: Parser, keys: ast.expr[], pats: ast.pattern[]): boolean {
  let n = 0;
  for (;;) {
    const m = p.mark;
    const k = key_value_pattern(p);
    if (k === null) {
      if (n === 0) return false;
      p.mark = m - 1;
      return true;
    }
    keys.push(k[0]);
    pats.push(k[1]);
    n++;
    if (p.expect(T.COMMA) === null) return true;
  }
}

/** key_value_pattern: (literal_expr | attr) ':' pattern */
function key_value_pattern(p: Parser): [ast.expr, ast.pattern] | null {
  const start = p.mark;
  let key = literal_expr(p);
  if (key === null) {
    p.mark = start;
    key = attr(p);
  }
  if (key !== null && p.expect(T.COLON) !== null) {
    const pat = pattern(p);
    if (pat !== null) return [key, pat];
  }
  p.mark = start;
  return null;
}

/** double_star_pattern: '**' pattern_capture_target */
export function double_star_pattern(p: Parser): ast.Name | null {
  const start = p.mark;
  if (p.expect(T.DOUBLESTAR) === null) return null;
  const t = pattern_capture_target(p);
  if (t === null) p.mark = start;
  return t;
}

/** class_pattern */
function class_pattern(p: Parser): ast.pattern | null {
  const start = p.mark;
  const cls = name_or_attr(p);
  if (cls === null || p.expect(T.LPAR) === null) {
    p.mark = start;
    return null;
  }
  if (p.expect(T.RPAR) !== null) return p.fin(new ast.MatchClass(cls, [], [], [], 0, 0, 0, 0), start);
  const afterParen = p.mark;
  const pos = positional_patterns(p);
  if (pos !== null) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR) !== null) return p.fin(new ast.MatchClass(cls, pos, [], [], 0, 0, 0, 0), start);
    p.mark = afterParen;
  }
  const kwNames: string[] = [];
  const kwPats: ast.pattern[] = [];
  if (keyword_patterns(p, kwNames, kwPats)) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR) !== null)
      return p.fin(new ast.MatchClass(cls, [], kwNames, kwPats, 0, 0, 0, 0), start);
  }
  p.mark = afterParen;
  if (pos !== null) {
    positional_patterns(p);
    if (p.expect(T.COMMA) !== null) {
      kwNames.length = 0;
      kwPats.length = 0;
      if (keyword_patterns(p, kwNames, kwPats)) {
        p.expect(T.COMMA);
        if (p.expect(T.RPAR) !== null)
          return p.fin(new ast.MatchClass(cls, pos, kwNames, kwPats, 0, 0, 0, 0), start);
      }
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_class_pattern(p);
    p.mark = start;
  }
  return null;
}

/** positional_patterns: ','.pattern+ */
export function positional_patterns(p: Parser): ast.pattern[] | null {
  const a = pattern(p);
  if (a === null) return null;
  const res = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = pattern(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    res.push(b);
  }
  return res;
}

/** keyword_patterns: ','.keyword_pattern+ */
export function keyword_patterns(p: Parser, names: string[], pats: ast.pattern[]): boolean {
  let n = 0;
  for (;;) {
    const m = p.mark;
    const a = p.name();
    let ok = false;
    if (a !== null && p.expect(T.EQUAL) !== null) {
      const v = pattern(p);
      if (v !== null) {
        names.push(a.id);
        pats.push(v);
        ok = true;
      }
    }
    if (!ok) {
      if (n === 0) {
        p.mark = m;
        return false;
      }
      p.mark = m - 1;
      return true;
    }
    n++;
    if (p.expect(T.COMMA) === null) return true;
  }
}

// ------------------------------------------------------------------ type parameters

/** type_params: invalid_type_params | '[' type_param_seq ']' */
export function type_params(p: Parser): ast.type_param[] | null {
  const start = p.mark;
  if (!p.at(T.LSQB)) return null;
  if (p.callInvalidRules) {
    invalid_type_params(p);
    p.mark = start;
  }
  p.mark++;
  const res: ast.type_param[] = [];
  for (;;) {
    const m = p.mark;
    const a = type_param(p);
    if (a === null) {
      if (res.length === 0) {
        p.mark = start;
        return null;
      }
      p.mark = m - 1;
      break;
    }
    res.push(a);
    if (p.expect(T.COMMA) === null) break;
  }
  p.expect(T.COMMA);
  if (p.expect(T.RSQB) === null) {
    p.mark = start;
    return null;
  }
  return res;
}

/** type_param (memo) */
function type_param(p: Parser): ast.type_param | null {
  const start = p.mark;
  if (p.memoHit(M.type_param, start)) return p.memoGet(M.type_param, start);
  return p.store(M.type_param, start, typeParamInner(p, start));
}

function typeParamInner(p: Parser, start: number): ast.type_param | null {
  const a = p.name();
  if (a !== null) {
    let bound: ast.expr | null = null;
    let m = p.mark;
    if (p.expect(T.COLON) !== null) {
      bound = expression(p);
      if (bound === null) p.mark = m;
    }
    let dflt: ast.expr | null = null;
    m = p.mark;
    if (p.expect(T.EQUAL) !== null) {
      dflt = expression(p);
      if (dflt === null) p.mark = m;
    }
    return p.fin(new ast.TypeVar(a.id, bound, dflt, 0, 0, 0, 0), start);
  }
  if (p.callInvalidRules) {
    invalid_type_param(p);
    p.mark = start;
  }
  const t = p.peek();
  if (t === T.STAR || t === T.DOUBLESTAR) {
    p.mark++;
    const n = p.name();
    if (n !== null) {
      let dflt: ast.expr | null = null;
      const m = p.mark;
      if (p.expect(T.EQUAL) !== null) {
        dflt = t === T.STAR ? star_expression(p) : expression(p);
        if (dflt === null) p.mark = m;
      }
      if (t === T.STAR) return p.fin(new ast.TypeVarTuple(n.id, dflt, 0, 0, 0, 0), start);
      return p.fin(new ast.ParamSpec(n.id, dflt, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  return null;
}
