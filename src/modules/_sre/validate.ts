// Code validation (sre.c _validate): checks that a code array has the shapes re/_compiler.py
// generates (skips within bounds, branches ending in JUMPs to one target, repeat bodies ending in
// SUCCESS or an UNTIL, group numbers below `groups`), so that the matcher never runs off the code.
import {
  AT_UNI_NON_BOUNDARY,
  CATEGORY_UNI_NOT_LINEBREAK,
  MAXGROUPS,
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
  SRE_INFO_CHARSET,
  SRE_INFO_LITERAL,
  SRE_INFO_PREFIX,
} from "./constants.ts";

/** Thrown inside the validator (FAIL); caught by validate(). */
class Invalid {}
const INVALID = new Invalid();

function fail(): never {
  throw INVALID;
}

function validateCharset(code: Uint32Array, pc: number, end: number): void {
  while (pc < end) {
    const op = code[pc++];
    switch (op) {
      case OP_NEGATE:
        break;
      case OP_LITERAL:
        if (pc >= end) fail();
        pc++;
        break;
      case OP_RANGE:
      case OP_RANGE_UNI_IGNORE:
        if (pc + 2 > end) fail();
        pc += 2;
        break;
      case OP_CHARSET:
        if (8 > end - pc) fail();
        pc += 8;
        break;
      case OP_BIGCHARSET: {
        if (pc >= end) fail();
        const blocks = code[pc++];
        if (64 > end - pc) fail();
        for (let i = 0; i < 256; i++) {
          const b = (code[pc + (i >> 2)] >>> ((i & 3) << 3)) & 0xff;
          if (b >= blocks) fail();
        }
        pc += 64;
        if (blocks * 8 > end - pc) fail();
        pc += blocks * 8;
        break;
      }
      case OP_CATEGORY:
        if (pc >= end) fail();
        if (code[pc++] > CATEGORY_UNI_NOT_LINEBREAK) fail();
        break;
      default:
        fail();
    }
  }
}

/** Returns 0, or 1 when the last op is a JUMP (the then-part of a GROUPREF_EXISTS). */
function validateInner(code: Uint32Array, pc: number, end: number, groups: number): number {
  if (pc > end) fail();
  while (pc < end) {
    const op = code[pc++];
    switch (op) {
      case OP_MARK: {
        if (pc >= end) fail();
        const arg = code[pc++];
        if (arg > 2 * groups + 1) fail();
        break;
      }
      case OP_LITERAL:
      case OP_NOT_LITERAL:
      case OP_LITERAL_IGNORE:
      case OP_NOT_LITERAL_IGNORE:
      case OP_LITERAL_UNI_IGNORE:
      case OP_NOT_LITERAL_UNI_IGNORE:
      case OP_LITERAL_LOC_IGNORE:
      case OP_NOT_LITERAL_LOC_IGNORE:
        if (pc >= end) fail();
        pc++;
        break;
      case OP_SUCCESS:
      case OP_FAILURE:
        break;
      case OP_AT:
        if (pc >= end) fail();
        if (code[pc++] > AT_UNI_NON_BOUNDARY) fail();
        break;
      case OP_ANY:
      case OP_ANY_ALL:
        break;
      case OP_IN:
      case OP_IN_IGNORE:
      case OP_IN_UNI_IGNORE:
      case OP_IN_LOC_IGNORE: {
        if (pc >= end) fail();
        const skip = code[pc];
        if (skip > end - pc || skip < 2) fail();
        pc++;
        validateCharset(code, pc, pc + skip - 2);
        if (code[pc + skip - 2] !== OP_FAILURE) fail();
        pc += skip - 1;
        break;
      }
      case OP_INFO: {
        if (pc >= end) fail();
        const skip = code[pc];
        if (skip > end - pc) fail();
        pc++;
        const newcode = pc + skip - 1;
        if (pc + 3 > end) fail();
        const flags = code[pc++];
        pc += 2;
        if ((flags & ~(SRE_INFO_PREFIX | SRE_INFO_LITERAL | SRE_INFO_CHARSET)) !== 0) fail();
        if (flags & SRE_INFO_PREFIX && flags & SRE_INFO_CHARSET) fail();
        if (flags & SRE_INFO_LITERAL && !(flags & SRE_INFO_PREFIX)) fail();
        if (flags & SRE_INFO_PREFIX) {
          if (pc + 2 > end) fail();
          const prefixLen = code[pc++];
          pc++;
          if (prefixLen > newcode - pc) fail();
          pc += prefixLen;
          if (prefixLen > newcode - pc) fail();
          for (let i = 0; i < prefixLen; i++) if (code[pc + i] >= prefixLen) fail();
          pc += prefixLen;
        }
        if (flags & SRE_INFO_CHARSET) {
          validateCharset(code, pc, newcode - 1);
          if (code[newcode - 1] !== OP_FAILURE) fail();
          pc = newcode;
        } else if (pc !== newcode) {
          fail();
        }
        break;
      }
      case OP_BRANCH: {
        let target = -1;
        for (;;) {
          if (pc >= end) fail();
          const skip = code[pc];
          if (skip > end - pc) fail();
          pc++;
          if (skip === 0) break;
          if (skip < 3) fail();
          validateInner(code, pc, pc + skip - 3, groups);
          pc += skip - 3;
          if (pc >= end || code[pc++] !== OP_JUMP) fail();
          if (pc >= end) fail();
          const jskip = code[pc];
          if (jskip > end - pc) fail();
          pc++;
          if (target === -1) target = pc + jskip - 1;
          else if (pc + jskip - 1 !== target) fail();
        }
        if (pc !== target) fail();
        break;
      }
      case OP_REPEAT_ONE:
      case OP_MIN_REPEAT_ONE:
      case OP_POSSESSIVE_REPEAT_ONE: {
        if (pc >= end) fail();
        const skip = code[pc];
        if (skip > end - pc || skip < 4) fail();
        pc++;
        if (pc + 2 > end) fail();
        const min = code[pc++];
        const max = code[pc++];
        if (min > max || max > MAXREPEAT) fail();
        validateInner(code, pc, pc + skip - 4, groups);
        pc += skip - 4;
        if (pc >= end || code[pc++] !== OP_SUCCESS) fail();
        break;
      }
      case OP_REPEAT:
      case OP_POSSESSIVE_REPEAT: {
        if (pc >= end) fail();
        const skip = code[pc];
        if (skip > end - pc || skip < 3) fail();
        pc++;
        if (pc + 2 > end) fail();
        const min = code[pc++];
        const max = code[pc++];
        if (min > max || max > MAXREPEAT) fail();
        validateInner(code, pc, pc + skip - 3, groups);
        pc += skip - 3;
        if (pc >= end) fail();
        const op2 = code[pc++];
        if (op === OP_POSSESSIVE_REPEAT) {
          if (op2 !== OP_SUCCESS) fail();
        } else if (op2 !== OP_MAX_UNTIL && op2 !== OP_MIN_UNTIL) {
          fail();
        }
        break;
      }
      case OP_ATOMIC_GROUP: {
        if (pc >= end) fail();
        const skip = code[pc];
        if (skip > end - pc || skip < 2) fail();
        pc++;
        validateInner(code, pc, pc + skip - 2, groups);
        pc += skip - 2;
        if (pc >= end || code[pc++] !== OP_SUCCESS) fail();
        break;
      }
      case OP_GROUPREF:
      case OP_GROUPREF_IGNORE:
      case OP_GROUPREF_UNI_IGNORE:
      case OP_GROUPREF_LOC_IGNORE:
        if (pc >= end) fail();
        if (code[pc++] >= groups) fail();
        break;
      case OP_GROUPREF_EXISTS: {
        if (pc >= end) fail();
        if (code[pc++] >= groups) fail();
        if (pc >= end) fail();
        let skip = code[pc];
        if (skip - 1 > end - pc || skip < 2) fail();
        pc++;
        pc--; // the skip is relative to the first arg
        let rc = validateInner(code, pc + 1, pc + skip - 1, groups);
        if (rc === 1) {
          pc += skip - 2; // position after JUMP, at <skipno>
          if (pc >= end) fail();
          skip = code[pc];
          if (skip > end - pc || skip < 1) fail();
          pc++;
          rc = validateInner(code, pc, pc + skip - 1, groups);
        }
        if (rc !== 0) fail();
        pc += skip - 1;
        break;
      }
      case OP_ASSERT:
      case OP_ASSERT_NOT: {
        if (pc >= end) fail();
        const skip = code[pc];
        if (skip > end - pc || skip < 2) fail();
        pc++;
        if (pc >= end) fail();
        pc++; // <back>
        pc--;
        validateInner(code, pc + 1, pc + skip - 2, groups);
        pc += skip - 2;
        if (pc >= end || code[pc++] !== OP_SUCCESS) fail();
        break;
      }
      case OP_JUMP:
        if (pc + 1 !== end) fail();
        return 1;
      default:
        fail();
    }
  }
  return 0;
}

/** _validate: true when the code is well formed. */
export function validate(code: Uint32Array, groups: number): boolean {
  const end = code.length;
  if (groups < 0 || groups > MAXGROUPS || end === 0 || code[end - 1] !== OP_SUCCESS) return false;
  try {
    validateInner(code, 0, end - 1, groups);
    return true;
  } catch (e) {
    if (e === INVALID) return false;
    throw e;
  }
}
