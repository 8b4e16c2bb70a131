// Statements (codegen_visit_stmt and friends in Python/codegen.c): assignments, control flow,
// try/except/finally/except*, with/async with, imports, and the frame-block unwinding that
// break/continue/return perform.

import { None } from "../objects/singletons.ts";
import { PyTuple } from "../objects/tuple.ts";
import type * as A from "../parser/ast.ts";
import { kindOf } from "./astutil.ts";
import type { Compiler } from "./codegen.ts";
import {
  addYieldFrom,
  constantValue,
  ctxOf,
  inplaceArg,
  isTwoElementSlice,
  jumpIf,
  locForAttr,
  sliceParts,
  visitExpr,
  visitExprs,
} from "./codegen-expr.ts";
import { visitAnnAssign, visitClassDef, visitFunctionDef, visitTypeAlias } from "./codegen-function.ts";
import { visitMatch } from "./codegen-pattern.ts";
import { LATE_FUTURE_MSG } from "./future.ts";
import { type Loc, locOf, NO_LOCATION } from "./instr.ts";
import { CommonConstant, Intrinsic1, Intrinsic2, NbOp, Op, SpecialMethod } from "./opcodes.ts";
import { isFunctionLike } from "./symtable.ts";
import { type FBlock, FBlockType, ScopeType } from "./unit.ts";

export function visitStmts(c: Compiler, body: A.stmt[]): void {
  for (const s of body) visitStmt(c, s);
}

export function visitStmt(c: Compiler, s: A.stmt): void {
  const loc = locOf(s);
  switch (kindOf(s)) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      visitFunctionDef(c, s as A.FunctionDef, kindOf(s) === "AsyncFunctionDef");
      return;
    case "ClassDef":
      visitClassDef(c, s as A.ClassDef);
      return;
    case "TypeAlias":
      visitTypeAlias(c, s as A.TypeAlias);
      return;
    case "Return":
      visitReturn(c, s as A.Return);
      return;
    case "Delete":
      visitExprs(c, (s as A.Delete).targets);
      return;
    case "Assign": {
      const a = s as A.Assign;
      const n = a.targets.length;
      visitExpr(c, a.value);
      for (let i = 0; i < n; i++) {
        if (i < n - 1) c.addopI(Op.COPY, 1, loc);
        visitExpr(c, a.targets[i]!);
      }
      return;
    }
    case "AugAssign":
      visitAugAssign(c, s as A.AugAssign);
      return;
    case "AnnAssign":
      visitAnnAssign(c, s as A.AnnAssign);
      return;
    case "For":
      visitFor(c, s as A.For);
      return;
    case "While":
      visitWhile(c, s as A.While);
      return;
    case "If":
      visitIf(c, s as A.If);
      return;
    case "Match":
      visitMatch(c, s as A.Match);
      return;
    case "Raise": {
      const r = s as A.Raise;
      let n = 0;
      if (r.exc) {
        visitExpr(c, r.exc);
        n++;
        if (r.cause) {
          visitExpr(c, r.cause);
          n++;
        }
      }
      c.addopI(Op.RAISE_VARARGS, n, loc);
      return;
    }
    case "Try":
      if ((s as A.Try).finalbody.length) tryFinally(c, s as A.Try, false);
      else tryExcept(c, s as A.Try);
      return;
    case "TryStar":
      if ((s as A.TryStar).finalbody.length) tryFinally(c, s as A.Try, true);
      else tryStarExcept(c, s as A.TryStar);
      return;
    case "Assert":
      visitAssert(c, s as A.Assert);
      return;
    case "Import":
      visitImport(c, s as A.Import);
      return;
    case "ImportFrom":
      visitImportFrom(c, s as A.ImportFrom);
      return;
    case "Global":
    case "Nonlocal":
      return;
    case "Expr":
      visitStmtExpr(c, loc, (s as A.Expr).value);
      return;
    case "Pass":
      c.addop(Op.NOP, loc);
      return;
    case "Break":
      visitBreak(c, loc);
      return;
    case "Continue":
      visitContinue(c, loc);
      return;
    case "With":
      withInner(c, s as A.With, 0);
      return;
    case "AsyncWith":
      if (c.u.scopeType !== ScopeType.AsyncFunction && !isTopLevelAwait(c))
        c.error(loc, "'async with' outside async function");
      if (isTopLevelAwait(c)) c.ste.coroutine = true;
      asyncWithInner(c, s as A.AsyncWith, 0);
      return;
    case "AsyncFor":
      visitAsyncFor(c, s as A.AsyncFor);
      return;
  }
  throw new Error(`codegen: unknown statement ${kindOf(s)}`);
}

/** IS_TOP_LEVEL_AWAIT: compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT) at module level. */
export function isTopLevelAwait(c: Compiler): boolean {
  return (c.flags & 0x2000) !== 0 && c.u.scopeType === ScopeType.Module;
}

/** codegen_stmt_expr */
function visitStmtExpr(c: Compiler, loc: Loc, value: A.expr): void {
  if (c.interactive && c.stack.length === 0) {
    visitExpr(c, value);
    c.addopI(Op.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_PRINT, loc);
    c.addop(Op.POP_TOP, NO_LOCATION);
    return;
  }
  if (kindOf(value) === "Constant") {
    c.addop(Op.NOP, loc);
    return;
  }
  visitExpr(c, value);
  c.addop(Op.POP_TOP, NO_LOCATION);
}

function visitReturn(c: Compiler, s: A.Return): void {
  let loc = locOf(s);
  const value = s.value;
  const preserveTos = value !== null && kindOf(value) !== "Constant";
  const ste = c.ste;
  if (!isFunctionLike(ste)) c.error(loc, "'return' outside function");
  if (value !== null && ste.coroutine && ste.generator)
    c.error(loc, "'return' with value in async generator");
  if (preserveTos) {
    visitExpr(c, value);
  } else if (value !== null) {
    // An instruction with the value's line number.
    loc = locOf(value);
    c.addop(Op.NOP, loc);
  }
  if (value === null || value.lineno !== s.lineno) {
    loc = locOf(s);
    c.addop(Op.NOP, loc);
  }
  const ploc = { loc };
  unwindFBlockStack(c, ploc, preserveTos, null);
  if (value === null) c.loadConst(None, ploc.loc);
  else if (!preserveTos) visitExpr(c, value);
  c.addop(Op.RETURN_VALUE, ploc.loc);
}

function visitBreak(c: Compiler, loc: Loc): void {
  const origin = loc;
  c.addop(Op.NOP, loc);
  const ploc = { loc };
  const loop = { fb: null as FBlock | null };
  unwindFBlockStack(c, ploc, false, loop);
  if (loop.fb === null) c.error(origin, "'break' outside loop");
  unwindFBlock(c, ploc, loop.fb, false);
  c.addopJump(Op.JUMP, loop.fb.exit!, ploc.loc);
}

function visitContinue(c: Compiler, loc: Loc): void {
  const origin = loc;
  c.addop(Op.NOP, loc);
  const ploc = { loc };
  const loop = { fb: null as FBlock | null };
  unwindFBlockStack(c, ploc, false, loop);
  if (loop.fb === null) c.error(origin, "'continue' not properly in loop");
  c.addopJump(Op.JUMP, loop.fb.block!, ploc.loc);
}

/** codegen_call_exit_with_nones: __exit__(None, None, None) on [exit, self]. */
function callExitWithNones(c: Compiler, loc: Loc): void {
  c.loadConst(None, loc);
  c.loadConst(None, loc);
  c.loadConst(None, loc);
  c.addopI(Op.CALL, 3, loc);
}

/** codegen_unwind_fblock: leave one frame block on the way out of break/continue/return. */
function unwindFBlock(c: Compiler, ploc: { loc: Loc }, info: FBlock, preserveTos: boolean): void {
  switch (info.type) {
    case FBlockType.WhileLoop:
    case FBlockType.ExceptionHandler:
    case FBlockType.ExceptionGroupHandler:
    case FBlockType.AsyncComprehensionGenerator:
    case FBlockType.StopIteration:
      return;
    case FBlockType.ForLoop:
    case FBlockType.AsyncForLoop:
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_TOP, ploc.loc);
      return;
    case FBlockType.TryExcept:
      c.addop(Op.POP_BLOCK, ploc.loc);
      return;
    case FBlockType.FinallyTry:
      c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) c.pushFBlock(ploc.loc, FBlockType.PopValue, null, null, null);
      visitStmts(c, info.datum as A.stmt[]);
      if (preserveTos) c.popFBlock(FBlockType.PopValue);
      // The finally body runs "after" the unwinding statement: the rest is artificial.
      ploc.loc = NO_LOCATION;
      return;
    case FBlockType.FinallyEnd:
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_TOP, ploc.loc); // exc_value
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_BLOCK, ploc.loc);
      c.addop(Op.POP_EXCEPT, ploc.loc);
      return;
    case FBlockType.With:
    case FBlockType.AsyncWith:
      ploc.loc = info.loc;
      c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) {
        c.addopI(Op.SWAP, 3, ploc.loc);
        c.addopI(Op.SWAP, 2, ploc.loc);
      }
      callExitWithNones(c, ploc.loc);
      if (info.type === FBlockType.AsyncWith) {
        c.addopI(Op.GET_AWAITABLE, 2, ploc.loc);
        c.loadConst(None, ploc.loc);
        addYieldFrom(c, ploc.loc, true);
      }
      c.addop(Op.POP_TOP, ploc.loc);
      ploc.loc = NO_LOCATION;
      return;
    case FBlockType.HandlerCleanup: {
      const name = info.datum as string | null;
      if (name) c.addop(Op.POP_BLOCK, ploc.loc);
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_BLOCK, ploc.loc);
      c.addop(Op.POP_EXCEPT, ploc.loc);
      if (name) {
        c.loadConst(None, ploc.loc);
        c.nameop(ploc.loc, name, "Store");
        c.nameop(ploc.loc, name, "Del");
      }
      return;
    }
    case FBlockType.PopValue:
      if (preserveTos) c.addopI(Op.SWAP, 2, ploc.loc);
      c.addop(Op.POP_TOP, ploc.loc);
      return;
  }
}

/** codegen_unwind_fblock_stack: unwind to the innermost loop (loop !== null) or out entirely. */
function unwindFBlockStack(
  c: Compiler,
  ploc: { loc: Loc },
  preserveTos: boolean,
  loop: { fb: FBlock | null } | null,
): void {
  const top = c.topFBlock();
  if (top === null) return;
  if (top.type === FBlockType.ExceptionGroupHandler)
    c.error(ploc.loc, "'break', 'continue' and 'return' cannot appear in an except* block");
  if (
    loop !== null &&
    (top.type === FBlockType.WhileLoop ||
      top.type === FBlockType.ForLoop ||
      top.type === FBlockType.AsyncForLoop)
  ) {
    loop.fb = top;
    return;
  }
  const copy = { ...top };
  c.u.fblocks.pop();
  unwindFBlock(c, ploc, copy, preserveTos);
  unwindFBlockStack(c, ploc, preserveTos, loop);
  c.u.fblocks.push(copy);
}

// --- assignments ---

function visitAugAssign(c: Compiler, s: A.AugAssign): void {
  const e = s.target;
  let loc = locOf(e);
  switch (kindOf(e)) {
    case "Attribute": {
      const a = e as A.Attribute;
      visitExpr(c, a.value);
      c.addopI(Op.COPY, 1, loc);
      c.addopName(Op.LOAD_ATTR, a.attr, locForAttr(loc, a));
      break;
    }
    case "Subscript": {
      const sub = e as A.Subscript;
      visitExpr(c, sub.value);
      if (isTwoElementSlice(sub.slice)) {
        sliceParts(c, sub.slice as A.Slice);
        c.addopI(Op.COPY, 3, loc);
        c.addopI(Op.COPY, 3, loc);
        c.addopI(Op.COPY, 3, loc);
        c.addop(Op.BINARY_SLICE, loc);
      } else {
        visitExpr(c, sub.slice);
        c.addopI(Op.COPY, 2, loc);
        c.addopI(Op.COPY, 2, loc);
        c.addopI(Op.BINARY_OP, NbOp.NB_SUBSCR, loc);
      }
      break;
    }
    case "Name":
      c.nameop(loc, (e as A.Name).id, "Load");
      break;
    default:
      throw new Error(`invalid node type (${kindOf(e)}) for augmented assignment`);
  }
  visitExpr(c, s.value);
  c.addopI(Op.BINARY_OP, inplaceArg(s.op), locOf(s));
  loc = locOf(e);
  switch (kindOf(e)) {
    case "Attribute": {
      const a = e as A.Attribute;
      const l = locForAttr(loc, a);
      c.addopI(Op.SWAP, 2, l);
      c.addopName(Op.STORE_ATTR, a.attr, l);
      break;
    }
    case "Subscript":
      if (isTwoElementSlice((e as A.Subscript).slice)) {
        c.addopI(Op.SWAP, 4, loc);
        c.addopI(Op.SWAP, 3, loc);
        c.addopI(Op.SWAP, 2, loc);
        c.addop(Op.STORE_SLICE, loc);
      } else {
        c.addopI(Op.SWAP, 3, loc);
        c.addopI(Op.SWAP, 2, loc);
        c.addop(Op.STORE_SUBSCR, loc);
      }
      break;
    case "Name":
      c.nameop(loc, (e as A.Name).id, "Store");
      break;
  }
}

// --- control flow ---

function visitIf(c: Compiler, s: A.If): void {
  const end = c.newLabel();
  const next = s.orelse.length ? c.newLabel() : end;
  jumpIf(c, locOf(s), s.test, next, false);
  c.u.inConditionalBlock++;
  visitStmts(c, s.body);
  if (s.orelse.length) {
    c.addopJump(Op.JUMP, end, NO_LOCATION);
    c.useLabel(next);
    visitStmts(c, s.orelse);
  }
  c.u.inConditionalBlock--;
  c.useLabel(end);
}

function visitWhile(c: Compiler, s: A.While): void {
  const loop = c.newLabel();
  const end = c.newLabel();
  const anchor = c.newLabel();
  c.useLabel(loop);
  c.pushFBlock(locOf(s), FBlockType.WhileLoop, loop, end, null);
  jumpIf(c, locOf(s), s.test, anchor, false);
  c.u.inConditionalBlock++;
  visitStmts(c, s.body);
  c.addopJump(Op.JUMP, loop, NO_LOCATION);
  c.popFBlock(FBlockType.WhileLoop);
  c.useLabel(anchor);
  visitStmts(c, s.orelse);
  c.u.inConditionalBlock--;
  c.useLabel(end);
}

function visitFor(c: Compiler, s: A.For): void {
  const loc = locOf(s);
  const start = c.newLabel();
  const body = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.pushFBlock(loc, FBlockType.ForLoop, start, end, null);
  visitExpr(c, s.iter);
  const iterLoc = locOf(s.iter);
  c.addop(Op.GET_ITER, iterLoc);
  c.useLabel(start);
  c.addopJump(Op.FOR_ITER, cleanup, iterLoc);
  // A NOP so that multi-line for statements trace the target's line.
  c.addop(Op.NOP, locOf(s.target));
  c.useLabel(body);
  c.u.inConditionalBlock++;
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJump(Op.JUMP, start, NO_LOCATION);
  c.useLabel(cleanup);
  // END_FOR first: generators jump to it, other iterators to the POP_ITER after it.
  c.addop(Op.END_FOR, NO_LOCATION);
  c.addop(Op.POP_ITER, NO_LOCATION);
  c.popFBlock(FBlockType.ForLoop);
  visitStmts(c, s.orelse);
  c.u.inConditionalBlock--;
  c.useLabel(end);
}

function visitAsyncFor(c: Compiler, s: A.AsyncFor): void {
  const loc = locOf(s);
  if (isTopLevelAwait(c)) c.ste.coroutine = true;
  else if (c.u.scopeType !== ScopeType.AsyncFunction) c.error(loc, "'async for' outside async function");
  const start = c.newLabel();
  const send = c.newLabel();
  const except = c.newLabel();
  const end = c.newLabel();
  visitExpr(c, s.iter);
  c.addop(Op.GET_AITER, locOf(s.iter));
  c.useLabel(start);
  c.pushFBlock(loc, FBlockType.AsyncForLoop, start, end, null);
  // SETUP_FINALLY guards the __anext__ call.
  c.addopJump(Op.SETUP_FINALLY, except, loc);
  c.addop(Op.GET_ANEXT, loc);
  c.loadConst(None, loc);
  c.useLabel(send);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_BLOCK, loc);
  c.addop(Op.NOT_TAKEN, loc);
  c.u.inConditionalBlock++;
  visitExpr(c, s.target);
  visitStmts(c, s.body);
  c.addopJump(Op.JUMP, start, NO_LOCATION);
  c.popFBlock(FBlockType.AsyncForLoop);
  c.useLabel(except);
  // END_ASYNC_FOR belongs to the `for`, not the body: the iterator's line.
  c.addopJump(Op.END_ASYNC_FOR, send, locOf(s.iter));
  visitStmts(c, s.orelse);
  c.u.inConditionalBlock--;
  c.useLabel(end);
}

function visitAssert(c: Compiler, s: A.Assert): void {
  const loc = locOf(s);
  const t = s.test;
  if (
    (kindOf(t) === "Tuple" && (t as A.Tuple).elts.length > 0) ||
    (kindOf(t) === "Constant" &&
      constantValue(t as A.Constant) instanceof PyTuple &&
      (constantValue(t as A.Constant) as PyTuple).items.length > 0)
  )
    c.warn(loc, "assertion is always true, perhaps remove parentheses?");
  if (c.optimize) return;
  const end = c.newLabel();
  jumpIf(c, loc, s.test, end, true);
  c.addopI(Op.LOAD_COMMON_CONSTANT, CommonConstant.ASSERTION_ERROR, loc);
  if (s.msg) {
    visitExpr(c, s.msg);
    c.addopI(Op.CALL, 0, loc);
  }
  c.addopI(Op.RAISE_VARARGS, 1, locOf(s.test));
  c.useLabel(end);
}

// --- try ---

/** POP_EXCEPT_AND_RERAISE */
function popExceptAndReraise(c: Compiler, loc: Loc): void {
  c.addopI(Op.COPY, 3, loc);
  c.addop(Op.POP_EXCEPT, loc);
  c.addopI(Op.RERAISE, 1, loc);
}

function tryFinally(c: Compiler, s: A.Try, star: boolean): void {
  let loc = locOf(s);
  const body = c.newLabel();
  const end = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJump(Op.SETUP_FINALLY, end, loc);
  c.useLabel(body);
  c.pushFBlock(loc, FBlockType.FinallyTry, body, end, s.finalbody);
  c.u.inConditionalBlock++;
  if (s.handlers.length) {
    if (star) tryStarExcept(c, s as A.TryStar);
    else tryExcept(c, s);
  } else {
    visitStmts(c, s.body);
  }
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock(FBlockType.FinallyTry);
  visitStmts(c, s.finalbody);
  c.addopJump(Op.JUMP, exit, NO_LOCATION);
  c.useLabel(end);
  loc = NO_LOCATION;
  c.addopJump(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.pushFBlock(loc, FBlockType.FinallyEnd, end, null, null);
  visitStmts(c, s.finalbody);
  c.popFBlock(FBlockType.FinallyEnd);
  c.addopI(Op.RERAISE, 0, loc);
  c.useLabel(cleanup);
  popExceptAndReraise(c, loc);
  c.u.inConditionalBlock--;
  c.useLabel(exit);
}

function tryExcept(c: Compiler, s: A.Try): void {
  const loc = locOf(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  c.addopJump(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.u.inConditionalBlock++;
  c.pushFBlock(loc, FBlockType.TryExcept, body, null, null);
  visitStmts(c, s.body);
  c.popFBlock(FBlockType.TryExcept);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  visitStmts(c, s.orelse);
  c.addopJump(Op.JUMP, end, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  // The runtime pushes a block here.
  c.pushFBlock(loc, FBlockType.ExceptionHandler, null, null, null);
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i] as A.ExceptHandler;
    const hloc = locOf(handler);
    if (!handler.type && i < n - 1) c.error(hloc, "default 'except:' must be last");
    except = c.newLabel();
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EXC_MATCH, hloc);
      c.addopJump(Op.POP_JUMP_IF_FALSE, except, hloc);
    }
    if (handler.name) {
      const cleanupEnd = c.newLabel();
      const cleanupBody = c.newLabel();
      c.nameop(hloc, handler.name, "Store");
      // try: body finally: name = None; del name
      c.addopJump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, null, handler.name);
      visitStmts(c, handler.body);
      c.popFBlock(FBlockType.HandlerCleanup);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.loadConst(None, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, "Store");
      c.nameop(NO_LOCATION, handler.name, "Del");
      c.addopJump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
      c.useLabel(cleanupEnd);
      c.loadConst(None, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, "Store");
      c.nameop(NO_LOCATION, handler.name, "Del");
      c.addopI(Op.RERAISE, 1, NO_LOCATION);
    } else {
      const cleanupBody = c.newLabel();
      c.addop(Op.POP_TOP, hloc); // exc_value
      c.useLabel(cleanupBody);
      c.pushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, null, null);
      visitStmts(c, handler.body);
      c.popFBlock(FBlockType.HandlerCleanup);
      c.addop(Op.POP_BLOCK, NO_LOCATION);
      c.addop(Op.POP_EXCEPT, NO_LOCATION);
      c.addopJump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
    }
    c.useLabel(except);
  }
  c.popFBlock(FBlockType.ExceptionHandler);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.u.inConditionalBlock--;
  c.useLabel(end);
}

function tryStarExcept(c: Compiler, s: A.TryStar): void {
  const loc = locOf(s);
  const body = c.newLabel();
  let except = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.addopJump(Op.SETUP_FINALLY, except, loc);
  c.useLabel(body);
  c.u.inConditionalBlock++;
  c.pushFBlock(loc, FBlockType.TryExcept, body, null, null);
  visitStmts(c, s.body);
  c.popFBlock(FBlockType.TryExcept);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopJump(Op.JUMP, orelse, NO_LOCATION);
  const n = s.handlers.length;
  c.useLabel(except);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, NO_LOCATION);
  c.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
  c.pushFBlock(loc, FBlockType.ExceptionGroupHandler, null, null, "except handler");
  for (let i = 0; i < n; i++) {
    const handler = s.handlers[i] as A.ExceptHandler;
    const hloc = locOf(handler);
    except = c.newLabel();
    const exceptWithError = c.newLabel();
    const noMatch = c.newLabel();
    if (i === 0) {
      // [orig] -> [orig, []] -> [orig, [], exc]
      c.addopI(Op.BUILD_LIST, 0, hloc);
      c.addopI(Op.COPY, 2, hloc);
    }
    if (handler.type) {
      visitExpr(c, handler.type);
      c.addop(Op.CHECK_EG_MATCH, hloc);
      c.addopI(Op.COPY, 1, hloc);
      c.addopJump(Op.POP_JUMP_IF_NONE, noMatch, hloc);
    }
    const cleanupEnd = c.newLabel();
    const cleanupBody = c.newLabel();
    if (handler.name) c.nameop(hloc, handler.name, "Store");
    else c.addop(Op.POP_TOP, hloc);
    c.addopJump(Op.SETUP_CLEANUP, cleanupEnd, hloc);
    c.useLabel(cleanupBody);
    c.pushFBlock(hloc, FBlockType.HandlerCleanup, cleanupBody, null, handler.name);
    visitStmts(c, handler.body);
    c.popFBlock(FBlockType.HandlerCleanup);
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    if (handler.name) {
      c.loadConst(None, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, "Store");
      c.nameop(NO_LOCATION, handler.name, "Del");
    }
    c.addopJump(Op.JUMP, except, NO_LOCATION);
    c.useLabel(cleanupEnd);
    if (handler.name) {
      c.loadConst(None, NO_LOCATION);
      c.nameop(NO_LOCATION, handler.name, "Store");
      c.nameop(NO_LOCATION, handler.name, "Del");
    }
    // Collect what the handler raised.
    c.addopI(Op.LIST_APPEND, 3, NO_LOCATION);
    c.addop(Op.POP_TOP, NO_LOCATION); // lasti
    c.addopJump(Op.JUMP, exceptWithError, NO_LOCATION);
    c.useLabel(except);
    c.addop(Op.NOP, NO_LOCATION);
    c.addopJump(Op.JUMP, exceptWithError, NO_LOCATION);
    c.useLabel(noMatch);
    c.addop(Op.POP_TOP, hloc); // match (None)
    c.useLabel(exceptWithError);
    if (i === n - 1) {
      // The unhandled rest of the group (or None) joins the list.
      c.addopI(Op.LIST_APPEND, 1, NO_LOCATION);
      c.addopJump(Op.JUMP, reraiseStar, NO_LOCATION);
    }
  }
  c.popFBlock(FBlockType.ExceptionGroupHandler);
  const reraise = c.newLabel();
  c.useLabel(reraiseStar);
  c.addopI(Op.CALL_INTRINSIC_2, Intrinsic2.INTRINSIC_PREP_RERAISE_STAR, NO_LOCATION);
  c.addopI(Op.COPY, 1, NO_LOCATION);
  c.addopJump(Op.POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
  // Nothing to reraise.
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopJump(Op.JUMP_NO_INTERRUPT, end, NO_LOCATION);
  c.useLabel(reraise);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addopI(Op.SWAP, 2, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addopI(Op.RERAISE, 0, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(orelse);
  visitStmts(c, s.orelse);
  c.u.inConditionalBlock--;
  c.useLabel(end);
}

// --- with ---

function withInner(c: Compiler, s: A.With, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const loc = locOf(item.context_expr);
  c.addopI(Op.COPY, 1, loc);
  c.addopI(Op.LOAD_SPECIAL, SpecialMethod.EXIT, loc);
  c.addopI(Op.SWAP, 2, loc);
  c.addopI(Op.SWAP, 3, loc);
  c.addopI(Op.LOAD_SPECIAL, SpecialMethod.ENTER, loc);
  c.addopI(Op.CALL, 0, loc);
  c.addopJump(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock(loc, FBlockType.With, block, final, s);
  if (pos === 0) c.u.inConditionalBlock++;
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, loc);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else withInner(c, s, pos + 1);
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.popFBlock(FBlockType.With);
  callExitWithNones(c, loc);
  c.addop(Op.POP_TOP, loc);
  c.addopJump(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.addop(Op.WITH_EXCEPT_START, loc);
  withExceptFinishAt(c, cleanup);
  if (pos === 0) c.u.inConditionalBlock--;
  c.useLabel(exit);
}

/** codegen_with_except_finish with the caller's cleanup label (as codegen_with_inner uses it). */
function withExceptFinishAt(c: Compiler, cleanup: import("./instr.ts").Label): void {
  const suppress = c.newLabel();
  const exit = c.newLabel();
  c.addop(Op.TO_BOOL, NO_LOCATION);
  c.addopJump(Op.POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
  c.addopI(Op.RERAISE, 2, NO_LOCATION);
  c.useLabel(suppress);
  c.addop(Op.POP_TOP, NO_LOCATION); // exc_value
  c.addop(Op.POP_BLOCK, NO_LOCATION);
  c.addop(Op.POP_EXCEPT, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addop(Op.POP_TOP, NO_LOCATION);
  c.addopJump(Op.JUMP_NO_INTERRUPT, exit, NO_LOCATION);
  c.useLabel(cleanup);
  popExceptAndReraise(c, NO_LOCATION);
  c.useLabel(exit);
}

function asyncWithInner(c: Compiler, s: A.AsyncWith, pos: number): void {
  const item = s.items[pos]!;
  const block = c.newLabel();
  const final = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  visitExpr(c, item.context_expr);
  const loc = locOf(item.context_expr);
  c.addopI(Op.COPY, 1, loc);
  c.addopI(Op.LOAD_SPECIAL, SpecialMethod.AEXIT, loc);
  c.addopI(Op.SWAP, 2, loc);
  c.addopI(Op.SWAP, 3, loc);
  c.addopI(Op.LOAD_SPECIAL, SpecialMethod.AENTER, loc);
  c.addopI(Op.CALL, 0, loc);
  c.addopI(Op.GET_AWAITABLE, 1, loc);
  c.loadConst(None, loc);
  addYieldFrom(c, loc, true);
  c.addopJump(Op.SETUP_WITH, final, loc);
  c.useLabel(block);
  c.pushFBlock(loc, FBlockType.AsyncWith, block, final, s);
  if (pos === 0) c.u.inConditionalBlock++;
  if (item.optional_vars) visitExpr(c, item.optional_vars);
  else c.addop(Op.POP_TOP, loc);
  if (pos + 1 === s.items.length) visitStmts(c, s.body);
  else asyncWithInner(c, s, pos + 1);
  c.popFBlock(FBlockType.AsyncWith);
  c.addop(Op.POP_BLOCK, loc);
  callExitWithNones(c, loc);
  c.addopI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(None, loc);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_TOP, loc);
  c.addopJump(Op.JUMP, exit, loc);
  c.useLabel(final);
  c.addopJump(Op.SETUP_CLEANUP, cleanup, loc);
  c.addop(Op.PUSH_EXC_INFO, loc);
  c.addop(Op.WITH_EXCEPT_START, loc);
  c.addopI(Op.GET_AWAITABLE, 2, loc);
  c.loadConst(None, loc);
  addYieldFrom(c, loc, true);
  withExceptFinishAt(c, cleanup);
  if (pos === 0) c.u.inConditionalBlock--;
  c.useLabel(exit);
}

// --- imports ---

function visitImport(c: Compiler, s: A.Import): void {
  const loc = locOf(s);
  for (const alias of s.names) {
    // The instructions carry the statement's position, a bad name is reported at the alias.
    c.checkForbidden(locOf(alias as unknown as A.expr), alias.asname ?? alias.name.split(".")[0]!, "Store");
    c.loadConst(0, loc);
    c.loadConst(None, loc);
    c.addopName(Op.IMPORT_NAME, alias.name, loc);
    if (alias.asname) {
      importAs(c, loc, alias.name, alias.asname);
    } else {
      const dot = alias.name.indexOf(".");
      c.nameop(loc, dot === -1 ? alias.name : alias.name.slice(0, dot), "Store");
    }
  }
}

/** codegen_import_as: `import a.b.c as d` binds the submodule via IMPORT_FROM. */
function importAs(c: Compiler, loc: Loc, name: string, asname: string): void {
  const parts = name.split(".");
  if (parts.length > 1) {
    for (let i = 1; i < parts.length; i++) {
      c.addopName(Op.IMPORT_FROM, parts[i]!, loc);
      if (i === parts.length - 1) break;
      c.addopI(Op.SWAP, 2, loc);
      c.addop(Op.POP_TOP, loc);
    }
    c.nameop(loc, asname, "Store");
    c.addop(Op.POP_TOP, loc);
    return;
  }
  c.nameop(loc, asname, "Store");
}

function visitImportFrom(c: Compiler, s: A.ImportFrom): void {
  const loc = locOf(s);
  c.loadConst(s.level ?? 0, loc);
  if (s.module === "__future__" && (s.level ?? 0) === 0 && s.lineno > c.futureLineno)
    c.error(loc, LATE_FUTURE_MSG);
  c.addopI(Op.LOAD_CONST, c.addConst(new PyTuple(s.names.map((a) => a.name))), loc);
  c.addopName(Op.IMPORT_NAME, s.module ?? "", loc);
  for (let i = 0; i < s.names.length; i++) {
    const alias = s.names[i]!;
    if (i === 0 && alias.name.startsWith("*")) {
      c.addopI(Op.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_IMPORT_STAR, loc);
      c.addop(Op.POP_TOP, NO_LOCATION);
      return;
    }
    c.addopName(Op.IMPORT_FROM, alias.name, loc);
    const store = alias.asname ?? alias.name;
    c.checkForbidden(locOf(alias as unknown as A.expr), store, "Store");
    c.nameop(loc, store, "Store");
  }
  c.addop(Op.POP_TOP, loc);
}

export { ctxOf };
