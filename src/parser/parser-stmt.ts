// Start rules and simple statements of CPython 3.14's grammar (STARTING RULES, GENERAL
// STATEMENTS, SIMPLE STATEMENTS, import statements, blocks).

import * as ast from "./ast.ts";
import { compound_stmt } from "./parser-compound.ts";
import { KW, M, type Parser, STORE, setContext } from "./parser-core.ts";
import { expression, expressions, star_expressions, yield_expr } from "./parser-expr.ts";
import { annotated_rhs } from "./parser-fstring.ts";
import {
  invalid_assignment,
  invalid_block,
  invalid_del_stmt,
  invalid_dotted_as_name,
  invalid_import,
  invalid_import_from_as_name,
  invalid_import_from_targets,
} from "./parser-invalid.ts";
import { type_params } from "./parser-pattern.ts";
import {
  del_targets,
  single_subscript_attribute_target,
  single_target,
  star_targets,
} from "./parser-targets.ts";
import { TokenType as T } from "./token.ts";

// ------------------------------------------------------------------ start rules

/** file: [statements] ENDMARKER */
export function file(p: Parser): ast.Module | null {
  const a = statements(p);
  if (p.expect(T.ENDMARKER) === null) return null;
  return new ast.Module(
    a ?? [],
    p.typeIgnores.map(([lineno, tag]) => new ast.TypeIgnore(lineno, tag)),
  );
}

/** interactive: statement_newline */
export function interactive(p: Parser): ast.Interactive | null {
  const a = statement_newline(p);
  if (a === null) return null;
  return new ast.Interactive(a);
}

/** eval: expressions NEWLINE* ENDMARKER */
export function evalRule(p: Parser): ast.Expression | null {
  const a = expressions(p);
  if (a === null) return null;
  while (p.expect(T.NEWLINE) !== null) {}
  if (p.expect(T.ENDMARKER) === null) return null;
  return new ast.Expression(a);
}

/** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
export function funcType(p: Parser): ast.FunctionType | null {
  if (p.expect(T.LPAR) === null) return null;
  const m = p.mark;
  let a = type_expressions(p);
  if (a === null) p.mark = m;
  if (p.expect(T.RPAR) === null || p.expect(T.RARROW) === null) return null;
  const b = expression(p);
  if (b === null) return null;
  while (p.expect(T.NEWLINE) !== null) {}
  if (p.expect(T.ENDMARKER) === null) return null;
  a = a ?? [];
  return new ast.FunctionType(a, b);
}

/** type_expressions: ','.expression+ with optional trailing '*' / '**' items (flattened) */
function type_expressions(p: Parser): ast.expr[] | null {
  const start = p.mark;
  const out: ast.expr[] = [];
  let m = p.mark;
  for (;;) {
    m = p.mark;
    const e = expression(p);
    if (e === null) {
      p.mark = m;
      break;
    }
    out.push(e);
    m = p.mark;
    if (p.expect(T.COMMA) === null) return out;
  }
  // after a trailing ',' (or at the start): '*' expression [',' '**' expression] | '**' expression
  if (out.length) p.mark = m;
  else p.mark = start;
  if (p.expect(T.STAR) !== null) {
    const b = expression(p);
    if (b === null) return null;
    out.push(b);
    const m2 = p.mark;
    if (p.expect(T.COMMA) !== null && p.expect(T.DOUBLESTAR) !== null) {
      const c = expression(p);
      if (c !== null) {
        out.push(c);
        return out;
      }
    }
    p.mark = m2;
    return out;
  }
  if (p.expect(T.DOUBLESTAR) !== null) {
    const b = expression(p);
    if (b === null) return null;
    out.push(b);
    return out;
  }
  if (out.length) {
    p.mark = m - 1;
    return out;
  }
  return null;
}

// ------------------------------------------------------------------ statements

/** statements: statement+ */
export function statements(p: Parser): ast.stmt[] | null {
  let res: ast.stmt[] | null = null;
  for (;;) {
    const m = p.mark;
    const a = statement(p);
    if (a === null) {
      p.mark = m;
      break;
    }
    if (res === null) res = a;
    else for (const s of a) res.push(s);
  }
  return res;
}

/** statement: compound_stmt | simple_stmts */
export function statement(p: Parser): ast.stmt[] | null {
  const a = compound_stmt(p);
  if (a !== null) return [a];
  return simple_stmts(p);
}

/** statement_newline (interactive mode) */
function statement_newline(p: Parser): ast.stmt[] | null {
  const start = p.mark;
  const a = compound_stmt(p);
  if (a !== null && p.expect(T.NEWLINE) !== null) return [a];
  p.mark = start;
  const b = simple_stmts(p);
  if (b !== null) return b;
  p.mark = start;
  if (p.expect(T.NEWLINE) !== null) return [p.fin(new ast.Pass(0, 0, 0, 0), start)];
  if (p.at(T.ENDMARKER)) return null;
  return null;
}

/** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
export function simple_stmts(p: Parser): ast.stmt[] | null {
  const start = p.mark;
  const a = simple_stmt(p);
  if (a === null) return null;
  if (!p.at(T.SEMI) && p.expect(T.NEWLINE) !== null) return [a];
  const res = [a];
  for (;;) {
    const m = p.mark;
    if (p.expect(T.SEMI) === null) break;
    const b = simple_stmt(p);
    if (b === null) {
      p.mark = m;
      break;
    }
    res.push(b);
  }
  p.expect(T.SEMI);
  if (p.expect(T.NEWLINE) === null) {
    p.mark = start;
    return null;
  }
  return res;
}

/** simple_stmt (memo) */
export function simple_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.memoHit(M.simple_stmt, start)) return p.memoGet(M.simple_stmt, start);
  return p.store(M.simple_stmt, start, simpleStmtInner(p, start));
}

function simpleStmtInner(p: Parser, start: number): ast.stmt | null {
  let r: ast.stmt | null = assignment(p);
  if (r !== null) return r;
  p.mark = start;
  const t = p.peek();
  if (t === T.NAME && p.toks[start]!.string === "type") {
    r = type_alias(p);
    if (r !== null) return r;
    p.mark = start;
  }
  const e = star_expressions(p);
  if (e !== null) return p.fin(new ast.Expr(e, 0, 0, 0, 0), start);
  p.mark = start;
  switch (t) {
    case KW.RETURN: {
      p.mark++;
      const a = star_expressions(p);
      return p.fin(new ast.Return(a, 0, 0, 0, 0), start);
    }
    case KW.IMPORT:
    case KW.FROM:
      return import_stmt(p);
    case KW.RAISE:
      return raise_stmt(p);
    case KW.PASS:
      p.mark++;
      return p.fin(new ast.Pass(0, 0, 0, 0), start);
    case KW.DEL:
      return del_stmt(p);
    case KW.YIELD: {
      const y = yield_expr(p);
      if (y !== null) return p.fin(new ast.Expr(y, 0, 0, 0, 0), start);
      return null;
    }
    case KW.ASSERT:
      return assert_stmt(p);
    case KW.BREAK:
      p.mark++;
      return p.fin(new ast.Break(0, 0, 0, 0), start);
    case KW.CONTINUE:
      p.mark++;
      return p.fin(new ast.Continue(0, 0, 0, 0), start);
    case KW.GLOBAL:
    case KW.NONLOCAL: {
      p.mark++;
      const names: string[] = [];
      for (;;) {
        const n = p.name();
        if (n === null) {
          if (names.length === 0) {
            p.mark = start;
            return null;
          }
          p.mark--;
          break;
        }
        names.push(n.id);
        if (p.expect(T.COMMA) === null) break;
      }
      if (t === KW.GLOBAL) return p.fin(new ast.Global(names, 0, 0, 0, 0), start);
      return p.fin(new ast.Nonlocal(names, 0, 0, 0, 0), start);
    }
  }
  return null;
}

/** assignment */
function assignment(p: Parser): ast.stmt | null {
  const start = p.mark;
  // NAME ':' expression ['=' annotated_rhs]
  const n = p.name();
  if (n !== null && p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) {
      const c = optionalAssignedValue(p);
      return p.fin(new ast.AnnAssign(setContext(n, STORE), b, c, 1, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
  let a: ast.expr | null = null;
  if (p.expect(T.LPAR) !== null) {
    a = single_target(p);
    if (a === null || p.expect(T.RPAR) === null) a = null;
  }
  if (a === null) {
    p.mark = start;
    a = single_subscript_attribute_target(p);
  }
  if (a !== null && p.expect(T.COLON) !== null) {
    const b = expression(p);
    if (b !== null) {
      const c = optionalAssignedValue(p);
      return p.fin(new ast.AnnAssign(a, b, c, 0, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
  let targets: ast.expr[] | null = null;
  for (;;) {
    const m = p.mark;
    const z = star_targets(p);
    if (z === null || p.expect(T.EQUAL) === null) {
      p.mark = m;
      break;
    }
    if (targets === null) targets = [];
    targets.push(z);
  }
  if (targets !== null) {
    const b = annotated_rhs(p);
    if (b !== null && !p.at(T.EQUAL)) {
      const tc = p.expect(T.TYPE_COMMENT);
      return p.fin(new ast.Assign(targets, b, tc !== null ? tc.string : null, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  // single_target augassign ~ (yield_expr | star_expressions)
  const t = single_target(p);
  if (t !== null) {
    const op = augassign(p);
    if (op !== null) {
      const c = annotated_rhs(p);
      if (c === null) {
        p.mark = start;
        return null; // cut
      }
      return p.fin(new ast.AugAssign(t, op, c, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_assignment(p);
    p.mark = start;
  }
  return null;
}

function optionalAssignedValue(p: Parser): ast.expr | null {
  const m = p.mark;
  if (p.expect(T.EQUAL) !== null) {
    const d = annotated_rhs(p);
    if (d !== null) return d;
  }
  p.mark = m;
  return null;
}

/** augassign */
export function augassign(p: Parser): ast.operator | null {
  let op: ast.operator;
  switch (p.peek()) {
    case T.PLUSEQUAL:
      op = new ast.Add();
      break;
    case T.MINEQUAL:
      op = new ast.Sub();
      break;
    case T.STAREQUAL:
      op = new ast.Mult();
      break;
    case T.ATEQUAL:
      op = new ast.MatMult();
      break;
    case T.SLASHEQUAL:
      op = new ast.Div();
      break;
    case T.PERCENTEQUAL:
      op = new ast.Mod();
      break;
    case T.AMPEREQUAL:
      op = new ast.BitAnd();
      break;
    case T.VBAREQUAL:
      op = new ast.BitOr();
      break;
    case T.CIRCUMFLEXEQUAL:
      op = new ast.BitXor();
      break;
    case T.LEFTSHIFTEQUAL:
      op = new ast.LShift();
      break;
    case T.RIGHTSHIFTEQUAL:
      op = new ast.RShift();
      break;
    case T.DOUBLESTAREQUAL:
      op = new ast.Pow();
      break;
    case T.DOUBLESLASHEQUAL:
      op = new ast.FloorDiv();
      break;
    default:
      return null;
  }
  p.mark++;
  return op;
}

/** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
function raise_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.expect(KW.RAISE) === null) return null;
  const a = expression(p);
  if (a !== null) {
    const m = p.mark;
    if (p.expect(KW.FROM) !== null) {
      const b = expression(p);
      if (b !== null) return p.fin(new ast.Raise(a, b, 0, 0, 0, 0), start);
    }
    p.mark = m;
    return p.fin(new ast.Raise(a, null, 0, 0, 0, 0), start);
  }
  p.mark = start + 1;
  return p.fin(new ast.Raise(null, null, 0, 0, 0, 0), start);
}

/** del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
function del_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.expect(KW.DEL) === null) return null;
  const a = del_targets(p);
  if (a !== null) {
    const t = p.peek();
    if (t === T.SEMI || t === T.NEWLINE) return p.fin(new ast.Delete(a, 0, 0, 0, 0), start);
  }
  p.mark = start;
  if (p.callInvalidRules) {
    invalid_del_stmt(p);
    p.mark = start;
  }
  return null;
}

/** assert_stmt: invalid_assert_stmt | 'assert' expression [',' expression] */
function assert_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.expect(KW.ASSERT) === null) return null;
  const a = expression(p);
  if (a === null) {
    p.mark = start;
    return null;
  }
  let b: ast.expr | null = null;
  const m = p.mark;
  if (p.expect(T.COMMA) !== null) {
    b = expression(p);
    if (b === null) p.mark = m;
  }
  return p.fin(new ast.Assert(a, b, 0, 0, 0, 0), start);
}

// ------------------------------------------------------------------ imports

/** import_stmt (memo): invalid_import | import_name | import_from */
function import_stmt(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.memoHit(M.import_stmt, start)) return p.memoGet(M.import_stmt, start);
  if (p.callInvalidRules) {
    invalid_import(p);
    p.mark = start;
  }
  let res = import_name(p);
  if (res === null) {
    p.mark = start;
    res = import_from(p);
  }
  return p.store(M.import_stmt, start, res);
}

/** import_name: 'import' dotted_as_names */
function import_name(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.expect(KW.IMPORT) === null) return null;
  const names: ast.alias[] = [];
  for (;;) {
    const a = dotted_as_name(p);
    if (a === null) {
      if (names.length === 0) {
        p.mark = start;
        return null;
      }
      p.mark--;
      break;
    }
    names.push(a);
    if (p.expect(T.COMMA) === null) break;
  }
  return p.fin(new ast.Import(names, 0, 0, 0, 0), start);
}

/** dotted_as_name: invalid_dotted_as_name | dotted_name ['as' NAME] */
function dotted_as_name(p: Parser): ast.alias | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_dotted_as_name(p);
    p.mark = start;
  }
  const a = dotted_name(p);
  if (a === null) return null;
  let asname: string | null = null;
  const m = p.mark;
  if (p.expect(KW.AS) !== null) {
    const z = p.name();
    if (z !== null) asname = z.id;
    else p.mark = m;
  }
  return p.fin(new ast.alias(a, asname, 0, 0, 0, 0), start);
}

/** dotted_name: dotted_name '.' NAME | NAME (the joined identifier) */
export function dotted_name(p: Parser): string | null {
  const a = p.name();
  if (a === null) return null;
  let s = a.id;
  for (;;) {
    const m = p.mark;
    if (p.expect(T.DOT) === null) break;
    const b = p.name();
    if (b === null) {
      p.mark = m;
      break;
    }
    s += `.${b.id}`;
  }
  return s;
}

/** import_from */
function import_from(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.expect(KW.FROM) === null) return null;
  let level = 0;
  for (;;) {
    const t = p.peek();
    if (t === T.DOT) level += 1;
    else if (t === T.ELLIPSIS) level += 3;
    else break;
    p.mark++;
  }
  const m = p.mark;
  const b = dotted_name(p);
  if (b !== null && p.expect(KW.IMPORT) !== null) {
    const c = import_from_targets(p);
    if (c !== null) {
      if (level === 0 && b === "__future__" && c.some((a) => a.name === "barry_as_FLUFL")) p.barry = true;
      return p.fin(new ast.ImportFrom(b, c, level, 0, 0, 0, 0), start);
    }
  }
  p.mark = m;
  if (level > 0 && p.expect(KW.IMPORT) !== null) {
    const c = import_from_targets(p);
    if (c !== null) return p.fin(new ast.ImportFrom(null, c, level, 0, 0, 0, 0), start);
  }
  p.mark = start;
  return null;
}

/** import_from_targets */
function import_from_targets(p: Parser): ast.alias[] | null {
  const start = p.mark;
  if (p.expect(T.LPAR) !== null) {
    const a = import_from_as_names(p);
    if (a !== null) {
      p.expect(T.COMMA);
      if (p.expect(T.RPAR) !== null) return a;
    }
  }
  p.mark = start;
  const a = import_from_as_names(p);
  if (a !== null && !p.at(T.COMMA)) return a;
  p.mark = start;
  if (p.expect(T.STAR) !== null) {
    return [p.fin(new ast.alias("*", null, 0, 0, 0, 0), start)];
  }
  if (p.callInvalidRules) {
    invalid_import_from_targets(p);
    p.mark = start;
  }
  return null;
}

/** import_from_as_names: ','.import_from_as_name+ */
export function import_from_as_names(p: Parser): ast.alias[] | null {
  const names: ast.alias[] = [];
  for (;;) {
    const a = import_from_as_name(p);
    if (a === null) {
      if (names.length === 0) return null;
      p.mark--;
      break;
    }
    names.push(a);
    if (p.expect(T.COMMA) === null) break;
  }
  return names;
}

/** import_from_as_name: invalid_import_from_as_name | NAME ['as' NAME] */
function import_from_as_name(p: Parser): ast.alias | null {
  const start = p.mark;
  if (p.callInvalidRules) {
    invalid_import_from_as_name(p);
    p.mark = start;
  }
  const a = p.name();
  if (a === null) return null;
  let asname: string | null = null;
  const m = p.mark;
  if (p.expect(KW.AS) !== null) {
    const z = p.name();
    if (z !== null) asname = z.id;
    else p.mark = m;
  }
  return p.fin(new ast.alias(a.id, asname, 0, 0, 0, 0), start);
}

// ------------------------------------------------------------------ blocks

/** block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
export function block(p: Parser): ast.stmt[] | null {
  const start = p.mark;
  if (p.memoHit(M.block, start)) return p.memoGet(M.block, start);
  let res: ast.stmt[] | null = null;
  if (p.expect(T.NEWLINE) !== null && p.expect(T.INDENT) !== null) {
    const a = statements(p);
    if (a !== null && p.expect(T.DEDENT) !== null) res = a;
  }
  if (res === null) {
    p.mark = start;
    res = simple_stmts(p);
    if (res === null && p.callInvalidRules) {
      p.mark = start;
      invalid_block(p);
    }
  }
  return p.store(M.block, start, res);
}

/** type_alias: "type" NAME [type_params] '=' expression */
function type_alias(p: Parser): ast.stmt | null {
  const start = p.mark;
  if (p.expectSoft("type") === null) return null;
  const n = p.name();
  if (n !== null) {
    const t = type_params(p);
    if (p.expect(T.EQUAL) !== null) {
      const b = expression(p);
      if (b !== null) return p.fin(new ast.TypeAlias(setContext(n, STORE), t ?? [], b, 0, 0, 0, 0), start);
    }
  }
  p.mark = start;
  return null;
}
