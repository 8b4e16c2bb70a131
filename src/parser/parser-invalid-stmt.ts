// The invalid_* rules of CPython 3.14's grammar for statements, match and type parameters (the
// expression, call and parameter ones are in parser-invalid.ts). Tried only in the second pass;
// each raises a ParseError or fails.

import * as ast from "./ast.ts";
import { arguments_rule, params, sepList } from "./parser-args.ts";
import { except_block, except_star_block } from "./parser-compound.ts";
import { exprName, KW, type Parser, raiseInvalidTarget, Targets } from "./parser-core.ts";
import {
  expression,
  expressions,
  list,
  named_expression,
  star_expressions,
  star_named_expression,
  star_named_expressions,
  tuple,
  yield_expr,
} from "./parser-expr.ts";
import { annotated_rhs } from "./parser-fstring.ts";
import {
  guard,
  keyword_patterns,
  name_or_attr,
  or_pattern,
  patterns,
  positional_patterns,
  subject_expr,
  type_params,
} from "./parser-pattern.ts";
import { augassign, block, dotted_name, import_from_as_names } from "./parser-stmt.ts";
import { star_target, star_targets } from "./parser-targets.ts";
import { TokenType as T } from "./token.ts";

// ------------------------------------------------------------------ simple statements

/** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
function invalid_ann_assign_target(p: Parser): ast.expr | null {
  const start = p.mark;
  let a = list(p);
  if (a !== null) return a;
  a = tuple(p);
  if (a !== null) return a;
  if (p.expect(T.LPAR) !== null) {
    a = invalid_ann_assign_target(p);
    if (a !== null && p.expect(T.RPAR) !== null) return a;
  }
  p.mark = start;
  return null;
}

/** invalid_assignment */
export function invalid_assignment(p: Parser): void {
  const start = p.mark;
  let a = invalid_ann_assign_target(p);
  if (a !== null && p.expect(T.COLON) !== null && expression(p) !== null) {
    p.raiseKnownLocation(a, `only single target (not ${exprName(a)}) can be annotated`);
  }
  p.mark = start;
  a = star_named_expression(p);
  if (a !== null && p.expect(T.COMMA) !== null) {
    while (star_named_expressions(p) !== null) {}
    if (p.expect(T.COLON) !== null && expression(p) !== null) {
      p.raiseKnownLocation(a, "only single target (not tuple) can be annotated");
    }
  }
  p.mark = start;
  a = expression(p);
  if (a !== null && p.expect(T.COLON) !== null && expression(p) !== null) {
    p.raiseKnownLocation(a, "illegal target for annotation");
  }
  // (star_targets '=')* a=star_expressions '='
  p.mark = start;
  starTargetsEqMany(p);
  a = star_expressions(p);
  if (a !== null && p.expect(T.EQUAL) !== null) raiseInvalidTarget(p, Targets.STAR, a);
  // (star_targets '=')* a=yield_expr '='
  p.mark = start;
  starTargetsEqMany(p);
  a = yield_expr(p);
  if (a !== null && p.expect(T.EQUAL) !== null)
    p.raiseKnownLocation(a, "assignment to yield expression not possible");
  // a=star_expressions augassign annotated_rhs
  p.mark = start;
  a = star_expressions(p);
  if (a !== null && augassign(p) !== null && annotated_rhs(p) !== null) {
    p.raiseKnownLocation(a, `'${exprName(a)}' is an illegal expression for augmented assignment`);
  }
}

function starTargetsEqMany(p: Parser): void {
  for (;;) {
    const m = p.mark;
    if (star_targets(p) === null || p.expect(T.EQUAL) === null) {
      p.mark = m;
      return;
    }
  }
}

/** invalid_del_stmt: 'del' star_expressions */
export function invalid_del_stmt(p: Parser): void {
  if (p.expect(KW.DEL) === null) return;
  const a = star_expressions(p);
  if (a !== null) raiseInvalidTarget(p, Targets.DEL, a);
}

/** invalid_block: NEWLINE !INDENT */
export function invalid_block(p: Parser): void {
  if (p.expect(T.NEWLINE) !== null && !p.at(T.INDENT)) p.raiseIndentation("expected an indented block");
}

/** invalid_import */
export function invalid_import(p: Parser): void {
  const start = p.mark;
  const a = p.expect(KW.IMPORT);
  if (a === null) return;
  if (sepList(p, dotted_name) !== null && p.expect(KW.FROM) !== null && dotted_name(p) !== null) {
    p.raiseStartingFrom(a, "Did you mean to use 'from ... import ...' instead?");
  }
  p.mark = start + 1;
  const nl = p.expect(T.NEWLINE);
  if (nl !== null) p.raiseStartingFrom(nl, "Expected one or more names after 'import'");
}

function asTargetCheck(p: Parser): void {
  // 'as' !(NAME (',' | ')' | ';' | NEWLINE)) a=expression
  if (p.expect(KW.AS) === null) return;
  const m = p.mark;
  if (p.name() !== null) {
    const t = p.peek();
    if (t === T.COMMA || t === T.RPAR || t === T.SEMI || t === T.NEWLINE) return;
  }
  p.mark = m;
  const a = expression(p);
  if (a !== null) p.raiseKnownLocation(a, `cannot use ${exprName(a)} as import target`);
}

/** invalid_dotted_as_name: dotted_name 'as' !(NAME (',' | ')' | ';' | NEWLINE)) expression */
export function invalid_dotted_as_name(p: Parser): void {
  if (dotted_name(p) === null) return;
  asTargetCheck(p);
}

/** invalid_import_from_as_name: NAME 'as' !(NAME (',' | ')' | ';' | NEWLINE)) expression */
export function invalid_import_from_as_name(p: Parser): void {
  if (p.name() === null) return;
  asTargetCheck(p);
}

/** invalid_import_from_targets */
export function invalid_import_from_targets(p: Parser): void {
  const start = p.mark;
  if (import_from_as_names(p) !== null && p.expect(T.COMMA) !== null && p.expect(T.NEWLINE) !== null) {
    p.raiseSyntax("trailing comma not allowed without surrounding parentheses");
  }
  p.mark = start;
  const nl = p.expect(T.NEWLINE);
  if (nl !== null) p.raiseStartingFrom(nl, "Expected one or more names after 'import'");
}

// ------------------------------------------------------------------ compound statements

function indentCheck(p: Parser, kw: ast.AST | { lineno: number }, what: string): void {
  if (p.expect(T.NEWLINE) !== null && !p.at(T.INDENT)) {
    p.raiseIndentation(
      `expected an indented block after ${what} on line ${(kw as { lineno: number }).lineno}`,
    );
  }
}

/** invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt */
function invalidCondStmt(p: Parser, kw: KW, name: string): void {
  const start = p.mark;
  if (p.expect(kw) === null || named_expression(p) === null) return;
  if (p.at(T.NEWLINE)) p.raiseSyntax("expected ':'");
  p.mark = start;
  const a = p.expect(kw)!;
  if (named_expression(p) !== null && p.expect(T.COLON) !== null) indentCheck(p, a, `'${name}' statement`);
}

export function invalid_if_stmt(p: Parser): void {
  invalidCondStmt(p, KW.IF, "if");
}

export function invalid_elif_stmt(p: Parser): void {
  invalidCondStmt(p, KW.ELIF, "elif");
}

export function invalid_while_stmt(p: Parser): void {
  invalidCondStmt(p, KW.WHILE, "while");
}

/** invalid_else_stmt */
export function invalid_else_stmt(p: Parser): void {
  const start = p.mark;
  const a = p.expect(KW.ELSE);
  if (a === null || p.expect(T.COLON) === null) return;
  indentCheck(p, a, "'else' statement");
  p.mark = start + 2;
  if (block(p) !== null && p.at(KW.ELIF)) p.raiseSyntax("'elif' block follows an 'else' block");
}

/** invalid_for_stmt */
export function invalid_for_stmt(p: Parser): void {
  const start = p.mark;
  p.expect(KW.ASYNC);
  const a = p.expect(KW.FOR);
  if (a === null) return;
  if (star_targets(p) === null || p.expect(KW.IN) === null || star_expressions(p) === null) return;
  if (p.at(T.NEWLINE)) p.raiseSyntax("expected ':'");
  if (p.expect(T.COLON) !== null) indentCheck(p, a, "'for' statement");
  void start;
}

/** invalid_def_raw */
export function invalid_def_raw(p: Parser): void {
  const start = p.mark;
  p.expect(KW.ASYNC);
  const a = p.expect(KW.DEF);
  if (a === null || p.name() === null) return;
  const afterName = p.mark;
  type_params(p);
  if (p.expect(T.LPAR) !== null) {
    params(p);
    if (p.expect(T.RPAR) !== null) {
      const m = p.mark;
      if (p.expect(T.RARROW) === null || expression(p) === null) p.mark = m;
      if (p.expect(T.COLON) !== null) indentCheck(p, a, "function definition");
    }
  }
  p.mark = afterName;
  type_params(p);
  p.expectForced(T.LPAR, "(");
  params(p);
  if (p.expect(T.RPAR) === null) return;
  const m = p.mark;
  if (p.expect(T.RARROW) === null || expression(p) === null) p.mark = m;
  p.expectForced(T.COLON, ":");
  void start;
}

/** invalid_class_def_raw */
export function invalid_class_def_raw(p: Parser): void {
  const a = p.expect(KW.CLASS);
  if (a === null || p.name() === null) return;
  type_params(p);
  const m = p.mark;
  if (p.expect(T.LPAR) !== null) {
    arguments_rule(p);
    if (p.expect(T.RPAR) === null) p.mark = m;
  }
  if (p.at(T.NEWLINE)) p.raiseSyntax("expected ':'");
  if (p.expect(T.COLON) !== null) indentCheck(p, a, "class definition");
}

/** ','.(expression ['as' star_target])+ (or with `expressions` inside parentheses) */
function withItemsLoose(p: Parser, parens: boolean): boolean {
  let n = 0;
  for (;;) {
    const m = p.mark;
    const e = parens ? expressions(p) : expression(p);
    if (e === null) {
      p.mark = n ? m - 1 : m;
      return n > 0;
    }
    const m2 = p.mark;
    if (p.expect(KW.AS) === null || star_target(p) === null) p.mark = m2;
    n++;
    if (p.expect(T.COMMA) === null) return true;
  }
}

/** invalid_with_stmt */
export function invalid_with_stmt(p: Parser): void {
  const start = p.mark;
  p.expect(KW.ASYNC);
  if (p.expect(KW.WITH) === null) return;
  const afterWith = p.mark;
  if (withItemsLoose(p, false) && p.at(T.NEWLINE)) p.raiseSyntax("expected ':'");
  p.mark = afterWith;
  if (p.expect(T.LPAR) !== null && withItemsLoose(p, true)) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR) !== null && p.at(T.NEWLINE)) p.raiseSyntax("expected ':'");
  }
  void start;
}

/** invalid_with_stmt_indent */
export function invalid_with_stmt_indent(p: Parser): void {
  p.expect(KW.ASYNC);
  const a = p.expect(KW.WITH);
  if (a === null) return;
  const afterWith = p.mark;
  if (withItemsLoose(p, false) && p.expect(T.COLON) !== null) indentCheck(p, a, "'with' statement");
  p.mark = afterWith;
  if (p.expect(T.LPAR) !== null && withItemsLoose(p, true)) {
    p.expect(T.COMMA);
    if (p.expect(T.RPAR) !== null && p.expect(T.COLON) !== null) indentCheck(p, a, "'with' statement");
  }
}

/** invalid_with_item: expression 'as' expression &(',' | ')' | ':') */
export function invalid_with_item(p: Parser): void {
  if (expression(p) === null || p.expect(KW.AS) === null) return;
  const a = expression(p);
  if (a === null) return;
  const t = p.peek();
  if (t === T.COMMA || t === T.RPAR || t === T.COLON) raiseInvalidTarget(p, Targets.STAR, a);
}

/** invalid_try_stmt */
export function invalid_try_stmt(p: Parser): void {
  const start = p.mark;
  const a = p.expect(KW.TRY);
  if (a === null || p.expect(T.COLON) === null) return;
  indentCheck(p, a, "'try' statement");
  p.mark = start + 2;
  if (block(p) !== null && !p.at(KW.EXCEPT) && !p.at(KW.FINALLY))
    p.raiseSyntax("expected 'except' or 'finally' block");
  for (const star of [false, true]) {
    p.mark = start + 2;
    while (block(p) !== null) {}
    let n = 0;
    for (;;) {
      const h = star ? except_star_block(p) : except_block(p);
      if (h === null) break;
      n++;
    }
    if (n === 0) continue;
    const e = p.expect(KW.EXCEPT);
    if (e === null) continue;
    if (!star) {
      const s = p.expect(T.STAR);
      if (s !== null && expression(p) !== null) {
        const m = p.mark;
        if (p.expect(KW.AS) === null || p.name() === null) p.mark = m;
        if (p.at(T.COLON))
          p.raiseKnownRange(e, s, "cannot have both 'except' and 'except*' on the same 'try'");
      }
    } else {
      const m = p.mark;
      if (expression(p) !== null) {
        const m2 = p.mark;
        if (p.expect(KW.AS) === null || p.name() === null) p.mark = m2;
      } else p.mark = m;
      if (p.at(T.COLON)) p.raiseKnownLocation(e, "cannot have both 'except' and 'except*' on the same 'try'");
    }
  }
}

/** invalid_except_stmt */
export function invalid_except_stmt(p: Parser): void {
  const start = p.mark;
  if (p.expect(KW.EXCEPT) === null) return;
  const a = expression(p);
  if (a !== null && p.expect(T.COMMA) !== null && expressions(p) !== null && p.expect(KW.AS) !== null) {
    if (p.name() !== null && p.at(T.COLON)) {
      p.raiseStartingFrom(a, "multiple exception types must be parenthesized when using 'as'");
    }
  }
  p.mark = start + 1;
  if (expression(p) !== null) {
    const m = p.mark;
    if (p.expect(KW.AS) === null || p.name() === null) p.mark = m;
    if (p.at(T.NEWLINE)) p.raiseSyntax("expected ':'");
  }
  p.mark = start + 1;
  if (p.at(T.NEWLINE)) p.raiseSyntax("expected ':'");
  if (expression(p) !== null && p.expect(KW.AS) !== null) {
    const b = expression(p);
    if (b !== null && p.expect(T.COLON) !== null && block(p) !== null) {
      p.raiseKnownLocation(b, `cannot use except statement with ${exprName(b)}`);
    }
  }
}

/** invalid_except_star_stmt */
export function invalid_except_star_stmt(p: Parser): void {
  const start = p.mark;
  if (p.expect(KW.EXCEPT) === null || p.expect(T.STAR) === null) return;
  const a = expression(p);
  if (a !== null && p.expect(T.COMMA) !== null && expressions(p) !== null && p.expect(KW.AS) !== null) {
    if (p.name() !== null && p.at(T.COLON)) {
      p.raiseStartingFrom(a, "multiple exception types must be parenthesized when using 'as'");
    }
  }
  p.mark = start + 2;
  if (expression(p) !== null) {
    const m = p.mark;
    if (p.expect(KW.AS) === null || p.name() === null) p.mark = m;
    if (p.at(T.NEWLINE)) p.raiseSyntax("expected ':'");
  }
  p.mark = start + 2;
  if (p.at(T.NEWLINE) || p.at(T.COLON)) {
    p.mark++;
    p.raiseSyntax("expected one or more exception types");
  }
  if (expression(p) !== null && p.expect(KW.AS) !== null) {
    const b = expression(p);
    if (b !== null && p.expect(T.COLON) !== null && block(p) !== null) {
      p.raiseKnownLocation(b, `cannot use except* statement with ${exprName(b)}`);
    }
  }
}

/** invalid_finally_stmt */
export function invalid_finally_stmt(p: Parser): void {
  const a = p.expect(KW.FINALLY);
  if (a !== null && p.expect(T.COLON) !== null) indentCheck(p, a, "'finally' statement");
}

/** invalid_except_stmt_indent */
export function invalid_except_stmt_indent(p: Parser): void {
  const start = p.mark;
  const a = p.expect(KW.EXCEPT);
  if (a === null) return;
  if (expression(p) !== null) {
    const m = p.mark;
    if (p.expect(KW.AS) === null || p.name() === null) p.mark = m;
    if (p.expect(T.COLON) !== null) indentCheck(p, a, "'except' statement");
  }
  p.mark = start + 1;
  if (p.expect(T.COLON) !== null) indentCheck(p, a, "'except' statement");
}

/** invalid_except_star_stmt_indent */
export function invalid_except_star_stmt_indent(p: Parser): void {
  const a = p.expect(KW.EXCEPT);
  if (a === null || p.expect(T.STAR) === null || expression(p) === null) return;
  const m = p.mark;
  if (p.expect(KW.AS) === null || p.name() === null) p.mark = m;
  if (p.expect(T.COLON) !== null) indentCheck(p, a, "'except*' statement");
}

// ------------------------------------------------------------------ match and type parameters

/** invalid_match_stmt */
export function invalid_match_stmt(p: Parser): void {
  const a = p.expectSoft("match");
  if (a !== null && subject_expr(p) !== null) {
    if (p.at(T.NEWLINE)) p.raiseSyntax("expected ':'");
    if (p.expect(T.COLON) !== null) indentCheck(p, a, "'match' statement");
  }
}

/** invalid_case_block */
export function invalid_case_block(p: Parser): void {
  const a = p.expectSoft("case");
  if (a === null || patterns(p) === null) return;
  guard(p);
  if (p.at(T.NEWLINE)) p.raiseSyntax("expected ':'");
  if (p.expect(T.COLON) !== null) indentCheck(p, a, "'case' statement");
}

/** invalid_as_pattern */
export function invalid_as_pattern(p: Parser): void {
  if (or_pattern(p) === null || p.expect(KW.AS) === null) return;
  if (p.atSoft("_")) p.raiseKnownLocation(p.toks[p.mark]!, "cannot use '_' as a target");
  const a = expression(p);
  if (a !== null) p.raiseKnownLocation(a, `cannot use ${exprName(a)} as pattern target`);
}

/** invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern */
export function invalid_class_pattern(p: Parser): void {
  if (name_or_attr(p) === null || p.expect(T.LPAR) === null) return;
  // [positional_patterns ','] keyword_patterns ',' a=positional_patterns
  const m = p.mark;
  if (positional_patterns(p) === null || p.expect(T.COMMA) === null) p.mark = m;
  if (!keyword_patterns(p, [], []) || p.expect(T.COMMA) === null) return;
  const a = positional_patterns(p);
  if (a !== null) p.raiseKnownRange(a[0]!, a[a.length - 1]!, "positional patterns follow keyword patterns");
}

/** invalid_type_params: '[' ']' */
export function invalid_type_params(p: Parser): void {
  if (p.expect(T.LSQB) === null) return;
  const t = p.expect(T.RSQB);
  if (t !== null) p.raiseStartingFrom(t, "Type parameter list cannot be empty");
}

/** invalid_type_param */
export function invalid_type_param(p: Parser): void {
  const t = p.peek();
  if (t !== T.STAR && t !== T.DOUBLESTAR) return;
  p.mark++;
  if (p.name() === null) return;
  const colon = p.expect(T.COLON);
  if (colon === null) return;
  const e = expression(p);
  if (e === null) return;
  const what = t === T.STAR ? "TypeVarTuple" : "ParamSpec";
  p.raiseStartingFrom(
    colon,
    e instanceof ast.Tuple ? `cannot use constraints with ${what}` : `cannot use bound with ${what}`,
  );
}
