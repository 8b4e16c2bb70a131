// The match statement (codegen_match and codegen_pattern_* in Python/codegen.c). A pattern
// leaves the values it captures on the stack (pc.stores names them) and jumps to a "fail_pop"
// label that pops however many items are on the stack at the failure point.

import { PyComplex } from "../objects/complex.ts";
import { PyFloat } from "../objects/float.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { PyTuple } from "../objects/tuple.ts";
import type * as A from "../parser/ast.ts";
import { kindOf } from "./astutil.ts";
import type { Compiler } from "./codegen.ts";
import { addCompare, constantValue, jumpIf, visitExpr } from "./codegen-expr.ts";
import { visitStmts } from "./codegen-stmt.ts";
import { fromAstConstant } from "./consts.ts";
import { type Label, type Loc, locOf, NEXT_LOCATION, NO_LOCATION } from "./instr.ts";
import { NbOp, Op } from "./opcodes.ts";

interface PatternContext {
  stores: string[];
  allowIrrefutable: boolean;
  failPop: Label[];
  onTop: number;
}

const EQ = { constructor: { _name: "Eq" } } as unknown as A.cmpop;
const GTE = { constructor: { _name: "GtE" } } as unknown as A.cmpop;
const IS = { constructor: { _name: "Is" } } as unknown as A.cmpop;

const isWildcard = (p: A.pattern) =>
  kindOf(p) === "MatchAs" && !(p as A.MatchAs).pattern && !(p as A.MatchAs).name;
const isStarWildcard = (p: A.pattern) => kindOf(p) === "MatchStar" && !(p as A.MatchStar).name;

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length < n + 1) pc.failPop.push(c.newLabel());
}

function jumpToFailPop(c: Compiler, loc: Loc, pc: PatternContext, op: number): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.addopJump(op, pc.failPop[pops]!, loc);
}

function emitAndResetFailPop(c: Compiler, loc: Loc, pc: PatternContext): void {
  if (pc.failPop.length === 0) return;
  for (let i = pc.failPop.length - 1; i > 0; i--) {
    c.useLabel(pc.failPop[i]!);
    c.addop(Op.POP_TOP, loc);
  }
  c.useLabel(pc.failPop[0]!);
  pc.failPop = [];
}

function rotate(c: Compiler, loc: Loc, count: number): void {
  while (count > 1) c.addopI(Op.SWAP, count--, loc);
}

function storeName(c: Compiler, loc: Loc, name: string | null, pc: PatternContext): void {
  if (name === null) {
    c.addop(Op.POP_TOP, loc);
    return;
  }
  c.checkForbidden(loc, name, "Store");
  if (pc.stores.includes(name)) c.error(loc, `multiple assignments to name '${name}' in pattern`);
  rotate(c, loc, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function unpackHelper(c: Compiler, loc: Loc, elts: A.pattern[]): void {
  const n = elts.length;
  let seenStar = false;
  for (let i = 0; i < n; i++) {
    const k = kindOf(elts[i]!);
    if (k === "MatchStar" && !seenStar) {
      c.addopI(Op.UNPACK_EX, i + ((n - i - 1) << 8), loc);
      seenStar = true;
    } else if (k === "MatchStar") {
      c.error(loc, "multiple starred expressions in sequence pattern");
    }
  }
  if (!seenStar) c.addopI(Op.UNPACK_SEQUENCE, n, loc);
}

function subpattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const saved = pc.allowIrrefutable;
  pc.allowIrrefutable = true;
  pattern(c, p, pc);
  pc.allowIrrefutable = saved;
}

function pattern(c: Compiler, p: A.pattern, pc: PatternContext): void {
  const loc = locOf(p);
  switch (kindOf(p)) {
    case "MatchValue": {
      const value = foldMatchValue((p as A.MatchValue).value);
      if (value === null) c.error(loc, "patterns may only match literals and attribute lookups");
      if (value.kind === "const") c.loadConst(value.value, loc);
      else visitExpr(c, value.expr);
      addCompare(c, loc, EQ);
      c.addop(Op.TO_BOOL, loc);
      jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
      return;
    }
    case "MatchSingleton":
      c.loadConst(fromAstConstant((p as A.MatchSingleton).value), loc);
      addCompare(c, loc, IS);
      jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
      return;
    case "MatchSequence":
      patternSequence(c, p as A.MatchSequence, pc);
      return;
    case "MatchMapping":
      patternMapping(c, p as A.MatchMapping, pc);
      return;
    case "MatchClass":
      patternClass(c, p as A.MatchClass, pc);
      return;
    case "MatchStar":
      storeName(c, loc, (p as A.MatchStar).name, pc);
      return;
    case "MatchAs": {
      const m = p as A.MatchAs;
      if (m.pattern === null) {
        if (!pc.allowIrrefutable) {
          if (m.name) c.error(loc, `name capture '${m.name}' makes remaining patterns unreachable`);
          c.error(loc, "wildcard makes remaining patterns unreachable");
        }
        storeName(c, loc, m.name, pc);
        return;
      }
      pc.onTop++;
      c.addopI(Op.COPY, 1, loc);
      pattern(c, m.pattern, pc);
      pc.onTop--;
      storeName(c, loc, m.name, pc);
      return;
    }
    case "MatchOr":
      patternOr(c, p as A.MatchOr, pc);
      return;
  }
}

type Folded = { kind: "const"; value: PyValue } | { kind: "expr"; expr: A.expr };

/** Match values: literals (with -x and real±imag folded, as the AST optimizer does) or dotted names. */
function foldMatchValue(e: A.expr): Folded | null {
  const k = kindOf(e);
  if (k === "Attribute") return { kind: "expr", expr: e };
  const num = (x: A.expr): PyValue | null => {
    if (kindOf(x) === "Constant") return constantValue(x as A.Constant);
    if (kindOf(x) === "UnaryOp" && kindOf((x as A.UnaryOp).op) === "USub") {
      const v = num((x as A.UnaryOp).operand);
      if (typeof v === "number") return v === 0 ? 0 : -v;
      if (typeof v === "bigint") return -v;
      if (v instanceof PyFloat) return new PyFloat(-v.value);
      if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
      return null;
    }
    return null;
  };
  if (k === "Constant" || k === "UnaryOp") {
    const v = num(e);
    return v === null ? null : { kind: "const", value: v };
  }
  if (k === "BinOp") {
    const b = e as A.BinOp;
    const op = kindOf(b.op);
    if (op !== "Add" && op !== "Sub") return null;
    const l = num(b.left);
    const r = num(b.right);
    if (l === null || !(r instanceof PyComplex)) return null;
    const real =
      typeof l === "number" ? l : l instanceof PyFloat ? l.value : typeof l === "bigint" ? Number(l) : null;
    if (real === null) return null;
    const sign = op === "Add" ? 1 : -1;
    return { kind: "const", value: new PyComplex(real + sign * r.real, sign * r.imag) };
  }
  return null;
}

function patternSequence(c: Compiler, p: A.MatchSequence, pc: PatternContext): void {
  const loc = locOf(p);
  const patterns = p.patterns;
  const size = patterns.length;
  let star = -1;
  let onlyWildcard = true;
  let starWildcard = false;
  for (let i = 0; i < size; i++) {
    const q = patterns[i]!;
    if (kindOf(q) === "MatchStar") {
      if (star >= 0) c.error(loc, "multiple starred names in sequence pattern");
      starWildcard = isStarWildcard(q);
      onlyWildcard &&= starWildcard;
      star = i;
      continue;
    }
    onlyWildcard &&= isWildcard(q);
  }
  pc.onTop++;
  c.addop(Op.MATCH_SEQUENCE, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  if (star < 0) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst(size, loc);
    addCompare(c, loc, EQ);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    // Star: len(subject) >= size - 1 (codegen_pattern_sequence)
    c.addop(Op.GET_LEN, loc);
    c.loadConst(size - 1, loc);
    addCompare(c, loc, GTE);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  }
  // Whatever comes next consumes the subject.
  pc.onTop--;
  if (onlyWildcard) {
    c.addop(Op.POP_TOP, loc);
  } else if (starWildcard) {
    // Subscripts instead of unpacking: [first, *_, last] and the like.
    pc.onTop++;
    for (let i = 0; i < size; i++) {
      const q = patterns[i]!;
      if (isWildcard(q) || i === star) continue;
      c.addopI(Op.COPY, 1, loc);
      if (i < star) {
        c.loadConst(i, loc);
      } else {
        c.addop(Op.GET_LEN, loc);
        c.loadConst(size - i, loc);
        c.addopI(Op.BINARY_OP, NbOp.NB_SUBTRACT, loc);
      }
      c.addopI(Op.BINARY_OP, NbOp.NB_SUBSCR, loc);
      subpattern(c, q, pc);
    }
    pc.onTop--;
    c.addop(Op.POP_TOP, loc);
  } else {
    unpackHelper(c, loc, patterns);
    pc.onTop += size;
    for (const q of patterns) {
      pc.onTop--;
      subpattern(c, q, pc);
    }
  }
}

function patternMapping(c: Compiler, p: A.MatchMapping, pc: PatternContext): void {
  const loc = locOf(p);
  const keys = p.keys;
  const patterns = p.patterns;
  let size = keys.length;
  const starTarget = p.rest;
  pc.onTop++;
  c.addop(Op.MATCH_MAPPING, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  if (!size && !starTarget) {
    pc.onTop--;
    c.addop(Op.POP_TOP, loc);
    return;
  }
  if (size) {
    c.addop(Op.GET_LEN, loc);
    c.loadConst(size, loc);
    addCompare(c, loc, GTE);
    jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  }
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    const key = keys[i] as A.expr | null;
    if (key === null)
      c.error(locOf(patterns[i]!), "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
    const folded = foldMatchValue(key);
    if (folded?.kind === "const") {
      const id = keyId(folded.value);
      if (seen.has(id)) c.error(loc, `mapping pattern checks duplicate key (${reprKey(folded.value)})`);
      seen.add(id);
      c.loadConst(folded.value, locOf(key));
    } else if (kindOf(key) === "Attribute") {
      visitExpr(c, key);
    } else {
      c.error(loc, "mapping pattern keys may only match literals and attribute lookups");
    }
  }
  c.addopI(Op.BUILD_TUPLE, size, loc);
  c.addop(Op.MATCH_KEYS, loc);
  pc.onTop += 2;
  c.addopI(Op.COPY, 1, loc);
  c.loadConst(None, loc);
  c.addopI(Op.IS_OP, 1, loc);
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, size, loc);
  pc.onTop += size - 1;
  for (const q of patterns) {
    pc.onTop--;
    subpattern(c, q, pc);
  }
  pc.onTop -= 2;
  if (starTarget) {
    // rest = dict(subject); for key in keys: del rest[key]
    c.addopI(Op.BUILD_MAP, 0, loc);
    c.addopI(Op.SWAP, 3, loc);
    c.addopI(Op.DICT_UPDATE, 2, loc);
    c.addopI(Op.UNPACK_SEQUENCE, size, loc);
    while (size) {
      c.addopI(Op.COPY, 1 + size--, loc);
      c.addopI(Op.SWAP, 2, loc);
      c.addop(Op.DELETE_SUBSCR, loc);
    }
    storeName(c, loc, starTarget, pc);
  } else {
    c.addop(Op.POP_TOP, loc);
    c.addop(Op.POP_TOP, loc);
  }
}

function keyId(v: PyValue): string {
  // Keys that compare equal are duplicates (1, 1.0 and True all are).
  if (typeof v === "boolean") return `n${v ? 1 : 0}`;
  if (typeof v === "number" || typeof v === "bigint") return `n${v}`;
  if (v instanceof PyFloat) return `n${v.value}`;
  if (typeof v === "string") return `s${v}`;
  if (v === None) return "None";
  return `o${String(v)}`;
}

function reprKey(v: PyValue): string {
  if (typeof v === "string") return `'${v}'`;
  if (typeof v === "boolean") return v ? "True" : "False";
  if (v === None) return "None";
  if (v instanceof PyFloat) return Number.isInteger(v.value) ? `${v.value}.0` : String(v.value);
  return String(v);
}

function patternClass(c: Compiler, p: A.MatchClass, pc: PatternContext): void {
  const loc = locOf(p);
  const patterns = p.patterns;
  const kwdAttrs = p.kwd_attrs;
  const kwdPatterns = p.kwd_patterns;
  const nargs = patterns.length;
  const nattrs = kwdAttrs.length;
  for (let i = 0; i < nattrs; i++) {
    const attr = kwdAttrs[i]!;
    c.checkForbidden(locOf(kwdPatterns[i]!), attr, "Store");
    for (let j = i + 1; j < nattrs; j++) {
      if (kwdAttrs[j] === attr)
        c.error(locOf(kwdPatterns[j]!), `attribute name repeated in class pattern: ${attr}`);
    }
  }
  visitExpr(c, p.cls);
  c.addopI(Op.LOAD_CONST, c.addConst(new PyTuple(kwdAttrs.slice())), loc);
  c.addopI(Op.MATCH_CLASS, nargs, loc);
  c.addopI(Op.COPY, 1, loc);
  c.loadConst(None, loc);
  c.addopI(Op.IS_OP, 1, loc);
  pc.onTop++;
  jumpToFailPop(c, loc, pc, Op.POP_JUMP_IF_FALSE);
  c.addopI(Op.UNPACK_SEQUENCE, nargs + nattrs, loc);
  pc.onTop += nargs + nattrs - 1;
  for (let i = 0; i < nargs + nattrs; i++) {
    pc.onTop--;
    const q = i < nargs ? patterns[i]! : kwdPatterns[i - nargs]!;
    if (isWildcard(q)) {
      c.addop(Op.POP_TOP, loc);
      continue;
    }
    subpattern(c, q, pc);
  }
}

function patternOr(c: Compiler, p: A.MatchOr, pc: PatternContext): void {
  const loc = locOf(p);
  const end = c.newLabel();
  const size = p.patterns.length;
  const old = {
    stores: pc.stores,
    allowIrrefutable: pc.allowIrrefutable,
    failPop: pc.failPop,
    onTop: pc.onTop,
  };
  let control: string[] | null = null;
  for (let i = 0; i < size; i++) {
    const alt = p.patterns[i]!;
    const aloc = locOf(alt);
    pc.stores = [];
    pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
    pc.failPop = [];
    pc.onTop = 0;
    c.addopI(Op.COPY, 1, aloc);
    pattern(c, alt, pc);
    const nstores = pc.stores.length;
    if (i === 0) {
      control = pc.stores.slice();
    } else if (nstores !== control!.length) {
      c.error(loc, "alternative patterns bind different names");
    } else if (nstores) {
      let icontrol = nstores;
      while (icontrol--) {
        const name = control![icontrol]!;
        const istores = pc.stores.indexOf(name);
        if (istores < 0) c.error(loc, "alternative patterns bind different names");
        if (icontrol !== istores) {
          let rotations = istores + 1;
          const rotated = pc.stores.slice(0, rotations);
          pc.stores.splice(0, rotations);
          pc.stores.splice(icontrol - istores, 0, ...rotated);
          while (rotations--) rotate(c, aloc, icontrol + 1);
        }
      }
    }
    c.addopJump(Op.JUMP, end, aloc);
    emitAndResetFailPop(c, aloc, pc);
  }
  pc.stores = old.stores;
  pc.allowIrrefutable = old.allowIrrefutable;
  pc.failPop = old.failPop;
  pc.onTop = old.onTop;
  // No alternative matched: pop the remaining copy of the subject and fail.
  c.addop(Op.POP_TOP, loc);
  jumpToFailPop(c, loc, pc, Op.JUMP);
  c.useLabel(end);
  const nstores = control!.length;
  const nrots = nstores + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < nstores; i++) {
    rotate(c, loc, nrots);
    const name = control![i]!;
    if (pc.stores.includes(name)) c.error(loc, `multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }
  c.addop(Op.POP_TOP, loc);
}

/** codegen_match */
export function visitMatch(c: Compiler, s: A.Match): void {
  visitExpr(c, s.subject);
  const end = c.newLabel();
  const cases = s.cases.length;
  const last = s.cases[cases - 1]!;
  const hasDefault = isWildcard(last.pattern) && cases > 1;
  c.u.inConditionalBlock++;
  const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
  for (let i = 0; i < cases - (hasDefault ? 1 : 0); i++) {
    const m = s.cases[i]!;
    const ploc = locOf(m.pattern);
    if (i !== cases - (hasDefault ? 1 : 0) - 1) c.addopI(Op.COPY, 1, ploc);
    pc.stores = [];
    pc.allowIrrefutable = m.guard !== null || i === cases - 1;
    pc.failPop = [];
    pc.onTop = 0;
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameop(ploc, name, "Store");
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, ploc, m.guard, pc.failPop[0]!, false);
    }
    // NEXT_LOCATION: branch events get the location of the case body.
    if (i !== cases - (hasDefault ? 1 : 0) - 1) c.addop(Op.POP_TOP, NEXT_LOCATION);
    visitStmts(c, m.body);
    c.addopJump(Op.JUMP, end, NO_LOCATION);
    emitAndResetFailPop(c, ploc, pc);
  }
  if (hasDefault) {
    const m = last;
    const ploc = locOf(m.pattern);
    if (cases === 1) c.addop(Op.POP_TOP, ploc);
    else c.addop(Op.NOP, ploc);
    if (m.guard) jumpIf(c, ploc, m.guard, end, false);
    visitStmts(c, m.body);
  }
  c.u.inConditionalBlock--;
  c.useLabel(end);
}
