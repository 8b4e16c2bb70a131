// The code object (Objects/codeobject.c): the compiler's output and the VM's input. This file
// holds the data and the pure functions over it (location and exception tables); the
// Python-visible attributes and methods are wired by the object model.
import { PyObject, type PyValue } from "./object.ts";
import { codeType } from "./typeobjects.ts";

// co_flags (Include/cpython/code.h).
export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;
export const CO_HAS_DOCSTRING = 0x4000000;
export const CO_METHOD = 0x8000000;

// co_localspluskinds bits (Include/internal/pycore_code.h).
export const CO_FAST_ARG_POS = 0x02;
export const CO_FAST_ARG_KW = 0x04;
export const CO_FAST_ARG_VAR = 0x08;
export const CO_FAST_HIDDEN = 0x10;
export const CO_FAST_LOCAL = 0x20;
export const CO_FAST_CELL = 0x40;
export const CO_FAST_FREE = 0x80;

/** One decoded exception-table entry, in code units ([start, end) -> target). */
export interface ExceptionTableEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** One code unit's source position, as co_positions() yields it (null where unknown). */
export interface Position {
  lineno: number | null;
  end_lineno: number | null;
  col: number | null;
  end_col: number | null;
}

export interface CodeInit {
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  stacksize: number;
  flags: number;
  code: Uint16Array;
  consts: PyValue[];
  names: string[];
  localsplusnames: string[];
  localspluskinds: Uint8Array;
  filename: string;
  name: string;
  qualname: string;
  firstlineno: number;
  linetable: Uint8Array;
  exceptiontable: Uint8Array;
}

export class PyCode extends PyObject {
  co_argcount: number;
  co_posonlyargcount: number;
  co_kwonlyargcount: number;
  co_stacksize: number;
  co_flags: number;
  /** Code units: low byte opcode, high byte oparg (CACHE units are 0). */
  co_code: Uint16Array;
  co_consts: PyValue[];
  co_names: string[];
  co_localsplusnames: string[];
  co_localspluskinds: Uint8Array;
  co_filename: string;
  co_name: string;
  co_qualname: string;
  co_firstlineno: number;
  co_linetable: Uint8Array;
  co_exceptiontable: Uint8Array;
  // Derived.
  co_nlocals: number;
  co_ncellvars: number;
  co_nfreevars: number;
  co_varnames: string[];
  co_cellvars: string[];
  co_freevars: string[];
  private _exceptionEntries: ExceptionTableEntry[] | null = null;
  private _positions: Position[] | null = null;
  /** The VM's per-code data (src/vm/codeinfo.ts), made on first run. */
  vmExtra: unknown = null;
  /** The VM's inline caches, indexed by instruction offset (src/vm/icache.ts), made on first use. */
  vmCache: unknown[] | null = null;

  constructor(init: CodeInit) {
    super(codeType);
    this.co_argcount = init.argcount;
    this.co_posonlyargcount = init.posonlyargcount;
    this.co_kwonlyargcount = init.kwonlyargcount;
    this.co_stacksize = init.stacksize;
    this.co_flags = init.flags;
    this.co_code = init.code;
    this.co_consts = init.consts;
    this.co_names = init.names;
    this.co_localsplusnames = init.localsplusnames;
    this.co_localspluskinds = init.localspluskinds;
    this.co_filename = init.filename;
    this.co_name = init.name;
    this.co_qualname = init.qualname;
    this.co_firstlineno = init.firstlineno;
    this.co_linetable = init.linetable;
    this.co_exceptiontable = init.exceptiontable;
    const varnames: string[] = [];
    const cellvars: string[] = [];
    const freevars: string[] = [];
    init.localsplusnames.forEach((n, i) => {
      const k = init.localspluskinds[i]!;
      if (k & CO_FAST_LOCAL) varnames.push(n);
      if (k & CO_FAST_CELL) cellvars.push(n);
      else if (k & CO_FAST_FREE) freevars.push(n);
    });
    this.co_varnames = varnames;
    this.co_cellvars = cellvars;
    this.co_freevars = freevars;
    this.co_nlocals = varnames.length;
    this.co_ncellvars = cellvars.length;
    this.co_nfreevars = freevars.length;
  }

  /** Number of "fast" slots a frame needs (locals + cells + frees). */
  get nlocalsplus(): number {
    return this.co_localsplusnames.length;
  }

  /** The exception table, decoded once. */
  get exceptionEntries(): ExceptionTableEntry[] {
    if (this._exceptionEntries === null)
      this._exceptionEntries = decodeExceptionTable(this.co_exceptiontable);
    return this._exceptionEntries;
  }

  /** The handler covering code unit `index` (the innermost: entries do not overlap), or null. */
  findHandler(index: number): ExceptionTableEntry | null {
    const entries = this.exceptionEntries;
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = entries[mid]!;
      if (index < e.start) hi = mid;
      else if (index >= e.end) lo = mid + 1;
      else return e;
    }
    return null;
  }

  /** Positions of every code unit (co_positions()), decoded once. */
  get positions(): Position[] {
    if (this._positions === null)
      this._positions = decodeLocationTable(this.co_linetable, this.co_firstlineno, this.co_code.length);
    return this._positions;
  }

  /** The line of code unit `index` (PyCode_Addr2Line with a code-unit index), or null. */
  addr2line(index: number): number | null {
    return this.positions[index]?.lineno ?? null;
  }
}

// --- exception table (InternalDocs/exception_handling.md) ---
//
// Entries of (start, length, target, depth << 1 | lasti), all in code units, each a varint of
// 6-bit big-endian chunks with 0x40 meaning "more follows"; the first byte of an entry has 0x80.

export function encodeExceptionTable(entries: readonly ExceptionTableEntry[]): Uint8Array {
  const out: number[] = [];
  const varint = (v: number, first: boolean) => {
    let shift = 0;
    while (v >>> (shift + 6) !== 0 && shift < 30) shift += 6;
    let msb = first ? 0x80 : 0;
    for (; shift > 0; shift -= 6) {
      out.push(msb | 0x40 | ((v >>> shift) & 0x3f));
      msb = 0;
    }
    out.push(msb | (v & 0x3f));
  };
  for (const e of entries) {
    varint(e.start, true);
    varint(e.end - e.start, false);
    varint(e.target, false);
    varint((e.depth << 1) | (e.lasti ? 1 : 0), false);
  }
  return Uint8Array.from(out);
}

export function decodeExceptionTable(table: Uint8Array): ExceptionTableEntry[] {
  const entries: ExceptionTableEntry[] = [];
  let i = 0;
  const varint = () => {
    let b = table[i++]!;
    let v = b & 63;
    while (b & 64) {
      b = table[i++]!;
      v = (v << 6) | (b & 63);
    }
    return v;
  };
  while (i < table.length) {
    const start = varint();
    const length = varint();
    const target = varint();
    const dl = varint();
    entries.push({ start, end: start + length, target, depth: dl >> 1, lasti: (dl & 1) === 1 });
  }
  return entries;
}

// --- location table (Objects/locations.md) ---
//
// Each entry covers 1..8 code units. First byte: 1 | code(4 bits) | length-1 (3 bits).
//   code 0..9   short form: same line; one byte: column (code*8 + high 3 bits), end = col + low 4
//   code 10..12 one-line form: line delta code-10; bytes: column, end column
//   code 13     no column: svarint line delta
//   code 14     long form: svarint line delta, varint end-line delta, varint col+1, varint endcol+1
//   code 15     no location
// varints are little-endian 6-bit chunks with 0x40 meaning "more follows"; svarints zigzag the sign
// into bit 0.

export enum LocCode {
  ShortForm0 = 0,
  OneLine0 = 10,
  OneLine1 = 11,
  OneLine2 = 12,
  NoColumns = 13,
  Long = 14,
  None = 15,
}

/** A source location as the compiler tracks it; lineno -1 means "none". */
export interface SourceLocation {
  lineno: number;
  end_lineno: number;
  col_offset: number;
  end_col_offset: number;
}

export class LocationTableWriter {
  readonly out: number[] = [];
  private line: number;

  constructor(firstlineno: number) {
    this.line = firstlineno;
  }

  private writeVarint(v: number): void {
    while (v >= 64) {
      this.out.push(0x40 | (v & 63));
      v >>>= 6;
    }
    this.out.push(v);
  }

  private writeSvarint(v: number): void {
    this.writeVarint(v < 0 ? (-v << 1) | 1 : v << 1);
  }

  private first(code: number, length: number): void {
    this.out.push(0x80 | (code << 3) | (length - 1));
  }

  /** write_location_info_entry: `length` code units (1..8) at `loc`. */
  private entry(loc: SourceLocation, length: number): void {
    if (loc.lineno < 0) {
      this.first(LocCode.None, length);
      return;
    }
    const lineDelta = loc.lineno - this.line;
    const col = loc.col_offset;
    const endCol = loc.end_col_offset;
    if (col < 0 || endCol < 0) {
      if (loc.end_lineno === loc.lineno || loc.end_lineno === -1) {
        this.first(LocCode.NoColumns, length);
        this.writeSvarint(lineDelta);
        this.line = loc.lineno;
        return;
      }
    } else if (loc.end_lineno === loc.lineno) {
      if (lineDelta === 0 && col < 80 && endCol - col < 16 && endCol >= col) {
        const colGroup = col >> 3;
        this.first(colGroup, length);
        this.out.push(((col & 7) << 4) | (endCol - col));
        return;
      }
      if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
        this.first(LocCode.OneLine0 + lineDelta, length);
        this.out.push(col, endCol);
        this.line = loc.lineno;
        return;
      }
    }
    this.first(LocCode.Long, length);
    this.writeSvarint(lineDelta);
    this.writeVarint(loc.end_lineno - loc.lineno);
    this.writeVarint(col + 1);
    this.writeVarint(endCol + 1);
    this.line = loc.lineno;
  }

  /** write_location_info_entry for any number of code units (split into runs of at most 8). */
  write(loc: SourceLocation, units: number): void {
    while (units > 8) {
      this.entry(loc, 8);
      units -= 8;
    }
    if (units > 0) this.entry(loc, units);
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

/** Decodes a location table into one Position per code unit (codeLength units). */
export function decodeLocationTable(table: Uint8Array, firstlineno: number, codeLength: number): Position[] {
  const result: Position[] = [];
  let i = 0;
  let line = firstlineno;
  const readVarint = () => {
    let b = table[i++]!;
    let v = b & 63;
    let shift = 0;
    while (b & 64) {
      b = table[i++]!;
      shift += 6;
      v |= (b & 63) << shift;
    }
    return v;
  };
  const readSvarint = () => {
    const u = readVarint();
    return u & 1 ? -(u >>> 1) : u >>> 1;
  };
  while (i < table.length && result.length < codeLength) {
    const first = table[i++]!;
    const code = (first >> 3) & 15;
    const length = (first & 7) + 1;
    let pos: Position;
    if (code === LocCode.None) {
      pos = { lineno: null, end_lineno: null, col: null, end_col: null };
    } else if (code === LocCode.Long) {
      line += readSvarint();
      const endLine = line + readVarint();
      const col = readVarint() - 1;
      const endCol = readVarint() - 1;
      pos = {
        lineno: line,
        end_lineno: endLine,
        col: col < 0 ? null : col,
        end_col: endCol < 0 ? null : endCol,
      };
    } else if (code === LocCode.NoColumns) {
      line += readSvarint();
      pos = { lineno: line, end_lineno: line, col: null, end_col: null };
    } else if (code >= LocCode.OneLine0) {
      line += code - LocCode.OneLine0;
      const col = table[i++]!;
      const endCol = table[i++]!;
      pos = { lineno: line, end_lineno: line, col, end_col: endCol };
    } else {
      const second = table[i++]!;
      const col = code * 8 + ((second >> 4) & 7);
      pos = { lineno: line, end_lineno: line, col, end_col: col + (second & 15) };
    }
    for (let k = 0; k < length; k++) result.push(pos);
  }
  while (result.length < codeLength)
    result.push({ lineno: null, end_lineno: null, col: null, end_col: null });
  return result;
}

/**
 * co_lines(): (start, end, line) byte ranges, merging neighbours with the same line as
 * Objects/codeobject.c's lineiter does.
 */
export function coLines(code: PyCode): [number, number, number | null][] {
  const out: [number, number, number | null][] = [];
  const pos = code.positions;
  for (let i = 0; i < pos.length; i++) {
    const line = pos[i]!.lineno;
    const last = out[out.length - 1];
    if (last && last[2] === line && last[1] === i * 2) last[1] = (i + 1) * 2;
    else out.push([i * 2, (i + 1) * 2, line]);
  }
  return out;
}
