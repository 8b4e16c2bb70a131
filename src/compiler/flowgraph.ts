// The control-flow graph of one code unit (Python/flowgraph.c): basic blocks built from the
// instruction sequence, exception-handler labelling from SETUP_*/POP_BLOCK, a few peephole
// optimisations, unreachable-code removal, cold-block layout, line-number propagation, stack
// depth, checks for loads of possibly-unbound locals, and lowering of pseudo-instructions.
import { CompilerBug } from "./errors.ts";
import type { InstrSequence, Label, Loc } from "./instr.ts";
import { NO_LOCATION } from "./instr.ts";
import {
  CACHE_ENTRIES,
  COMPARE_OP_BOOL_FLAG,
  hasJump,
  Op,
  RESUME_AT_FUNC_START,
  RESUME_OPARG_DEPTH1_MASK,
} from "./opcodes.ts";
import { stackEffect } from "./stack-effect.ts";

export interface CfgInstr {
  op: number;
  arg: number;
  target: BasicBlock | null;
  loc: Loc;
  /** The handler block active at this instruction (set by labelExceptionTargets). */
  except: BasicBlock | null;
}

export class BasicBlock {
  instrs: CfgInstr[] = [];
  next: BasicBlock | null = null;
  startDepth = -1;
  exceptHandler = false;
  preserveLasti = false;
  cold = false;
  visited = false;
  predecessors = 0;
  /** Offset in code units, set by the assembler. */
  offset = 0;
  exceptStack: BasicBlock[] | null = null;
  constructor(readonly id: number) {}

  last(): CfgInstr | null {
    return this.instrs[this.instrs.length - 1] ?? null;
  }
}

export const isSetup = (op: number): boolean =>
  op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;

/** HAS_TARGET: jumps and the SETUP_* pseudo-instructions. */
export const hasTarget = (op: number): boolean => hasJump(op) || isSetup(op);

export const isUnconditionalJump = (op: number): boolean =>
  op === Op.JUMP ||
  op === Op.JUMP_NO_INTERRUPT ||
  op === Op.JUMP_FORWARD ||
  op === Op.JUMP_BACKWARD ||
  op === Op.JUMP_BACKWARD_NO_INTERRUPT;

export const isScopeExit = (op: number): boolean =>
  op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;

const isConditionalJump = (op: number): boolean =>
  op === Op.POP_JUMP_IF_FALSE ||
  op === Op.POP_JUMP_IF_TRUE ||
  op === Op.POP_JUMP_IF_NONE ||
  op === Op.POP_JUMP_IF_NOT_NONE;

/** BB_HAS_FALLTHROUGH */
export function hasFallthrough(b: BasicBlock): boolean {
  const last = b.last();
  return last === null || !(isUnconditionalJump(last.op) || isScopeExit(last.op));
}

/** A block that ends in a jump or exit (the assembler may then lay out blocks freely). */
function isJumpInstr(i: CfgInstr): boolean {
  return hasJump(i.op);
}

export class Cfg {
  entry: BasicBlock;
  private nextId = 0;

  constructor() {
    this.entry = this.newBlock();
  }

  newBlock(): BasicBlock {
    return new BasicBlock(this.nextId++);
  }

  *blocks(): Generator<BasicBlock> {
    for (let b: BasicBlock | null = this.entry; b !== null; b = b.next) yield b;
  }

  /** _PyCfg_FromInstructionSequence + translate_jump_labels_to_targets */
  static fromSequence(seq: InstrSequence): Cfg {
    const g = new Cfg();
    const labelAt = new Map<number, Label[]>();
    for (const l of seq.labels) {
      let a = labelAt.get(l.pos);
      if (!a) labelAt.set(l.pos, (a = []));
      a.push(l);
    }
    const blockOf = new Map<Label, BasicBlock>();
    let cur = g.entry;
    const startBlock = () => {
      const b = g.newBlock();
      cur.next = b;
      cur = b;
    };
    const pending: [CfgInstr, Label][] = [];
    for (let i = 0; i <= seq.instrs.length; i++) {
      const ls = labelAt.get(i);
      if (ls) {
        if (cur.instrs.length > 0) startBlock();
        for (const l of ls) blockOf.set(l, cur);
      }
      if (i === seq.instrs.length) break;
      const ins = seq.instrs[i]!;
      const ci: CfgInstr = { op: ins.op, arg: ins.arg, target: null, loc: ins.loc, except: null };
      if (ins.target) pending.push([ci, ins.target]);
      cur.instrs.push(ci);
      if (hasJump(ins.op) || isScopeExit(ins.op)) startBlock();
    }
    for (const [ci, l] of pending) {
      const b = blockOf.get(l);
      if (b === undefined) throw new CompilerBug("jump to an unbound label");
      ci.target = b;
    }
    return g;
  }
}

// --- exception handling (flowgraph.c mark_except_handlers / label_exception_targets) ---

export function markExceptHandlers(g: Cfg): void {
  for (const b of g.blocks()) {
    for (const i of b.instrs) {
      if (isSetup(i.op)) i.target!.exceptHandler = true;
    }
  }
}

export function labelExceptionTargets(g: Cfg): void {
  for (const b of g.blocks()) b.visited = false;
  const todo: BasicBlock[] = [g.entry];
  g.entry.visited = true;
  g.entry.exceptStack = [];
  while (todo.length) {
    const b = todo.pop()!;
    let stack = b.exceptStack!;
    b.exceptStack = null;
    let handler = stack[stack.length - 1] ?? null;
    let lastYieldExceptDepth = -1;
    for (const instr of b.instrs) {
      if (isSetup(instr.op)) {
        const t = instr.target!;
        if (!t.visited) {
          t.exceptStack = stack.slice();
          t.visited = true;
          todo.push(t);
        }
        if (instr.op === Op.SETUP_WITH || instr.op === Op.SETUP_CLEANUP) t.preserveLasti = true;
        stack.push(t);
        handler = t;
      } else if (instr.op === Op.POP_BLOCK) {
        stack.pop();
        handler = stack[stack.length - 1] ?? null;
        instr.op = Op.NOP;
      } else if (isJumpInstr(instr)) {
        instr.except = handler;
        const t = instr.target!;
        if (!t.visited) {
          t.exceptStack = stack.slice();
          t.visited = true;
          todo.push(t);
        }
      } else if (instr.op === Op.YIELD_VALUE) {
        instr.except = handler;
        lastYieldExceptDepth = stack.length;
      } else if (instr.op === Op.RESUME) {
        instr.except = handler;
        if (instr.arg !== RESUME_AT_FUNC_START) {
          if (lastYieldExceptDepth === 1) instr.arg |= RESUME_OPARG_DEPTH1_MASK;
          lastYieldExceptDepth = -1;
        }
      } else {
        instr.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      b.next.visited = true;
      todo.push(b.next);
    }
    stack = [];
  }
}

// --- reachability ---

function successors(b: BasicBlock): BasicBlock[] {
  const out: BasicBlock[] = [];
  for (const i of b.instrs) {
    if (i.target) out.push(i.target);
    if (i.except) out.push(i.except);
  }
  if (hasFallthrough(b) && b.next) out.push(b.next);
  return out;
}

/** remove_unreachable: drop blocks no path reaches (including through exception edges). */
export function removeUnreachable(g: Cfg): void {
  for (const b of g.blocks()) {
    b.visited = false;
    b.predecessors = 0;
  }
  const todo = [g.entry];
  g.entry.visited = true;
  g.entry.predecessors = 1;
  while (todo.length) {
    const b = todo.pop()!;
    for (const s of successors(b)) {
      s.predecessors++;
      if (!s.visited) {
        s.visited = true;
        todo.push(s);
      }
    }
  }
  let prev: BasicBlock | null = null;
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    if (!b.visited) {
      b.instrs = [];
      if (prev) prev.next = b.next;
      continue;
    }
    prev = b;
  }
}

// --- peephole (a subset of optimize_basic_block) ---

export interface ConstFolder {
  /** The constant an instruction loads (LOAD_CONST/LOAD_SMALL_INT), or undefined. */
  constOf(i: CfgInstr): { value: unknown } | undefined;
  /** co_consts index of a tuple built from these values. */
  tupleConst(values: unknown[]): number;
  isNoneConst(i: CfgInstr): boolean;
  /** co_consts index of a frozenset of these values, or undefined. */
  frozensetConst(values: unknown[]): number | undefined;
  /** co_consts index of -value, or undefined when it cannot be folded. */
  negatedConst(value: unknown): number | undefined;
}

/** The `n` constant-loading instructions before index k (NOPs skipped), or null. */
function constOperands(
  ins: CfgInstr[],
  k: number,
  n: number,
  folder: ConstFolder,
): { idx: number[]; values: unknown[] } | null {
  const idx: number[] = [];
  const values: unknown[] = [];
  for (let j = k - 1; j >= 0 && idx.length < n; j--) {
    const x = ins[j]!;
    if (x.op === Op.NOP) continue;
    const c = folder.constOf(x);
    if (c === undefined) return null;
    idx.push(j);
    values.push(c.value);
  }
  if (idx.length < n) return null;
  idx.reverse();
  values.reverse();
  return { idx, values };
}

/** nop_out: folded-away instructions vanish without leaving a line behind. */
function nopOut(ins: CfgInstr[], idx: number[]): void {
  for (const j of idx) {
    ins[j]!.op = Op.NOP;
    ins[j]!.loc = NO_LOCATION;
  }
}

/** Lists and sets of at least this many constants are built from one constant tuple. */
const MIN_CONST_SEQUENCE_SIZE = 3;

export function peephole(g: Cfg, folder: ConstFolder): void {
  for (const b of g.blocks()) {
    const ins = b.instrs;
    for (let k = 0; k < ins.length; k++) {
      const i = ins[k]!;
      const next = ins[k + 1];
      switch (i.op) {
        case Op.COMPARE_OP:
          // The comparison feeds a branch: ask for a bool result directly.
          if (next && next.op === Op.TO_BOOL) {
            i.arg |= COMPARE_OP_BOOL_FLAG;
            next.op = Op.NOP;
          }
          break;
        case Op.IS_OP:
        case Op.CONTAINS_OP: {
          if (next && next.op === Op.TO_BOOL) next.op = Op.NOP;
          if (i.op !== Op.IS_OP) break;
          // `x is None` feeding a branch: POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE.
          let p = k - 1;
          while (p >= 0 && ins[p]!.op === Op.NOP) p--;
          let q = k + 1;
          while (q < ins.length && ins[q]!.op === Op.NOP) q++;
          const prev = ins[p];
          const jump = ins[q];
          if (!prev || !jump || !folder.isNoneConst(prev)) break;
          if (jump.op !== Op.POP_JUMP_IF_TRUE && jump.op !== Op.POP_JUMP_IF_FALSE) break;
          const jumpIfNone = (i.arg === 0) === (jump.op === Op.POP_JUMP_IF_TRUE);
          prev.op = Op.NOP;
          i.op = Op.NOP;
          jump.op = jumpIfNone ? Op.POP_JUMP_IF_NONE : Op.POP_JUMP_IF_NOT_NONE;
          break;
        }
        case Op.LOAD_GLOBAL:
          if (next && next.op === Op.PUSH_NULL && (i.arg & 1) === 0) {
            i.arg |= 1;
            next.op = Op.NOP;
          }
          break;
        case Op.UNARY_NEGATIVE: {
          // fold_const_unaryop
          const ops = constOperands(ins, k, 1, folder);
          if (ops === null) break;
          const idx = folder.negatedConst(ops.values[0]);
          if (idx === undefined) break;
          nopOut(ins, ops.idx);
          i.op = Op.LOAD_CONST;
          i.arg = idx;
          break;
        }
        case Op.BUILD_TUPLE: {
          const n = i.arg;
          // `a, b = b, a`: BUILD_TUPLE n + UNPACK_SEQUENCE n is a swap (or nothing).
          if (next && next.op === Op.UNPACK_SEQUENCE && next.arg === n && n >= 1 && n <= 3) {
            i.op = Op.NOP;
            if (n === 1) next.op = Op.NOP;
            else next.op = Op.SWAP;
            break;
          }
          // fold_tuple_of_constants
          const ops = constOperands(ins, k, n, folder);
          if (ops === null) break;
          nopOut(ins, ops.idx);
          i.op = Op.LOAD_CONST;
          i.arg = folder.tupleConst(ops.values);
          break;
        }
        case Op.BUILD_LIST:
        case Op.BUILD_SET: {
          // optimize_lists_and_sets
          const n = i.arg;
          if (n === 0) break;
          const isSet = i.op === Op.BUILD_SET;
          const iterated = next && (next.op === Op.GET_ITER || next.op === Op.CONTAINS_OP);
          if (!iterated && n < MIN_CONST_SEQUENCE_SIZE) break;
          const ops = constOperands(ins, k, n, folder);
          if (ops === null) break;
          const tuple = isSet ? folder.frozensetConst(ops.values) : folder.tupleConst(ops.values);
          if (tuple === undefined) break;
          if (iterated) {
            // `for x in [1, 2]` / `x in [1, 2]`: a tuple does the same job.
            nopOut(ins, ops.idx);
            i.op = Op.LOAD_CONST;
            i.arg = tuple;
            break;
          }
          // BUILD_LIST 0; LOAD_CONST (...); LIST_EXTEND 1 (sets: BUILD_SET, frozenset, SET_UPDATE)
          nopOut(ins, ops.idx);
          const f = ins[ops.idx[ops.idx.length - 1]!]!;
          f.op = isSet ? Op.BUILD_SET : Op.BUILD_LIST;
          f.arg = 0;
          f.loc = i.loc;
          const load: CfgInstr = {
            op: Op.LOAD_CONST,
            arg: tuple,
            target: null,
            loc: i.loc,
            except: i.except,
          };
          i.op = isSet ? Op.SET_UPDATE : Op.LIST_EXTEND;
          i.arg = 1;
          ins.splice(k, 0, load);
          k++;
          break;
        }
      }
    }
  }
}

/** remove_redundant_nops (basicblock_remove_redundant_nops) */
export function removeRedundantNops(g: Cfg): void {
  for (const b of g.blocks()) {
    const out: CfgInstr[] = [];
    let prevLineno = -1;
    const ins = b.instrs;
    for (let src = 0; src < ins.length; src++) {
      const i = ins[src]!;
      const lineno = i.loc.lineno;
      if (i.op === Op.NOP) {
        if (lineno < 0) continue;
        if (prevLineno === lineno) continue;
        if (src < ins.length - 1) {
          const nextLine = ins[src + 1]!.loc.lineno;
          if (nextLine === lineno) continue;
          if (nextLine < 0) {
            ins[src + 1]!.loc = i.loc;
            continue;
          }
        } else {
          let nb = b.next;
          while (nb && nb.instrs.length === 0) nb = nb.next;
          if (nb) {
            let nextLoc = NO_LOCATION;
            for (const x of nb.instrs) {
              if (x.op === Op.NOP && x.loc.lineno < 0) continue;
              nextLoc = x.loc;
              break;
            }
            if (lineno === nextLoc.lineno) continue;
          }
        }
      }
      out.push(i);
      prevLineno = lineno;
    }
    b.instrs = out;
  }
}

/** A JUMP to the block that follows anyway is dropped (remove_redundant_jumps). */
export function removeRedundantJumps(g: Cfg): void {
  for (const b of g.blocks()) {
    const last = b.last();
    if (last && isUnconditionalJump(last.op)) {
      let nb = b.next;
      while (nb && nb.instrs.length === 0) nb = nb.next;
      if (
        last.target === nb ||
        (last.target && last.target.instrs.length === 0 && nextNonEmpty(last.target) === nb)
      ) {
        last.op = Op.NOP;
        last.target = null;
      }
    }
  }
}

function nextNonEmpty(b: BasicBlock | null): BasicBlock | null {
  while (b && b.instrs.length === 0) b = b.next;
  return b;
}

/** MAX_COPY_SIZE: exit blocks this small are copied to the jumps that reach them. */
const MAX_COPY_SIZE = 4;

/**
 * inline_small_or_no_lineno_blocks: an unconditional jump to a small exit block (or one without
 * line numbers) becomes a copy of that block, so each path gets its own line number.
 */
export function inlineSmallExitBlocks(g: Cfg): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const b of g.blocks()) {
      const last = b.last();
      if (last === null || !isUnconditionalJump(last.op) || !last.target) continue;
      const target = last.target;
      const tlast = target.last();
      if (tlast === null) continue;
      const smallExit = isScopeExit(tlast.op) && target.instrs.length <= MAX_COPY_SIZE;
      const noLinenoNoFallthrough = target.instrs.every((i) => i.loc.lineno < 0) && !hasFallthrough(target);
      if (!smallExit && !noLinenoNoFallthrough) continue;
      const removed = last.op;
      // The jump stays as a NOP (keeping its line), followed by a copy of the target.
      last.op = Op.NOP;
      last.target = null;
      for (const i of target.instrs) b.instrs.push({ ...i });
      if (noLinenoNoFallthrough) {
        const nl = b.last()!;
        // Do not lose an eval-breaker check.
        if (isUnconditionalJump(nl.op) && removed === Op.JUMP) nl.op = Op.JUMP;
      }
      changed = true;
    }
  }
}

// --- cold blocks (push_cold_blocks_to_end) ---

export function pushColdBlocksToEnd(g: Cfg): void {
  // Warm: reachable from the entry without going through an exception handler.
  for (const b of g.blocks()) {
    b.visited = false;
    b.cold = false;
  }
  const todo = [g.entry];
  g.entry.visited = true;
  while (todo.length) {
    const b = todo.pop()!;
    const succ: BasicBlock[] = [];
    if (hasFallthrough(b) && b.next) succ.push(b.next);
    const last = b.last();
    if (last?.target) succ.push(last.target);
    for (const s of succ) {
      if (!s.visited && !s.exceptHandler) {
        s.visited = true;
        todo.push(s);
      }
    }
  }
  let anyCold = false;
  for (const b of g.blocks()) {
    if (!b.visited) {
      b.cold = true;
      anyCold = true;
    }
  }
  if (!anyCold) return;
  // A cold block that falls into a warm one gets an explicit jump.
  for (const b of g.blocks()) {
    if (b.cold && hasFallthrough(b) && b.next && !b.next.cold) {
      const explicit = g.newBlock();
      explicit.cold = true;
      explicit.instrs.push({
        op: Op.JUMP_NO_INTERRUPT,
        arg: 0,
        target: b.next,
        loc: NO_LOCATION,
        except: null,
      });
      explicit.next = b.next;
      b.next = explicit;
    }
  }
  const warm: BasicBlock[] = [];
  const cold: BasicBlock[] = [];
  for (const b of g.blocks()) (b.cold ? cold : warm).push(b);
  const order = [...warm, ...cold];
  // A warm block that fell into a (now moved) cold block needs a jump too.
  for (let k = 0; k < warm.length; k++) {
    const b = warm[k]!;
    if (hasFallthrough(b) && b.next?.cold) {
      b.instrs.push({ op: Op.JUMP, arg: 0, target: b.next, loc: NO_LOCATION, except: null });
    }
  }
  for (let k = 0; k < order.length; k++) order[k]!.next = order[k + 1] ?? null;
  g.entry = order[0]!;
}

// --- line numbers ---

function isExitWithoutLineno(b: BasicBlock | null): boolean {
  if (b === null) return false;
  const last = b.last();
  if (last === null || !isScopeExit(last.op)) return false;
  return b.instrs.every((i) => i.loc.lineno < 0);
}

function countPredecessors(g: Cfg): void {
  for (const b of g.blocks()) b.predecessors = 0;
  g.entry.predecessors = 1;
  for (const b of g.blocks()) {
    if (hasFallthrough(b) && b.next) b.next.predecessors++;
    for (const i of b.instrs) if (i.target) i.target.predecessors++;
  }
}

/**
 * duplicate_exits_without_lineno: an exit block without line numbers reached by several jumps
 * is copied for each, so that every path's return/raise gets the line of the jump into it.
 */
function duplicateExitsWithoutLineno(g: Cfg): void {
  countPredecessors(g);
  for (const b of g.blocks()) {
    const last = b.last();
    if (last === null || !last.target || !hasJump(last.op)) continue;
    const target = nextNonEmpty(last.target);
    if (target !== null && isExitWithoutLineno(target) && target.predecessors > 1) {
      const copy = g.newBlock();
      copy.instrs = target.instrs.map((i) => ({ ...i }));
      copy.instrs[0]!.loc = last.loc;
      copy.exceptHandler = target.exceptHandler;
      copy.preserveLasti = target.preserveLasti;
      last.target = copy;
      target.predecessors--;
      copy.predecessors = 1;
      copy.next = target.next;
      target.next = copy;
    }
  }
  for (const b of g.blocks()) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0 && isExitWithoutLineno(b.next)) {
      b.next.instrs[0]!.loc = b.last()!.loc;
    }
  }
}

/** resolve_line_numbers */
export function resolveLineNumbers(g: Cfg): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g);
}

export function propagateLineNumbers(g: Cfg): void {
  for (const b of g.blocks()) b.predecessors = 0;
  for (const b of g.blocks()) {
    if (hasFallthrough(b) && b.next) b.next.predecessors++;
    const last = b.last();
    if (last?.target) last.target.predecessors++;
  }
  for (const b of g.blocks()) {
    const last = b.last();
    if (last === null) continue;
    let prev = NO_LOCATION;
    for (const i of b.instrs) {
      if (i.loc.lineno === -1) i.loc = prev;
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next && b.next.predecessors === 1) {
      const f = b.next.instrs[0];
      if (f && f.loc.lineno === -1) f.loc = prev;
    }
    if (isJumpInstr(last) && last.target && last.target.predecessors === 1) {
      const f = last.target.instrs[0];
      if (f && f.loc.lineno === -1) f.loc = prev;
    }
  }
}

// --- stack depth (calculate_stackdepth) ---

export function calculateStackDepth(g: Cfg): number {
  for (const b of g.blocks()) b.startDepth = -1;
  const stack: BasicBlock[] = [];
  const push = (b: BasicBlock, depth: number) => {
    if (b.startDepth < 0) {
      b.startDepth = depth;
      stack.push(b);
    } else if (b.startDepth !== depth) {
      throw new CompilerBug(`inconsistent stack depth: ${b.startDepth} vs ${depth} at block ${b.id}`);
    }
  };
  let maxdepth = 0;
  push(g.entry, 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let fallthrough = true;
    for (const i of b.instrs) {
      const newDepth = depth + stackEffect(i.op, i.arg, false);
      if (newDepth < 0) throw new CompilerBug(`negative stack depth at ${i.op} in block ${b.id}`);
      maxdepth = Math.max(maxdepth, newDepth);
      if (i.target && i.op !== Op.END_ASYNC_FOR) {
        const targetDepth = depth + stackEffect(i.op, i.arg, true);
        maxdepth = Math.max(maxdepth, targetDepth);
        push(i.target, targetDepth);
      }
      depth = newDepth;
      if (isUnconditionalJump(i.op) || isScopeExit(i.op)) {
        fallthrough = false;
        break;
      }
    }
    if (fallthrough && b.next) push(b.next, depth);
  }
  return maxdepth;
}

/** Exception handlers are reached with the depth their SETUP_* recorded (run before lowering). */
export function calculateStackDepthWithSetups(g: Cfg): number {
  return calculateStackDepth(g);
}

// --- locals that may be unbound (add_checks_for_loads_of_uninitialized_variables) ---

export function addChecksForUninitializedLoads(g: Cfg, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  const blocks = [...g.blocks()];
  const inState = new Map<BasicBlock, Uint8Array>();
  const work: BasicBlock[] = [];
  const merge = (b: BasicBlock, state: Uint8Array) => {
    const cur = inState.get(b);
    if (cur === undefined) {
      inState.set(b, state.slice());
      work.push(b);
      return;
    }
    let changed = false;
    for (let k = 0; k < nlocals; k++) {
      if (state[k] && !cur[k]) {
        cur[k] = 1;
        changed = true;
      }
    }
    if (changed) work.push(b);
  };
  const start = new Uint8Array(nlocals);
  for (let k = nparams; k < nlocals; k++) start[k] = 1;
  merge(g.entry, start);
  while (work.length) {
    const b = work.pop()!;
    const unsafe = inState.get(b)!.slice();
    for (const i of b.instrs) {
      if (i.except) merge(i.except, unsafe);
      if (i.target) merge(i.target, unsafe);
      switch (i.op) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
          unsafe[i.arg] = 1;
          break;
        case Op.STORE_FAST:
        case Op.STORE_FAST_MAYBE_NULL:
          unsafe[i.arg] = 0;
          break;
        case Op.LOAD_FAST:
        case Op.LOAD_FAST_CHECK:
          unsafe[i.arg] = 0;
          break;
      }
      if (isUnconditionalJump(i.op) || isScopeExit(i.op)) break;
    }
    if (hasFallthrough(b) && b.next) merge(b.next, unsafe);
  }
  // Second pass: rewrite loads whose local may be unbound on some path.
  for (const b of blocks) {
    const st = inState.get(b);
    if (st === undefined) continue;
    const unsafe = st.slice();
    for (const i of b.instrs) {
      switch (i.op) {
        case Op.DELETE_FAST:
        case Op.LOAD_FAST_AND_CLEAR:
          unsafe[i.arg] = 1;
          break;
        case Op.STORE_FAST:
        case Op.STORE_FAST_MAYBE_NULL:
          unsafe[i.arg] = 0;
          break;
        case Op.LOAD_FAST:
          if (unsafe[i.arg]) i.op = Op.LOAD_FAST_CHECK;
          unsafe[i.arg] = 0;
          break;
        case Op.LOAD_FAST_CHECK:
          unsafe[i.arg] = 0;
          break;
      }
    }
  }
}

// --- lowering (convert_pseudo_ops, normalize_jumps) ---

export function convertPseudoOps(g: Cfg): void {
  for (const b of g.blocks()) {
    for (const i of b.instrs) {
      if (i.op === Op.LOAD_CLOSURE) i.op = Op.LOAD_FAST;
      else if (i.op === Op.STORE_FAST_MAYBE_NULL) i.op = Op.STORE_FAST;
      else if (i.op === Op.ANNOTATIONS_PLACEHOLDER || i.op === Op.POP_BLOCK || isSetup(i.op)) {
        i.op = Op.NOP;
        i.target = null;
      }
    }
    b.instrs = b.instrs.filter((i) => !(i.op === Op.NOP && i.loc.lineno < 0));
  }
}

/** normalize_jumps: pick forward/backward jump opcodes; conditional jumps only go forward. */
export function normalizeJumps(g: Cfg): void {
  const order = new Map<BasicBlock, number>();
  let n = 0;
  for (const b of g.blocks()) order.set(b, n++);
  for (let b: BasicBlock | null = g.entry; b !== null; b = b.next) {
    const last = b.last();
    if (last === null || !last.target) continue;
    const backward = order.get(last.target)! <= order.get(b)!;
    if (last.op === Op.JUMP) last.op = backward ? Op.JUMP_BACKWARD : Op.JUMP_FORWARD;
    else if (last.op === Op.JUMP_NO_INTERRUPT)
      last.op = backward ? Op.JUMP_BACKWARD_NO_INTERRUPT : Op.JUMP_FORWARD;
    else if (isConditionalJump(last.op)) {
      if (!backward) {
        b.instrs.push({ op: Op.NOT_TAKEN, arg: 0, target: null, loc: last.loc, except: last.except });
        continue;
      }
      // `cond-jump T` becomes `reversed-jump next; NOT_TAKEN; JUMP T`.
      const reversed: Record<number, number> = {
        [Op.POP_JUMP_IF_FALSE]: Op.POP_JUMP_IF_TRUE,
        [Op.POP_JUMP_IF_TRUE]: Op.POP_JUMP_IF_FALSE,
        [Op.POP_JUMP_IF_NONE]: Op.POP_JUMP_IF_NOT_NONE,
        [Op.POP_JUMP_IF_NOT_NONE]: Op.POP_JUMP_IF_NONE,
      };
      const target = last.target;
      const back = g.newBlock();
      back.instrs.push({ op: Op.NOT_TAKEN, arg: 0, target: null, loc: last.loc, except: last.except });
      back.instrs.push({ op: Op.JUMP_BACKWARD, arg: 0, target, loc: last.loc, except: last.except });
      back.startDepth = target.startDepth;
      back.cold = b.cold;
      last.op = reversed[last.op]!;
      last.target = b.next;
      back.next = b.next;
      b.next = back;
      b = back;
    }
  }
}

/** _PyCfg_InstrSize: the code units an instruction takes (EXTENDED_ARGs, itself, caches). */
export function instrSize(op: number, arg: number): number {
  const ext = arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
  return ext + 1 + CACHE_ENTRIES[op]!;
}
