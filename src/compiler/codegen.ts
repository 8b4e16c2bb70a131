// The code generator's state and the helpers every visitor uses: the stack of code units
// (_PyCompile_EnterScope/_PyCompile_ExitScope in Python/compile.c), instruction emission
// (ADDOP/ADDOP_I/ADDOP_JUMP/ADDOP_NAME/ADDOP_LOAD_CONST), name resolution (codegen_nameop),
// frame blocks, closures. The visitors live in codegen-stmt.ts, codegen-expr.ts, ...

import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_GENERATOR,
  CO_HAS_DOCSTRING,
  CO_METHOD,
  CO_NESTED,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
  type PyCode,
} from "../objects/code.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import type * as A from "../parser/ast.ts";
import { assemble } from "./assemble.ts";
import { kindOf } from "./astutil.ts";
import { CompilerBug, syntaxError } from "./errors.ts";
import { FUTURE_ANNOTATIONS } from "./future.ts";
import { type Instr, Label, type Loc, makeLoc, NO_LOCATION } from "./instr.ts";
import {
  MAKE_FUNCTION_ANNOTATE,
  MAKE_FUNCTION_ANNOTATIONS,
  MAKE_FUNCTION_CLOSURE,
  MAKE_FUNCTION_DEFAULTS,
  MAKE_FUNCTION_KWDEFAULTS,
  Op,
} from "./opcodes.ts";
import {
  BlockType,
  CELL,
  DEF_COMP_CELL,
  DEF_FREE_CLASS,
  FREE,
  GLOBAL_EXPLICIT,
  GLOBAL_IMPLICIT,
  isFunctionLike,
  LOCAL,
  mangle,
  maybeMangle,
  SCOPE_MASK,
  SCOPE_OFFSET,
  type SymbolTable,
  type SymbolTableEntry,
} from "./symtable.ts";
import { CompilerUnit, type FBlock, type FBlockType, ScopeType } from "./unit.ts";
import { makeWarning, type WarnFn } from "./warnings.ts";

/** Past this many items, build collections incrementally (_PY_STACK_USE_GUIDELINE). */
export const STACK_USE_GUIDELINE = 30;

/** PyCF_MASK: the compile() flags that flow into co_flags (the CO_FUTURE_* bits). */
const PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;

export type Ctx = "Load" | "Store" | "Del";

export class Compiler {
  u!: CompilerUnit;
  readonly stack: CompilerUnit[] = [];
  /** Line of the last leading `from __future__` import (c_future.ff_location), -1 if none. */
  futureLineno = -1;
  /** Receives SyntaxWarnings; may throw a ParseError to make one an error. */
  warnFn: WarnFn | null = null;

  constructor(
    readonly st: SymbolTable,
    readonly filename: string,
    /** compile() flags merged with the module's __future__ features. */
    readonly flags: number,
    readonly optimize: number,
    readonly interactive: boolean,
  ) {}

  get ste(): SymbolTableEntry {
    return this.u.ste;
  }

  get futureAnnotations(): boolean {
    return (this.flags & FUTURE_ANNOTATIONS) !== 0;
  }

  // --- scopes ---

  /** _PyCompile_EnterScope + codegen_enter_scope. */
  enterScope(
    name: string,
    scopeType: ScopeType,
    key: object,
    lineno: number,
    privateName: string | null,
    umd: { argcount?: number; posonlyargcount?: number; kwonlyargcount?: number } = {},
  ): void {
    const ste = this.st.lookup(key);
    // Annotation-like scopes take one argument, stored as ".format" but shown as "format".
    const varnames =
      ste.type === BlockType.Annotation
        ? ste.varnames.map((n) => (n === ".format" ? "format" : n))
        : ste.varnames;
    const cellvars = dictByType(ste, CELL, DEF_COMP_CELL);
    if (ste.needsClassClosure) cellvars.push("__class__");
    if (ste.needsClassdict) cellvars.push("__classdict__");
    if (ste.hasConditionalAnnotations) cellvars.push("__conditional_annotations__");
    const freevars = dictByType(ste, FREE, DEF_FREE_CLASS);
    if (privateName === null && this.u) privateName = this.u.privateName;
    const u = new CompilerUnit(ste, name, scopeType, lineno, privateName, varnames, cellvars, freevars);
    u.argcount = umd.argcount ?? 0;
    u.posonlyargcount = umd.posonlyargcount ?? 0;
    u.kwonlyargcount = umd.kwonlyargcount ?? 0;
    if (scopeType === ScopeType.Class) u.staticAttributes = new Set();
    if (this.u) this.stack.push(this.u);
    this.u = u;
    if (scopeType !== ScopeType.Module) this.setQualname();
    // A module's RESUME is on line 0 (its end line stays 1, as CPython leaves it).
    const loc = makeLoc(scopeType === ScopeType.Module ? 0 : lineno, lineno, 0, 0);
    this.addopI(Op.RESUME, 0, loc);
    if (scopeType === ScopeType.Module) {
      this.u.annotationsPlaceholder = this.u.seq.instrs.length;
      this.addop(Op.ANNOTATIONS_PLACEHOLDER, loc);
    }
  }

  exitScope(): void {
    const parent = this.stack.pop();
    if (parent) this.u = parent;
  }

  /** compiler_set_qualname */
  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      let parent = this.stack[this.stack.length - 1]!;
      if (parent.scopeType === ScopeType.Annotations) {
        // A type-parameter scope: look at the grandparent.
        if (this.stack.length === 2) {
          u.qualname = u.name;
          return;
        }
        parent = this.stack[this.stack.length - 2]!;
      }
      let forceGlobal = false;
      if (
        u.scopeType === ScopeType.Function ||
        u.scopeType === ScopeType.AsyncFunction ||
        u.scopeType === ScopeType.Class
      ) {
        const mangled = mangle(parent.privateName, u.name);
        if (parent.ste.getScope(mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (
          parent.scopeType === ScopeType.Function ||
          parent.scopeType === ScopeType.AsyncFunction ||
          parent.scopeType === ScopeType.Lambda
        ) {
          base = `${parent.qualname}.<locals>`;
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  /** _PyCompile_OptimizeAndAssemble: finish the unit (implicit return) and build its code object. */
  optimizeAndAssemble(addNone: boolean): PyCode {
    if (addNone) this.loadConst(None, NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    return assemble(this.u, this.computeCodeFlags(), this.filename);
  }

  /** compute_code_flags */
  computeCodeFlags(): number {
    const ste = this.ste;
    let flags = 0;
    if (isFunctionLike(ste)) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste.nested) flags |= CO_NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO_GENERATOR;
      if (ste.generator && ste.coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO_VARARGS;
      if (ste.varkeywords) flags |= CO_VARKEYWORDS;
      if (ste.hasDocstring && this.optimize < 2) flags |= CO_HAS_DOCSTRING;
      if (ste.method) flags |= CO_METHOD;
    }
    if (ste.coroutine && !ste.generator) flags |= CO_COROUTINE;
    flags |= this.flags & PyCF_MASK;
    return flags;
  }

  // --- errors and warnings ---

  /** _PyCompile_Warn */
  warn(loc: Loc, msg: string): void {
    this.warnFn?.(makeWarning(msg, loc));
  }

  error(loc: Loc, msg: string): never {
    throw syntaxError(msg, loc.lineno < 0 ? null : loc);
  }

  // --- emission ---

  addop(op: number, loc: Loc): Instr {
    return this.u.seq.add(op, 0, loc);
  }

  addopI(op: number, arg: number, loc: Loc): Instr {
    return this.u.seq.add(op, arg, loc);
  }

  addopJump(op: number, target: Label, loc: Loc): Instr {
    return this.u.seq.add(op, 0, loc, target);
  }

  newLabel(): Label {
    return new Label();
  }

  useLabel(l: Label): void {
    this.u.seq.useLabel(l);
  }

  addConst(v: PyValue): number {
    return this.u.consts.add(v);
  }

  /** ADDOP_LOAD_CONST: small ints use LOAD_SMALL_INT (codegen_addop_load_const). */
  loadConst(v: PyValue, loc: Loc): void {
    if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 256 && !Object.is(v, -0)) {
      // The constant is still registered: remove_unused_consts keeps co_consts[0] even when
      // unused, so a leading small int stays in co_consts as in CPython.
      this.addConst(v);
      this.addopI(Op.LOAD_SMALL_INT, v, loc);
      return;
    }
    this.addopI(Op.LOAD_CONST, this.addConst(v), loc);
  }

  /** ADDOP_NAME with co_names: LOAD_ATTR/LOAD_GLOBAL/... (mangled). */
  addopName(op: number, name: string, loc: Loc): void {
    const arg = this.u.names.add(this.maybeMangle(name));
    this.addopI(op, op === Op.LOAD_GLOBAL || op === Op.LOAD_ATTR ? arg << 1 : arg, loc);
  }

  /** LOAD_ATTR with the method bit (the LOAD_METHOD pseudo-op of codegen_addop_name). */
  addopLoadMethod(name: string, loc: Loc): void {
    const arg = this.u.names.add(this.maybeMangle(name));
    this.addopI(Op.LOAD_ATTR, (arg << 1) | 1, loc);
  }

  /** LOAD_SUPER_ATTR (twoArg: super(a, b); method: followed by a call). */
  addopSuperAttr(name: string, twoArg: boolean, method: boolean, loc: Loc): void {
    const arg = this.u.names.add(this.maybeMangle(name));
    this.addopI(Op.LOAD_SUPER_ATTR, (arg << 2) | (twoArg ? 2 : 0) | (method ? 1 : 0), loc);
  }

  /** ADDOP_N(..., varnames/cellvars/freevars): fast or deref access by index. */
  addopVar(op: number, name: string, table: "varnames" | "cellvars" | "freevars", loc: Loc): void {
    const t = this.u[table];
    this.addopI(op, t.add(name), loc);
  }

  // --- names ---

  mangle(name: string): string {
    return mangle(this.u.privateName, name);
  }

  maybeMangle(name: string): string {
    return maybeMangle(this.u.privateName, this.ste, name);
  }

  /** forbidden_name / codegen_check_forbidden: assignments to __debug__. */
  checkForbidden(loc: Loc, name: string, ctx: Ctx): void {
    if (ctx === "Store" && name === "__debug__") this.error(loc, "cannot assign to __debug__");
    if (ctx === "Del" && name === "__debug__") this.error(loc, "cannot delete __debug__");
  }

  isInInlinedComp(): boolean {
    return this.u.inInlinedComp > 0;
  }

  /** codegen_nameop */
  nameop(loc: Loc, name: string, ctx: Ctx): void {
    this.checkForbidden(loc, name, ctx);
    // __debug__ is a constant (the AST preprocessor replaces it: Python/ast_preprocess.c).
    if (name === "__debug__" && ctx === "Load") {
      this.loadConst(this.optimize === 0, loc);
      return;
    }
    const mangled = this.maybeMangle(name);
    const ste = this.ste;
    const scope = ste.getScope(mangled);
    // _PyCompile_ResolveNameop
    let optype: "name" | "deref" | "fast" | "global" = "name";
    switch (scope) {
      case FREE:
      case CELL:
        optype = "deref";
        break;
      case LOCAL:
        if (isFunctionLike(ste)) optype = "fast";
        else if (this.u.fasthidden.get(mangled) === true) optype = "fast";
        break;
      case GLOBAL_IMPLICIT:
        if (isFunctionLike(ste)) optype = "global";
        break;
      case GLOBAL_EXPLICIT:
        optype = "global";
        break;
    }
    switch (optype) {
      case "deref": {
        const table = scope === FREE ? this.u.freevars : this.u.cellvars;
        const arg = table.add(mangled);
        if (ctx === "Load") {
          if (ste.type === BlockType.Class && !this.isInInlinedComp()) {
            this.addop(Op.LOAD_LOCALS, loc);
            this.addopI(Op.LOAD_FROM_DICT_OR_DEREF, arg, loc);
          } else if (ste.canSeeClassScope) {
            this.loadClassdictFreevar(loc);
            this.addopI(Op.LOAD_FROM_DICT_OR_DEREF, arg, loc);
          } else {
            this.addopI(Op.LOAD_DEREF, arg, loc);
          }
        } else {
          this.addopI(ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF, arg, loc);
        }
        return;
      }
      case "fast": {
        const arg = this.u.varnames.add(mangled);
        this.addopI(
          ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST,
          arg,
          loc,
        );
        return;
      }
      case "global": {
        const arg = this.u.names.add(mangled);
        if (ctx === "Load") {
          if (ste.canSeeClassScope && scope === GLOBAL_IMPLICIT) {
            this.loadClassdictFreevar(loc);
            this.addopI(Op.LOAD_FROM_DICT_OR_GLOBALS, arg, loc);
          } else {
            this.addopI(Op.LOAD_GLOBAL, arg << 1, loc);
          }
        } else {
          this.addopI(ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, arg, loc);
        }
        return;
      }
      case "name": {
        const arg = this.u.names.add(mangled);
        if (ctx === "Load") {
          const op = ste.type === BlockType.Class && this.isInInlinedComp() ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
          this.addopI(op, op === Op.LOAD_GLOBAL ? arg << 1 : arg, loc);
        } else {
          this.addopI(ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME, arg, loc);
        }
        return;
      }
    }
  }

  /** codegen_load_classdict_freevar */
  loadClassdictFreevar(loc: Loc): void {
    this.addopVar(Op.LOAD_DEREF, "__classdict__", "freevars", loc);
  }

  /** _PyCompile_GetRefType */
  getRefType(name: string): number {
    if (
      this.u.scopeType === ScopeType.Class &&
      (name === "__class__" || name === "__classdict__" || name === "__conditional_annotations__")
    )
      return CELL;
    const scope = this.ste.getScope(name);
    if (scope === 0)
      throw new CompilerBug(`_PyST_GetScope(name='${name}') failed: unknown scope in unit ${this.u.name}`);
    return scope;
  }

  /** _PyCompile_LookupArg: index of a closure variable in this unit's cell/free tables. */
  lookupArg(name: string): number {
    const reftype = this.getRefType(name);
    const t = reftype === CELL ? this.u.cellvars : this.u.freevars;
    const arg = t.get(name);
    if (arg === undefined)
      throw new CompilerBug(
        `compiler_lookup_arg(name='${name}') with reftype=${reftype} failed in ${this.u.name}`,
      );
    return arg;
  }

  /** codegen_make_closure */
  makeClosure(loc: Loc, co: PyCode, flags: number): void {
    if (co.co_nfreevars) {
      for (const name of co.co_freevars) this.addopI(Op.LOAD_CLOSURE, this.lookupArg(name), loc);
      flags |= MAKE_FUNCTION_CLOSURE;
      this.addopI(Op.BUILD_TUPLE, co.co_nfreevars, loc);
    }
    this.addopI(Op.LOAD_CONST, this.addConst(co), loc);
    this.addop(Op.MAKE_FUNCTION, loc);
    if (flags & MAKE_FUNCTION_CLOSURE) this.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_CLOSURE, loc);
    if (flags & MAKE_FUNCTION_ANNOTATIONS)
      this.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_ANNOTATIONS, loc);
    if (flags & MAKE_FUNCTION_ANNOTATE) this.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_ANNOTATE, loc);
    if (flags & MAKE_FUNCTION_KWDEFAULTS)
      this.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_KWDEFAULTS, loc);
    if (flags & MAKE_FUNCTION_DEFAULTS) this.addopI(Op.SET_FUNCTION_ATTRIBUTE, MAKE_FUNCTION_DEFAULTS, loc);
  }

  // --- frame blocks ---

  pushFBlock(loc: Loc, type: FBlockType, block: Label | null, exit: Label | null, datum: unknown): void {
    if (this.u.fblocks.length >= 20) this.error(loc, "too many statically nested blocks");
    this.u.fblocks.push({ type, block, exit, loc, datum });
  }

  popFBlock(_type: FBlockType): void {
    this.u.fblocks.pop();
  }

  topFBlock(): FBlock | null {
    return this.u.fblocks[this.u.fblocks.length - 1] ?? null;
  }

  // --- misc ---

  /** _PyCompile_MaybeAddStaticAttributeToClass: `self.x = ...` in a method. */
  maybeAddStaticAttribute(e: A.Attribute): void {
    const v = e.value;
    if (kindOf(v) !== "Name" || kindOf(e.ctx) !== "Store" || (v as A.Name).id !== "self") return;
    for (let i = this.stack.length; i >= 0; i--) {
      const u = i === this.stack.length ? this.u : this.stack[i]!;
      if (u.scopeType === ScopeType.Class) {
        u.staticAttributes!.add(e.attr);
        break;
      }
    }
  }
}

/** dictbytype: names of a scope (or with a flag), sorted, as CPython orders cellvars/freevars. */
function dictByType(ste: SymbolTableEntry, scopeType: number, flag: number): string[] {
  const out: string[] = [];
  for (const [name, v] of ste.symbols) {
    const scope = (v >> SCOPE_OFFSET) & SCOPE_MASK;
    if (scope === scopeType || v & flag) out.push(name);
  }
  return out.sort(comparePyStr);
}

/** Python's str ordering (by code point). */
export function comparePyStr(a: string, b: string): number {
  const ca = Array.from(a);
  const cb = Array.from(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i]!.codePointAt(0)!;
    const y = cb[i]!.codePointAt(0)!;
    if (x !== y) return x - y;
  }
  return ca.length - cb.length;
}

export function isFutureAnnotations(flags: number): boolean {
  return (flags & FUTURE_ANNOTATIONS) !== 0;
}
