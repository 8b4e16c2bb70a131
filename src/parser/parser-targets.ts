// Assignment and del targets of CPython 3.14's grammar (ASSIGNMENT TARGETS): star_targets,
// single_target, t_primary (left-recursive, a loop) and del_targets, with the context (Store, Del)
// CPython sets.

import * as ast from "./ast.ts";
import { arguments_rule } from "./parser-args.ts";
import { DEL as DEL_CTX, LOAD, M, type Parser, STORE, setContext } from "./parser-core.ts";
import { atom, genexp, slices } from "./parser-expr.ts";
import { TokenType as T } from "./token.ts";

// ------------------------------------------------------------------ assignment targets

/** star_targets: star_target !',' | star_target (',' star_target)* [','] */
export function star_targets(p: Parser): ast.expr | null {
  const start = p.mark;
  const a = star_target(p);
  if (a === null) return null;
  if (!p.at(T.COMMA)) return a;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = star_target(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return p.fin(new ast.Tuple(elts, STORE, 0, 0, 0, 0), start);
}

/** star_targets_list_seq: ','.star_target+ [','] */
function star_targets_list_seq(p: Parser): ast.expr[] | null {
  const a = star_target(p);
  if (a === null) return null;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = star_target(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return elts;
}

/** star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ',' */
function star_targets_tuple_seq(p: Parser): ast.expr[] | null {
  const start = p.mark;
  const a = star_target(p);
  if (a === null) return null;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = star_target(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  if (p.expect(T.COMMA) === null && elts.length === 1) {
    p.mark = start;
    return null;
  }
  return elts;
}

/** star_target (memo): '*' (!'*' star_target) | target_with_star_atom */
export function star_target(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.star_target, start)) return p.memoGet(M.star_target, start);
  let res: ast.expr | null = null;
  if (p.expect(T.STAR) !== null) {
    if (!p.at(T.STAR)) {
      const a = star_target(p);
      if (a !== null) res = p.fin(new ast.Starred(setContext(a, STORE), STORE, 0, 0, 0, 0), start);
    }
    if (res === null) p.mark = start;
  }
  if (res === null) res = target_with_star_atom(p);
  return p.store(M.star_target, start, res);
}

/** t_lookahead: '(' | '[' | '.' */
function t_lookahead(p: Parser): boolean {
  const t = p.peek();
  return t === T.LPAR || t === T.LSQB || t === T.DOT;
}

/**
 * The shared head of target_with_star_atom, single_subscript_attribute_target and del_target:
 * t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead, with context `ctx`.
 */
function subscriptAttributeTarget(p: Parser, ctx: ast.Load | ast.Store | ast.Del): ast.expr | null {
  const start = p.mark;
  const a = t_primary(p);
  if (a === null) return null;
  const m = p.mark;
  if (p.expect(T.DOT) !== null) {
    const b = p.name();
    if (b !== null && !t_lookahead(p)) return p.fin(new ast.Attribute(a, b.id, ctx, 0, 0, 0, 0), start);
  }
  p.mark = m;
  if (p.expect(T.LSQB) !== null) {
    const b = slices(p);
    if (b !== null && p.expect(T.RSQB) !== null && !t_lookahead(p))
      return p.fin(new ast.Subscript(a, b, ctx, 0, 0, 0, 0), start);
  }
  p.mark = start;
  return null;
}

/** target_with_star_atom (memo) */
export function target_with_star_atom(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.target_with_star_atom, start)) return p.memoGet(M.target_with_star_atom, start);
  let res = subscriptAttributeTarget(p, STORE);
  if (res === null) res = star_atom(p);
  return p.store(M.target_with_star_atom, start, res);
}

/** star_atom */
function star_atom(p: Parser): ast.expr | null {
  const start = p.mark;
  const t = p.peek();
  if (t === T.NAME) {
    const a = p.name()!;
    return setContext(a, STORE);
  }
  if (t === T.LPAR) {
    p.mark++;
    const a = target_with_star_atom(p);
    if (a !== null && p.expect(T.RPAR) !== null) return setContext(a, STORE);
    p.mark = start + 1;
    const b = star_targets_tuple_seq(p);
    if (p.expect(T.RPAR) !== null) return p.fin(new ast.Tuple(b ?? [], STORE, 0, 0, 0, 0), start);
    p.mark = start;
    return null;
  }
  if (t === T.LSQB) {
    p.mark++;
    const b = star_targets_list_seq(p);
    if (p.expect(T.RSQB) !== null) return p.fin(new ast.List(b ?? [], STORE, 0, 0, 0, 0), start);
    p.mark = start;
  }
  return null;
}

/** single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
export function single_target(p: Parser): ast.expr | null {
  const start = p.mark;
  const a = subscriptAttributeTarget(p, STORE);
  if (a !== null) return a;
  const t = p.peek();
  if (t === T.NAME) return setContext(p.name()!, STORE);
  if (t === T.LPAR) {
    p.mark++;
    const b = single_target(p);
    if (b !== null && p.expect(T.RPAR) !== null) return b;
    p.mark = start;
  }
  return null;
}

/** single_subscript_attribute_target */
export function single_subscript_attribute_target(p: Parser): ast.expr | null {
  return subscriptAttributeTarget(p, STORE);
}

/** t_primary (left-recursive, memo): primary-like chains that must be followed by t_lookahead */
export function t_primary(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.t_primary, start)) return p.memoGet(M.t_primary, start);
  let a = atom(p);
  if (a !== null && !t_lookahead(p)) a = null;
  while (a !== null) {
    const m = p.mark;
    const t = p.peek();
    if (t === T.DOT) {
      p.mark++;
      const b = p.name();
      if (b !== null && t_lookahead(p)) {
        a = p.fin(new ast.Attribute(a, b.id, LOAD, 0, 0, 0, 0), start);
        continue;
      }
      p.mark = m;
      break;
    }
    if (t === T.LSQB) {
      p.mark++;
      const b = slices(p);
      if (b !== null && p.expect(T.RSQB) !== null && t_lookahead(p)) {
        a = p.fin(new ast.Subscript(a, b, LOAD, 0, 0, 0, 0), start);
        continue;
      }
      p.mark = m;
      if (p.callInvalidRules) {
        genexp(p); // invalid_comprehension also accepts '['
        p.mark = m;
      }
      break;
    }
    if (t === T.LBRACE && p.callInvalidRules) {
      genexp(p); // invalid_comprehension also accepts '{'
      p.mark = m;
      break;
    }
    if (t === T.LPAR) {
      const g = genexp(p);
      if (g !== null && t_lookahead(p)) {
        a = p.fin(new ast.Call(a, [g], [], 0, 0, 0, 0), start);
        continue;
      }
      p.mark = m + 1;
      const b = arguments_rule(p);
      if (p.expect(T.RPAR) !== null && t_lookahead(p)) {
        a = p.fin(new ast.Call(a, b !== null ? b.args : [], b !== null ? b.keywords : [], 0, 0, 0, 0), start);
        continue;
      }
      p.mark = m;
      break;
    }
    break;
  }
  if (a === null) p.mark = start;
  return p.store(M.t_primary, start, a);
}

/** del_targets: ','.del_target+ [','] */
export function del_targets(p: Parser): ast.expr[] | null {
  const a = del_target(p);
  if (a === null) return null;
  const elts = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.COMMA) === null) break;
    const b = del_target(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    elts.push(b);
  }
  p.expect(T.COMMA);
  return elts;
}

/** del_target (memo) */
function del_target(p: Parser): ast.expr | null {
  const start = p.mark;
  if (p.memoHit(M.del_target, start)) return p.memoGet(M.del_target, start);
  let res = subscriptAttributeTarget(p, DEL_CTX);
  if (res === null) res = del_t_atom(p);
  return p.store(M.del_target, start, res);
}

/** del_t_atom */
function del_t_atom(p: Parser): ast.expr | null {
  const start = p.mark;
  const t = p.peek();
  if (t === T.NAME) return setContext(p.name()!, DEL_CTX);
  if (t === T.LPAR) {
    p.mark++;
    const a = del_target(p);
    if (a !== null && p.expect(T.RPAR) !== null) return setContext(a, DEL_CTX);
    p.mark = start + 1;
    const b = del_targets(p);
    if (p.expect(T.RPAR) !== null) return p.fin(new ast.Tuple(b ?? [], DEL_CTX, 0, 0, 0, 0), start);
    p.mark = start;
    return null;
  }
  if (t === T.LSQB) {
    p.mark++;
    const b = del_targets(p);
    if (p.expect(T.RSQB) !== null) return p.fin(new ast.List(b ?? [], DEL_CTX, 0, 0, 0, 0), start);
    p.mark = start;
  }
  return null;
}
