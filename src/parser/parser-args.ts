// Function parameters, lambda parameters and call arguments (python.gram "Function parameters",
// "Lambda functions", "FUNCTION CALL ARGUMENTS"), with _PyPegen_make_arguments and
// _PyPegen_collect_call_seqs. The parameter rules are shared by `def` and `lambda`: `lam`
// selects the lambda variant (no annotations, ':' instead of ')' as the closing lookahead).

import * as ast from "./ast.ts";
import { M, type Parser } from "./parser-core.ts";
import { assignment_expression, expression, star_expression, starred_expression } from "./parser-expr.ts";
import {
  invalid_arguments,
  invalid_default,
  invalid_kwarg,
  invalid_kwds,
  invalid_lambda_parameters,
  invalid_parameters,
  invalid_star_etc,
} from "./parser-invalid.ts";
import { TokenType as T } from "./token.ts";

export interface NameDefault {
  arg: ast.arg;
  value: ast.expr | null;
}

export interface SlashWithDefault {
  plain: ast.arg[];
  withDefaults: NameDefault[];
}

export interface StarEtc {
  vararg: ast.arg | null;
  kwonly: NameDefault[];
  kwarg: ast.arg | null;
}

/** param: NAME annotation? (lambda_param: NAME) */
export function param(p: Parser, lam: boolean): ast.arg | null {
  const start = p.mark;
  const a = p.name();
  if (a === null) return null;
  let ann: ast.expr | null = null;
  if (!lam) {
    const m = p.mark;
    if (p.expect(T.COLON) !== null) {
      ann = expression(p);
      if (ann === null) p.mark = m;
    }
  }
  return p.fin(new ast.arg(a.id, ann, null, 0, 0, 0, 0), start);
}

/** param_star_annotation: NAME ':' star_expression */
function param_star_annotation(p: Parser): ast.arg | null {
  const start = p.mark;
  const a = p.name();
  if (a === null) return null;
  if (p.expect(T.COLON) !== null) {
    const ann = star_expression(p);
    if (ann !== null) return p.fin(new ast.arg(a.id, ann, null, 0, 0, 0, 0), start);
  }
  p.mark = start;
  return null;
}

/**
 * The parameter terminator: ',' TYPE_COMMENT? (consumed) | TYPE_COMMENT? &')' (':' for lambda,
 * which has no type comments). A type comment goes to the arg (_PyPegen_add_type_comment_to_arg).
 */
function paramEnd(p: Parser, lam: boolean, a: ast.arg): boolean {
  if (p.expect(T.COMMA) !== null) {
    if (!lam) {
      const tc = p.expect(T.TYPE_COMMENT);
      if (tc !== null) a.type_comment = tc.string;
    }
    return true;
  }
  if (lam) return p.at(T.COLON);
  const m = p.mark;
  const tc = p.expect(T.TYPE_COMMENT);
  if (p.at(T.RPAR)) {
    if (tc !== null) a.type_comment = tc.string;
    return true;
  }
  p.mark = m;
  return false;
}

/** param_no_default */
export function param_no_default(p: Parser, lam: boolean): ast.arg | null {
  const start = p.mark;
  const a = param(p, lam);
  if (a !== null && paramEnd(p, lam, a)) return a;
  p.mark = start;
  return null;
}

function param_no_default_star_annotation(p: Parser): ast.arg | null {
  const start = p.mark;
  const a = param_star_annotation(p);
  if (a !== null && paramEnd(p, false, a)) return a;
  p.mark = start;
  return null;
}

/** default: '=' expression | invalid_default */
export function default_rule(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.EQUAL) !== null) {
    const a = expression(p);
    if (a !== null) return a;
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_default(p);
    p.mark = start;
  }
  return null;
}

/** param_with_default: param default (',' | &')') */
export function param_with_default(p: Parser, lam: boolean): NameDefault | null {
  const start = p.mark;
  const a = param(p, lam);
  if (a !== null) {
    const c = default_rule(p);
    if (c !== null && paramEnd(p, lam, a)) return { arg: a, value: c };
  }
  p.mark = start;
  return null;
}

/** param_maybe_default: param default? (',' | &')') */
export function param_maybe_default(p: Parser, lam: boolean): NameDefault | null {
  const start = p.mark;
  const a = param(p, lam);
  if (a !== null) {
    const c = default_rule(p);
    if (paramEnd(p, lam, a)) return { arg: a, value: c };
  }
  p.mark = start;
  return null;
}

export function manyNoDefault(p: Parser, lam: boolean): ast.arg[] {
  const r: ast.arg[] = [];
  for (;;) {
    const a = param_no_default(p, lam);
    if (a === null) return r;
    r.push(a);
  }
}

export function manyWithDefault(p: Parser, lam: boolean): NameDefault[] {
  const r: NameDefault[] = [];
  for (;;) {
    const a = param_with_default(p, lam);
    if (a === null) return r;
    r.push(a);
  }
}

export function manyMaybeDefault(p: Parser, lam: boolean): NameDefault[] {
  const r: NameDefault[] = [];
  for (;;) {
    const a = param_maybe_default(p, lam);
    if (a === null) return r;
    r.push(a);
  }
}

/** '/' followed by ',' or &')' */
function slashEnd(p: Parser, lam: boolean): boolean {
  const m = p.mark;
  if (p.expect(T.SLASH) !== null && (p.expect(T.COMMA) !== null || p.at(lam ? T.COLON : T.RPAR))) return true;
  p.mark = m;
  return false;
}

/** slash_no_default: param_no_default+ '/' (',' | &')') */
export function slash_no_default(p: Parser, lam: boolean): ast.arg[] | null {
  const start = p.mark;
  const a = manyNoDefault(p, lam);
  if (a.length && slashEnd(p, lam)) return a;
  p.mark = start;
  return null;
}

/** slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
export function slash_with_default(p: Parser, lam: boolean): SlashWithDefault | null {
  const start = p.mark;
  const a = manyNoDefault(p, lam);
  const b = manyWithDefault(p, lam);
  if (b.length && slashEnd(p, lam)) return { plain: a, withDefaults: b };
  p.mark = start;
  return null;
}

/** star_etc / lambda_star_etc */
function star_etc(p: Parser, lam: boolean): StarEtc | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_star_etc(p, lam);
    p.mark = start;
  }
  if (p.expect(T.STAR) !== null) {
    const m = p.mark;
    let a = param_no_default(p, lam);
    if (a === null && !lam) {
      p.mark = m;
      a = param_no_default_star_annotation(p);
    }
    if (a !== null) {
      const b = manyMaybeDefault(p, lam);
      const c = kwds(p, lam);
      return { vararg: a, kwonly: b, kwarg: c };
    }
    p.mark = m;
    if (p.expect(T.COMMA) !== null) {
      const b = manyMaybeDefault(p, lam);
      if (b.length) {
        const c = kwds(p, lam);
        return { vararg: null, kwonly: b, kwarg: c };
      }
    }
    p.mark = start;
  }
  const c = kwds(p, lam);
  if (c !== null) return { vararg: null, kwonly: [], kwarg: c };
  p.mark = start;
  return null;
}

/** kwds: invalid_kwds | '**' param_no_default */
function kwds(p: Parser, lam: boolean): ast.arg | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_kwds(p, lam);
    p.mark = start;
  }
  if (p.expect(T.DOUBLESTAR) !== null) {
    const a = param_no_default(p, lam);
    if (a !== null) return a;
  }
  p.mark = start;
  return null;
}

/** _PyPegen_make_arguments */
function makeArguments(
  slashNo: ast.arg[] | null,
  slashWith: SlashWithDefault | null,
  plain: ast.arg[] | null,
  withDefaults: NameDefault[] | null,
  star: StarEtc | null,
): ast.arguments_ {
  let posonly: ast.arg[] = [];
  if (slashNo !== null) posonly = slashNo;
  else if (slashWith !== null) posonly = [...slashWith.plain, ...slashWith.withDefaults.map((x) => x.arg)];
  let posargs: ast.arg[] = [];
  if (withDefaults !== null) {
    posargs = plain !== null ? [...plain, ...withDefaults.map((x) => x.arg)] : withDefaults.map((x) => x.arg);
  } else if (plain !== null) posargs = plain;
  const posdefaults: ast.expr[] = [];
  if (slashWith !== null) for (const x of slashWith.withDefaults) posdefaults.push(x.value!);
  if (withDefaults !== null) for (const x of withDefaults) posdefaults.push(x.value!);
  let vararg: ast.arg | null = null;
  let kwonly: ast.arg[] = [];
  let kwdefaults: (ast.expr | null)[] = [];
  let kwarg: ast.arg | null = null;
  if (star !== null) {
    vararg = star.vararg;
    kwonly = star.kwonly.map((x) => x.arg);
    kwdefaults = star.kwonly.map((x) => x.value);
    kwarg = star.kwarg;
  }
  return new ast.arguments_(posonly, posargs, vararg, kwonly, kwdefaults as ast.expr[], kwarg, posdefaults);
}

/** parameters / lambda_parameters */
function parameters(p: Parser, lam: boolean): ast.arguments_ | null {
  const start = p.mark;
  const a = slash_no_default(p, lam);
  if (a !== null) {
    const b = manyNoDefault(p, lam);
    const c = manyWithDefault(p, lam);
    const d = star_etc(p, lam);
    return makeArguments(a, null, b, c, d);
  }
  p.mark = start;
  const sw = slash_with_default(p, lam);
  if (sw !== null) {
    const c = manyWithDefault(p, lam);
    const d = star_etc(p, lam);
    return makeArguments(null, sw, null, c, d);
  }
  p.mark = start;
  const b = manyNoDefault(p, lam);
  if (b.length) {
    const c = manyWithDefault(p, lam);
    const d = star_etc(p, lam);
    return makeArguments(null, null, b, c, d);
  }
  p.mark = start;
  const c = manyWithDefault(p, lam);
  if (c.length) {
    const d = star_etc(p, lam);
    return makeArguments(null, null, null, c, d);
  }
  p.mark = start;
  const d = star_etc(p, lam);
  if (d !== null) return makeArguments(null, null, null, null, d);
  p.mark = start;
  return null;
}

/** params: invalid_parameters | parameters */
export function params(p: Parser): ast.arguments_ | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_parameters(p);
    p.mark = start;
  }
  return parameters(p, false);
}

/** lambda_params: invalid_lambda_parameters | lambda_parameters */
export function lambda_params(p: Parser): ast.arguments_ | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_lambda_parameters(p);
    p.mark = start;
  }
  return parameters(p, true);
}

// ------------------------------------------------------------------ call arguments

const DUMMY = new ast.Name("", new ast.Load(), 1, 0, 1, 0);

/** arguments (memo): args [','] &')' | invalid_arguments. Returns a Call with a dummy func. */
export function arguments_rule(p: Parser): ast.Call | null {
  const start = p.mark;
  if (p.memoHit(M.arguments, start)) return p.memoGet(M.arguments, start);
  let res = args(p);
  if (res !== null) {
    p.expect(T.COMMA);
    if (!p.at(T.RPAR)) res = null;
  }
  if (res === null) {
    p.mark = start;
    if (p.callInvalidRules) {
      invalid_arguments(p);
      p.mark = start;
    }
  }
  return p.store(M.arguments, start, res);
}

/** One positional item of args: starred_expression | (assignment_expression | expression !':=') !'=' */
export function argItem(p: Parser): ast.expr | null {
  const start = p.mark;
  let a = starred_expression(p);
  if (a !== null) return a;
  p.mark = start;
  a = assignment_expression(p);
  if (a === null) {
    a = expression(p);
    if (a !== null && p.at(T.COLONEQUAL)) a = null;
  }
  if (a !== null && !p.at(T.EQUAL)) return a;
  p.mark = start;
  return null;
}

/** args */
export function args(p: Parser): ast.Call | null {
  const start = p.mark;
  const a: ast.expr[] = [];
  for (;;) {
    const m = p.mark;
    const e = argItem(p);
    if (e === null) {
      if (a.length) p.mark = m - 1;
      break;
    }
    a.push(e);
    if (p.expect(T.COMMA) === null) break;
  }
  if (a.length) {
    const m = p.mark;
    let b: (ast.keyword | ast.expr)[] | null = null;
    if (p.expect(T.COMMA) !== null) {
      b = kwargs(p);
      if (b === null) p.mark = m;
    }
    const args: ast.expr[] = a;
    const keywords: ast.keyword[] = [];
    if (b !== null) {
      for (const x of b) if (!(x instanceof ast.keyword)) args.push(x);
      for (const x of b) if (x instanceof ast.keyword) keywords.push(x);
    }
    return p.fin(new ast.Call(DUMMY, args, keywords, 0, 0, 0, 0), start);
  }
  p.mark = start;
  const b = kwargs(p);
  if (b === null) return null;
  const starreds: ast.expr[] = [];
  const keywords: ast.keyword[] = [];
  for (const x of b) {
    if (x instanceof ast.keyword) keywords.push(x);
    else starreds.push(x);
  }
  return p.fin(new ast.Call(DUMMY, starreds, keywords, 0, 0, 0, 0), start);
}

/** kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+ | ','.kwarg_or_double_starred+ */
export function kwargs(p: Parser): (ast.keyword | ast.expr)[] | null {
  const start = p.mark;
  const a = sepList(p, kwarg_or_starred);
  if (a !== null) {
    const m = p.mark;
    if (p.expect(T.COMMA) !== null) {
      const b = sepList(p, kwarg_or_double_starred);
      if (b !== null) return a.concat(b);
    }
    p.mark = m;
    return a;
  }
  p.mark = start;
  return sepList(p, kwarg_or_double_starred);
}

export function sepList<X>(p: Parser, item: (p: Parser) => X | null): X[] | null {
  const first = item(p);
  if (first === null) return null;
  const r = [first];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const x = item(p);
    if (x === null) {
      p.mark = m;
      break;
    }
    r.push(x);
  }
  return r;
}

/** kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression */
export function kwarg_or_starred(p: Parser): ast.keyword | ast.expr | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_kwarg(p);
    p.mark = start;
  }
  const a = p.name();
  if (a !== null && p.expect(T.EQUAL) !== null) {
    const b = expression(p);
    if (b !== null) return p.fin(new ast.keyword(a.id, b, 0, 0, 0, 0), start);
  }
  p.mark = start;
  return starred_expression(p);
}

/** kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
export function kwarg_or_double_starred(p: Parser): ast.keyword | ast.expr | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_kwarg(p);
    p.mark = start;
  }
  const a = p.name();
  if (a !== null && p.expect(T.EQUAL) !== null) {
    const b = expression(p);
    if (b !== null) return p.fin(new ast.keyword(a.id, b, 0, 0, 0, 0), start);
  }
  p.mark = start;
  if (p.expect(T.DOUBLESTAR) !== null) {
    const b = expression(p);
    if (b !== null) return p.fin(new ast.keyword(null, b, 0, 0, 0, 0), start);
  }
  p.mark = start;
  return null;
}
