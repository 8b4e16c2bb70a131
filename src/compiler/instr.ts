// Instructions as the code generator emits them (CPython's instruction_sequence.c): opcodes may
// be pseudo-instructions, jumps name a Label, and every instruction carries a source location.
import type { SourceLocation } from "../objects/code.ts";

export type Loc = SourceLocation;

/** An instruction without a location (CPython's NO_LOCATION). */
export const NO_LOCATION: Loc = Object.freeze({
  lineno: -1,
  end_lineno: -1,
  col_offset: -1,
  end_col_offset: -1,
});

/** "Use the next instruction's location" (CPython's NEXT_LOCATION), resolved by the assembler. */
export const NEXT_LOCATION: Loc = Object.freeze({
  lineno: -2,
  end_lineno: -2,
  col_offset: -2,
  end_col_offset: -2,
});

export function makeLoc(lineno: number, end_lineno: number, col_offset: number, end_col_offset: number): Loc {
  return { lineno, end_lineno, col_offset, end_col_offset };
}

/** LOC(node): the location of an AST node. */
export function locOf(n: {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}): Loc {
  return {
    lineno: n.lineno,
    end_lineno: n.end_lineno ?? n.lineno,
    col_offset: n.col_offset,
    end_col_offset: n.end_col_offset ?? n.col_offset,
  };
}

let nextLabelId = 0;

/** A jump target; bound to a position in the instruction sequence by useLabel. */
export class Label {
  readonly id = nextLabelId++;
  /** Index of the first instruction after the label in the sequence, or -1 while unbound. */
  pos = -1;
}

export interface Instr {
  op: number;
  arg: number;
  /** For jumps and SETUP_*: the target. */
  target: Label | null;
  loc: Loc;
}

/** The code generator's output for one code unit. */
export class InstrSequence {
  readonly instrs: Instr[] = [];
  readonly labels: Label[] = [];

  add(op: number, arg: number, loc: Loc, target: Label | null = null): Instr {
    const i: Instr = { op, arg, target, loc };
    this.instrs.push(i);
    return i;
  }

  useLabel(l: Label): void {
    if (l.pos !== -1) throw new Error("label used twice");
    l.pos = this.instrs.length;
    this.labels.push(l);
  }

  /** Inserts an instruction at `index`, shifting labels at or after it. */
  insert(index: number, instr: Instr): void {
    this.instrs.splice(index, 0, instr);
    for (const l of this.labels) if (l.pos > index) l.pos++;
  }

  /** Replaces the instruction at `index` with a sequence (used for ANNOTATIONS_PLACEHOLDER). */
  inject(index: number, seq: InstrSequence): void {
    const n = seq.instrs.length;
    this.instrs.splice(index, 1, ...seq.instrs);
    for (const l of this.labels) if (l.pos > index) l.pos += n - 1;
    for (const l of seq.labels) {
      l.pos += index;
      this.labels.push(l);
    }
  }
}
