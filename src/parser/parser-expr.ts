// Expression rules of CPython 3.14's Grammar/python.gram ("EXPRESSIONS" to "ASSIGNMENT TARGETS"),
// one function per rule, in the grammar's order of alternatives. Left-recursive rules (bitwise_or,
// sum, term, primary, t_primary, ...) are loops, which give the same trees as pegen's growing
// of the seed.

import * as ast from "./ast.ts";
import { arguments_rule, lambda_params } from "./parser-args.ts";
import { KW, LOAD, M, type Parser, STORE, setContext } from "./parser-core.ts";
import { strings } from "./parser-fstring.ts";
import {
  invalid_arithmetic,
  invalid_comprehension,
  invalid_dict_comprehension,
  invalid_double_starred_kvpairs,
  invalid_expression,
  invalid_factor,
  invalid_for_if_clause,
  invalid_for_target,
  invalid_group,
  invalid_legacy_expression,
  invalid_named_expression,
  invalid_starred_expression,
  invalid_starred_expression_unpacking,
} from "./parser-invalid.ts";
import { parseNumberToken } from "./parser-literals.ts";
import { star_targets } from "./parser-targets.ts";
import { TokenType as T } from "./token.ts";

// ------------------------------------------------------------------ expressions

/** expressions: expression (',' expression)* [','] (a tuple when there is a comma) */
export function expressions(p: Parser): ast.expr | null {
  const start = p.mark;
  const a = expression(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = expression(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return p.fin(new ast.Tuple(elts, LOAD, 0, 0, 0, 0), start);
}

/** expression (memo) */
export function expression(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.expression, start)) return p.memoGet(M.expression, start);
  let res: ast.expr | null = null;
  if (p.callInvalidRules) {
    invalid_expression(p);
    p.mark = start;
    invalid_legacy_expression(p);
    p.mark = start;
  }
  const a = disjunction(p);
  if (a !== null) {
    const m = p.mark;
    if (p.expect(KW.IF) !== null) {
      const b = disjunction(p);
      if (b !== null && p.expect(KW.ELSE) !== null) {
        const c = expression(p);
        if (c !== null) res = p.fin(new ast.IfExp(b, a, c, 0, 0, 0, 0), start);
      }
    }
    if (res === null) {
      p.mark = m;
      res = a;
    }
  } else {
    p.mark = start;
    res = lambdef(p);
  }
  return p.store(M.expression, start, res);
}

/** expression_without_invalid: expression with the invalid rules switched off. */
export function expression_without_invalid(p: Parser): ast.expr | null {
  const saved = p.callInvalidRules;
  p.callInvalidRules = false;
  try {
    const start = p.mark;
    const a = disjunction(p);
    if (a !== null) {
      const m = p.mark;
      if (p.expect(KW.IF) !== null) {
        const b = disjunction(p);
        if (b !== null && p.expect(KW.ELSE) !== null) {
          const c = expression(p);
          if (c !== null) return p.fin(new ast.IfExp(b, a, c, 0, 0, 0, 0), start);
        }
      }
      p.mark = m;
      return a;
    }
    p.mark = start;
    return lambdef(p);
  } finally {
    p.callInvalidRules = saved;
  }
}

/** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
export function yield_expr(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(KW.YIELD) === null) return null;
  const m = p.mark;
  if (p.expect(KW.FROM) !== null) {
    const a = expression(p);
    if (a !== null) return p.fin(new ast.YieldFrom(a, 0, 0, 0, 0), start);
    p.mark = m;
  }
  const a = star_expressions(p);
  if (a === null) p.mark = m;
  return p.fin(new ast.Yield(a, 0, 0, 0, 0), start);
}

/** star_expressions */
export function star_expressions(p: Parser): ast.expr | null {
  const start = p.mark;
  const a = star_expression(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = star_expression(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return p.fin(new ast.Tuple(elts, LOAD, 0, 0, 0, 0), start);
}

/** star_expression (memo): '*' bitwise_or | expression */
export function star_expression(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.star_expression, start)) return p.memoGet(M.star_expression, start);
  let res: ast.expr | null = null;
  if (p.expect(T.STAR) !== null) {
    const a = bitwise_or(p);
    if (a !== null) res = p.fin(new ast.Starred(a, LOAD, 0, 0, 0, 0), start);
    else p.mark = start;
  }
  if (res === null) res = expression(p);
  return p.store(M.star_expression, start, res);
}

/** star_named_expressions: ','.star_named_expression+ [','] */
export function star_named_expressions(p: Parser): ast.expr[] | null {
  const a = star_named_expression(p);
  if (a === null) return null;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = star_named_expression(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return elts;
}

/** star_named_expression: '*' bitwise_or | named_expression */
export function star_named_expression(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.STAR) !== null) {
    const a = bitwise_or(p);
    if (a !== null) return p.fin(new ast.Starred(a, LOAD, 0, 0, 0, 0), start);
    p.mark = start;
  }
  return named_expression(p);
}

/** assignment_expression: NAME ':=' ~ expression */
export function assignment_expression(p: Parser): ast.expr | null {
  const start = p.mark;
  const a = p.name();
  if (a === null) return null;
  if (p.expect(T.COLONEQUAL) === null) {
    p.mark = start;
    return null;
  }
  const b = expression(p);
  if (b === null) {
    p.mark = start;
    return null;
  }
  return p.fin(new ast.NamedExpr(setContext(a, STORE), b, 0, 0, 0, 0), start);
}

/** named_expression: assignment_expression | invalid_named_expression | expression !':=' */
export function named_expression(p: Parser): ast.expr | null {
  const start = p.mark;
  const a = assignment_expression(p);
  if (a !== null) return a;
  if (p.callInvalidRules) {
    invalid_named_expression(p);
    p.mark = start;
  }
  const b = expression(p);
  if (b !== null && !p.at(T.COLONEQUAL)) return b;
  p.mark = start;
  return null;
}

/** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
export function disjunction(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.disjunction, start)) return p.memoGet(M.disjunction, start);
  let res = conjunction(p);
  if (res !== null && p.at(KW.OR)) {
    const values = [res];
    for (;;) {
      const m = p.mark;
      if (p.expect(KW.OR) === null) break;
      const b = conjunction(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      values.push(b);
    }
    if (values.length > 1) res = p.fin(new ast.BoolOp(new ast.Or(), values, 0, 0, 0, 0), start);
  }
  return p.store(M.disjunction, start, res);
}

/** conjunction (memo): inversion ('and' inversion)+ | inversion */
export function conjunction(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.conjunction, start)) return p.memoGet(M.conjunction, start);
  let res = inversion(p);
  if (res !== null && p.at(KW.AND)) {
    const values = [res];
    for (;;) {
      const m = p.mark;
      if (p.expect(KW.AND) === null) break;
      const b = inversion(p);
      if (b === null) {
        p.mark = m;
        break;
      }
      values.push(b);
    }
    if (values.length > 1) res = p.fin(new ast.BoolOp(new ast.And(), values, 0, 0, 0, 0), start);
  }
  return p.store(M.conjunction, start, res);
}

/** inversion (memo): 'not' inversion | comparison */
export function inversion(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.inversion, start)) return p.memoGet(M.inversion, start);
  let res: ast.expr | null = null;
  if (p.expect(KW.NOT) !== null) {
    const a = inversion(p);
    if (a !== null) res = p.fin(new ast.UnaryOp(new ast.Not(), a, 0, 0, 0, 0), start);
    else p.mark = start;
  }
  if (res === null) res = comparison(p);
  return p.store(M.inversion, start, res);
}

// ------------------------------------------------------------------ comparisons and operators

/** One compare_op_bitwise_or_pair: returns the operator (and leaves the operand in `cmpRight`). */
let cmpRight: ast.expr | null = null;

function compareOp(p: Parser): ast.cmpop | null {
  const start = p.mark;
  const t = p.peek();
  let op: ast.cmpop | null = null;
  switch (t) {
    case T.EQEQUAL:
      p.mark++;
      op = new ast.Eq();
      break;
    case T.NOTEQUAL:
      if (p.barry) {
        if (p.toks[start]!.string !== "<>") p.raiseSyntax("with Barry as BDFL, use '<>' instead of '!='");
      } else if (p.toks[start]!.string !== "!=") return null;
      p.mark++;
      op = new ast.NotEq();
      break;
    case T.LESSEQUAL:
      p.mark++;
      op = new ast.LtE();
      break;
    case T.LESS:
      p.mark++;
      op = new ast.Lt();
      break;
    case T.GREATEREQUAL:
      p.mark++;
      op = new ast.GtE();
      break;
    case T.GREATER:
      p.mark++;
      op = new ast.Gt();
      break;
    case KW.NOT:
      p.mark++;
      if (p.expect(KW.IN) === null) {
        p.mark = start;
        return null;
      }
      op = new ast.NotIn();
      break;
    case KW.IN:
      p.mark++;
      op = new ast.In();
      break;
    case KW.IS:
      p.mark++;
      op = p.expect(KW.NOT) !== null ? new ast.IsNot() : new ast.Is();
      break;
    default:
      return null;
  }
  let b = bitwise_or(p);
  if (b === null && op instanceof ast.IsNot) {
    // 'is' 'not' a=bitwise_or failed: try 'is' a=bitwise_or
    p.mark = start + 1;
    op = new ast.Is();
    b = bitwise_or(p);
  }
  if (b === null) {
    p.mark = start;
    return null;
  }
  cmpRight = b;
  return op;
}

/** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
export function comparison(p: Parser): ast.expr | null {
  const start = p.mark;
  const a = bitwise_or(p);
  if (a === null) return null;
  let ops: ast.cmpop[] | null = null;
  let comparators: ast.expr[] | null = null;
  for (;;) {
    const op = compareOp(p);
    if (op === null) break;
    if (ops === null) {
      ops = [];
      comparators = [];
    }
    ops.push(op);
    comparators!.push(cmpRight!);
  }
  if (ops === null) return a;
  return p.fin(new ast.Compare(a, ops, comparators!, 0, 0, 0, 0), start);
}

/** bitwise_or (left-recursive, memo): bitwise_or '|' bitwise_xor | bitwise_xor */
export function bitwise_or(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.bitwise_or, start)) return p.memoGet(M.bitwise_or, start);
  let a = bitwise_xor(p);
  while (a !== null) {
    const m = p.mark;
    if (p.expect(T.VBAR) === null) break;
    const b = bitwise_xor(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = p.fin(new ast.BinOp(a, new ast.BitOr(), b, 0, 0, 0, 0), start);
  }
  return p.store(M.bitwise_or, start, a);
}

function bitwise_xor(p: Parser): ast.expr | null {
  const start = p.mark;
  let a = bitwise_and(p);
  while (a !== null) {
    const m = p.mark;
    if (p.expect(T.CIRCUMFLEX) === null) break;
    const b = bitwise_and(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = p.fin(new ast.BinOp(a, new ast.BitXor(), b, 0, 0, 0, 0), start);
  }
  return a;
}

function bitwise_and(p: Parser): ast.expr | null {
  const start = p.mark;
  let a = shift_expr(p);
  while (a !== null) {
    const m = p.mark;
    if (p.expect(T.AMPER) === null) break;
    const b = shift_expr(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = p.fin(new ast.BinOp(a, new ast.BitAnd(), b, 0, 0, 0, 0), start);
  }
  return a;
}

function shift_expr(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_arithmetic(p);
    p.mark = start;
  }
  let a = sum(p);
  while (a !== null) {
    const m = p.mark;
    const t = p.peek();
    let op: ast.operator;
    if (t === T.LEFTSHIFT) op = new ast.LShift();
    else if (t === T.RIGHTSHIFT) op = new ast.RShift();
    else break;
    p.mark++;
    const b = sum(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = p.fin(new ast.BinOp(a, op, b, 0, 0, 0, 0), start);
  }
  return a;
}

/** sum (left-recursive): sum '+' term | sum '-' term | term */
export function sum(p: Parser): ast.expr | null {
  const start = p.mark;
  let a = term(p);
  while (a !== null) {
    const m = p.mark;
    const t = p.peek();
    let op: ast.operator;
    if (t === T.PLUS) op = new ast.Add();
    else if (t === T.MINUS) op = new ast.Sub();
    else break;
    p.mark++;
    const b = term(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = p.fin(new ast.BinOp(a, op, b, 0, 0, 0, 0), start);
  }
  return a;
}

/** term (left-recursive): term ('*' | '/' | '//' | '%' | '@') factor | invalid_factor | factor */
function term(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_factor(p);
    p.mark = start;
  }
  let a = factor(p);
  while (a !== null) {
    const m = p.mark;
    const t = p.peek();
    let op: ast.operator;
    if (t === T.STAR) op = new ast.Mult();
    else if (t === T.SLASH) op = new ast.Div();
    else if (t === T.DOUBLESLASH) op = new ast.FloorDiv();
    else if (t === T.PERCENT) op = new ast.Mod();
    else if (t === T.AT) op = new ast.MatMult();
    else break;
    p.mark++;
    const b = factor(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    a = p.fin(new ast.BinOp(a, op, b, 0, 0, 0, 0), start);
  }
  return a;
}

/** factor (memo): '+' factor | '-' factor | '~' factor | power */
export function factor(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.factor, start)) return p.memoGet(M.factor, start);
  let res: ast.expr | null = null;
  const t = p.peek();
  if (t === T.PLUS || t === T.MINUS || t === T.TILDE) {
    p.mark++;
    const a = factor(p);
    if (a !== null) {
      const op = t === T.PLUS ? new ast.UAdd() : t === T.MINUS ? new ast.USub() : new ast.Invert();
      res = p.fin(new ast.UnaryOp(op, a, 0, 0, 0, 0), start);
    } else p.mark = start;
  }
  if (res === null) res = power(p);
  return p.store(M.factor, start, res);
}

/** power: await_primary '**' factor | await_primary */
function power(p: Parser): ast.expr | null {
  const start = p.mark;
  const a = await_primary(p);
  if (a === null) return null;
  const m = p.mark;
  if (p.expect(T.DOUBLESTAR) !== null) {
    const b = factor(p);
    if (b !== null) return p.fin(new ast.BinOp(a, new ast.Pow(), b, 0, 0, 0, 0), start);
    p.mark = m;
  }
  return a;
}

/** await_primary (memo): 'await' primary | primary */
function await_primary(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.await_primary, start)) return p.memoGet(M.await_primary, start);
  let res: ast.expr | null = null;
  if (p.expect(KW.AWAIT) !== null) {
    const a = primary(p);
    if (a !== null) res = p.fin(new ast.Await(a, 0, 0, 0, 0), start);
    else p.mark = start;
  }
  if (res === null) res = primary(p);
  return p.store(M.await_primary, start, res);
}

/** primary (left-recursive): primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom */
export function primary(p: Parser): ast.expr | null {
  const start = p.mark;
  let a = atom(p);
  while (a !== null) {
    const m = p.mark;
    const t = p.peek();
    if (t === T.DOT) {
      p.mark++;
      const b = p.name();
      if (b !== null) {
        a = p.fin(new ast.Attribute(a, b.id, LOAD, 0, 0, 0, 0), start);
        continue;
      }
      p.mark = m;
      break;
    }
    if (t === T.LPAR) {
      const g = genexp(p);
      if (g !== null) {
        a = p.fin(new ast.Call(a, [g], [], 0, 0, 0, 0), start);
        continue;
      }
      p.mark = m + 1;
      const b = arguments_rule(p);
      if (p.expect(T.RPAR) !== null) {
        a = p.fin(new ast.Call(a, b !== null ? b.args : [], b !== null ? b.keywords : [], 0, 0, 0, 0), start);
        continue;
      }
      p.mark = m;
      break;
    }
    // `primary genexp` comes before the subscript: in the second pass genexp's
    // invalid_comprehension accepts '[' and '{' too (and may raise on what follows).
    if (p.callInvalidRules && (t === T.LSQB || t === T.LBRACE)) {
      genexp(p);
      p.mark = m;
    }
    if (t === T.LSQB) {
      p.mark++;
      const b = slices(p);
      if (b !== null && p.expect(T.RSQB) !== null) {
        a = p.fin(new ast.Subscript(a, b, LOAD, 0, 0, 0, 0), start);
        continue;
      }
      p.mark = m;
      break;
    }
    break;
  }
  return a;
}

/** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
export function slices(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.slices, start)) return p.memoGet(M.slices, start);
  let res: ast.expr | null = null;
  const a = slice(p);
  if (a !== null && !p.at(T.COMMA)) res = a;
  else {
    p.mark = start;
    const elts: ast.expr[] = [];
    for (;;) {
      const m = p.mark;
      let e = slice(p);
      if (e === null) {
        p.mark = m;
        e = starred_expression(p);
      }
      if (e === null) {
        p.mark = elts.length ? m - 1 : start;
        break;
      }
      elts.push(e);
      if (p.expect(T.COMMA) === null) break;
    }
    if (elts.length) {
      p.expect(T.COMMA);
      res = p.fin(new ast.Tuple(elts, LOAD, 0, 0, 0, 0), start);
    }
  }
  return p.store(M.slices, start, res);
}

/** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
function slice(p: Parser): ast.expr | null {
  const start = p.mark;
  const a = expression(p);
  if (p.expect(T.COLON) !== null) {
    const b = expression(p);
    let c: ast.expr | null = null;
    if (p.expect(T.COLON) !== null) c = expression(p);
    return p.fin(new ast.Slice(a, b, c, 0, 0, 0, 0), start);
  }
  p.mark = start;
  return named_expression(p);
}

/** atom */
export function atom(p: Parser): ast.expr | null {
  const start = p.mark;
  const t = p.peek();
  switch (t) {
    case T.NAME:
      return p.name();
    case KW.TRUE:
      p.mark++;
      return p.fin(new ast.Constant(true, null, 0, 0, 0, 0), start);
    case KW.FALSE:
      p.mark++;
      return p.fin(new ast.Constant(false, null, 0, 0, 0, 0), start);
    case KW.NONE:
      p.mark++;
      return p.fin(new ast.Constant(null, null, 0, 0, 0, 0), start);
    case T.STRING:
    case T.FSTRING_START:
    case T.TSTRING_START:
      return strings(p);
    case T.NUMBER:
      p.mark++;
      return parseNumberToken(p, p.toks[start]!);
    case T.LPAR: {
      let r = tuple(p);
      if (r !== null) return r;
      r = group(p);
      if (r !== null) return r;
      return genexp(p);
    }
    case T.LSQB: {
      const r = list(p);
      if (r !== null) return r;
      return listcomp(p);
    }
    case T.LBRACE: {
      let r = dict(p);
      if (r !== null) return r;
      r = set(p);
      if (r !== null) return r;
      r = dictcomp(p);
      if (r !== null) return r;
      return setcomp(p);
    }
    case T.ELLIPSIS:
      p.mark++;
      return p.fin(new ast.Constant(ast.ELLIPSIS, null, 0, 0, 0, 0), start);
  }
  return null;
}

/** group: '(' (yield_expr | named_expression) ')' | invalid_group */
function group(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.LPAR) !== null) {
    let a = yield_expr(p);
    if (a === null) a = named_expression(p);
    if (a !== null && p.expect(T.RPAR) !== null) return a;
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_group(p);
    p.mark = start;
  }
  return null;
}

/** lambdef: 'lambda' [lambda_params] ':' expression */
export function lambdef(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(KW.LAMBDA) === null) return null;
  const a = lambda_params(p);
  if (p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) {
      return p.fin(new ast.Lambda(a ?? emptyArguments(), b, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  return null;
}

export function emptyArguments(): ast.arguments_ {
  return new ast.arguments_([], [], null, [], [], null, []);
}

// ------------------------------------------------------------------ displays and comprehensions

/** list: '[' [star_named_expressions] ']' */
export function list(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.LSQB) === null) return null;
  const a = star_named_expressions(p);
  if (p.expect(T.RSQB) === null) {
    p.mark = start;
    return null;
  }
  return p.fin(new ast.List(a ?? [], LOAD, 0, 0, 0, 0), start);
}

/** tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
export function tuple(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.LPAR) === null) return null;
  let elts: ast.expr[] = [];
  const m = p.mark;
  const y = star_named_expression(p);
  if (y !== null && p.expect(T.COMMA) !== null) {
    const z = star_named_expressions(p);
    elts = z === null ? [y] : [y, ...z];
  } else p.mark = m;
  if (p.expect(T.RPAR) === null) {
    p.mark = start;
    return null;
  }
  return p.fin(new ast.Tuple(elts, LOAD, 0, 0, 0, 0), start);
}

/** set: '{' star_named_expressions '}' */
function set(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.LBRACE) === null) return null;
  const a = star_named_expressions(p);
  if (a === null || p.expect(T.RBRACE) === null) {
    p.mark = start;
    return null;
  }
  return p.fin(new ast.Set(a, 0, 0, 0, 0), start);
}

/** dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}' */
function dict(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.LBRACE) === null) return null;
  const keys: (ast.expr | null)[] = [];
  const values: ast.expr[] = [];
  double_starred_kvpairs(p, keys, values);
  if (p.expect(T.RBRACE) !== null) return p.fin(new ast.Dict(keys as ast.expr[], values, 0, 0, 0, 0), start);
  if (p.callInvalidRules) {
    p.mark = start + 1;
    invalid_double_starred_kvpairs(p);
  }
  p.mark = start;
  return null;
}

/** double_starred_kvpairs: ','.double_starred_kvpair+ [','] (into keys/values; false if none) */
export function double_starred_kvpairs(p: Parser, keys: (ast.expr | null)[], values: ast.expr[]): boolean {
  let n = 0;
  for (;;) {
    const m = p.mark;
    if (!double_starred_kvpair(p, keys, values, n > 0)) {
      p.mark = n ? m - 1 : m;
      break;
    }
    n++;
    if (p.expect(T.COMMA) === null) break;
  }
  if (n) p.expect(T.COMMA);
  return n > 0;
}

/** double_starred_kvpair: '**' bitwise_or | kvpair */
export function double_starred_kvpair(
  p: Parser,
  keys: (ast.expr | null)[],
  values: ast.expr[],
  later = false,
): boolean {
  const start = p.mark;
  if (p.expect(T.DOUBLESTAR) !== null) {
    const a = bitwise_or(p);
    if (a !== null) {
      keys.push(null);
      values.push(a);
      return true;
    }
    p.mark = start;
  }
  return kvpair(p, keys, values, later);
}

/** kvpair: expression ':' expression */
export function kvpair(p: Parser, keys: (ast.expr | null)[], values: ast.expr[], later = false): boolean {
  const start = p.mark;
  let a: ast.expr | null = null;
  // The key of a later item: first without the invalid rules (see Parser.withoutInvalidRules).
  if (later && p.callInvalidRules && !p.memoHit(M.expression, start))
    a = p.withoutInvalidRules(M.expression, expression);
  else p.mark = start;
  if (a === null) a = expression(p);
  if (a !== null && p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) {
      keys.push(a);
      values.push(b);
      return true;
    }
  }
  p.mark = start;
  return false;
}

/** for_if_clauses: for_if_clause+ */
export function for_if_clauses(p: Parser): ast.comprehension[] | null {
  let res: ast.comprehension[] | null = null;
  for (;;) {
    const c = for_if_clause(p);
    if (c === null) break;
    if (res === null) res = [];
    res.push(c);
  }
  return res;
}

/** for_if_clause: ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_* */
function for_if_clause(p: Parser): ast.comprehension | null {
  const start = p.mark;
  const isAsync = p.expect(KW.ASYNC) !== null ? 1 : 0;
  if (p.expect(KW.FOR) !== null) {
    const a = star_targets(p);
    if (a !== null && p.expect(KW.IN) !== null) {
      const b = disjunction(p);
      if (b === null) {
        // cut: no other alternative
        p.mark = start;
        return null;
      }
      const ifs: ast.expr[] = [];
      for (;;) {
        const m = p.mark;
        if (p.expect(KW.IF) === null) break;
        const c = disjunction(p);
        if (c === null) {
          p.mark = m;
          break;
        }
        ifs.push(c);
      }
      return new ast.comprehension(a, b, ifs, isAsync);
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_for_if_clause(p);
    p.mark = start;
    invalid_for_target(p);
    p.mark = start;
  }
  return null;
}

/** listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
function listcomp(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.LSQB) !== null) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RSQB) !== null) return p.fin(new ast.ListComp(a, b, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = start;
  }
  return null;
}

/** setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
function setcomp(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.LBRACE) !== null) {
    const a = named_expression(p);
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RBRACE) !== null) return p.fin(new ast.SetComp(a, b, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = start;
  }
  return null;
}

/** genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension */
export function genexp(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.LPAR) !== null) {
    let a = assignment_expression(p);
    if (a === null) {
      a = expression(p);
      if (a !== null && p.at(T.COLONEQUAL)) a = null;
    }
    if (a !== null) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RPAR) !== null)
        return p.fin(new ast.GeneratorExp(a, b, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_comprehension(p);
    p.mark = start;
  }
  return null;
}

/** dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension */
function dictcomp(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.expect(T.LBRACE) !== null) {
    const keys: (ast.expr | null)[] = [];
    const values: ast.expr[] = [];
    if (kvpair(p, keys, values)) {
      const b = for_if_clauses(p);
      if (b !== null && p.expect(T.RBRACE) !== null)
        return p.fin(new ast.DictComp(keys[0]!, values[0]!, b, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_dict_comprehension(p);
    p.mark = start;
  }
  return null;
}

/** starred_expression: invalid_starred_expression_unpacking | '*' expression | invalid_starred_expression */
export function starred_expression(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_starred_expression_unpacking(p);
    p.mark = start;
  }
  if (p.expect(T.STAR) !== null) {
    const a = expression(p);
    if (a !== null) return p.fin(new ast.Starred(a, LOAD, 0, 0, 0, 0), start);
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_starred_expression(p);
    p.mark = start;
  }
  return null;
}
