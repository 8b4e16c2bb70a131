// One code object being compiled (CPython's struct compiler_unit in Python/compile.c) and the
// frame blocks (fblockinfo) that break/continue/return unwind through.
import type { PyValue } from "../objects/object.ts";
import { constantKey } from "./consts.ts";
import { InstrSequence, type Label, type Loc } from "./instr.ts";
import type { SymbolTableEntry } from "./symtable.ts";

export enum ScopeType {
  Module = 0,
  Class = 1,
  Function = 2,
  AsyncFunction = 3,
  Lambda = 4,
  Comprehension = 5,
  Annotations = 6,
}

export enum FBlockType {
  WhileLoop = 0,
  ForLoop = 1,
  TryExcept = 2,
  FinallyTry = 3,
  FinallyEnd = 4,
  With = 5,
  AsyncWith = 6,
  HandlerCleanup = 7,
  PopValue = 8,
  ExceptionHandler = 9,
  ExceptionGroupHandler = 10,
  AsyncComprehensionGenerator = 11,
  StopIteration = 12,
  AsyncForLoop = 13,
}

export interface FBlock {
  type: FBlockType;
  block: Label | null;
  exit: Label | null;
  loc: Loc;
  /** FinallyTry: the finally body; HandlerCleanup: the bound name; With: the statement. */
  datum: unknown;
}

/** An insertion-ordered name -> index table (CPython's u_names/u_varnames/... dicts). */
export class NameTable {
  readonly map = new Map<string, number>();
  readonly list: string[] = [];
  constructor(
    names: Iterable<string> = [],
    readonly offset = 0,
  ) {
    for (const n of names) this.add(n);
  }
  add(name: string): number {
    let i = this.map.get(name);
    if (i === undefined) {
      i = this.list.length + this.offset;
      this.map.set(name, i);
      this.list.push(name);
    }
    return i;
  }
  get(name: string): number | undefined {
    return this.map.get(name);
  }
  get size(): number {
    return this.list.length;
  }
}

export class ConstTable {
  readonly map = new Map<string, number>();
  readonly list: PyValue[] = [];
  add(v: PyValue): number {
    const key = constantKey(v);
    let i = this.map.get(key);
    if (i === undefined) {
      i = this.list.length;
      this.map.set(key, i);
      this.list.push(v);
    }
    return i;
  }
}

export class CompilerUnit {
  readonly seq = new InstrSequence();
  readonly consts = new ConstTable();
  readonly names = new NameTable();
  varnames: NameTable;
  cellvars: NameTable;
  freevars: NameTable;
  /** Names temporarily made fast locals by an inlined comprehension in a module/class body. */
  readonly fasthidden = new Map<string, boolean>();
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  readonly fblocks: FBlock[] = [];
  inInlinedComp = 0;
  inConditionalBlock = 0;
  qualname = "";
  /** Class bodies: attribute names assigned through `self.x = ...` in methods. */
  staticAttributes: Set<string> | null = null;
  /** Module/class: AnnAssign statements whose annotations go to __annotate__. */
  deferredAnnotations: object[] | null = null;
  conditionalAnnotationIndices: number[] | null = null;
  nextConditionalAnnotationIndex = 0;
  /** Module: the index of the ANNOTATIONS_PLACEHOLDER instruction. */
  annotationsPlaceholder = -1;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly scopeType: ScopeType,
    readonly firstlineno: number,
    readonly privateName: string | null,
    varnames: string[],
    cellvars: string[],
    freevars: string[],
  ) {
    this.varnames = new NameTable(varnames);
    this.cellvars = new NameTable(cellvars);
    this.freevars = new NameTable(freevars, cellvars.length);
  }
}
