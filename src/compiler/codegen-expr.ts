// Expressions (codegen_visit_expr and its helpers in Python/codegen.c).

import { PyBytes } from "../objects/bytes.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyFloat } from "../objects/float.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { PyTuple } from "../objects/tuple.ts";
import type * as A from "../parser/ast.ts";
import { kindOf } from "./astutil.ts";
import { type Compiler, type Ctx, STACK_USE_GUIDELINE } from "./codegen.ts";
import { visitComprehension } from "./codegen-comprehension.ts";
import { visitLambda } from "./codegen-function.ts";
import { fromAstConstant } from "./consts.ts";
import { type Label, type Loc, locOf, NO_LOCATION } from "./instr.ts";
import {
  COMPARE_MASKS,
  Conversion,
  Intrinsic1,
  NbOp,
  Op,
  RESUME_AFTER_AWAIT,
  RESUME_AFTER_YIELD,
  RESUME_AFTER_YIELD_FROM,
} from "./opcodes.ts";
import { DEF_IMPORT, FREE, GLOBAL_IMPLICIT, isFunctionLike } from "./symtable.ts";
import { ScopeType } from "./unit.ts";
import { checkCaller, checkCompare, checkIndex, checkSubscripter } from "./warnings.ts";

const BINOP: Record<string, number> = {
  Add: NbOp.NB_ADD,
  Sub: NbOp.NB_SUBTRACT,
  Mult: NbOp.NB_MULTIPLY,
  MatMult: NbOp.NB_MATRIX_MULTIPLY,
  Div: NbOp.NB_TRUE_DIVIDE,
  Mod: NbOp.NB_REMAINDER,
  Pow: NbOp.NB_POWER,
  LShift: NbOp.NB_LSHIFT,
  RShift: NbOp.NB_RSHIFT,
  BitOr: NbOp.NB_OR,
  BitXor: NbOp.NB_XOR,
  BitAnd: NbOp.NB_AND,
  FloorDiv: NbOp.NB_FLOOR_DIVIDE,
};
const INPLACE: Record<string, number> = {
  Add: NbOp.NB_INPLACE_ADD,
  Sub: NbOp.NB_INPLACE_SUBTRACT,
  Mult: NbOp.NB_INPLACE_MULTIPLY,
  MatMult: NbOp.NB_INPLACE_MATRIX_MULTIPLY,
  Div: NbOp.NB_INPLACE_TRUE_DIVIDE,
  Mod: NbOp.NB_INPLACE_REMAINDER,
  Pow: NbOp.NB_INPLACE_POWER,
  LShift: NbOp.NB_INPLACE_LSHIFT,
  RShift: NbOp.NB_INPLACE_RSHIFT,
  BitOr: NbOp.NB_INPLACE_OR,
  BitXor: NbOp.NB_INPLACE_XOR,
  BitAnd: NbOp.NB_INPLACE_AND,
  FloorDiv: NbOp.NB_INPLACE_FLOOR_DIVIDE,
};
const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

export function binopArg(op: A.operator): number {
  return BINOP[kindOf(op)]!;
}

export function inplaceArg(op: A.operator): number {
  return INPLACE[kindOf(op)]!;
}

export function ctxOf(e: { ctx: A.expr_context }): Ctx {
  return kindOf(e.ctx) as Ctx;
}

export function visitExprs(c: Compiler, es: A.expr[]): void {
  for (const e of es) visitExpr(c, e);
}

/** ADDOP_COMPARE */
export function addCompare(c: Compiler, loc: Loc, op: A.cmpop): void {
  const k = kindOf(op);
  switch (k) {
    case "Is":
      c.addopI(Op.IS_OP, 0, loc);
      return;
    case "IsNot":
      c.addopI(Op.IS_OP, 1, loc);
      return;
    case "In":
      c.addopI(Op.CONTAINS_OP, 0, loc);
      return;
    case "NotIn":
      c.addopI(Op.CONTAINS_OP, 1, loc);
      return;
  }
  const cmp = CMP[k]!;
  c.addopI(Op.COMPARE_OP, (cmp << 5) | COMPARE_MASKS[cmp]!, loc);
}

/** codegen_addop_yield */
export function addYield(c: Compiler, loc: Loc): void {
  const ste = c.ste;
  if (ste.generator && ste.coroutine) c.addopI(Op.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_ASYNC_GEN_WRAP, loc);
  c.addopI(Op.YIELD_VALUE, 0, loc);
  c.addopI(Op.RESUME, RESUME_AFTER_YIELD, loc);
}

/** codegen_add_yield_from */
export function addYieldFrom(c: Compiler, loc: Loc, isAwait: boolean): void {
  const send = c.newLabel();
  const fail = c.newLabel();
  const exit = c.newLabel();
  c.useLabel(send);
  c.addopJump(Op.SEND, exit, loc);
  // A virtual try/except for StopIteration raised by close()/throw() in YIELD_VALUE.
  c.addopJump(Op.SETUP_FINALLY, fail, loc);
  c.addopI(Op.YIELD_VALUE, 1, loc);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopI(Op.RESUME, isAwait ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM, loc);
  c.addopJump(Op.JUMP_NO_INTERRUPT, send, loc);
  c.useLabel(fail);
  c.addop(Op.CLEANUP_THROW, loc);
  c.useLabel(exit);
  c.addop(Op.END_SEND, loc);
}

/** Constant value of an AST Constant node. */
export function constantValue(e: A.Constant): PyValue {
  return fromAstConstant(e.value);
}

export function visitExpr(c: Compiler, e: A.expr): void {
  const loc = locOf(e);
  switch (kindOf(e)) {
    case "NamedExpr": {
      const n = e as A.NamedExpr;
      visitExpr(c, n.value);
      c.addopI(Op.COPY, 1, loc);
      visitExpr(c, n.target);
      return;
    }
    case "BoolOp":
      visitBoolOp(c, e as A.BoolOp);
      return;
    case "BinOp": {
      const b = e as A.BinOp;
      visitExpr(c, b.left);
      visitExpr(c, b.right);
      c.addopI(Op.BINARY_OP, binopArg(b.op), loc);
      return;
    }
    case "UnaryOp": {
      const u = e as A.UnaryOp;
      visitExpr(c, u.operand);
      switch (kindOf(u.op)) {
        case "UAdd":
          c.addopI(Op.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_UNARY_POSITIVE, loc);
          break;
        case "Not":
          c.addop(Op.TO_BOOL, loc);
          c.addop(Op.UNARY_NOT, loc);
          break;
        case "Invert":
          c.addop(Op.UNARY_INVERT, loc);
          break;
        case "USub":
          c.addop(Op.UNARY_NEGATIVE, loc);
          break;
      }
      return;
    }
    case "Lambda":
      visitLambda(c, e as A.Lambda);
      return;
    case "IfExp": {
      const i = e as A.IfExp;
      const end = c.newLabel();
      const next = c.newLabel();
      jumpIf(c, loc, i.test, next, false);
      visitExpr(c, i.body);
      c.addopJump(Op.JUMP, end, NO_LOCATION);
      c.useLabel(next);
      visitExpr(c, i.orelse);
      c.useLabel(end);
      return;
    }
    case "Dict":
      visitDict(c, e as A.Dict);
      return;
    case "Set":
      starunpackHelper(c, loc, (e as A.Set).elts, null, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      return;
    case "GeneratorExp":
    case "ListComp":
    case "SetComp":
    case "DictComp":
      visitComprehension(c, e);
      return;
    case "Yield": {
      if (!isFunctionLike(c.ste)) c.error(loc, "'yield' outside function");
      const y = e as A.Yield;
      if (y.value) visitExpr(c, y.value);
      else c.loadConst(None, loc);
      addYield(c, loc);
      return;
    }
    case "YieldFrom": {
      if (!isFunctionLike(c.ste)) c.error(loc, "'yield' outside function");
      if (c.u.scopeType === ScopeType.AsyncFunction) c.error(loc, "'yield from' inside async function");
      visitExpr(c, (e as A.YieldFrom).value);
      c.addop(Op.GET_YIELD_FROM_ITER, loc);
      c.loadConst(None, loc);
      addYieldFrom(c, loc, false);
      return;
    }
    case "Await": {
      visitExpr(c, (e as A.Await).value);
      c.addopI(Op.GET_AWAITABLE, 0, loc);
      c.loadConst(None, loc);
      addYieldFrom(c, loc, true);
      return;
    }
    case "Compare":
      visitCompare(c, e as A.Compare);
      return;
    case "Call":
      visitCall(c, e as A.Call);
      return;
    case "Constant":
      c.loadConst(constantValue(e as A.Constant), loc);
      return;
    case "JoinedStr":
      visitJoinedStr(c, e as A.JoinedStr);
      return;
    case "TemplateStr":
      visitTemplateStr(c, e as A.TemplateStr);
      return;
    case "FormattedValue": {
      const f = e as A.FormattedValue;
      visitExpr(c, f.value);
      if (f.conversion !== -1) c.addopI(Op.CONVERT_VALUE, conversionArg(f.conversion), loc);
      if (f.format_spec) {
        visitExpr(c, f.format_spec);
        c.addop(Op.FORMAT_WITH_SPEC, loc);
      } else {
        c.addop(Op.FORMAT_SIMPLE, loc);
      }
      return;
    }
    case "Interpolation": {
      const f = e as A.Interpolation;
      visitExpr(c, f.value);
      c.loadConst(f.str as PyValue, loc);
      let oparg = 2;
      if (f.format_spec) {
        oparg++;
        visitExpr(c, f.format_spec);
      }
      if (f.conversion !== -1) oparg |= conversionArg(f.conversion) << 2;
      c.addopI(Op.BUILD_INTERPOLATION, oparg, loc);
      return;
    }
    case "Attribute":
      visitAttribute(c, e as A.Attribute);
      return;
    case "Subscript":
      visitSubscript(c, e as A.Subscript);
      return;
    case "Starred":
      if (ctxOf(e as A.Starred) === "Store")
        c.error(loc, "starred assignment target must be in a list or tuple");
      c.error(loc, "can't use starred expression here");
      return;
    case "Slice": {
      const n = sliceParts(c, e as A.Slice);
      c.addopI(Op.BUILD_SLICE, n, loc);
      return;
    }
    case "Name":
      c.nameop(loc, (e as A.Name).id, ctxOf(e as A.Name));
      return;
    case "List": {
      const l = e as A.List;
      const ctx = ctxOf(l);
      if (ctx === "Store") assignmentHelper(c, loc, l.elts);
      else if (ctx === "Load")
        starunpackHelper(c, loc, l.elts, null, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
      else visitExprs(c, l.elts);
      return;
    }
    case "Tuple": {
      const t = e as A.Tuple;
      const ctx = ctxOf(t);
      if (ctx === "Store") assignmentHelper(c, loc, t.elts);
      else if (ctx === "Load")
        starunpackHelper(c, loc, t.elts, null, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
      else visitExprs(c, t.elts);
      return;
    }
  }
  throw new Error(`codegen: unknown expression ${kindOf(e)}`);
}

function conversionArg(conv: number): number {
  switch (String.fromCharCode(conv)) {
    case "s":
      return Conversion.STR;
    case "r":
      return Conversion.REPR;
    case "a":
      return Conversion.ASCII;
  }
  throw new Error(`Unrecognized conversion character ${conv}`);
}

/** codegen_boolop: `a and b` keeps the deciding operand on the stack. */
function visitBoolOp(c: Compiler, e: A.BoolOp): void {
  const loc = locOf(e);
  const isAnd = kindOf(e.op) === "And";
  const end = c.newLabel();
  const n = e.values.length - 1;
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.values[i]!);
    // The JUMP_IF_FALSE / JUMP_IF_TRUE pseudo-instruction, lowered as flowgraph.c does.
    c.addopI(Op.COPY, 1, loc);
    c.addop(Op.TO_BOOL, loc);
    c.addopJump(isAnd ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE, end, loc);
    c.addop(Op.POP_TOP, loc);
  }
  visitExpr(c, e.values[n]!);
  c.useLabel(end);
}

/** codegen_compare */
function visitCompare(c: Compiler, e: A.Compare): void {
  const loc = locOf(e);
  checkCompare(e, (m, l) => c.warn(l, m));
  visitExpr(c, e.left);
  const n = e.ops.length - 1;
  if (n === 0) {
    visitExpr(c, e.comparators[0]!);
    addCompare(c, loc, e.ops[0]!);
    return;
  }
  const cleanup = c.newLabel();
  for (let i = 0; i < n; i++) {
    visitExpr(c, e.comparators[i]!);
    c.addopI(Op.SWAP, 2, loc);
    c.addopI(Op.COPY, 2, loc);
    addCompare(c, loc, e.ops[i]!);
    c.addopI(Op.COPY, 1, loc);
    c.addop(Op.TO_BOOL, loc);
    c.addopJump(Op.POP_JUMP_IF_FALSE, cleanup, loc);
    c.addop(Op.POP_TOP, loc);
  }
  visitExpr(c, e.comparators[n]!);
  addCompare(c, loc, e.ops[n]!);
  const end = c.newLabel();
  c.addopJump(Op.JUMP, end, NO_LOCATION);
  c.useLabel(cleanup);
  c.addopI(Op.SWAP, 2, loc);
  c.addop(Op.POP_TOP, loc);
  c.useLabel(end);
}

/** codegen_jump_if: branch on the truth of `e` without materialising a bool when possible. */
export function jumpIf(c: Compiler, loc: Loc, e: A.expr, next: Label, cond: boolean): void {
  switch (kindOf(e)) {
    case "UnaryOp":
      if (kindOf((e as A.UnaryOp).op) === "Not") {
        jumpIf(c, loc, (e as A.UnaryOp).operand, next, !cond);
        return;
      }
      break;
    case "BoolOp": {
      const b = e as A.BoolOp;
      const n = b.values.length - 1;
      const cond2 = kindOf(b.op) === "Or";
      let next2 = next;
      if (!cond2 !== !cond) next2 = c.newLabel();
      for (let i = 0; i < n; i++) jumpIf(c, loc, b.values[i]!, next2, cond2);
      jumpIf(c, loc, b.values[n]!, next, cond);
      if (next2 !== next) c.useLabel(next2);
      return;
    }
    case "IfExp": {
      const i = e as A.IfExp;
      const end = c.newLabel();
      const next2 = c.newLabel();
      jumpIf(c, loc, i.test, next2, false);
      jumpIf(c, loc, i.body, next, cond);
      c.addopJump(Op.JUMP, end, NO_LOCATION);
      c.useLabel(next2);
      jumpIf(c, loc, i.orelse, next, cond);
      c.useLabel(end);
      return;
    }
    case "Compare": {
      const cmp = e as A.Compare;
      const n = cmp.ops.length - 1;
      if (n > 0) {
        checkCompare(cmp, (m, l) => c.warn(l, m));
        const eloc = locOf(e);
        const cleanup = c.newLabel();
        visitExpr(c, cmp.left);
        for (let i = 0; i < n; i++) {
          visitExpr(c, cmp.comparators[i]!);
          c.addopI(Op.SWAP, 2, eloc);
          c.addopI(Op.COPY, 2, eloc);
          addCompare(c, eloc, cmp.ops[i]!);
          c.addop(Op.TO_BOOL, eloc);
          c.addopJump(Op.POP_JUMP_IF_FALSE, cleanup, eloc);
        }
        visitExpr(c, cmp.comparators[n]!);
        addCompare(c, eloc, cmp.ops[n]!);
        c.addop(Op.TO_BOOL, eloc);
        c.addopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, eloc);
        const end = c.newLabel();
        c.addopJump(Op.JUMP, end, NO_LOCATION);
        c.useLabel(cleanup);
        c.addop(Op.POP_TOP, eloc);
        if (!cond) c.addopJump(Op.JUMP, next, NO_LOCATION);
        c.useLabel(end);
        return;
      }
      break;
    }
  }
  const eloc = locOf(e);
  if (kindOf(e) === "Constant") {
    // A constant test is decided now (flowgraph.c folds LOAD_CONST + POP_JUMP_IF the same way).
    if (constantTruth(constantValue(e as A.Constant)) === cond) c.addopJump(Op.JUMP, next, eloc);
    else c.addop(Op.NOP, eloc);
    return;
  }
  visitExpr(c, e);
  c.addop(Op.TO_BOOL, eloc);
  c.addopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, next, eloc);
}

/** The truth value of a constant (PyObject_IsTrue on the literal kinds). */
export function constantTruth(v: PyValue): boolean {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "bigint") return v !== 0n;
  if (typeof v === "string") return v.length > 0;
  if (v === None) return false;
  if (v instanceof PyFloat) return v.value !== 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  return true;
}

// --- collections ---

/** starunpack_helper: build a list/tuple/set from elements, some of them starred. */
export function starunpackHelper(
  c: Compiler,
  loc: Loc,
  elts: A.expr[],
  injectedArg: string | null,
  pushed: number,
  build: number,
  add: number,
  extend: number,
  tuple: boolean,
): void {
  let n = elts.length;
  const big = n + pushed + (injectedArg ? 1 : 0) > STACK_USE_GUIDELINE;
  const seenStar = elts.some((x) => kindOf(x) === "Starred");
  if (!seenStar && !big) {
    visitExprs(c, elts);
    if (injectedArg) {
      c.nameop(loc, injectedArg, "Load");
      n++;
    }
    c.addopI(tuple ? Op.BUILD_TUPLE : build, n + pushed, loc);
    return;
  }
  let built = false;
  if (big) {
    c.addopI(build, pushed, loc);
    built = true;
  }
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (kindOf(elt) === "Starred") {
      if (!built) {
        c.addopI(build, i + pushed, loc);
        built = true;
      }
      visitExpr(c, (elt as A.Starred).value);
      c.addopI(extend, 1, loc);
    } else {
      visitExpr(c, elt);
      if (built) c.addopI(add, 1, loc);
    }
  }
  if (injectedArg) {
    c.nameop(loc, injectedArg, "Load");
    c.addopI(add, 1, loc);
  }
  if (tuple) c.addopI(Op.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_LIST_TO_TUPLE, loc);
}

/** unpack_helper + assignment_helper */
export function assignmentHelper(c: Compiler, loc: Loc, elts: A.expr[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const elt = elts[i]!;
    if (kindOf(elt) === "Starred" && !seenStar) {
      if (i >= 1 << 8 || n - i - 1 >= 0x7fffffff >> 8)
        c.error(loc, "too many expressions in star-unpacking assignment");
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
      seenStar = true;
    } else if (kindOf(elt) === "Starred") {
      c.error(loc, "multiple starred expressions in assignment");
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n, loc);
  for (const elt of elts) visitExpr(c, kindOf(elt) === "Starred" ? (elt as A.Starred).value : elt);
}

function subdict(c: Compiler, e: A.Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const loc = locOf(e);
  if (big) c.addopI(Op.BUILD_MAP, 0, loc);
  for (let i = begin; i < end; i++) {
    visitExpr(c, e.keys[i]!);
    visitExpr(c, e.values[i]!);
    if (big) c.addopI(Op.MAP_ADD, 1, loc);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n, loc);
}

/** codegen_dict */
function visitDict(c: Compiler, e: A.Dict): void {
  const loc = locOf(e);
  const n = e.values.length;
  let haveDict = false;
  let elements = 0;
  for (let i = 0; i < n; i++) {
    const isUnpacking = (e.keys[i] as A.expr | null) === null;
    if (isUnpacking) {
      if (elements) {
        subdict(c, e, i - elements, i);
        if (haveDict) c.addopI(Op.DICT_UPDATE, 1, loc);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.addopI(Op.BUILD_MAP, 0, loc);
        haveDict = true;
      }
      visitExpr(c, e.values[i]!);
      c.addopI(Op.DICT_UPDATE, 1, loc);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subdict(c, e, i - elements, i + 1);
      if (haveDict) c.addopI(Op.DICT_UPDATE, 1, loc);
      haveDict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(c, e, n - elements, n);
    if (haveDict) c.addopI(Op.DICT_UPDATE, 1, loc);
    haveDict = true;
  }
  if (!haveDict) c.addopI(Op.BUILD_MAP, 0, loc);
}

// --- strings ---

function visitJoinedStr(c: Compiler, e: A.JoinedStr): void {
  const loc = locOf(e);
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst("", loc);
    c.addopLoadMethod("join", loc);
    c.addopI(Op.BUILD_LIST, 0, loc);
    for (const v of e.values) {
      visitExpr(c, v);
      c.addopI(Op.LIST_APPEND, 1, loc);
    }
    c.addopI(Op.CALL, 1, loc);
  } else {
    visitExprs(c, e.values);
    if (n > 1) c.addopI(Op.BUILD_STRING, n, loc);
    else if (n === 0) c.loadConst("", loc);
  }
}

function visitTemplateStr(c: Compiler, e: A.TemplateStr): void {
  const loc = locOf(e);
  let lastWasInterpolation = true;
  let strings = 0;
  for (const v of e.values) {
    if (kindOf(v) === "Interpolation") {
      if (lastWasInterpolation) {
        c.loadConst("", loc);
        strings++;
      }
      lastWasInterpolation = true;
    } else {
      visitExpr(c, v);
      strings++;
      lastWasInterpolation = false;
    }
  }
  if (lastWasInterpolation) {
    c.loadConst("", loc);
    strings++;
  }
  c.addopI(Op.BUILD_TUPLE, strings, loc);
  let interpolations = 0;
  for (const v of e.values) {
    if (kindOf(v) === "Interpolation") {
      visitExpr(c, v);
      interpolations++;
    }
  }
  c.addopI(Op.BUILD_TUPLE, interpolations, loc);
  c.addop(Op.BUILD_TEMPLATE, loc);
}

// --- attributes, subscripts, slices ---

/** update_start_location_to_match_attr: point multi-line attribute accesses at the name. */
export function locForAttr(loc: Loc, attr: A.Attribute): Loc {
  const endLine = attr.end_lineno ?? attr.lineno;
  if (loc.lineno === endLine) return loc;
  const l = { ...loc, lineno: endLine };
  const len = Array.from(attr.attr).length;
  const endCol = attr.end_col_offset ?? -1;
  if (len <= endCol) {
    l.col_offset = endCol - len;
  } else {
    l.col_offset = -1;
    l.end_col_offset = -1;
  }
  l.end_lineno = Math.max(l.lineno, l.end_lineno);
  if (l.lineno === l.end_lineno) l.end_col_offset = Math.max(l.col_offset, l.end_col_offset);
  return l;
}

/** can_optimize_super_call */
export function canOptimizeSuperCall(c: Compiler, attr: A.Attribute): boolean {
  const e = attr.value;
  if (kindOf(e) !== "Call") return false;
  const call = e as A.Call;
  if (kindOf(call.func) !== "Name" || (call.func as A.Name).id !== "super") return false;
  if (attr.attr === "__class__" || call.keywords.length !== 0) return false;
  const superName = (call.func as A.Name).id;
  if (c.ste.getScope(superName) !== GLOBAL_IMPLICIT) return false;
  if (c.st.top.getScope(superName) !== 0) return false;
  const n = call.args.length;
  if (n === 2) return !call.args.some((a) => kindOf(a) === "Starred");
  if (n !== 0) return false;
  if (c.u.argcount === 0 && c.u.posonlyargcount === 0) return false;
  return c.getRefType("__class__") === FREE;
}

/** load_args_for_super */
export function loadArgsForSuper(c: Compiler, e: A.Call): void {
  const superName = (e.func as A.Name).id;
  c.nameop(locOf(e.func), superName, "Load");
  if (e.args.length === 2) {
    visitExpr(c, e.args[0]!);
    visitExpr(c, e.args[1]!);
    return;
  }
  const loc = locOf(e);
  c.nameop(loc, "__class__", "Load");
  const first = c.u.varnames.list[0];
  if (first === undefined) throw new Error("super() without arguments in a function without arguments");
  c.nameop(loc, first, "Load");
}

function visitAttribute(c: Compiler, e: A.Attribute): void {
  let loc = locOf(e);
  const ctx = ctxOf(e);
  if (ctx === "Load" && canOptimizeSuperCall(c, e)) {
    const call = e.value as A.Call;
    loadArgsForSuper(c, call);
    c.addopSuperAttr(e.attr, call.args.length > 0, false, loc);
    c.addop(Op.NOP, locForAttr(loc, e));
    return;
  }
  if (ctx !== "Load") c.checkForbidden(loc, e.attr, ctx);
  c.maybeAddStaticAttribute(e);
  visitExpr(c, e.value);
  loc = locForAttr(loc, e);
  if (ctx === "Load") c.addopName(Op.LOAD_ATTR, e.attr, loc);
  else if (ctx === "Store") c.addopName(Op.STORE_ATTR, e.attr, loc);
  else c.addopName(Op.DELETE_ATTR, e.attr, loc);
}

export function isTwoElementSlice(s: A.expr): boolean {
  return kindOf(s) === "Slice" && (s as A.Slice).step === null;
}

/** codegen_slice_two_parts / codegen_slice: pushes lower, upper (and step); returns the count. */
export function sliceParts(c: Compiler, s: A.Slice): number {
  const loc = locOf(s);
  if (s.lower) visitExpr(c, s.lower);
  else c.loadConst(None, loc);
  if (s.upper) visitExpr(c, s.upper);
  else c.loadConst(None, loc);
  if (s.step) {
    visitExpr(c, s.step);
    return 3;
  }
  return 2;
}

function visitSubscript(c: Compiler, e: A.Subscript): void {
  const loc = locOf(e);
  const ctx = ctxOf(e);
  if (ctx === "Load") {
    checkSubscripter(e.value, (m, l) => c.warn(l, m));
    checkIndex(e.value, e.slice, (m, l) => c.warn(l, m));
  }
  visitExpr(c, e.value);
  if (isTwoElementSlice(e.slice) && ctx !== "Del") {
    sliceParts(c, e.slice as A.Slice);
    c.addop(ctx === "Load" ? Op.BINARY_SLICE : Op.STORE_SLICE, loc);
    return;
  }
  visitExpr(c, e.slice);
  if (ctx === "Load") c.addopI(Op.BINARY_OP, NbOp.NB_SUBSCR, loc);
  else if (ctx === "Store") c.addop(Op.STORE_SUBSCR, loc);
  else c.addop(Op.DELETE_SUBSCR, loc);
}

// --- calls ---

/** codegen_validate_keywords */
function validateKeywords(c: Compiler, keywords: A.keyword[]): void {
  for (let i = 0; i < keywords.length; i++) {
    const k = keywords[i]!;
    if (k.arg === null) continue;
    c.checkForbidden(locOf(k as unknown as A.expr), k.arg, "Store");
    for (let j = i + 1; j < keywords.length; j++) {
      const o = keywords[j]!;
      if (o.arg !== null && o.arg === k.arg)
        c.error(locOf(o as unknown as A.expr), `keyword argument repeated: ${k.arg}`);
    }
  }
}

/** is_import_originated: a module-level name bound by an import. */
function isImportOriginated(c: Compiler, e: A.expr): boolean {
  if (kindOf(e) !== "Name") return false;
  const flags = c.st.top.getSymbol((e as A.Name).id);
  return (flags & DEF_IMPORT) !== 0;
}

/** maybe_optimize_method_call: obj.meth(args) as LOAD_ATTR(method) + CALL. */
function maybeOptimizeMethodCall(c: Compiler, e: A.Call): boolean {
  const meth = e.func;
  if (kindOf(meth) !== "Attribute" || ctxOf(meth as A.Attribute) !== "Load") return false;
  const attr = meth as A.Attribute;
  if (isImportOriginated(c, attr.value)) return false;
  const argsl = e.args.length;
  const kwdsl = e.keywords.length;
  if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
  if (e.args.some((a) => kindOf(a) === "Starred")) return false;
  if (e.keywords.some((k) => k.arg === null)) return false;
  let loc = locOf(meth);
  if (canOptimizeSuperCall(c, attr)) {
    const call = attr.value as A.Call;
    loadArgsForSuper(c, call);
    c.addopSuperAttr(attr.attr, call.args.length > 0, true, loc);
    loc = locForAttr(loc, attr);
    c.addop(Op.NOP, loc);
  } else {
    visitExpr(c, attr.value);
    loc = locForAttr(loc, attr);
    c.addopLoadMethod(attr.attr, loc);
  }
  visitExprs(c, e.args);
  if (kwdsl) {
    for (const k of e.keywords) visitExpr(c, k.value);
    callSimpleKwHelper(c, loc, e.keywords);
    c.addopI(Op.CALL_KW, argsl + kwdsl, locForAttr(locOf(e), attr));
  } else {
    c.addopI(Op.CALL, argsl, locForAttr(locOf(e), attr));
  }
  return true;
}

/** codegen_call_simple_kw_helper: the tuple of keyword names for CALL_KW. */
function callSimpleKwHelper(c: Compiler, loc: Loc, keywords: A.keyword[]): void {
  const names = keywords.map((k) => k.arg as string);
  c.addopI(Op.LOAD_CONST, c.addConst(new PyTuple(names)), loc);
}

function visitCall(c: Compiler, e: A.Call): void {
  validateKeywords(c, e.keywords);
  if (maybeOptimizeMethodCall(c, e)) return;
  checkCaller(e.func, (m, l) => c.warn(l, m));
  visitExpr(c, e.func);
  c.addop(Op.PUSH_NULL, locOf(e.func));
  callHelper(c, locOf(e), 0, e.args, e.keywords);
}

function subkwargs(c: Compiler, loc: Loc, keywords: A.keyword[], begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  if (big) c.addopI(Op.BUILD_MAP, 0, NO_LOCATION);
  for (let i = begin; i < end; i++) {
    const k = keywords[i]!;
    c.loadConst(k.arg as string, loc);
    visitExpr(c, k.value);
    if (big) c.addopI(Op.MAP_ADD, 1, NO_LOCATION);
  }
  if (!big) c.addopI(Op.BUILD_MAP, n, loc);
}

/** codegen_call_helper: `n` arguments are already on the stack. */
export function callHelper(
  c: Compiler,
  loc: Loc,
  n: number,
  args: A.expr[],
  keywords: A.keyword[],
  injectedArg: string | null = null,
): void {
  validateKeywords(c, keywords);
  let nelts = args.length;
  const nkwelts = keywords.length;
  const exCall =
    nelts + nkwelts * 2 > STACK_USE_GUIDELINE ||
    args.some((a) => kindOf(a) === "Starred") ||
    keywords.some((k) => k.arg === null);
  if (!exCall) {
    visitExprs(c, args);
    if (injectedArg) {
      c.nameop(loc, injectedArg, "Load");
      nelts++;
    }
    if (nkwelts) {
      for (const k of keywords) visitExpr(c, k.value);
      callSimpleKwHelper(c, loc, keywords);
      c.addopI(Op.CALL_KW, n + nelts + nkwelts, loc);
    } else {
      c.addopI(Op.CALL, n + nelts, loc);
    }
    return;
  }
  // ex_call: positional arguments as one tuple (or a single starred iterable).
  if (n === 0 && nelts === 1 && kindOf(args[0]!) === "Starred" && !injectedArg) {
    visitExpr(c, (args[0] as A.Starred).value);
  } else {
    starunpackHelper(c, loc, args, injectedArg, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
  }
  if (nkwelts) {
    let haveDict = false;
    let nseen = 0;
    for (let i = 0; i < nkwelts; i++) {
      const k = keywords[i]!;
      if (k.arg === null) {
        if (nseen) {
          subkwargs(c, loc, keywords, i - nseen, i);
          if (haveDict) c.addopI(Op.DICT_MERGE, 1, loc);
          haveDict = true;
          nseen = 0;
        }
        if (!haveDict) {
          c.addopI(Op.BUILD_MAP, 0, loc);
          haveDict = true;
        }
        visitExpr(c, k.value);
        c.addopI(Op.DICT_MERGE, 1, loc);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(c, loc, keywords, nkwelts - nseen, nkwelts);
      if (haveDict) c.addopI(Op.DICT_MERGE, 1, loc);
    }
  } else {
    c.addop(Op.PUSH_NULL, loc);
  }
  c.addop(Op.CALL_FUNCTION_EX, loc);
}

/** Constant tuple helper for callers that need one. */
export function constTuple(items: PyValue[]): PyTuple {
  return new PyTuple(items);
}
