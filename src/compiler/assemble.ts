// From a finished code unit to a code object: the flowgraph passes in CPython's order
// (_PyCfg_OptimizeCodeUnit, _PyCfg_OptimizedCfgToInstructionSequence), then the assembler
// (Python/assemble.c): jump offsets with EXTENDED_ARG, inline caches, the location table, the
// exception table and the localsplus layout.
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_FAST_CELL,
  CO_FAST_FREE,
  CO_FAST_HIDDEN,
  CO_FAST_LOCAL,
  CO_GENERATOR,
  type ExceptionTableEntry,
  encodeExceptionTable,
  LocationTableWriter,
  PyCode,
} from "../objects/code.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyFloat } from "../objects/float.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { EMPTY_TUPLE, PyTuple } from "../objects/tuple.ts";
import { frozenSetConst } from "./consts.ts";
import { CompilerBug } from "./errors.ts";
import {
  addChecksForUninitializedLoads,
  type BasicBlock,
  Cfg,
  type CfgInstr,
  calculateStackDepth,
  convertPseudoOps,
  inlineSmallExitBlocks,
  instrSize,
  isScopeExit,
  isUnconditionalJump,
  labelExceptionTargets,
  markExceptHandlers,
  normalizeJumps,
  peephole,
  pushColdBlocksToEnd,
  removeRedundantJumps,
  removeRedundantNops,
  removeUnreachable,
  resolveLineNumbers,
} from "./flowgraph.ts";
import { type Loc, makeLoc, NO_LOCATION } from "./instr.ts";
import { CACHE_ENTRIES, HASJREL, Op } from "./opcodes.ts";
import { type CompilerUnit, ScopeType } from "./unit.ts";

const BACKWARD = new Set<number>([Op.JUMP_BACKWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.END_ASYNC_FOR]);
const RELATIVE = new Set<number>(HASJREL);

export function assemble(u: CompilerUnit, flags: number, filename: string): PyCode {
  const g = Cfg.fromSequence(u.seq);
  markExceptHandlers(g);
  labelExceptionTargets(g);

  // optimize_cfg: line numbers are resolved before the peephole pass removes NOPs, so a NOP's
  // line can still reach the instructions without one that follow it.
  inlineSmallExitBlocks(g);
  removeUnreachable(g);
  resolveLineNumbers(g);
  const consts = u.consts;
  peephole(g, {
    constOf(i: CfgInstr) {
      if (i.op === Op.LOAD_CONST) {
        const v = consts.list[i.arg]!;
        if (v instanceof PyCode) return undefined;
        return { value: v };
      }
      if (i.op === Op.LOAD_SMALL_INT) return { value: i.arg };
      return undefined;
    },
    tupleConst(values: unknown[]) {
      // The empty tuple is a singleton, as in CPython (`tuple() is ()`).
      return consts.add(values.length === 0 ? EMPTY_TUPLE : new PyTuple(values as PyValue[]));
    },
    frozensetConst(values: unknown[]) {
      const s = frozenSetConst(values as PyValue[]);
      return s === null ? undefined : consts.add(s);
    },
    isNoneConst(i: CfgInstr) {
      return i.op === Op.LOAD_CONST && consts.list[i.arg] === None;
    },
    negatedConst(v: unknown) {
      if (typeof v === "number") return consts.add(v === 0 ? 0 : -v);
      if (typeof v === "bigint") {
        const r = -v;
        return consts.add(r >= -(2n ** 53n - 1n) && r <= 2n ** 53n - 1n ? Number(r) : r);
      }
      if (v instanceof PyFloat) return consts.add(new PyFloat(-v.value));
      if (v instanceof PyComplex) return consts.add(new PyComplex(-v.real, -v.imag));
      return undefined;
    },
  });
  removeRedundantNops(g);
  removeUnreachable(g);
  removeRedundantNops(g);
  removeRedundantJumps(g);

  // Localsplus layout (build_cellfixedoffsets), needed before the uninitialised-load analysis.
  const nlocals = u.varnames.size;
  const nparams = u.ste.varnames.length;
  addChecksForUninitializedLoads(g, nlocals, nparams);

  pushColdBlocksToEnd(g);
  removeRedundantJumps(g);
  resolveLineNumbers(g);
  const stackdepth = calculateStackDepth(g);

  // prepare_localsplus: cell offsets and the prologue.
  const ncells = u.cellvars.size;
  const nfrees = u.freevars.size;
  const fixed: number[] = [];
  for (let i = 0; i < ncells + nfrees; i++) fixed.push(nlocals + i);
  for (const [name, cellIndex] of u.cellvars.map) {
    const argIndex = u.varnames.get(name);
    if (argIndex !== undefined) fixed[cellIndex] = argIndex;
  }
  let numdropped = 0;
  for (let i = 0; i < ncells + nfrees; i++) {
    if (fixed[i] === i + nlocals) fixed[i]! -= numdropped;
    else numdropped++;
  }
  insertPrefix(g, u, flags, fixed, ncells, nfrees);
  for (const b of g.blocks()) {
    for (const i of b.instrs) {
      switch (i.op) {
        case Op.MAKE_CELL:
        case Op.LOAD_CLOSURE:
        case Op.LOAD_DEREF:
        case Op.STORE_DEREF:
        case Op.DELETE_DEREF:
        case Op.LOAD_FROM_DICT_OR_DEREF:
          i.arg = fixed[i.arg]!;
          break;
      }
    }
  }
  const nlocalsplus = nlocals + ncells + nfrees - numdropped;
  const names: string[] = new Array(nlocalsplus).fill("");
  const kinds = new Uint8Array(nlocalsplus);
  for (const [name, idx] of u.varnames.map) {
    let kind = CO_FAST_LOCAL;
    if (u.fasthidden.has(name)) kind |= CO_FAST_HIDDEN;
    if (u.cellvars.get(name) !== undefined) kind |= CO_FAST_CELL;
    names[idx] = name;
    kinds[idx] = kind;
  }
  let dropped = 0;
  for (const [name, idx] of u.cellvars.map) {
    if (u.varnames.get(name) !== undefined) {
      dropped++;
      continue;
    }
    names[idx + nlocals - dropped] = name;
    kinds[idx + nlocals - dropped] = CO_FAST_CELL;
  }
  for (const [name, idx] of u.freevars.map) {
    names[idx + nlocals - dropped] = name;
    kinds[idx + nlocals - dropped] = CO_FAST_FREE;
  }

  convertPseudoOps(g);
  removeRedundantNops(g);
  normalizeJumps(g);

  // remove_unused_consts: the first constant (maybe the docstring) always stays.
  const used = new Set<number>([0]);
  for (const b of g.blocks()) for (const i of b.instrs) if (i.op === Op.LOAD_CONST) used.add(i.arg);
  const remap = new Map<number, number>();
  const newConsts: PyValue[] = [];
  consts.list.forEach((v, idx) => {
    if (used.has(idx)) {
      remap.set(idx, newConsts.length);
      newConsts.push(v);
    }
  });
  for (const b of g.blocks()) for (const i of b.instrs) if (i.op === Op.LOAD_CONST) i.arg = remap.get(i.arg)!;

  const blocks = [...g.blocks()];
  resolveNextLocations(blocks);
  const code = emit(blocks);
  const linetable = locationTable(blocks, u.firstlineno);
  const exceptiontable = exceptionTable(blocks);

  return new PyCode({
    // co_argcount counts positional-only parameters too (makecode: posonlyargcount + posorkwargcount).
    argcount: u.posonlyargcount + u.argcount,
    posonlyargcount: u.posonlyargcount,
    kwonlyargcount: u.kwonlyargcount,
    stacksize: stackdepth,
    flags,
    code,
    consts: newConsts,
    names: u.names.list.slice(),
    localsplusnames: names,
    localspluskinds: kinds,
    filename,
    name: u.name,
    qualname: u.scopeType === ScopeType.Module ? u.name : u.qualname,
    firstlineno: u.firstlineno,
    linetable,
    exceptiontable,
  });
}

/** insert_prefix_instructions: COPY_FREE_VARS, MAKE_CELLs, RETURN_GENERATOR + POP_TOP. */
function insertPrefix(
  g: Cfg,
  u: CompilerUnit,
  flags: number,
  fixed: number[],
  ncells: number,
  nfrees: number,
): void {
  const prefix: CfgInstr[] = [];
  const mk = (op: number, arg: number, loc: Loc): CfgInstr => ({ op, arg, target: null, loc, except: null });
  if (nfrees) prefix.push(mk(Op.COPY_FREE_VARS, nfrees, NO_LOCATION));
  if (ncells) {
    // MAKE_CELL in localsplus order (arg cells first), with the unit's cell index as oparg
    // (rewritten to the localsplus index with the other deref instructions).
    const order = Array.from({ length: ncells }, (_, i) => i).sort((a, b) => fixed[a]! - fixed[b]!);
    for (const i of order) prefix.push(mk(Op.MAKE_CELL, i, NO_LOCATION));
  }
  if (flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) {
    const loc = makeLoc(u.firstlineno, u.firstlineno, -1, -1);
    prefix.push(mk(Op.RETURN_GENERATOR, 0, loc), mk(Op.POP_TOP, 0, loc));
  }
  if (prefix.length) g.entry.instrs.unshift(...prefix);
}

function extendedArgs(arg: number): number {
  return arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0;
}

/** resolve_jump_offsets + write_instr: offsets converge as EXTENDED_ARGs are added. */
function emit(blocks: BasicBlock[]): Uint16Array {
  for (;;) {
    let offset = 0;
    for (const b of blocks) {
      b.offset = offset;
      for (const i of b.instrs) offset += instrSize(i.op, i.arg);
    }
    let changed = false;
    for (const b of blocks) {
      let pos = b.offset;
      for (const i of b.instrs) {
        const before = instrSize(i.op, i.arg);
        pos += before;
        if (i.target) {
          let arg: number;
          if (RELATIVE.has(i.op)) {
            const t = targetOffset(i.target);
            if (BACKWARD.has(i.op)) {
              if (t > pos) throw new CompilerBug("backward jump goes forward");
              arg = pos - t;
            } else {
              if (t < pos) throw new CompilerBug(`forward jump goes backward (op ${i.op})`);
              arg = t - pos;
            }
          } else {
            arg = targetOffset(i.target);
          }
          if (arg !== i.arg) {
            i.arg = arg;
            if (instrSize(i.op, arg) !== before) changed = true;
          }
        }
      }
    }
    if (!changed) {
      // One more layout pass: arguments changed without size changes are final.
      const out: number[] = [];
      for (const b of blocks) {
        for (const i of b.instrs) {
          const ext = extendedArgs(i.arg);
          for (let k = ext; k > 0; k--) out.push(Op.EXTENDED_ARG | (((i.arg >>> (8 * k)) & 0xff) << 8));
          out.push(i.op | ((i.arg & 0xff) << 8));
          for (let k = 0; k < CACHE_ENTRIES[i.op]!; k++) out.push(0);
        }
      }
      return Uint16Array.from(out);
    }
  }
}

function targetOffset(b: BasicBlock): number {
  return b.offset;
}

function sameLoc(a: Loc, b: Loc): boolean {
  return (
    a.lineno === b.lineno &&
    a.end_lineno === b.end_lineno &&
    a.col_offset === b.col_offset &&
    a.end_col_offset === b.end_col_offset
  );
}

/** NEXT_LOCATION takes the following instruction's location (none on a terminator). */
function resolveNextLocations(blocks: BasicBlock[]): void {
  const all = blocks.flatMap((b) => b.instrs);
  for (let i = all.length - 1; i >= 0; i--) {
    const ins = all[i]!;
    if (ins.loc.lineno !== -2) continue;
    const terminator = isScopeExit(ins.op) || isUnconditionalJump(ins.op);
    ins.loc = terminator || i === all.length - 1 ? NO_LOCATION : all[i + 1]!.loc;
  }
}

/** assemble_location_info */
function locationTable(blocks: BasicBlock[], firstlineno: number): Uint8Array {
  const w = new LocationTableWriter(firstlineno);
  let loc: Loc = NO_LOCATION;
  let size = 0;
  for (const b of blocks) {
    for (const i of b.instrs) {
      if (!sameLoc(loc, i.loc)) {
        if (size > 0) w.write(loc, size);
        loc = i.loc;
        size = 0;
      }
      size += instrSize(i.op, i.arg);
    }
  }
  if (size > 0) w.write(loc, size);
  return w.finish();
}

/** assemble_exception_table */
function exceptionTable(blocks: BasicBlock[]): Uint8Array {
  const entries: ExceptionTableEntry[] = [];
  let handler: BasicBlock | null = null;
  let start = 0;
  let offset = 0;
  const flush = (end: number) => {
    if (handler !== null && end > start) {
      const depth = handler.startDepth - 1 - (handler.preserveLasti ? 1 : 0);
      if (depth < 0) throw new CompilerBug("exception handler with negative depth");
      entries.push({ start, end, target: handler.offset, depth, lasti: handler.preserveLasti });
    }
  };
  for (const b of blocks) {
    for (const i of b.instrs) {
      if (i.except !== handler) {
        flush(offset);
        handler = i.except;
        start = offset;
      }
      offset += instrSize(i.op, i.arg);
    }
  }
  flush(offset);
  return encodeExceptionTable(entries);
}
