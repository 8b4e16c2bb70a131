// The invalid_* rules of CPython 3.14's grammar: tried only in the second pass (after the first
// one failed), they recognise common mistakes and raise the specific SyntaxError. Each returns
// nothing: it either throws a ParseError or fails (the caller resets the mark).

import * as ast from "./ast.ts";
import {
  argItem,
  args,
  kwargs,
  lambda_params,
  manyMaybeDefault,
  manyNoDefault,
  manyWithDefault,
  param,
  param_no_default,
  sepList,
  slash_no_default,
  slash_with_default,
} from "./parser-args.ts";
import { exprName, KW, type Parser, raiseInvalidTarget, Targets } from "./parser-core.ts";
import {
  bitwise_or,
  disjunction,
  double_starred_kvpair,
  expression,
  expression_without_invalid,
  factor,
  for_if_clauses,
  genexp,
  inversion,
  list,
  star_expressions,
  star_named_expression,
  star_named_expressions,
  starred_expression,
  sum,
  tuple,
} from "./parser-expr.ts";
import { annotated_rhs, fstringOrStringPlus, replacementFieldPublic, tstring } from "./parser-fstring.ts";
import { simple_stmt } from "./parser-stmt.ts";
import { TokenType as T } from "./token.ts";

const SOFT_KEYWORDS = new Set(["_", "case", "match", "type"]);

function lastComprehensionItem(c: ast.comprehension): ast.expr {
  return c.ifs.length ? c.ifs[c.ifs.length - 1]! : c.iter;
}

// ------------------------------------------------------------------ calls

/** invalid_arguments */
export function invalid_arguments(p: Parser): void {
  const start = p.mark;
  // ((','.(starred_expression | ...)+ ',' kwargs) | kwargs) a=',' ','.(starred_expression !'=')+
  let ok = false;
  if (sepList(p, argItem) !== null && p.expect(T.COMMA) !== null && kwargs(p) !== null) ok = true;
  if (!ok) {
    p.mark = start;
    ok = kwargs(p) !== null;
  }
  if (ok) {
    const a = p.expect(T.COMMA);
    if (a !== null) {
      const s = starred_expression(p);
      if (s !== null && !p.at(T.EQUAL))
        p.raiseStartingFrom(a, "iterable argument unpacking follows keyword argument unpacking");
    }
  }
  p.mark = start;
  // a=expression b=for_if_clauses ',' [args | expression for_if_clauses]
  let a = expression(p);
  if (a !== null) {
    const b = for_if_clauses(p);
    if (b !== null && p.expect(T.COMMA) !== null) {
      const m = p.mark;
      if (args(p) === null) {
        p.mark = m;
        if (expression(p) === null || for_if_clauses(p) === null) p.mark = m;
      }
      p.raiseKnownRange(
        a,
        lastComprehensionItem(b[b.length - 1]!),
        "Generator expression must be parenthesized",
      );
    }
  }
  p.mark = start;
  // a=NAME b='=' expression for_if_clauses
  let n = p.name();
  if (n !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq !== null && expression(p) !== null && for_if_clauses(p) !== null) {
      p.raiseKnownRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.mark = start;
  // (args ',')? a=NAME b='=' &(',' | ')')
  if (args(p) === null || p.expect(T.COMMA) === null) p.mark = start;
  n = p.name();
  if (n !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq !== null && (p.at(T.COMMA) || p.at(T.RPAR)))
      p.raiseKnownRange(n, eq, "expected argument value expression");
  }
  p.mark = start;
  // a=args b=for_if_clauses
  const c = args(p);
  if (c !== null) {
    const b = for_if_clauses(p);
    if (b !== null && c.args.length > 1) {
      p.raiseKnownRange(
        c.args[c.args.length - 1]!,
        lastComprehensionItem(b[b.length - 1]!),
        "Generator expression must be parenthesized",
      );
    }
  }
  p.mark = start;
  // args ',' a=expression b=for_if_clauses
  if (args(p) !== null && p.expect(T.COMMA) !== null) {
    a = expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null)
        p.raiseKnownRange(
          a,
          lastComprehensionItem(b[b.length - 1]!),
          "Generator expression must be parenthesized",
        );
    }
  }
  p.mark = start;
  // a=args ',' args
  const d = args(p);
  if (d !== null && p.expect(T.COMMA) !== null && args(p) !== null) {
    const unpack = d.keywords.some((k) => k.arg === null);
    p.raiseSyntax(
      unpack
        ? "positional argument follows keyword argument unpacking"
        : "positional argument follows keyword argument",
    );
  }
}

/** invalid_kwarg */
export function invalid_kwarg(p: Parser): void {
  const start = p.mark;
  const t = p.peek();
  if (t === KW.TRUE || t === KW.FALSE || t === KW.NONE) {
    const a = p.toks[p.mark++]!;
    const b = p.expect(T.EQUAL);
    if (b !== null) p.raiseKnownRange(a, b, `cannot assign to ${a.string}`);
  }
  p.mark = start;
  const n = p.name();
  if (n !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq !== null && expression(p) !== null && for_if_clauses(p) !== null) {
      p.raiseKnownRange(n, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.mark = start;
  const isNameEq = p.name() !== null && p.at(T.EQUAL);
  p.mark = start;
  if (!isNameEq) {
    const a = expression(p);
    if (a !== null) {
      const b = p.expect(T.EQUAL);
      if (b !== null)
        p.raiseKnownRange(a, b, 'expression cannot contain assignment, perhaps you meant "=="?');
    }
  }
  p.mark = start;
  const ds = p.expect(T.DOUBLESTAR);
  if (ds !== null && expression(p) !== null && p.expect(T.EQUAL) !== null) {
    const b = expression(p);
    if (b !== null) p.raiseKnownRange(ds, b, "cannot assign to keyword argument unpacking");
  }
}

/** invalid_starred_expression_unpacking: '*' expression '=' expression */
export function invalid_starred_expression_unpacking(p: Parser): void {
  const a = p.expect(T.STAR);
  if (a !== null && expression(p) !== null && p.expect(T.EQUAL) !== null) {
    const b = expression(p);
    if (b !== null) p.raiseKnownRange(a, b, "cannot assign to iterable argument unpacking");
  }
}

/** invalid_starred_expression: '*' */
export function invalid_starred_expression(p: Parser): void {
  if (p.expect(T.STAR) !== null) p.raiseSyntax("Invalid star expression");
}

// ------------------------------------------------------------------ expressions

/** invalid_legacy_expression: NAME !'(' star_expressions */
export function invalid_legacy_expression(p: Parser): void {
  const a = p.name();
  if (a === null || p.at(T.LPAR)) return;
  const b = star_expressions(p);
  if (b !== null && (a.id === "print" || a.id === "exec")) {
    p.raiseKnownRange(a, b, `Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`);
  }
}

/** invalid_expression */
export function invalid_expression(p: Parser): void {
  const start = p.mark;
  // STRING (!STRING expression_without_invalid)+ STRING
  if (p.expect(T.STRING) !== null) {
    const items: ast.expr[] = [];
    for (;;) {
      if (p.at(T.STRING)) break;
      const m = p.mark;
      const e = expression_without_invalid(p);
      if (e === null) {
        p.mark = m;
        break;
      }
      items.push(e);
    }
    if (items.length && p.at(T.STRING)) {
      p.raiseKnownRange(
        items[0]!,
        items[items.length - 1]!,
        "invalid syntax. Is this intended to be part of the string?",
      );
    }
  }
  p.mark = start;
  // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
  const t0 = p.peek();
  let skip = false;
  if (t0 === T.NAME) {
    if (SOFT_KEYWORDS.has(p.toks[start]!.string) || p.typeAt(start + 1) === T.STRING) skip = true;
  }
  if (!skip) {
    const a = disjunction(p);
    if (a !== null) {
      const b = expression_without_invalid(p);
      if (b !== null) {
        const legacy = a instanceof ast.Name && (a.id === "print" || a.id === "exec");
        if (!legacy && p.levels[p.mark - 1] !== 0) {
          p.raiseKnownRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
        }
      }
    }
  }
  p.mark = start;
  // a=disjunction 'if' b=disjunction !('else'|':')
  const a = disjunction(p);
  if (a !== null && p.expect(KW.IF) !== null) {
    const b = disjunction(p);
    if (b !== null) {
      if (!p.at(KW.ELSE) && !p.at(T.COLON)) p.raiseKnownRange(a, b, "expected 'else' after 'if' expression");
      if (p.expect(KW.ELSE) !== null) {
        const m = p.mark;
        const c = expression(p);
        p.mark = m;
        if (c === null) p.raiseOnNextToken("expected expression after 'else', but statement is given");
      }
    }
  }
  p.mark = start;
  // a=(pass_stmt|break_stmt|continue_stmt) 'if' b=disjunction 'else' c=simple_stmt
  const t = p.peek();
  if (t === KW.PASS || t === KW.BREAK || t === KW.CONTINUE) {
    const tok = p.toks[p.mark++]!;
    if (
      p.expect(KW.IF) !== null &&
      disjunction(p) !== null &&
      p.expect(KW.ELSE) !== null &&
      simple_stmt(p) !== null
    ) {
      p.raiseKnownLocation(tok, "expected expression before 'if', but statement is given");
    }
  }
  p.mark = start;
  // a='lambda' [lambda_params] b=':' &(FSTRING_MIDDLE | TSTRING_MIDDLE)
  const lam = p.expect(KW.LAMBDA);
  if (lam !== null) {
    lambda_params(p);
    const b = p.expect(T.COLON);
    if (b !== null) {
      if (p.at(T.FSTRING_MIDDLE))
        p.raiseKnownRange(lam, b, "f-string: lambda expressions are not allowed without parentheses");
      if (p.at(T.TSTRING_MIDDLE))
        p.raiseKnownRange(lam, b, "t-string: lambda expressions are not allowed without parentheses");
    }
  }
}

/** invalid_named_expression (memo-less: it raises or fails) */
export function invalid_named_expression(p: Parser): void {
  const start = p.mark;
  const a = expression(p);
  if (a !== null && p.expect(T.COLONEQUAL) !== null && expression(p) !== null) {
    p.raiseKnownLocation(a, `cannot use assignment expressions with ${exprName(a)}`);
  }
  p.mark = start;
  const n = p.name();
  if (n !== null && p.expect(T.EQUAL) !== null) {
    const b = bitwise_or(p);
    if (b !== null && !p.at(T.EQUAL) && !p.at(T.COLONEQUAL)) {
      p.raiseKnownRange(n, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  p.mark = start;
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  const t = p.peek();
  if (t === KW.TRUE || t === KW.NONE || t === KW.FALSE) return;
  if (t === T.LSQB && list(p) !== null) return;
  p.mark = start;
  if (t === T.LPAR) {
    if (tuple(p) !== null) return;
    p.mark = start;
    if (genexpNoInvalid(p)) return;
    p.mark = start;
  }
  const c = bitwise_or(p);
  if (
    c !== null &&
    p.expect(T.EQUAL) !== null &&
    bitwise_or(p) !== null &&
    !p.at(T.EQUAL) &&
    !p.at(T.COLONEQUAL)
  ) {
    p.raiseKnownLocation(c, `cannot assign to ${exprName(c)} here. Maybe you meant '==' instead of '='?`);
  }
}

function genexpNoInvalid(p: Parser): boolean {
  return genexp(p) !== null;
}

/** invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') 'not' inversion */
export function invalid_arithmetic(p: Parser): void {
  if (sum(p) === null) return;
  const t = p.peek();
  if (
    t === T.PLUS ||
    t === T.MINUS ||
    t === T.STAR ||
    t === T.SLASH ||
    t === T.PERCENT ||
    t === T.DOUBLESLASH ||
    t === T.AT
  ) {
    p.mark++;
    const a = p.expect(KW.NOT);
    if (a !== null) {
      const b = inversion(p);
      if (b !== null) p.raiseKnownRange(a, b, "'not' after an operator must be parenthesized");
    }
  }
}

/** invalid_factor: ('+' | '-' | '~') 'not' factor */
export function invalid_factor(p: Parser): void {
  const t = p.peek();
  if (t !== T.PLUS && t !== T.MINUS && t !== T.TILDE) return;
  p.mark++;
  const a = p.expect(KW.NOT);
  if (a !== null) {
    const b = factor(p);
    if (b !== null) p.raiseKnownRange(a, b, "'not' after an operator must be parenthesized");
  }
}

/** invalid_group */
export function invalid_group(p: Parser): void {
  const start = p.mark;
  if (p.expect(T.LPAR) === null) return;
  const a = starred_expression(p);
  if (a !== null && p.expect(T.RPAR) !== null) p.raiseKnownLocation(a, "cannot use starred expression here");
  p.mark = start + 1;
  const ds = p.expect(T.DOUBLESTAR);
  if (ds !== null && expression(p) !== null && p.expect(T.RPAR) !== null) {
    p.raiseKnownLocation(ds, "cannot use double starred expression here");
  }
}

/** invalid_comprehension */
export function invalid_comprehension(p: Parser): void {
  const start = p.mark;
  const t = p.peek();
  if (t !== T.LSQB && t !== T.LPAR && t !== T.LBRACE) return;
  p.mark++;
  const a = starred_expression(p);
  if (a !== null && for_if_clauses(p) !== null)
    p.raiseKnownLocation(a, "iterable unpacking cannot be used in comprehension");
  if (t === T.LPAR) return;
  p.mark = start + 1;
  const b = star_named_expression(p);
  if (b === null) return;
  const m = p.mark;
  if (p.expect(T.COMMA) !== null) {
    const c = star_named_expressions(p);
    if (c !== null && for_if_clauses(p) !== null) {
      p.raiseKnownRange(b, c[c.length - 1]!, "did you forget parentheses around the comprehension target?");
    }
  }
  p.mark = m;
  const comma = p.expect(T.COMMA);
  if (comma !== null && for_if_clauses(p) !== null) {
    p.raiseKnownRange(b, comma, "did you forget parentheses around the comprehension target?");
  }
}

/** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
export function invalid_dict_comprehension(p: Parser): void {
  if (p.expect(T.LBRACE) === null) return;
  const a = p.expect(T.DOUBLESTAR);
  if (a !== null && bitwise_or(p) !== null && for_if_clauses(p) !== null && p.expect(T.RBRACE) !== null) {
    p.raiseKnownLocation(a, "dict unpacking cannot be used in dict comprehension");
  }
}

/** invalid_double_starred_kvpairs (after the '{') */
export function invalid_double_starred_kvpairs(p: Parser): void {
  const start = p.mark;
  const keys: (ast.expr | null)[] = [];
  const values: ast.expr[] = [];
  if (
    sepList(p, (q) => (double_starred_kvpair(q, keys, values, values.length > 0) ? true : null)) !== null &&
    p.expect(T.COMMA) !== null
  ) {
    invalid_kvpair(p);
  }
  p.mark = start;
  if (expression(p) !== null) {
    const m = p.mark;
    if (p.expect(T.COLON) !== null) {
      const a = p.expect(T.STAR);
      if (a !== null && bitwise_or(p) !== null)
        p.raiseStartingFrom(a, "cannot use a starred expression in a dictionary value");
    }
    p.mark = m;
    const c = p.expect(T.COLON);
    if (c !== null && (p.at(T.RBRACE) || p.at(T.COMMA))) {
      p.raiseKnownLocation(c, "expression expected after dictionary key and ':'");
    }
  }
}

/** invalid_kvpair */
function invalid_kvpair(p: Parser): void {
  const start = p.mark;
  const a = expression(p);
  if (a === null) return;
  if (!p.at(T.COLON)) {
    p.raiseAt(
      "SyntaxError",
      "':' expected after dictionary key",
      a.lineno,
      a.end_col_offset - 1,
      a.end_lineno,
      -1,
    );
  }
  p.mark = start;
  expression(p);
  const m = p.mark;
  if (p.expect(T.COLON) !== null) {
    const s = p.expect(T.STAR);
    if (s !== null && bitwise_or(p) !== null)
      p.raiseStartingFrom(s, "cannot use a starred expression in a dictionary value");
  }
  p.mark = m;
  const c = p.expect(T.COLON);
  if (c !== null && (p.at(T.RBRACE) || p.at(T.COMMA))) {
    p.raiseKnownLocation(c, "expression expected after dictionary key and ':'");
  }
}

/** invalid_for_if_clause: 'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in' */
export function invalid_for_if_clause(p: Parser): void {
  p.expect(KW.ASYNC);
  if (p.expect(KW.FOR) === null) return;
  if (bitwise_or(p) === null) return;
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    if (bitwise_or(p) === null) {
      p.mark = m;
      break;
    }
  }
  p.expect(T.COMMA);
  if (!p.at(KW.IN)) p.raiseSyntax("'in' expected after for-loop variables");
}

/** invalid_for_target: 'async'? 'for' star_expressions */
export function invalid_for_target(p: Parser): void {
  p.expect(KW.ASYNC);
  if (p.expect(KW.FOR) === null) return;
  const a = star_expressions(p);
  if (a !== null) raiseInvalidTarget(p, Targets.FOR, a);
}

/** invalid_string_tstring_concat */
export function invalid_string_tstring_concat(p: Parser): void {
  const start = p.mark;
  const a = fstringOrStringPlus(p);
  if (a !== null) {
    const b = tstring(p);
    if (b !== null)
      p.raiseKnownRange(a[a.length - 1]!, b, "cannot mix t-string literals with string or bytes literals");
  }
  p.mark = start;
  const ts: ast.expr[] = [];
  for (;;) {
    const t = tstring(p);
    if (t === null) break;
    ts.push(t);
  }
  if (ts.length) {
    const b = fstringOrStringPlus(p);
    if (b !== null)
      p.raiseKnownRange(
        ts[ts.length - 1]!,
        b[0]!,
        "cannot mix t-string literals with string or bytes literals",
      );
  }
}

/** invalid_fstring_replacement_field / invalid_tstring_replacement_field */
function invalidReplacementField(p: Parser, k: string): void {
  const start = p.mark;
  if (p.expect(T.LBRACE) === null) return;
  const t = p.peek();
  if (t === T.EQUAL || t === T.EXCLAMATION || t === T.COLON || t === T.RBRACE) {
    const a = p.toks[p.mark]!;
    p.raiseKnownLocation(a, `${k}-string: valid expression required before '${a.string}'`);
  }
  const m0 = p.mark;
  if (annotated_rhs(p) === null) {
    p.mark = m0;
    p.raiseOnNextToken(`${k}-string: expecting a valid expression after '{'`);
  }
  const afterExpr = p.mark;
  let n = p.peek();
  if (n !== T.EQUAL && n !== T.EXCLAMATION && n !== T.COLON && n !== T.RBRACE) {
    p.raiseOnNextToken(`${k}-string: expecting '=', or '!', or ':', or '}'`);
  }
  if (p.expect(T.EQUAL) !== null) {
    n = p.peek();
    if (n !== T.EXCLAMATION && n !== T.COLON && n !== T.RBRACE)
      p.raiseOnNextToken(`${k}-string: expecting '!', or ':', or '}'`);
  }
  // '{' annotated_rhs '='? invalid_conversion_character
  const m1 = p.mark;
  if (p.expect(T.EXCLAMATION) !== null) {
    if (p.at(T.COLON) || p.at(T.RBRACE)) p.raiseOnNextToken(`${k}-string: missing conversion character`);
    if (!p.at(T.NAME)) p.raiseOnNextToken(`${k}-string: invalid conversion character`);
  }
  p.mark = m1;
  // ['!' NAME] !(':' | '}')
  const m2 = p.mark;
  if (p.expect(T.EXCLAMATION) === null || p.name() === null) p.mark = m2;
  if (!p.at(T.COLON) && !p.at(T.RBRACE)) p.raiseOnNextToken(`${k}-string: expecting ':' or '}'`);
  if (p.expect(T.COLON) !== null) {
    const middle = k === "t" ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
    for (;;) {
      if (p.expect(middle) !== null) continue;
      const m = p.mark;
      if (p.at(T.LBRACE)) {
        // fstring_format_spec: a nested replacement field
        const ok = nestedField(p, k);
        if (ok) continue;
        p.mark = m;
      }
      break;
    }
    if (!p.at(T.RBRACE)) p.raiseOnNextToken(`${k}-string: expecting '}', or format specs`);
  }
  p.mark = afterExpr;
  p.expect(T.EQUAL);
  const m3 = p.mark;
  if (p.expect(T.EXCLAMATION) === null || p.name() === null) p.mark = m3;
  if (!p.at(T.RBRACE)) p.raiseOnNextToken(`${k}-string: expecting '}'`);
  p.mark = start;
}

function nestedField(p: Parser, k: string): boolean {
  return replacementFieldPublic(p, k === "t") !== null;
}

export function invalid_fstring_replacement_field(p: Parser): void {
  invalidReplacementField(p, "f");
}

export function invalid_tstring_replacement_field(p: Parser): void {
  invalidReplacementField(p, "t");
}

// ------------------------------------------------------------------ parameters

/** invalid_parameters / invalid_lambda_parameters */
function invalidParams(p: Parser, lam: boolean): void {
  const start = p.mark;
  // "/" ','
  let t = p.expect(T.SLASH);
  if (t !== null && p.expect(T.COMMA) !== null)
    p.raiseKnownLocation(t, "at least one argument must precede /");
  p.mark = start;
  // (slash_no_default | slash_with_default) param_maybe_default* '/'
  let slash = slash_no_default(p, lam) !== null;
  if (!slash) {
    p.mark = start;
    slash = slash_with_default(p, lam) !== null;
  }
  if (slash) {
    manyMaybeDefault(p, lam);
    t = p.expect(T.SLASH);
    if (t !== null) p.raiseKnownLocation(t, "/ may appear only once");
  }
  p.mark = start;
  // slash_no_default? param_no_default* invalid_parameters_helper param_no_default
  if (slash_no_default(p, lam) === null) p.mark = start;
  manyNoDefault(p, lam);
  const m = p.mark;
  let helper = slash_with_default(p, lam) !== null;
  if (!helper) {
    p.mark = m;
    helper = manyWithDefault(p, lam).length > 0;
  }
  if (helper) {
    const a = param_no_default(p, lam);
    if (a !== null) p.raiseKnownLocation(a, "parameter without a default follows parameter with a default");
  }
  p.mark = start;
  // param_no_default* '(' param_no_default+ ','? ')'   (lambda: ','.lambda_param+)
  manyNoDefault(p, lam);
  const lp = p.expect(T.LPAR);
  if (lp !== null) {
    let ok: boolean;
    if (lam) ok = sepList(p, (q) => param(q, true)) !== null;
    else ok = manyNoDefault(p, false).length > 0;
    if (ok) {
      p.expect(T.COMMA);
      const rp = p.expect(T.RPAR);
      if (rp !== null)
        p.raiseKnownRange(
          lp,
          rp,
          lam
            ? "Lambda expression parameters cannot be parenthesized"
            : "Function parameters cannot be parenthesized",
        );
    }
  }
  p.mark = start;
  // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
  if (slash_no_default(p, lam) === null) {
    p.mark = start;
    if (slash_with_default(p, lam) === null) p.mark = start;
  }
  manyMaybeDefault(p, lam);
  if (p.expect(T.STAR) !== null && (p.expect(T.COMMA) !== null || param_no_default(p, lam) !== null)) {
    manyMaybeDefault(p, lam);
    t = p.expect(T.SLASH);
    if (t !== null) p.raiseKnownLocation(t, "/ must be ahead of *");
  }
  p.mark = start;
  // param_maybe_default+ '/' '*'
  if (manyMaybeDefault(p, lam).length && p.expect(T.SLASH) !== null) {
    t = p.expect(T.STAR);
    if (t !== null) p.raiseKnownLocation(t, "expected comma between / and *");
  }
}

export function invalid_parameters(p: Parser): void {
  invalidParams(p, false);
}

export function invalid_lambda_parameters(p: Parser): void {
  invalidParams(p, true);
}

/** invalid_default: '=' &(')'|',') */
export function invalid_default(p: Parser): void {
  const a = p.expect(T.EQUAL);
  if (a !== null && (p.at(T.RPAR) || p.at(T.COMMA)))
    p.raiseKnownLocation(a, "expected default value expression");
}

/** invalid_star_etc / invalid_lambda_star_etc */
export function invalid_star_etc(p: Parser, lam: boolean): void {
  const start = p.mark;
  const a = p.expect(T.STAR);
  if (a === null) return;
  const close = lam ? T.COLON : T.RPAR;
  if (p.at(close)) {
    if (lam) p.raiseSyntax("named arguments must follow bare *");
    p.raiseKnownLocation(a, "named arguments must follow bare *");
  }
  if (p.expect(T.COMMA) !== null && (p.at(close) || p.at(T.DOUBLESTAR))) {
    if (lam) {
      p.mark++;
      p.raiseSyntax("named arguments must follow bare *");
    }
    p.raiseKnownLocation(a, "named arguments must follow bare *");
  }
  p.mark = start + 1;
  if (!lam && p.expect(T.COMMA) !== null && p.at(T.TYPE_COMMENT))
    p.raiseSyntax("bare * has associated type comment");
  p.mark = start + 1;
  if (param(p, lam) !== null) {
    const eq = p.expect(T.EQUAL);
    if (eq !== null) p.raiseKnownLocation(eq, "var-positional argument cannot have default value");
  }
  p.mark = start + 1;
  if (param_no_default(p, lam) !== null || p.expect(T.COMMA) !== null) {
    manyMaybeDefault(p, lam);
    const b = p.expect(T.STAR);
    if (b !== null && (param_no_default(p, lam) !== null || p.expect(T.COMMA) !== null)) {
      p.raiseKnownLocation(b, "* argument may appear only once");
    }
  }
}

/** invalid_kwds / invalid_lambda_kwds */
export function invalid_kwds(p: Parser, lam: boolean): void {
  const start = p.mark;
  if (p.expect(T.DOUBLESTAR) === null || param(p, lam) === null) return;
  const eq = p.expect(T.EQUAL);
  if (eq !== null) p.raiseKnownLocation(eq, "var-keyword argument cannot have default value");
  if (p.expect(T.COMMA) === null) return;
  const m = p.mark;
  const a = param(p, lam);
  if (a !== null) p.raiseKnownLocation(a, "arguments cannot follow var-keyword argument");
  p.mark = m;
  const t = p.peek();
  if (t === T.STAR || t === T.DOUBLESTAR || t === T.SLASH) {
    p.raiseKnownLocation(p.toks[p.mark]!, "arguments cannot follow var-keyword argument");
  }
  void start;
}

// The statement rules live in parser-invalid-stmt.ts.
export * from "./parser-invalid-stmt.ts";
