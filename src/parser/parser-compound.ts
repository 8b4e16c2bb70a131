// Compound statements of CPython 3.14's grammar: function and class definitions, decorators,
// if/while/for/with/try statements and except clauses (match is in parser-pattern.ts).

import * as ast from "./ast.ts";
import { arguments_rule, params } from "./parser-args.ts";
import { KW, type Parser } from "./parser-core.ts";
import {
  emptyArguments,
  expression,
  expressions,
  named_expression,
  star_expressions,
} from "./parser-expr.ts";
import {
  invalid_class_def_raw,
  invalid_def_raw,
  invalid_elif_stmt,
  invalid_else_stmt,
  invalid_except_star_stmt,
  invalid_except_star_stmt_indent,
  invalid_except_stmt,
  invalid_except_stmt_indent,
  invalid_finally_stmt,
  invalid_for_stmt,
  invalid_for_target,
  invalid_if_stmt,
  invalid_try_stmt,
  invalid_while_stmt,
  invalid_with_item,
  invalid_with_stmt,
  invalid_with_stmt_indent,
} from "./parser-invalid.ts";
import { match_stmt, type_params } from "./parser-pattern.ts";
import { block } from "./parser-stmt.ts";
import { star_target, star_targets } from "./parser-targets.ts";
import { TokenType as T, type Token } from "./token.ts";

/** compound_stmt */
export function compound_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  const t = p.peek();
  switch (t) {
    case KW.DEF:
      return function_def(p);
    case T.AT: {
      const r = function_def(p);
      if (r !== null) return r;
      p.mark = start;
      return class_def(p);
    }
    case KW.ASYNC: {
      let r = function_def(p);
      if (r !== null) return r;
      p.mark = start;
      r = with_stmt(p);
      if (r !== null) return r;
      p.mark = start;
      return for_stmt(p);
    }
    case KW.IF:
      return if_stmt(p);
    case KW.CLASS:
      return class_def(p);
    case KW.WITH:
      return with_stmt(p);
    case KW.FOR:
      return for_stmt(p);
    case KW.TRY:
      return try_stmt(p);
    case KW.WHILE:
      return while_stmt(p);
    case T.NAME:
      return match_stmt(p);
  }
  return null;
}

/** decorators: ('@' named_expression NEWLINE)+ */
function decorators(p: Parser): ast.expr[] | null {
  let res: ast.expr[] | null = null;
  for (;;) {
    const m = p.mark;
    if (p.expect(T.AT) === null) break;
    const f = named_expression(p);
    if (f === null || p.expect(T.NEWLINE) === null) {
      p.mark = m;
      break;
    }
    if (res === null) res = [];
    res.push(f);
  }
  return res;
}

/** class_def: decorators class_def_raw | class_def_raw */
function class_def(p: Parser): ast.stmt | null {
  const start = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const c = class_def_raw(p);
    if (c !== null) {
      c.decorator_list = d;
      return c;
    }
    p.mark = start;
  }
  return class_def_raw(p);
}

/** class_def_raw: invalid_class_def_raw | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
function class_def_raw(p: Parser): ast.ClassDef | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_class_def_raw(p);
    p.mark = start;
  }
  if (p.expect(KW.CLASS) === null) return null;
  const a = p.name();
  if (a !== null) {
    const t = type_params(p);
    let bases: ast.expr[] = [];
    let keywords: ast.keyword[] = [];
    const m = p.mark;
    if (p.expect(T.LPAR) !== null) {
      const z = arguments_rule(p);
      if (p.expect(T.RPAR) !== null) {
        if (z !== null) {
          bases = z.args;
          keywords = z.keywords;
        }
      } else p.mark = m;
    }
    if (p.expect(T.COLON) !== null) {
      const c = block(p);
      if (c !== null)
        return p.fin(new ast.ClassDef(a.id, bases, keywords, c, [], t ?? [], 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  return null;
}

/** function_def: decorators function_def_raw | function_def_raw */
function function_def(p: Parser): ast.stmt | null {
  const start = p.mark;
  const d = decorators(p);
  if (d !== null) {
    const f = function_def_raw(p);
    if (f !== null) {
      f.decorator_list = d;
      return f;
    }
    p.mark = start;
  }
  return function_def_raw(p);
}

/** function_def_raw: invalid_def_raw | ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block */
function function_def_raw(p: Parser): ast.FunctionDef | ast.AsyncFunctionDef | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_def_raw(p);
    p.mark = start;
  }
  const isAsync = p.expect(KW.ASYNC) !== null;
  if (p.expect(KW.DEF) === null) {
    p.mark = start;
    return null;
  }
  const n = p.name();
  if (n !== null) {
    const t = type_params(p);
    if (p.expect(T.LPAR) !== null) {
      const prms = params(p);
      if (p.expect(T.RPAR) !== null) {
        let ret: ast.expr | null = null;
        const m = p.mark;
        if (p.expect(T.RARROW) !== null) {
          ret = expression(p);
          if (ret === null) p.mark = m;
        }
        if (p.expect(T.COLON) !== null) {
          const tc = func_type_comment(p);
          const b = block(p);
          if (b !== null) {
            const args = prms ?? emptyArguments();
            const tcs = tc !== null ? tc.string : null;
            const node = isAsync
              ? new ast.AsyncFunctionDef(n.id, args, b, [], ret, tcs, t ?? [], 0, 0, 0, 0)
              : new ast.FunctionDef(n.id, args, b, [], ret, tcs, t ?? [], 0, 0, 0, 0);
            return p.fin(node, start);
          }
        }
      }
    }
  }
  p.mark = start;
  return null;
}

/** func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT */
function func_type_comment(p: Parser): Token | null {
  const start = p.mark;
  if (p.expect(T.NEWLINE) !== null) {
    const t = p.expect(T.TYPE_COMMENT);
    if (t !== null && p.at(T.NEWLINE) && p.typeAt(p.mark + 1) === T.INDENT) return t;
  }
  p.mark = start;
  if (p.callInvalidRules) {
    // invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT
    if (
      p.expect(T.TYPE_COMMENT) !== null &&
      p.expect(T.NEWLINE) !== null &&
      p.expect(T.TYPE_COMMENT) !== null &&
      p.expect(T.NEWLINE) !== null &&
      p.expect(T.INDENT) !== null
    ) {
      p.raiseSyntax("Cannot have two type comments on def");
    }
    p.mark = start;
  }
  return p.expect(T.TYPE_COMMENT);
}

// ------------------------------------------------------------------ if / while / for

/** if_stmt */
function if_stmt(p: Parser): ast.stmt | null {
  return ifOrElif(p, KW.IF);
}

function ifOrElif(p: Parser, kw: KW): ast.stmt | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    if (kw === KW.IF) invalid_if_stmt(p);
    else invalid_elif_stmt(p);
    p.mark = start;
  }
  if (p.expect(kw) === null) return null;
  const a = named_expression(p);
  if (a !== null && p.expect(T.COLON) !== null) {
    const b = block(p);
    if (b !== null) {
      const m = p.mark;
      if (p.at(KW.ELIF)) {
        const c = ifOrElif(p, KW.ELIF);
        if (c !== null) return p.fin(new ast.If(a, b, [c], 0, 0, 0, 0), start);
        p.mark = m;
      }
      const c = else_block(p);
      return p.fin(new ast.If(a, b, c ?? [], 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  return null;
}

/** else_block: invalid_else_stmt | 'else' &&':' block */
function else_block(p: Parser): ast.stmt[] | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_else_stmt(p);
    p.mark = start;
  }
  if (p.expect(KW.ELSE) === null) return null;
  p.expectForced(T.COLON, ":");
  const b = block(p);
  if (b !== null) return b;
  p.mark = start;
  return null;
}

/** while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
function while_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_while_stmt(p);
    p.mark = start;
  }
  if (p.expect(KW.WHILE) === null) return null;
  const a = named_expression(p);
  if (a !== null && p.expect(T.COLON) !== null) {
    const b = block(p);
    if (b !== null) {
      const c = else_block(p);
      return p.fin(new ast.While(a, b, c ?? [], 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  return null;
}

/** for_stmt: invalid_for_stmt | ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block] | invalid_for_target */
function for_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_for_stmt(p);
    p.mark = start;
  }
  const isAsync = p.expect(KW.ASYNC) !== null;
  if (p.expect(KW.FOR) !== null) {
    const t = star_targets(p);
    if (t !== null && p.expect(KW.IN) !== null) {
      const ex = star_expressions(p);
      if (ex !== null && p.expect(T.COLON) !== null) {
        const tc = p.expect(T.TYPE_COMMENT);
        const b = block(p);
        if (b !== null) {
          const el = else_block(p);
          const tcs = tc !== null ? tc.string : null;
          const node = isAsync
            ? new ast.AsyncFor(t, ex, b, el ?? [], tcs, 0, 0, 0, 0)
            : new ast.For(t, ex, b, el ?? [], tcs, 0, 0, 0, 0);
          return p.fin(node, start);
        }
      }
      p.mark = start;
      return null; // cut
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_for_target(p);
    p.mark = start;
  }
  return null;
}

// ------------------------------------------------------------------ with

/** with_stmt */
function with_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_with_stmt_indent(p);
    p.mark = start;
  }
  const isAsync = p.expect(KW.ASYNC) !== null;
  if (p.expect(KW.WITH) === null) {
    p.mark = start;
    return null;
  }
  const afterWith = p.mark;
  // 'with' '(' ','.with_item+ ','? ')' ':' block
  if (p.expect(T.LPAR) !== null) {
    const items = withItems(p);
    if (items !== null) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null && p.expect(T.COLON) !== null) {
        // (the async parenthesized form has no type comment)
        const tc = isAsync ? null : p.expect(T.TYPE_COMMENT);
        const b = block(p);
        if (b !== null) return makeWith(p, isAsync, items, b, start, tc);
      }
    }
  }
  p.mark = afterWith;
  const items = withItems(p);
  if (items !== null && p.expect(T.COLON) !== null) {
    const tc = p.expect(T.TYPE_COMMENT);
    const b = block(p);
    if (b !== null) return makeWith(p, isAsync, items, b, start, tc);
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_with_stmt(p);
    p.mark = start;
  }
  return null;
}

function makeWith(
  p: Parser,
  isAsync: boolean,
  items: ast.withitem[],
  b: ast.stmt[],
  start: number,
  tc: Token | null,
): ast.stmt {
  const tcs = tc !== null ? tc.string : null;
  const node = isAsync
    ? new ast.AsyncWith(items, b, tcs, 0, 0, 0, 0)
    : new ast.With(items, b, tcs, 0, 0, 0, 0);
  return p.fin(node, start);
}

function withItems(p: Parser): ast.withitem[] | null {
  const res: ast.withitem[] = [];
  for (;;) {
    const m = p.mark;
    const a = with_item(p);
    if (a === null) {
      if (res.length === 0) return null;
      p.mark = m - 1;
      break;
    }
    res.push(a);
    if (p.expect(T.COMMA) === null) break;
  }
  return res;
}

/** with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression */
function with_item(p: Parser): ast.withitem | null {
  const start = p.mark;
  const e = expression(p);
  if (e === null) return null;
  const m = p.mark;
  if (p.expect(KW.AS) !== null) {
    const t = star_target(p);
    if (t !== null) {
      const k = p.peek();
      if (k === T.COMMA || k === T.RPAR || k === T.COLON) return new ast.withitem(e, t);
    }
  }
  if (p.callInvalidRules) {
    p.mark = start;
    invalid_with_item(p);
  }
  p.mark = m;
  return new ast.withitem(e, null);
}

// ------------------------------------------------------------------ try

/** try_stmt */
function try_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_try_stmt(p);
    p.mark = start;
  }
  if (p.expect(KW.TRY) === null) return null;
  p.expectForced(T.COLON, ":");
  const b = block(p);
  if (b === null) {
    p.mark = start;
    return null;
  }
  const afterBlock = p.mark;
  const f = finally_block(p);
  if (f !== null) return p.fin(new ast.Try(b, [], [], f, 0, 0, 0, 0), start);
  p.mark = afterBlock;
  for (const star of [false, true]) {
    const handlers: ast.excepthandler[] = [];
    for (;;) {
      const h = star ? except_star_block(p) : except_block(p);
      if (h === null) break;
      handlers.push(h);
    }
    if (handlers.length) {
      const el = else_block(p);
      const fin = finally_block(p);
      const node = star
        ? new ast.TryStar(b, handlers, el ?? [], fin ?? [], 0, 0, 0, 0)
        : new ast.Try(b, handlers, el ?? [], fin ?? [], 0, 0, 0, 0);
      return p.fin(node, start);
    }
    p.mark = afterBlock;
  }
  p.mark = start;
  return null;
}

/** except_block */
export function except_block(p: Parser): ast.excepthandler | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_except_stmt_indent(p);
    p.mark = start;
  }
  if (p.expect(KW.EXCEPT) === null) return null;
  const afterExcept = p.mark;
  const e = expression(p);
  if (e !== null) {
    const m = p.mark;
    if (p.expect(T.COLON) !== null) {
      const b = block(p);
      if (b !== null) return p.fin(new ast.ExceptHandler(e, null, b, 0, 0, 0, 0), start);
    }
    p.mark = m;
    if (p.expect(KW.AS) !== null) {
      const n = p.name();
      if (n !== null && p.expect(T.COLON) !== null) {
        const b = block(p);
        if (b !== null) return p.fin(new ast.ExceptHandler(e, n.id, b, 0, 0, 0, 0), start);
      }
    }
    p.mark = afterExcept;
    const es = expressions(p);
    if (es !== null && p.expect(T.COLON) !== null) {
      const b = block(p);
      if (b !== null) return p.fin(new ast.ExceptHandler(es, null, b, 0, 0, 0, 0), start);
    }
  }
  p.mark = afterExcept;
  if (p.expect(T.COLON) !== null) {
    const b = block(p);
    if (b !== null) return p.fin(new ast.ExceptHandler(null, null, b, 0, 0, 0, 0), start);
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_except_stmt(p);
    p.mark = start;
  }
  return null;
}

/** except_star_block */
export function except_star_block(p: Parser): ast.excepthandler | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_except_star_stmt_indent(p);
    p.mark = start;
  }
  if (p.expect(KW.EXCEPT) === null || p.expect(T.STAR) === null) {
    p.mark = start;
    return null;
  }
  const afterStar = p.mark;
  const e = expression(p);
  if (e !== null) {
    const m = p.mark;
    if (p.expect(T.COLON) !== null) {
      const b = block(p);
      if (b !== null) return p.fin(new ast.ExceptHandler(e, null, b, 0, 0, 0, 0), start);
    }
    p.mark = m;
    if (p.expect(KW.AS) !== null) {
      const n = p.name();
      if (n !== null && p.expect(T.COLON) !== null) {
        const b = block(p);
        if (b !== null) return p.fin(new ast.ExceptHandler(e, n.id, b, 0, 0, 0, 0), start);
      }
    }
    p.mark = afterStar;
    const es = expressions(p);
    if (es !== null && p.expect(T.COLON) !== null) {
      const b = block(p);
      if (b !== null) return p.fin(new ast.ExceptHandler(es, null, b, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_except_star_stmt(p);
    p.mark = start;
  }
  return null;
}

/** finally_block: invalid_finally_stmt | 'finally' &&':' block */
function finally_block(p: Parser): ast.stmt[] | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_finally_stmt(p);
    p.mark = start;
  }
  if (p.expect(KW.FINALLY) === null) return null;
  p.expectForced(T.COLON, ":");
  const a = block(p);
  if (a !== null) return a;
  p.mark = start;
  return null;
}
