// Comprehensions and generator expressions (codegen_comprehension in Python/codegen.c). List,
// set and dict comprehensions are inlined into the enclosing code (PEP 709): their iteration
// variables are saved on the stack with LOAD_FAST_AND_CLEAR and restored afterwards, also when an
// exception escapes. Generator expressions (and comprehensions in class-visible annotation
// scopes) get their own code object.

import { None } from "../objects/singletons.ts";
import type * as A from "../parser/ast.ts";
import { kindOf } from "./astutil.ts";
import type { Compiler } from "./codegen.ts";
import { addYield, addYieldFrom, jumpIf, visitExpr } from "./codegen-expr.ts";
import { wrapInStopIterationHandler } from "./codegen-function.ts";
import { type Label, type Loc, locOf, makeLoc, NO_LOCATION } from "./instr.ts";
import { Op } from "./opcodes.ts";
import {
  BlockType,
  CELL,
  DEF_LOCAL,
  DEF_NONLOCAL,
  FREE,
  isFunctionLike,
  SCOPE_MASK,
  SCOPE_OFFSET,
  type SymbolTableEntry,
} from "./symtable.ts";
import { FBlockType, ScopeType } from "./unit.ts";

enum CompType {
  GenExp = 0,
  ListComp = 1,
  SetComp = 2,
  DictComp = 3,
}

interface InlinedState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, number> | null;
  fastHidden: Set<string> | null;
  cleanup: Label | null;
  end: Label | null;
}

export function visitComprehension(c: Compiler, e: A.expr): void {
  switch (kindOf(e)) {
    case "GeneratorExp": {
      const g = e as A.GeneratorExp;
      comprehension(c, e, CompType.GenExp, "<genexpr>", g.generators, g.elt, null);
      return;
    }
    case "ListComp": {
      const g = e as A.ListComp;
      comprehension(c, e, CompType.ListComp, "<listcomp>", g.generators, g.elt, null);
      return;
    }
    case "SetComp": {
      const g = e as A.SetComp;
      comprehension(c, e, CompType.SetComp, "<setcomp>", g.generators, g.elt, null);
      return;
    }
    case "DictComp": {
      const g = e as A.DictComp;
      comprehension(c, e, CompType.DictComp, "<dictcomp>", g.generators, g.key, g.value);
      return;
    }
  }
}

function comprehension(
  c: Compiler,
  e: A.expr,
  type: CompType,
  name: string,
  generators: A.comprehension[],
  elt: A.expr,
  val: A.expr | null,
): void {
  const entry = c.st.lookup(e);
  const isInlined = entry.compInlined;
  const isAsync = entry.coroutine;
  const loc = locOf(e);
  const outermost = generators[0]!;
  const state: InlinedState = {
    pushedLocals: null,
    tempSymbols: null,
    fastHidden: null,
    cleanup: null,
    end: null,
  };
  if (isInlined) {
    visitExpr(c, outermost.iter);
    c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, locOf(outermost.iter));
    pushInlinedState(c, loc, entry, state);
  } else {
    c.enterScope(name, ScopeType.Comprehension, e, e.lineno, null, { argcount: 1 });
  }
  if (type !== CompType.GenExp) {
    const op =
      type === CompType.ListComp ? Op.BUILD_LIST : type === CompType.SetComp ? Op.BUILD_SET : Op.BUILD_MAP;
    c.addopI(op, 0, loc);
    if (isInlined) c.addopI(Op.SWAP, 2, loc);
  }
  comprehensionGenerator(c, loc, generators, 0, 0, elt, val, type, isInlined);
  if (isInlined) {
    popInlinedState(c, loc, state);
    return;
  }
  if (type !== CompType.GenExp) c.addop(Op.RETURN_VALUE, loc);
  if (type === CompType.GenExp) wrapInStopIterationHandler(c);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(loc, co, 0);
  visitExpr(c, outermost.iter);
  c.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, locOf(outermost.iter));
  // CALL 0 on [function, iterator]: the iterator is the one argument.
  c.addopI(Op.CALL, 0, loc);
  if (isAsync && type !== CompType.GenExp) {
    c.addopI(Op.GET_AWAITABLE, 0, loc);
    c.loadConst(None, loc);
    addYieldFrom(c, loc, true);
  }
}

function comprehensionGenerator(
  c: Compiler,
  loc: Loc,
  generators: A.comprehension[],
  genIndex: number,
  depth: number,
  elt: A.expr,
  val: A.expr | null,
  type: CompType,
  iterOnStack: boolean,
): void {
  const gen = generators[genIndex]!;
  if (gen.is_async) asyncGenerator(c, loc, generators, genIndex, depth, elt, val, type, iterOnStack);
  else syncGenerator(c, loc, generators, genIndex, depth, elt, val, type, iterOnStack);
}

function emitElement(c: Compiler, elt: A.expr, val: A.expr | null, type: CompType, depth: number): Loc {
  let eltLoc = locOf(elt);
  switch (type) {
    case CompType.GenExp:
      visitExpr(c, elt);
      addYield(c, eltLoc);
      c.addop(Op.POP_TOP, eltLoc);
      break;
    case CompType.ListComp:
      visitExpr(c, elt);
      c.addopI(Op.LIST_APPEND, depth + 1, eltLoc);
      break;
    case CompType.SetComp:
      visitExpr(c, elt);
      c.addopI(Op.SET_ADD, depth + 1, eltLoc);
      break;
    case CompType.DictComp:
      // {k: v}: k is evaluated before v.
      visitExpr(c, elt);
      visitExpr(c, val!);
      eltLoc = makeLoc(
        elt.lineno,
        val!.end_lineno ?? val!.lineno,
        elt.col_offset,
        val!.end_col_offset ?? val!.col_offset,
      );
      c.addopI(Op.MAP_ADD, depth + 1, eltLoc);
      break;
  }
  return eltLoc;
}

function syncGenerator(
  c: Compiler,
  loc: Loc,
  generators: A.comprehension[],
  genIndex: number,
  depth: number,
  elt: A.expr,
  val: A.expr | null,
  type: CompType,
  iterOnStack: boolean,
): void {
  let start: Label | null = c.newLabel();
  const ifCleanup = c.newLabel();
  const anchor = c.newLabel();
  const gen = generators[genIndex]!;
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.addopI(Op.LOAD_FAST, 0, loc);
    } else {
      // `for y in [f(x)]` binds y without a loop.
      const k = kindOf(gen.iter);
      const elts =
        k === "List" ? (gen.iter as A.List).elts : k === "Tuple" ? (gen.iter as A.Tuple).elts : null;
      if (elts && elts.length === 1 && kindOf(elts[0]!) !== "Starred") {
        visitExpr(c, elts[0]!);
        start = null;
      }
      if (start) {
        visitExpr(c, gen.iter);
        c.addop(Op.GET_ITER, locOf(gen.iter));
      }
    }
  }
  if (start) {
    depth++;
    c.useLabel(start);
    c.addopJump(Op.FOR_ITER, anchor, locOf(gen.iter));
  }
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, loc, cond, ifCleanup, false);
  genIndex++;
  if (genIndex < generators.length)
    comprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, false);
  let eltLoc = locOf(elt);
  if (genIndex >= generators.length) eltLoc = emitElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  if (start) {
    c.addopJump(Op.JUMP, start, eltLoc);
    c.useLabel(anchor);
    c.addop(Op.END_FOR, NO_LOCATION);
    c.addop(Op.POP_ITER, NO_LOCATION);
  }
}

function asyncGenerator(
  c: Compiler,
  loc: Loc,
  generators: A.comprehension[],
  genIndex: number,
  depth: number,
  elt: A.expr,
  val: A.expr | null,
  type: CompType,
  iterOnStack: boolean,
): void {
  const start = c.newLabel();
  const send = c.newLabel();
  const except = c.newLabel();
  const ifCleanup = c.newLabel();
  const gen = generators[genIndex]!;
  if (!iterOnStack) {
    if (genIndex === 0) {
      c.addopI(Op.LOAD_FAST, 0, loc);
    } else {
      visitExpr(c, gen.iter);
      c.addop(Op.GET_AITER, locOf(gen.iter));
    }
  }
  c.useLabel(start);
  c.pushFBlock(loc, FBlockType.AsyncComprehensionGenerator, start, null, null);
  c.addopJump(Op.SETUP_FINALLY, except, loc);
  c.addop(Op.GET_ANEXT, loc);
  c.loadConst(None, loc);
  c.useLabel(send);
  addYieldFrom(c, loc, true);
  c.addop(Op.POP_BLOCK, loc);
  visitExpr(c, gen.target);
  for (const cond of gen.ifs) jumpIf(c, loc, cond, ifCleanup, false);
  depth++;
  genIndex++;
  if (genIndex < generators.length)
    comprehensionGenerator(c, loc, generators, genIndex, depth, elt, val, type, false);
  let eltLoc = locOf(elt);
  if (genIndex >= generators.length) eltLoc = emitElement(c, elt, val, type, depth);
  c.useLabel(ifCleanup);
  c.addopJump(Op.JUMP, start, eltLoc);
  c.popFBlock(FBlockType.AsyncComprehensionGenerator);
  c.useLabel(except);
  c.addopJump(Op.END_ASYNC_FOR, send, loc);
}

const scopeOf = (flags: number) => (flags >> SCOPE_OFFSET) & SCOPE_MASK;

/** push_inlined_comprehension_state */
function pushInlinedState(c: Compiler, loc: Loc, comp: SymbolTableEntry, state: InlinedState): void {
  const outer = c.ste;
  const inClassBlock = outer.type === BlockType.Class && !c.isInInlinedComp();
  c.u.inInlinedComp++;
  for (const [k, symbol] of comp.symbols) {
    const scope = scopeOf(symbol);
    const outsymbol = outer.getSymbol(k);
    const outsc = scopeOf(outsymbol);
    // A name with a different scope inside than outside is compiled with its inner scope while
    // the comprehension is (free names are handled like the enclosing scope does).
    if ((scope !== outsc && scope !== FREE && !(scope === CELL && outsc === FREE)) || inClassBlock) {
      if (state.tempSymbols === null) state.tempSymbols = new Map();
      outer.symbols.set(k, symbol);
      state.tempSymbols.set(k, outsymbol);
    }
    // Names bound in the comprehension are isolated from the enclosing scope.
    if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
      if (!isFunctionLike(outer)) {
        // Module or class body: these names become (hidden) fast locals for a while.
        if (c.u.fasthidden.get(k) !== true) {
          c.u.fasthidden.set(k, true);
          if (state.fastHidden === null) state.fastHidden = new Set();
          state.fastHidden.add(k);
        }
      }
    }
  }
  for (const [k, symbol] of comp.symbols) {
    if (symbol & 0x4 /* DEF_PARAM */) continue;
    // Only names the comprehension binds are saved (in a class body every name is hidden above).
    if (!(symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL))) continue;
    const scope = scopeOf(symbol);
    const outsc = scopeOf(state.tempSymbols?.get(k) ?? outer.getSymbol(k));
    if (state.pushedLocals === null) state.pushedLocals = [];
    // Push the current value (maybe NULL; for a cell, the cell itself) and start afresh.
    c.addopVar(Op.LOAD_FAST_AND_CLEAR, k, "varnames", loc);
    if (scope === CELL) {
      if (outsc === FREE) c.addopVar(Op.MAKE_CELL, k, "freevars", loc);
      else c.addopVar(Op.MAKE_CELL, k, "cellvars", loc);
    }
    state.pushedLocals.push(k);
  }
  if (state.pushedLocals) {
    // The iterable goes back on top; the saved values stay below it.
    c.addopI(Op.SWAP, state.pushedLocals.length + 1, loc);
    state.cleanup = c.newLabel();
    state.end = c.newLabel();
    c.addopJump(Op.SETUP_FINALLY, state.cleanup, loc);
  }
}

function restoreLocals(c: Compiler, loc: Loc, state: InlinedState): void {
  const pushed = state.pushedLocals!;
  c.addopI(Op.SWAP, pushed.length + 1, loc);
  for (let i = pushed.length - 1; i >= 0; i--)
    c.addopVar(Op.STORE_FAST_MAYBE_NULL, pushed[i]!, "varnames", loc);
}

/** pop_inlined_comprehension_state */
function popInlinedState(c: Compiler, loc: Loc, state: InlinedState): void {
  c.u.inInlinedComp--;
  if (state.tempSymbols) for (const [k, v] of state.tempSymbols) c.ste.symbols.set(k, v);
  if (state.pushedLocals) {
    c.addop(Op.POP_BLOCK, NO_LOCATION);
    c.addopJump(Op.JUMP_NO_INTERRUPT, state.end!, NO_LOCATION);
    // An exception in the comprehension: drop the partial result, restore, re-raise.
    c.useLabel(state.cleanup!);
    c.addopI(Op.SWAP, 2, NO_LOCATION);
    c.addop(Op.POP_TOP, NO_LOCATION);
    restoreLocals(c, loc, state);
    c.addopI(Op.RERAISE, 0, NO_LOCATION);
    c.useLabel(state.end!);
    restoreLocals(c, loc, state);
  }
  if (state.fastHidden) {
    // False, not deleted: the name stays marked CO_FAST_HIDDEN in the code object.
    for (const k of state.fastHidden) c.u.fasthidden.set(k, false);
  }
}
