// The matcher: a port of Modules/_sre/sre_lib.h (CPython 3.14) SRE(match), SRE(search),
// SRE(count), SRE(charset) and SRE(at), over code words in a Uint32Array and a subject held as
// an Int32Array of code points (str) or byte values (bytes).
//
// As in CPython, matching never recurses in JavaScript: SRE(match)'s "recursive calls" (DO_JUMP)
// push a context on an explicit stack and continue the loop at the callee's entrance; returning
// pops the context and resumes the caller at the point named by the context's `jump` code. The
// contexts live in one Int32Array (STRIDE words each), the saved marks and REPEAT `last_ptr`
// values on a second Int32Array (CPython's data stack). Positions are indexes into the subject;
// a NULL pointer of the C code is -1.
//
// Backtracking is plain control flow (no exceptions, no closures); the behaviour, including the
// order in which alternatives are tried, lastmark/lastindex bookkeeping and zero-width repeat
// protection, is CPython's.
import { raise } from "../../objects/errors.ts";
import { PyExc_MemoryError } from "../../objects/exceptions.ts";
import {
  category,
  charLocIgnore,
  isAsciiWord,
  isLocaleWord,
  isUniWord,
  lowerAscii,
  lowerLocale,
  lowerUnicode,
  upperLocale,
  upperUnicode,
} from "./chars.ts";
import {
  AT_BEGINNING,
  AT_BEGINNING_LINE,
  AT_BEGINNING_STRING,
  AT_BOUNDARY,
  AT_END,
  AT_END_LINE,
  AT_END_STRING,
  AT_LOC_BOUNDARY,
  AT_LOC_NON_BOUNDARY,
  AT_NON_BOUNDARY,
  AT_UNI_BOUNDARY,
  AT_UNI_NON_BOUNDARY,
  MAXREPEAT,
  OP_ANY,
  OP_ANY_ALL,
  OP_ASSERT,
  OP_ASSERT_NOT,
  OP_AT,
  OP_ATOMIC_GROUP,
  OP_BIGCHARSET,
  OP_BRANCH,
  OP_CATEGORY,
  OP_CHARSET,
  OP_FAILURE,
  OP_GROUPREF,
  OP_GROUPREF_EXISTS,
  OP_GROUPREF_IGNORE,
  OP_GROUPREF_LOC_IGNORE,
  OP_GROUPREF_UNI_IGNORE,
  OP_IN,
  OP_IN_IGNORE,
  OP_IN_LOC_IGNORE,
  OP_IN_UNI_IGNORE,
  OP_INFO,
  OP_JUMP,
  OP_LITERAL,
  OP_LITERAL_IGNORE,
  OP_LITERAL_LOC_IGNORE,
  OP_LITERAL_UNI_IGNORE,
  OP_MARK,
  OP_MAX_UNTIL,
  OP_MIN_REPEAT_ONE,
  OP_MIN_UNTIL,
  OP_NEGATE,
  OP_NOT_LITERAL,
  OP_NOT_LITERAL_IGNORE,
  OP_NOT_LITERAL_LOC_IGNORE,
  OP_NOT_LITERAL_UNI_IGNORE,
  OP_POSSESSIVE_REPEAT,
  OP_POSSESSIVE_REPEAT_ONE,
  OP_RANGE,
  OP_RANGE_UNI_IGNORE,
  OP_REPEAT,
  OP_REPEAT_ONE,
  OP_SUCCESS,
  SRE_ERROR_ILLEGAL,
  SRE_ERROR_STATE,
  SRE_INFO_CHARSET,
  SRE_INFO_LITERAL,
  SRE_INFO_PREFIX,
} from "./constants.ts";

/** A REPEAT context (SRE_REPEAT). */
export class SreRepeat {
  count = -1;
  /** Index of the REPEAT operator's arguments (<skip> <min> <max> ...). */
  pattern = 0;
  /** Zero-width match protection: where the last iteration started (-1 = NULL). */
  lastPtr = -1;
  prev: SreRepeat | null = null;
}

// Context fields (SRE(match_context)); the parent of context k is context k-1.
const F_COUNT = 0;
const F_CHR = 1;
const F_LASTMARK = 2;
const F_LASTINDEX = 3;
const F_PATTERN = 4;
const F_PTR = 5;
const F_TOPLEVEL = 6;
const F_JUMP = 7;
const STRIDE = 8;

// Where a context resumes when its callee returns (JUMP_* in sre_lib.h).
const JUMP_NONE = 0;
const JUMP_MAX_UNTIL_1 = 1;
const JUMP_MAX_UNTIL_2 = 2;
const JUMP_MAX_UNTIL_3 = 3;
const JUMP_MIN_UNTIL_1 = 4;
const JUMP_MIN_UNTIL_2 = 5;
const JUMP_MIN_UNTIL_3 = 6;
const JUMP_REPEAT = 7;
const JUMP_REPEAT_ONE_1 = 8;
const JUMP_REPEAT_ONE_2 = 9;
const JUMP_MIN_REPEAT_ONE = 10;
const JUMP_BRANCH = 11;
const JUMP_ASSERT = 12;
const JUMP_ASSERT_NOT = 13;
const JUMP_POSS_REPEAT_1 = 14;
const JUMP_POSS_REPEAT_2 = 15;
const JUMP_ATOMIC_GROUP = 16;

// What the main loop does next: enter a callee, return to the caller, or re-enter a loop of an
// operator that calls a callee once per iteration. DISPATCH runs opcodes.
const A_DISPATCH = 0;
const A_ENTER = 1;
const A_EXIT = 2;
const A_BRANCH_LOOP = 3;
const A_REPEAT_ONE_1_LOOP = 4;
const A_REPEAT_ONE_2_LOOP = 5;
const A_MIN_REPEAT_ONE_LOOP = 6;
const A_POSS_REPEAT_1_LOOP = 7;
const A_POSS_REPEAT_2_LOOP = 8;

/** SRE_STATE: the subject, the current slice and match position, marks and the stacks. */
export class SreState {
  /** The subject: code points of a str, or byte values. */
  readonly chars: Int32Array;
  /** Start of the current slice / match attempt. */
  start: number;
  /** End of the slice (endpos, clamped). */
  end: number;
  /** Current position (end of the match after a success). */
  ptr: number;
  /** pos and endpos after clamping (for the match object). */
  readonly pos: number;
  readonly endpos: number;
  matchAll = false;
  mustAdvance = false;
  lastmark = -1;
  lastindex = -1;
  /** Group marks: 2*i and 2*i+1 are the start and end of group i+1 (-1 = unset). */
  mark: Int32Array;
  repeat: SreRepeat | null = null;
  // The context stack.
  ctx: Int32Array;
  ctxRep: (SreRepeat | null)[];
  /** First free context slot (the base of the next SRE(match) call). */
  ctxTop = 0;
  // The data stack (saved marks, saved last_ptr values).
  data: Int32Array;
  dataTop = 0;
  /** Free SreRepeat objects for reuse. */
  readonly repeatPool: SreRepeat[];
  /** The pattern's set tables (see inSet). */
  readonly tables: SetTables;

  constructor(chars: Int32Array, groups: number, start: number, end: number, tables: SetTables = []) {
    this.chars = chars;
    this.tables = tables;
    const length = chars.length;
    if (start < 0) start = 0;
    else if (start > length) start = length;
    if (end < 0) end = 0;
    else if (end > length) end = length;
    this.start = start;
    this.end = end;
    this.ptr = start;
    this.pos = start;
    this.endpos = end;
    this.mark = new Int32Array(Math.max(2, groups * 2 + 2)).fill(-1);
    // The stacks are only live while the matcher runs (no Python code runs then), so all states
    // share them; stacks grown large by a deep match are let go at the next state.
    if (shared.ctx.length > 1 << 20) {
      shared.ctx = new Int32Array(STRIDE * 64);
      shared.ctxRep.length = 0;
    }
    if (shared.data.length > 1 << 20) shared.data = new Int32Array(256);
    this.ctx = shared.ctx;
    this.ctxRep = shared.ctxRep;
    this.data = shared.data;
    this.repeatPool = shared.repeatPool;
  }

  /** state_reset: forget the marks before a new search. */
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.ctxTop = 0;
    this.dataTop = 0;
  }
}

const shared: { ctx: Int32Array; ctxRep: (SreRepeat | null)[]; data: Int32Array; repeatPool: SreRepeat[] } = {
  ctx: new Int32Array(STRIDE * 64),
  ctxRep: [],
  data: new Int32Array(256),
  repeatPool: [],
};

/** A new stack, or MemoryError when the host cannot allocate it. */
function allocStack(n: number): Int32Array {
  try {
    return new Int32Array(n);
  } catch {
    raise(PyExc_MemoryError, "");
  }
}

function growCtx(state: SreState, need: number): Int32Array {
  let n = state.ctx.length * 2;
  while (n < need) n *= 2;
  const a = allocStack(n);
  a.set(state.ctx);
  state.ctx = a;
  shared.ctx = a;
  return a;
}

function growData(state: SreState, need: number): Int32Array {
  let n = state.data.length * 2;
  while (n < need) n *= 2;
  const a = allocStack(n);
  a.set(state.data.subarray(0, state.dataTop));
  state.data = a;
  shared.data = a;
  return a;
}

/** MARK_PUSH(lastmark). */
function markPush(state: SreState, lastmark: number): void {
  if (lastmark < 0) return;
  const n = lastmark + 1;
  let top = state.dataTop;
  let data = state.data;
  if (top + n > data.length) data = growData(state, top + n);
  const mark = state.mark;
  for (let i = 0; i < n; i++) data[top++] = mark[i];
  state.dataTop = top;
}

/** MARK_POP(lastmark) (discard = true) and MARK_POP_KEEP(lastmark) (discard = false). */
function markPop(state: SreState, lastmark: number, discard: boolean): void {
  if (lastmark < 0) return;
  const n = lastmark + 1;
  const base = state.dataTop - n;
  const data = state.data;
  const mark = state.mark;
  for (let i = 0; i < n; i++) mark[i] = data[base + i];
  if (discard) state.dataTop = base;
}

/** MARK_POP_DISCARD(lastmark). */
function markDiscard(state: SreState, lastmark: number): void {
  if (lastmark >= 0) state.dataTop -= lastmark + 1;
}

function dataPush(state: SreState, v: number): void {
  if (state.dataTop >= state.data.length) growData(state, state.dataTop + 1);
  state.data[state.dataTop++] = v;
}

function dataPop(state: SreState): number {
  return state.data[--state.dataTop];
}

function newRepeat(state: SreState): SreRepeat {
  const r = state.repeatPool.pop();
  return r === undefined ? new SreRepeat() : r;
}

/**
 * SRE(at): is `ptr` at the position `at`? (3.14 dropped the "empty string is never a boundary"
 * shortcut, gh-124130: \B matches an empty string.)
 */
function at(state: SreState, ptr: number, at: number): boolean {
  const chars = state.chars;
  const end = state.end;
  let thatp: boolean;
  let thisp: boolean;
  switch (at) {
    case AT_BEGINNING:
    case AT_BEGINNING_STRING:
      return ptr === 0;
    case AT_BEGINNING_LINE:
      return ptr === 0 || chars[ptr - 1] === 10;
    case AT_END:
      return (end - ptr === 1 && chars[ptr] === 10) || ptr === end;
    case AT_END_LINE:
      return ptr === end || chars[ptr] === 10;
    case AT_END_STRING:
      return ptr === end;
    case AT_BOUNDARY:
    case AT_NON_BOUNDARY:
      thatp = ptr > 0 ? isAsciiWord(chars[ptr - 1]) : false;
      thisp = ptr < end ? isAsciiWord(chars[ptr]) : false;
      return at === AT_BOUNDARY ? thisp !== thatp : thisp === thatp;
    case AT_LOC_BOUNDARY:
    case AT_LOC_NON_BOUNDARY:
      thatp = ptr > 0 ? isLocaleWord(chars[ptr - 1]) : false;
      thisp = ptr < end ? isLocaleWord(chars[ptr]) : false;
      return at === AT_LOC_BOUNDARY ? thisp !== thatp : thisp === thatp;
    case AT_UNI_BOUNDARY:
    case AT_UNI_NON_BOUNDARY:
      thatp = ptr > 0 ? isUniWord(chars[ptr - 1]) : false;
      thisp = ptr < end ? isUniWord(chars[ptr]) : false;
      return at === AT_UNI_BOUNDARY ? thisp !== thatp : thisp === thatp;
  }
  return false;
}

/** SRE(charset): is `ch` in the set starting at code[set]? */
export function charset(code: Uint32Array, set: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[set++]) {
      case OP_FAILURE:
        return !ok;
      case OP_LITERAL:
        if (ch === code[set]) return ok;
        set++;
        break;
      case OP_CATEGORY:
        if (category(code[set], ch)) return ok;
        set++;
        break;
      case OP_CHARSET:
        if (ch < 256 && (code[set + (ch >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += 8;
        break;
      case OP_RANGE:
        if (code[set] <= ch && ch <= code[set + 1]) return ok;
        set += 2;
        break;
      case OP_RANGE_UNI_IGNORE: {
        // ch is already lower cased
        if (code[set] <= ch && ch <= code[set + 1]) return ok;
        const uch = upperUnicode(ch);
        if (code[set] <= uch && uch <= code[set + 1]) return ok;
        set += 2;
        break;
      }
      case OP_NEGATE:
        ok = !ok;
        break;
      case OP_BIGCHARSET: {
        // <BIGCHARSET> <blockcount> <256 block indices as bytes> <blocks>
        const count = code[set++];
        let block = -1;
        if (ch < 0x10000) {
          const i = ch >> 8;
          block = (code[set + (i >> 2)] >>> ((i & 3) << 3)) & 0xff;
        }
        set += 64;
        if (block >= 0 && (code[set + ((block * 256 + (ch & 255)) >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += count * 8;
        break;
      }
      default:
        // internal error -- pretend it didn't match
        return false;
    }
  }
}

/** Membership tables of sets for characters below 256, by the set's code index. */
export type SetTables = (Uint8Array | undefined)[];

function buildTable(tables: SetTables, code: Uint32Array, set: number): Uint8Array {
  const t = new Uint8Array(256);
  for (let c = 0; c < 256; c++) t[c] = charset(code, set, c) ? 1 : 0;
  tables[set] = t;
  return t;
}

/** charset() with a table for characters below 256 (built on first use, kept with the pattern). */
function inSet(tables: SetTables, code: Uint32Array, set: number, ch: number): boolean {
  if (ch < 256) {
    const t = tables[set];
    return (t === undefined ? buildTable(tables, code, set) : t)[ch] === 1;
  }
  return charset(code, set, ch);
}

/** SRE(charset_loc_ignore). */
function charsetLocIgnore(code: Uint32Array, set: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (charset(code, set, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && charset(code, set, up);
}

/**
 * Does the single-character operator at code[op] (its opcode) accept `ch`? 1 or 0, or -1 for an
 * operator that is not a single-character test.
 */
function oneChar(tables: SetTables, code: Uint32Array, op: number, ch: number): number {
  switch (code[op]) {
    case OP_LITERAL:
      return ch === code[op + 1] ? 1 : 0;
    case OP_NOT_LITERAL:
      return ch !== code[op + 1] ? 1 : 0;
    case OP_LITERAL_IGNORE:
      return lowerAscii(ch) === code[op + 1] ? 1 : 0;
    case OP_NOT_LITERAL_IGNORE:
      return lowerAscii(ch) !== code[op + 1] ? 1 : 0;
    case OP_LITERAL_UNI_IGNORE:
      return lowerUnicode(ch) === code[op + 1] ? 1 : 0;
    case OP_NOT_LITERAL_UNI_IGNORE:
      return lowerUnicode(ch) !== code[op + 1] ? 1 : 0;
    case OP_LITERAL_LOC_IGNORE:
      return charLocIgnore(code[op + 1], ch) ? 1 : 0;
    case OP_NOT_LITERAL_LOC_IGNORE:
      return charLocIgnore(code[op + 1], ch) ? 0 : 1;
    case OP_IN:
      return inSet(tables, code, op + 2, ch) ? 1 : 0;
    case OP_IN_IGNORE:
      return inSet(tables, code, op + 2, lowerAscii(ch)) ? 1 : 0;
    case OP_IN_UNI_IGNORE:
      return inSet(tables, code, op + 2, lowerUnicode(ch)) ? 1 : 0;
    case OP_IN_LOC_IGNORE:
      return charsetLocIgnore(code, op + 2, ch) ? 1 : 0;
    case OP_ANY:
      return ch !== 10 ? 1 : 0;
    case OP_ANY_ALL:
      return 1;
    case OP_CATEGORY:
      return category(code[op + 1], ch) ? 1 : 0;
  }
  return -1;
}

/**
 * The single-character operator that must accept the first character of any match of the code
 * at `pc` (after MARKs; the item of a repeat of one character with min >= 1), or -1. Searching
 * skips the positions where it fails: the matcher would fail there at once, with no effect.
 */
function firstCharOp(tables: SetTables, code: Uint32Array, pc: number): number {
  for (;;) {
    switch (code[pc]) {
      case OP_MARK:
        pc += 2;
        continue;
      case OP_REPEAT_ONE:
      case OP_MIN_REPEAT_ONE:
      case OP_POSSESSIVE_REPEAT_ONE:
        if (code[pc + 2] < 1) return -1;
        return oneChar(tables, code, pc + 4, 0) >= 0 ? pc + 4 : -1;
      default:
        return oneChar(tables, code, pc, 0) >= 0 ? pc : -1;
    }
  }
}

/**
 * SRE(count): how many times (at most `maxcount`) the single-character item at code[pc] matches
 * from state.ptr. Negative on an engine error.
 */
function count(state: SreState, code: Uint32Array, pc: number, maxcount: number): number {
  const chars = state.chars;
  const tables = state.tables;
  let ptr = state.ptr;
  let end = state.end;
  if (maxcount < end - ptr && maxcount !== MAXREPEAT) end = ptr + maxcount;
  const chr = code[pc + 1];
  switch (code[pc]) {
    case OP_IN:
      while (ptr < end && inSet(tables, code, pc + 2, chars[ptr])) ptr++;
      break;
    case OP_ANY:
      while (ptr < end && chars[ptr] !== 10) ptr++;
      break;
    case OP_ANY_ALL:
      if (ptr < end) ptr = end;
      break;
    case OP_LITERAL:
      while (ptr < end && chars[ptr] === chr) ptr++;
      break;
    case OP_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(chars[ptr]) === chr) ptr++;
      break;
    case OP_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(chars[ptr]) === chr) ptr++;
      break;
    case OP_LITERAL_LOC_IGNORE:
      while (ptr < end && charLocIgnore(chr, chars[ptr])) ptr++;
      break;
    case OP_NOT_LITERAL:
      while (ptr < end && chars[ptr] !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_IGNORE:
      while (ptr < end && lowerAscii(chars[ptr]) !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_UNI_IGNORE:
      while (ptr < end && lowerUnicode(chars[ptr]) !== chr) ptr++;
      break;
    case OP_NOT_LITERAL_LOC_IGNORE:
      while (ptr < end && !charLocIgnore(chr, chars[ptr])) ptr++;
      break;
    case OP_IN_IGNORE:
      while (ptr < end && inSet(tables, code, pc + 2, lowerAscii(chars[ptr]))) ptr++;
      break;
    case OP_IN_UNI_IGNORE:
      while (ptr < end && inSet(tables, code, pc + 2, lowerUnicode(chars[ptr]))) ptr++;
      break;
    case OP_IN_LOC_IGNORE:
      while (ptr < end && charsetLocIgnore(code, pc + 2, chars[ptr])) ptr++;
      break;
    default: {
      // repeated single character pattern: run the matcher on it
      const start = ptr;
      while (state.ptr < end) {
        const i = sreMatch(state, code, pc, false);
        if (i < 0) return i;
        if (i === 0) break;
      }
      return state.ptr - start;
    }
  }
  return ptr - state.ptr;
}

/**
 * SRE(match): does the pattern at code[pc0] match at state.ptr? 1 (state.ptr = end of the
 * match, marks set), 0, or a negative error code. `toplevel` enables the fullmatch and
 * must-advance checks at SUCCESS.
 */
export function sreMatch(state: SreState, code: Uint32Array, pc0: number, toplevel: boolean): number {
  const chars = state.chars;
  const tables = state.tables;
  const end = state.end;
  const base = state.ctxTop;
  let ctx = state.ctx;
  if ((base + 1) * STRIDE > ctx.length) ctx = growCtx(state, (base + 1) * STRIDE);
  let ctxPos = base;
  let cb = base * STRIDE;
  ctx[cb + F_TOPLEVEL] = toplevel ? 1 : 0;
  ctx[cb + F_JUMP] = JUMP_NONE;
  const ctxRep = state.ctxRep;
  const mark = state.mark;
  let pc = pc0;
  let ptr = 0;
  let ret = 0;
  let action = A_ENTER;
  let rep: SreRepeat | null = null;
  let jump = 0;
  let next = 0;
  let nextTop = 0;

  main: for (;;) {
    switch (action) {
      case A_ENTER: {
        ptr = state.ptr;
        if (code[pc] === OP_INFO) {
          // <INFO> <1=skip> <2=flags> <3=min> ...
          const min = code[pc + 3];
          const avail = end - ptr;
          if (min !== 0 && avail >= 0 && avail < min) {
            ret = 0;
            action = A_EXIT;
            continue main;
          }
          pc += code[pc + 1] + 1;
        }
        break;
      }

      case A_EXIT: {
        if (ctxPos === base || ret < 0) {
          state.ctxTop = base;
          return ret;
        }
        jump = ctx[cb + F_JUMP];
        ctxPos--;
        cb -= STRIDE;
        pc = ctx[cb + F_PATTERN];
        ptr = ctx[cb + F_PTR];
        switch (jump) {
          case JUMP_BRANCH:
            if (ret) {
              if (state.repeat !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
              continue main; // A_EXIT with ret = 1
            }
            if (state.repeat !== null) markPop(state, ctx[cb + F_LASTMARK], false);
            state.lastmark = ctx[cb + F_LASTMARK];
            state.lastindex = ctx[cb + F_LASTINDEX];
            pc += code[pc];
            action = A_BRANCH_LOOP;
            continue main;

          case JUMP_REPEAT_ONE_1:
          case JUMP_REPEAT_ONE_2:
            if (ret) {
              if (state.repeat !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
              continue main;
            }
            if (state.repeat !== null) markPop(state, ctx[cb + F_LASTMARK], false);
            state.lastmark = ctx[cb + F_LASTMARK];
            state.lastindex = ctx[cb + F_LASTINDEX];
            ptr--;
            ctx[cb + F_COUNT]--;
            action = jump === JUMP_REPEAT_ONE_1 ? A_REPEAT_ONE_1_LOOP : A_REPEAT_ONE_2_LOOP;
            continue main;

          case JUMP_MIN_REPEAT_ONE: {
            if (ret) {
              if (state.repeat !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
              continue main;
            }
            if (state.repeat !== null) markPop(state, ctx[cb + F_LASTMARK], false);
            state.lastmark = ctx[cb + F_LASTMARK];
            state.lastindex = ctx[cb + F_LASTINDEX];
            state.ptr = ptr;
            state.ctxTop = ctxPos + 1;
            ret = count(state, code, pc + 3, 1);
            if (ret < 0) continue main;
            ctx = state.ctx;
            if (ret === 0) {
              if (state.repeat !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
              continue main; // failure
            }
            ptr++;
            ctx[cb + F_COUNT]++;
            action = A_MIN_REPEAT_ONE_LOOP;
            continue main;
          }

          case JUMP_REPEAT:
            rep = ctxRep[ctxPos] as SreRepeat;
            state.repeat = rep.prev;
            rep.prev = null;
            state.repeatPool.push(rep);
            ret = ret ? 1 : 0;
            continue main;

          case JUMP_MAX_UNTIL_1:
          case JUMP_MIN_UNTIL_1:
            if (ret) continue main;
            rep = ctxRep[ctxPos] as SreRepeat;
            rep.count = ctx[cb + F_COUNT] - 1;
            state.ptr = ptr;
            continue main;

          case JUMP_MAX_UNTIL_2:
            rep = ctxRep[ctxPos] as SreRepeat;
            rep.lastPtr = dataPop(state);
            if (ret) {
              markDiscard(state, ctx[cb + F_LASTMARK]);
              continue main;
            }
            markPop(state, ctx[cb + F_LASTMARK], true);
            state.lastmark = ctx[cb + F_LASTMARK];
            state.lastindex = ctx[cb + F_LASTINDEX];
            rep.count = ctx[cb + F_COUNT] - 1;
            state.ptr = ptr;
            // cannot match more repeated items here; make sure the tail matches
            state.repeat = rep.prev;
            jump = JUMP_MAX_UNTIL_3;
            next = pc;
            nextTop = ctx[cb + F_TOPLEVEL];
            break; // -> call

          case JUMP_MAX_UNTIL_3:
            state.repeat = ctxRep[ctxPos];
            if (ret) continue main;
            state.ptr = ptr;
            continue main;

          case JUMP_MIN_UNTIL_2: {
            rep = ctxRep[ctxPos] as SreRepeat;
            const repeatOfTail = state.repeat;
            state.repeat = rep;
            if (ret) {
              if (repeatOfTail !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
              continue main;
            }
            if (repeatOfTail !== null) markPop(state, ctx[cb + F_LASTMARK], true);
            state.lastmark = ctx[cb + F_LASTMARK];
            state.lastindex = ctx[cb + F_LASTINDEX];
            state.ptr = ptr;
            const max = code[rep.pattern + 2];
            if ((ctx[cb + F_COUNT] >= max && max !== MAXREPEAT) || state.ptr === rep.lastPtr) continue main;
            rep.count = ctx[cb + F_COUNT];
            // zero-width match protection
            dataPush(state, rep.lastPtr);
            rep.lastPtr = state.ptr;
            jump = JUMP_MIN_UNTIL_3;
            next = rep.pattern + 3;
            nextTop = ctx[cb + F_TOPLEVEL];
            break; // -> call
          }

          case JUMP_MIN_UNTIL_3:
            rep = ctxRep[ctxPos] as SreRepeat;
            rep.lastPtr = dataPop(state);
            if (ret) continue main;
            rep.count = ctx[cb + F_COUNT] - 1;
            state.ptr = ptr;
            continue main;

          case JUMP_POSS_REPEAT_1:
            if (ret) {
              ctx[cb + F_COUNT]++;
              action = A_POSS_REPEAT_1_LOOP;
              continue main;
            }
            state.ptr = ptr;
            continue main;

          case JUMP_POSS_REPEAT_2:
            if (ret) {
              markDiscard(state, ctx[cb + F_LASTMARK]);
              ctx[cb + F_COUNT]++;
              action = A_POSS_REPEAT_2_LOOP;
              continue main;
            }
            markPop(state, ctx[cb + F_LASTMARK], true);
            state.lastmark = ctx[cb + F_LASTMARK];
            state.lastindex = ctx[cb + F_LASTINDEX];
            state.ptr = ptr;
            // evaluate the tail
            pc += code[pc] + 1;
            ptr = state.ptr;
            break; // -> dispatch

          case JUMP_ATOMIC_GROUP:
            if (ret === 0) {
              state.ptr = ptr;
              continue main;
            }
            pc += code[pc];
            ptr = state.ptr;
            break; // -> dispatch

          case JUMP_ASSERT:
            if (ret === 0) continue main;
            pc += code[pc];
            break; // -> dispatch

          case JUMP_ASSERT_NOT:
            if (ret) {
              if (state.repeat !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
              ret = 0;
              continue main;
            }
            if (state.repeat !== null) markPop(state, ctx[cb + F_LASTMARK], true);
            state.lastmark = ctx[cb + F_LASTMARK];
            state.lastindex = ctx[cb + F_LASTINDEX];
            pc += code[pc];
            break; // -> dispatch

          default:
            ret = SRE_ERROR_STATE;
            continue main;
        }
        if (jump === JUMP_MAX_UNTIL_3 || jump === JUMP_MIN_UNTIL_3) {
          // the resumed operator calls again
          ctx[cb + F_PATTERN] = pc;
          ctx[cb + F_PTR] = ptr;
          if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
          ctxPos++;
          cb += STRIDE;
          ctx[cb + F_TOPLEVEL] = nextTop;
          ctx[cb + F_JUMP] = jump;
          pc = next;
          action = A_ENTER;
          continue main;
        }
        action = A_DISPATCH;
        break;
      }

      case A_BRANCH_LOOP: {
        // <BRANCH> <0=skip> code <JUMP> ... <NULL>; pc is at a skip word
        for (; code[pc] !== 0; pc += code[pc]) {
          const op = code[pc + 1];
          if (op === OP_LITERAL && (ptr >= end || chars[ptr] !== code[pc + 2])) continue;
          if (op === OP_IN && (ptr >= end || !inSet(tables, code, pc + 3, chars[ptr]))) continue;
          state.ptr = ptr;
          jump = JUMP_BRANCH;
          next = pc + 1;
          nextTop = ctx[cb + F_TOPLEVEL];
          break;
        }
        if (code[pc] === 0) {
          if (state.repeat !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
          ret = 0;
          action = A_EXIT;
          continue main;
        }
        ctx[cb + F_PATTERN] = pc;
        ctx[cb + F_PTR] = ptr;
        if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
        ctxPos++;
        cb += STRIDE;
        ctx[cb + F_TOPLEVEL] = nextTop;
        ctx[cb + F_JUMP] = jump;
        pc = next;
        action = A_ENTER;
        continue main;
      }

      case A_REPEAT_ONE_1_LOOP: {
        // tail starts with a literal: skip positions where the rest cannot match
        const chr = ctx[cb + F_CHR];
        const min = code[pc + 1];
        let cnt = ctx[cb + F_COUNT];
        while (cnt >= min && (ptr >= end || chars[ptr] !== chr)) {
          ptr--;
          cnt--;
        }
        ctx[cb + F_COUNT] = cnt;
        if (cnt < min) {
          if (state.repeat !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
          ret = 0;
          action = A_EXIT;
          continue main;
        }
        state.ptr = ptr;
        jump = JUMP_REPEAT_ONE_1;
        next = pc + code[pc];
        nextTop = ctx[cb + F_TOPLEVEL];
        ctx[cb + F_PATTERN] = pc;
        ctx[cb + F_PTR] = ptr;
        if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
        ctxPos++;
        cb += STRIDE;
        ctx[cb + F_TOPLEVEL] = nextTop;
        ctx[cb + F_JUMP] = jump;
        pc = next;
        action = A_ENTER;
        continue main;
      }

      case A_REPEAT_ONE_2_LOOP: {
        if (ctx[cb + F_COUNT] < code[pc + 1]) {
          if (state.repeat !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
          ret = 0;
          action = A_EXIT;
          continue main;
        }
        state.ptr = ptr;
        nextTop = ctx[cb + F_TOPLEVEL];
        ctx[cb + F_PATTERN] = pc;
        ctx[cb + F_PTR] = ptr;
        if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
        ctxPos++;
        cb += STRIDE;
        ctx[cb + F_TOPLEVEL] = nextTop;
        ctx[cb + F_JUMP] = JUMP_REPEAT_ONE_2;
        pc += code[pc];
        action = A_ENTER;
        continue main;
      }

      case A_MIN_REPEAT_ONE_LOOP: {
        const max = code[pc + 2];
        const tail = pc + code[pc];
        if (code[tail] === OP_LITERAL) {
          // The tail starts with a literal: where the next character is another, calling it
          // would fail at once (and restore nothing), so take one more item instead.
          const chr = code[tail + 1];
          let cnt = ctx[cb + F_COUNT];
          let r = 1;
          while ((max === MAXREPEAT || cnt <= max) && (ptr >= end || chars[ptr] !== chr)) {
            r = ptr < end ? oneChar(tables, code, pc + 3, chars[ptr]) : 0;
            if (r < 0) {
              state.ptr = ptr;
              state.ctxTop = ctxPos + 1;
              r = count(state, code, pc + 3, 1);
              ctx = state.ctx;
              if (r < 0) {
                ret = r;
                action = A_EXIT;
                continue main;
              }
            }
            if (r === 0) break;
            ptr++;
            cnt++;
          }
          ctx[cb + F_COUNT] = cnt;
          if (r === 0) {
            if (state.repeat !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
            ret = 0;
            action = A_EXIT;
            continue main;
          }
        }
        if (!(max === MAXREPEAT || ctx[cb + F_COUNT] <= max)) {
          if (state.repeat !== null) markDiscard(state, ctx[cb + F_LASTMARK]);
          ret = 0;
          action = A_EXIT;
          continue main;
        }
        state.ptr = ptr;
        nextTop = ctx[cb + F_TOPLEVEL];
        ctx[cb + F_PATTERN] = pc;
        ctx[cb + F_PTR] = ptr;
        if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
        ctxPos++;
        cb += STRIDE;
        ctx[cb + F_TOPLEVEL] = nextTop;
        ctx[cb + F_JUMP] = JUMP_MIN_REPEAT_ONE;
        pc += code[pc];
        action = A_ENTER;
        continue main;
      }

      case A_POSS_REPEAT_1_LOOP: {
        if (ctx[cb + F_COUNT] < code[pc + 1]) {
          // not enough matches
          ctx[cb + F_PATTERN] = pc;
          ctx[cb + F_PTR] = ptr;
          if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
          ctxPos++;
          cb += STRIDE;
          ctx[cb + F_TOPLEVEL] = 0;
          ctx[cb + F_JUMP] = JUMP_POSS_REPEAT_1;
          pc += 3;
          action = A_ENTER;
          continue main;
        }
        // clear ptr so that the loop below is entered
        ptr = -1;
        action = A_POSS_REPEAT_2_LOOP;
        continue main;
      }

      case A_POSS_REPEAT_2_LOOP: {
        const max = code[pc + 2];
        if ((ctx[cb + F_COUNT] < max || max === MAXREPEAT) && state.ptr !== ptr) {
          ctx[cb + F_LASTMARK] = state.lastmark;
          ctx[cb + F_LASTINDEX] = state.lastindex;
          markPush(state, state.lastmark);
          ptr = state.ptr;
          ctx[cb + F_PATTERN] = pc;
          ctx[cb + F_PTR] = ptr;
          if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
          ctxPos++;
          cb += STRIDE;
          ctx[cb + F_TOPLEVEL] = 0;
          ctx[cb + F_JUMP] = JUMP_POSS_REPEAT_2;
          pc += 3;
          action = A_ENTER;
          continue main;
        }
        // evaluate the tail
        pc += code[pc] + 1;
        ptr = state.ptr;
        break;
      }
    }

    // ---------------------------------------------------------------- dispatch
    for (;;) {
      switch (code[pc++]) {
        case OP_MARK: {
          // <MARK> <gid>
          const i = code[pc];
          if (i & 1) state.lastindex = (i >> 1) + 1;
          if (i > state.lastmark) {
            // marks between the old lastmark and i were not encountered
            let j = state.lastmark + 1;
            while (j < i) mark[j++] = -1;
            state.lastmark = i;
          }
          mark[i] = ptr;
          pc++;
          continue;
        }

        case OP_LITERAL:
          if (ptr >= end || chars[ptr] !== code[pc]) break;
          pc++;
          ptr++;
          continue;

        case OP_NOT_LITERAL:
          if (ptr >= end || chars[ptr] === code[pc]) break;
          pc++;
          ptr++;
          continue;

        case OP_SUCCESS:
          if (
            ctx[cb + F_TOPLEVEL] !== 0 &&
            ((state.matchAll && ptr !== end) || (state.mustAdvance && ptr === state.start))
          )
            break;
          state.ptr = ptr;
          ret = 1;
          action = A_EXIT;
          continue main;

        case OP_AT:
          if (!at(state, ptr, code[pc])) break;
          pc++;
          continue;

        case OP_CATEGORY:
          if (ptr >= end || !category(code[pc], chars[ptr])) break;
          pc++;
          ptr++;
          continue;

        case OP_ANY:
          if (ptr >= end || chars[ptr] === 10) break;
          ptr++;
          continue;

        case OP_ANY_ALL:
          if (ptr >= end) break;
          ptr++;
          continue;

        case OP_IN:
          if (ptr >= end || !inSet(tables, code, pc + 1, chars[ptr])) break;
          pc += code[pc];
          ptr++;
          continue;

        case OP_LITERAL_IGNORE:
          if (ptr >= end || lowerAscii(chars[ptr]) !== code[pc]) break;
          pc++;
          ptr++;
          continue;

        case OP_LITERAL_UNI_IGNORE:
          if (ptr >= end || lowerUnicode(chars[ptr]) !== code[pc]) break;
          pc++;
          ptr++;
          continue;

        case OP_LITERAL_LOC_IGNORE:
          if (ptr >= end || !charLocIgnore(code[pc], chars[ptr])) break;
          pc++;
          ptr++;
          continue;

        case OP_NOT_LITERAL_IGNORE:
          if (ptr >= end || lowerAscii(chars[ptr]) === code[pc]) break;
          pc++;
          ptr++;
          continue;

        case OP_NOT_LITERAL_UNI_IGNORE:
          if (ptr >= end || lowerUnicode(chars[ptr]) === code[pc]) break;
          pc++;
          ptr++;
          continue;

        case OP_NOT_LITERAL_LOC_IGNORE:
          if (ptr >= end || charLocIgnore(code[pc], chars[ptr])) break;
          pc++;
          ptr++;
          continue;

        case OP_IN_IGNORE:
          if (ptr >= end || !inSet(tables, code, pc + 1, lowerAscii(chars[ptr]))) break;
          pc += code[pc];
          ptr++;
          continue;

        case OP_IN_UNI_IGNORE:
          if (ptr >= end || !inSet(tables, code, pc + 1, lowerUnicode(chars[ptr]))) break;
          pc += code[pc];
          ptr++;
          continue;

        case OP_IN_LOC_IGNORE:
          if (ptr >= end || !charsetLocIgnore(code, pc + 1, chars[ptr])) break;
          pc += code[pc];
          ptr++;
          continue;

        case OP_JUMP:
        case OP_INFO:
          // <JUMP> <offset>
          pc += code[pc];
          continue;

        case OP_BRANCH:
          // <BRANCH> <0=skip> code <JUMP> ... <NULL>
          ctx[cb + F_LASTMARK] = state.lastmark;
          ctx[cb + F_LASTINDEX] = state.lastindex;
          if (state.repeat !== null) markPush(state, state.lastmark);
          action = A_BRANCH_LOOP;
          continue main;

        case OP_REPEAT_ONE: {
          // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
          const min = code[pc + 1];
          if (min > end - ptr) break;
          state.ptr = ptr;
          state.ctxTop = ctxPos + 1;
          ret = count(state, code, pc + 3, code[pc + 2]);
          if (ret < 0) {
            action = A_EXIT;
            continue main;
          }
          ctx = state.ctx;
          ctx[cb + F_COUNT] = ret;
          ptr += ret;
          if (ret < min) break;
          const tail = pc + code[pc];
          if (
            code[tail] === OP_SUCCESS &&
            ptr === end &&
            !(ctx[cb + F_TOPLEVEL] !== 0 && state.mustAdvance && ptr === state.start)
          ) {
            // tail is empty. we're finished
            state.ptr = ptr;
            ret = 1;
            action = A_EXIT;
            continue main;
          }
          ctx[cb + F_LASTMARK] = state.lastmark;
          ctx[cb + F_LASTINDEX] = state.lastindex;
          if (state.repeat !== null) markPush(state, state.lastmark);
          if (code[tail] === OP_LITERAL) {
            ctx[cb + F_CHR] = code[tail + 1];
            action = A_REPEAT_ONE_1_LOOP;
          } else {
            action = A_REPEAT_ONE_2_LOOP;
          }
          continue main;
        }

        case OP_MIN_REPEAT_ONE: {
          // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
          const min = code[pc + 1];
          if (min > end - ptr) break;
          state.ptr = ptr;
          if (min === 0) {
            ctx[cb + F_COUNT] = 0;
          } else {
            // count using pattern min as the maximum
            state.ctxTop = ctxPos + 1;
            ret = count(state, code, pc + 3, min);
            if (ret < 0) {
              action = A_EXIT;
              continue main;
            }
            ctx = state.ctx;
            if (ret < min) break;
            ctx[cb + F_COUNT] = ret;
            ptr += ret;
          }
          if (
            code[pc + code[pc]] === OP_SUCCESS &&
            !(
              ctx[cb + F_TOPLEVEL] !== 0 &&
              ((state.matchAll && ptr !== end) || (state.mustAdvance && ptr === state.start))
            )
          ) {
            state.ptr = ptr;
            ret = 1;
            action = A_EXIT;
            continue main;
          }
          ctx[cb + F_LASTMARK] = state.lastmark;
          ctx[cb + F_LASTINDEX] = state.lastindex;
          if (state.repeat !== null) markPush(state, state.lastmark);
          action = A_MIN_REPEAT_ONE_LOOP;
          continue main;
        }

        case OP_POSSESSIVE_REPEAT_ONE: {
          // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
          const min = code[pc + 1];
          if (ptr + min > end) break;
          state.ptr = ptr;
          state.ctxTop = ctxPos + 1;
          ret = count(state, code, pc + 3, code[pc + 2]);
          if (ret < 0) {
            action = A_EXIT;
            continue main;
          }
          ctx = state.ctx;
          ctx[cb + F_COUNT] = ret;
          ptr += ret;
          if (ret < min) break;
          pc += code[pc];
          if (
            code[pc] === OP_SUCCESS &&
            ptr === end &&
            !(ctx[cb + F_TOPLEVEL] !== 0 && state.mustAdvance && ptr === state.start)
          ) {
            state.ptr = ptr;
            ret = 1;
            action = A_EXIT;
            continue main;
          }
          continue;
        }

        case OP_REPEAT: {
          // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
          rep = newRepeat(state);
          rep.count = -1;
          rep.pattern = pc;
          rep.prev = state.repeat;
          rep.lastPtr = -1;
          ctxRep[ctxPos] = rep;
          state.repeat = rep;
          state.ptr = ptr;
          nextTop = ctx[cb + F_TOPLEVEL];
          ctx[cb + F_PATTERN] = pc;
          ctx[cb + F_PTR] = ptr;
          if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
          ctxPos++;
          cb += STRIDE;
          ctx[cb + F_TOPLEVEL] = nextTop;
          ctx[cb + F_JUMP] = JUMP_REPEAT;
          pc += code[pc];
          action = A_ENTER;
          continue main;
        }

        case OP_MAX_UNTIL: {
          // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
          rep = state.repeat;
          if (rep === null) {
            ret = SRE_ERROR_STATE;
            action = A_EXIT;
            continue main;
          }
          ctxRep[ctxPos] = rep;
          state.ptr = ptr;
          const cnt = rep.count + 1;
          ctx[cb + F_COUNT] = cnt;
          nextTop = ctx[cb + F_TOPLEVEL];
          if (cnt < code[rep.pattern + 1]) {
            // not enough matches
            rep.count = cnt;
            jump = JUMP_MAX_UNTIL_1;
            next = rep.pattern + 3;
          } else {
            const max = code[rep.pattern + 2];
            if ((cnt < max || max === MAXREPEAT) && state.ptr !== rep.lastPtr) {
              // we may have enough matches, but if we can match another item, do so
              rep.count = cnt;
              ctx[cb + F_LASTMARK] = state.lastmark;
              ctx[cb + F_LASTINDEX] = state.lastindex;
              markPush(state, state.lastmark);
              // zero-width match protection
              dataPush(state, rep.lastPtr);
              rep.lastPtr = state.ptr;
              jump = JUMP_MAX_UNTIL_2;
              next = rep.pattern + 3;
            } else {
              // cannot match more repeated items here. make sure the tail matches
              state.repeat = rep.prev;
              jump = JUMP_MAX_UNTIL_3;
              next = pc;
            }
          }
          ctx[cb + F_PATTERN] = pc;
          ctx[cb + F_PTR] = ptr;
          if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
          ctxPos++;
          cb += STRIDE;
          ctx[cb + F_TOPLEVEL] = nextTop;
          ctx[cb + F_JUMP] = jump;
          pc = next;
          action = A_ENTER;
          continue main;
        }

        case OP_MIN_UNTIL: {
          // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
          rep = state.repeat;
          if (rep === null) {
            ret = SRE_ERROR_STATE;
            action = A_EXIT;
            continue main;
          }
          ctxRep[ctxPos] = rep;
          state.ptr = ptr;
          const cnt = rep.count + 1;
          ctx[cb + F_COUNT] = cnt;
          nextTop = ctx[cb + F_TOPLEVEL];
          if (cnt < code[rep.pattern + 1]) {
            // not enough matches
            rep.count = cnt;
            jump = JUMP_MIN_UNTIL_1;
            next = rep.pattern + 3;
          } else {
            // see if the tail matches
            state.repeat = rep.prev;
            ctx[cb + F_LASTMARK] = state.lastmark;
            ctx[cb + F_LASTINDEX] = state.lastindex;
            if (state.repeat !== null) markPush(state, state.lastmark);
            jump = JUMP_MIN_UNTIL_2;
            next = pc;
          }
          ctx[cb + F_PATTERN] = pc;
          ctx[cb + F_PTR] = ptr;
          if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
          ctxPos++;
          cb += STRIDE;
          ctx[cb + F_TOPLEVEL] = nextTop;
          ctx[cb + F_JUMP] = jump;
          pc = next;
          action = A_ENTER;
          continue main;
        }

        case OP_POSSESSIVE_REPEAT:
          // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
          state.ptr = ptr;
          ctx[cb + F_COUNT] = 0;
          action = A_POSS_REPEAT_1_LOOP;
          continue main;

        case OP_ATOMIC_GROUP:
          // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
          state.ptr = ptr;
          ctx[cb + F_PATTERN] = pc;
          ctx[cb + F_PTR] = ptr;
          if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
          ctxPos++;
          cb += STRIDE;
          ctx[cb + F_TOPLEVEL] = 0;
          ctx[cb + F_JUMP] = JUMP_ATOMIC_GROUP;
          pc += 1;
          action = A_ENTER;
          continue main;

        case OP_GROUPREF:
        case OP_GROUPREF_IGNORE:
        case OP_GROUPREF_UNI_IGNORE:
        case OP_GROUPREF_LOC_IGNORE: {
          // match backreference
          const op = code[pc - 1];
          const g = code[pc] * 2;
          if (g >= state.lastmark) break;
          let p = mark[g];
          const e = mark[g + 1];
          if (p < 0 || e < 0 || e < p) break;
          let ok = true;
          if (op === OP_GROUPREF) {
            while (p < e) {
              if (ptr >= end || chars[ptr] !== chars[p]) {
                ok = false;
                break;
              }
              p++;
              ptr++;
            }
          } else if (op === OP_GROUPREF_IGNORE) {
            while (p < e) {
              if (ptr >= end || lowerAscii(chars[ptr]) !== lowerAscii(chars[p])) {
                ok = false;
                break;
              }
              p++;
              ptr++;
            }
          } else if (op === OP_GROUPREF_UNI_IGNORE) {
            while (p < e) {
              if (ptr >= end || lowerUnicode(chars[ptr]) !== lowerUnicode(chars[p])) {
                ok = false;
                break;
              }
              p++;
              ptr++;
            }
          } else {
            while (p < e) {
              if (ptr >= end || lowerLocale(chars[ptr]) !== lowerLocale(chars[p])) {
                ok = false;
                break;
              }
              p++;
              ptr++;
            }
          }
          if (!ok) break;
          pc++;
          continue;
        }

        case OP_GROUPREF_EXISTS: {
          // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
          const g = code[pc] * 2;
          if (g >= state.lastmark) {
            pc += code[pc + 1];
            continue;
          }
          const p = mark[g];
          const e = mark[g + 1];
          if (p < 0 || e < 0 || e < p) {
            pc += code[pc + 1];
            continue;
          }
          pc += 2;
          continue;
        }

        case OP_ASSERT: {
          // <ASSERT> <skip> <back> <pattern>
          const back = code[pc + 1];
          if (ptr < back) break;
          state.ptr = ptr - back;
          ctx[cb + F_PATTERN] = pc;
          ctx[cb + F_PTR] = ptr;
          if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
          ctxPos++;
          cb += STRIDE;
          ctx[cb + F_TOPLEVEL] = 0;
          ctx[cb + F_JUMP] = JUMP_ASSERT;
          pc += 2;
          action = A_ENTER;
          continue main;
        }

        case OP_ASSERT_NOT: {
          // <ASSERT_NOT> <skip> <back> <pattern>
          const back = code[pc + 1];
          if (ptr >= back) {
            state.ptr = ptr - back;
            ctx[cb + F_LASTMARK] = state.lastmark;
            ctx[cb + F_LASTINDEX] = state.lastindex;
            if (state.repeat !== null) markPush(state, state.lastmark);
            ctx[cb + F_PATTERN] = pc;
            ctx[cb + F_PTR] = ptr;
            if ((ctxPos + 2) * STRIDE > ctx.length) ctx = growCtx(state, (ctxPos + 2) * STRIDE);
            ctxPos++;
            cb += STRIDE;
            ctx[cb + F_TOPLEVEL] = 0;
            ctx[cb + F_JUMP] = JUMP_ASSERT_NOT;
            pc += 2;
            action = A_ENTER;
            continue main;
          }
          pc += code[pc];
          continue;
        }

        case OP_FAILURE:
          break;

        default:
          ret = SRE_ERROR_ILLEGAL;
          action = A_EXIT;
          continue main;
      }
      // RETURN_FAILURE
      ret = 0;
      action = A_EXIT;
      continue main;
    }
  }
}

/**
 * SRE(search): find the first position from state.start where the pattern matches. On success
 * state.start and state.ptr delimit the match.
 */
export function sreSearch(state: SreState, code: Uint32Array): number {
  const chars = state.chars;
  const tables = state.tables;
  let ptr = state.start;
  let end = state.end;
  let status = 0;
  let prefixLen = 0;
  let prefixSkip = 0;
  let prefix = 0;
  let charsetPc = -1;
  let overlap = 0;
  let flags = 0;
  let pc = 0;

  if (ptr > end) return 0;

  if (code[0] === OP_INFO) {
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    flags = code[2];
    const min = code[3];
    if (min !== 0 && end - ptr < min) return 0;
    if (min > 1) {
      // adjust end point (but make sure we leave at least one character in there)
      end -= min - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & SRE_INFO_PREFIX) {
      // <length> <skip> <prefix data> <overlap data>
      prefixLen = code[5];
      prefixSkip = code[6];
      prefix = 7;
      overlap = prefix + prefixLen - 1;
    } else if (flags & SRE_INFO_CHARSET) {
      charsetPc = 5;
    }
    pc = 1 + code[1];
  }

  if (prefixLen === 1) {
    // pattern starts with a literal character
    const c = code[prefix];
    end = state.end;
    state.mustAdvance = false;
    while (ptr < end) {
      while (chars[ptr] !== c) {
        if (++ptr >= end) return 0;
      }
      state.start = ptr;
      state.ptr = ptr + prefixSkip;
      if (flags & SRE_INFO_LITERAL) return 1; // we got all of it
      status = sreMatch(state, code, pc + 2 * prefixSkip, false);
      if (status !== 0) return status;
      ++ptr;
      state.lastmark = state.lastindex = -1;
    }
    return 0;
  }

  if (prefixLen > 1) {
    // pattern starts with a known prefix. use the overlap table to skip forward
    end = state.end;
    if (prefixLen > end - ptr) return 0;
    while (ptr < end) {
      const c = code[prefix];
      while (chars[ptr++] !== c) {
        if (ptr >= end) return 0;
      }
      if (ptr >= end) return 0;
      let i = 1;
      state.mustAdvance = false;
      do {
        if (chars[ptr] === code[prefix + i]) {
          if (++i !== prefixLen) {
            if (++ptr >= end) return 0;
            continue;
          }
          // found a potential match
          state.start = ptr - (prefixLen - 1);
          state.ptr = ptr - (prefixLen - prefixSkip - 1);
          if (flags & SRE_INFO_LITERAL) return 1;
          status = sreMatch(state, code, pc + 2 * prefixSkip, false);
          if (status !== 0) return status;
          // close but no cigar -- try again
          if (++ptr >= end) return 0;
          state.lastmark = state.lastindex = -1;
        }
        i = code[overlap + i];
      } while (i !== 0);
    }
    return 0;
  }

  if (charsetPc >= 0) {
    // pattern starts with a character from a known set
    end = state.end;
    state.mustAdvance = false;
    for (;;) {
      while (ptr < end && !inSet(tables, code, charsetPc, chars[ptr])) ptr++;
      if (ptr >= end) return 0;
      state.start = ptr;
      state.ptr = ptr;
      status = sreMatch(state, code, pc, false);
      if (status !== 0) break;
      ptr++;
      state.lastmark = state.lastindex = -1;
    }
  } else if (firstCharOp(tables, code, pc) >= 0) {
    // general case, skipping the positions where the first character cannot match
    const op = firstCharOp(tables, code, pc);
    state.start = state.ptr = ptr;
    status = ptr < end && oneChar(tables, code, op, chars[ptr]) === 1 ? sreMatch(state, code, pc, true) : 0;
    state.mustAdvance = false;
    while (status === 0 && ptr < end) {
      ptr++;
      while (ptr < end && oneChar(tables, code, op, chars[ptr]) !== 1) ptr++;
      if (ptr >= end) break;
      state.lastmark = state.lastindex = -1;
      state.start = state.ptr = ptr;
      status = sreMatch(state, code, pc, false);
    }
  } else {
    // general case
    state.start = state.ptr = ptr;
    status = sreMatch(state, code, pc, true);
    state.mustAdvance = false;
    if (
      status === 0 &&
      code[pc] === OP_AT &&
      (code[pc + 1] === AT_BEGINNING || code[pc + 1] === AT_BEGINNING_STRING)
    ) {
      state.start = state.ptr = end;
      return 0;
    }
    while (status === 0 && ptr < end) {
      ptr++;
      state.lastmark = state.lastindex = -1;
      state.start = state.ptr = ptr;
      status = sreMatch(state, code, pc, false);
    }
  }
  return status;
}

// Exported for the validator and the module (unused opcodes are illegal at dispatch).
export const ILLEGAL_AT_DISPATCH = [OP_CHARSET, OP_BIGCHARSET, OP_NEGATE, OP_RANGE, OP_RANGE_UNI_IGNORE];
