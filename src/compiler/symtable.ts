// The symbol table: which scope each name lives in. Follows CPython 3.14's Python/symtable.c:
// a first pass over the AST records raw facts per block (symtable_visit_*), a second pass
// (analyze_block) decides LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL, inlines
// list/set/dict comprehensions into their parent (PEP 709) and adds the implicit class cells.
import type * as A from "../parser/ast.ts";
import { kindOf } from "./astutil.ts";
import { type Located, syntaxError } from "./errors.ts";
import { FUTURE_ANNOTATIONS } from "./future.ts";

// Symbol flags (Include/internal/pycore_symtable.h).
export const DEF_GLOBAL = 1;
export const DEF_LOCAL = 2;
export const DEF_PARAM = 4;
export const DEF_NONLOCAL = 8;
export const USE = 0x10;
export const DEF_FREE_CLASS = 0x40;
export const DEF_IMPORT = 0x80;
export const DEF_ANNOT = 0x100;
export const DEF_COMP_ITER = 0x200;
export const DEF_TYPE_PARAM = 0x400;
export const DEF_COMP_CELL = 0x800;
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

// Scopes.
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

export enum BlockType {
  Function = 0,
  Class = 1,
  Module = 2,
  Annotation = 3,
  TypeAlias = 4,
  TypeParameters = 5,
  TypeVariable = 6,
}

export enum Comprehension {
  None = 0,
  List = 1,
  Dict = 2,
  Set = 3,
  Generator = 4,
}

export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

function locOf(n: Located): Loc {
  return {
    lineno: n.lineno,
    col_offset: n.col_offset,
    end_lineno: n.end_lineno ?? n.lineno,
    end_col_offset: n.end_col_offset ?? n.col_offset,
  };
}

/** One scope (CPython's PySTEntryObject). */
export class SymbolTableEntry {
  readonly symbols = new Map<string, number>();
  /** Parameters, in order (posonly, args, kwonly, *args, **kwargs). */
  readonly varnames: string[] = [];
  children: SymbolTableEntry[] = [];
  /** global/nonlocal statements: name -> location of the statement, for error positions. */
  directives: Map<string, Loc> | null = null;
  mangledNames: Set<string> | null = null;
  nested = false;
  generator = false;
  coroutine = false;
  comprehension: Comprehension = Comprehension.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  needsClassClosure = false;
  needsClassdict = false;
  hasConditionalAnnotations = false;
  inConditionalBlock = false;
  inUnevaluatedAnnotation = false;
  annotationsUsed = false;
  compInlined = false;
  compIterTarget = false;
  compIterExpr = 0;
  canSeeClassScope = false;
  hasDocstring = false;
  method = false;
  /** For TypeVariable blocks: "a TypeVar bound" etc., used in error messages. */
  scopeInfo: string | null = null;
  annotationBlock: SymbolTableEntry | null = null;

  constructor(
    readonly name: string,
    readonly type: BlockType,
    readonly key: object,
    readonly loc: Loc,
  ) {}

  get lineno(): number {
    return this.loc.lineno;
  }

  /** The flags of a name (0 when unknown); the name is not mangled here. */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** _PyST_GetScope */
  getScope(name: string): number {
    return ((this.symbols.get(name) ?? 0) >> SCOPE_OFFSET) & SCOPE_MASK;
  }

  isFunctionLike(): boolean {
    return isFunctionLike(this);
  }
}

/** _PyST_IsFunctionLike */
export function isFunctionLike(ste: SymbolTableEntry): boolean {
  return (
    ste.type === BlockType.Function ||
    ste.type === BlockType.Annotation ||
    ste.type === BlockType.TypeVariable ||
    ste.type === BlockType.TypeAlias ||
    ste.type === BlockType.TypeParameters
  );
}

/** _Py_Mangle: private names in a class body become _Class__name. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

/** _Py_MaybeMangle: inside a generic class's type-parameter scope only listed names are mangled. */
export function maybeMangle(privateName: string | null, ste: SymbolTableEntry, name: string): string {
  if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
  return mangle(privateName, name);
}

/** The result of building a symbol table (CPython's struct symtable). */
export class SymbolTable {
  readonly blocks = new Map<object, SymbolTableEntry>();
  top!: SymbolTableEntry;

  lookup(key: object): SymbolTableEntry {
    const ste = this.blocks.get(key);
    if (ste === undefined) throw new Error("unknown symbol table entry");
    return ste;
  }
}

// Secondary keys for blocks that CPython keys by (pointer + 1): a TypeVar's default scope and a
// module/class's shared annotation scope.
const secondaryKeys = new WeakMap<object, object>();
export function secondaryKey(node: object): object {
  let k = secondaryKeys.get(node);
  if (k === undefined) {
    k = { secondaryOf: node };
    secondaryKeys.set(node, k);
  }
  return k;
}

const GLOBAL_PARAM = "name '%s' is parameter and global";
const NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
const GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
const NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
const GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
const NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
const GLOBAL_ANNOT = "annotated name '%s' can't be global";
const NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
const fmt = (m: string, name: string) => m.replace("%s", name);

/** Builds and analyses the symbol table of a module (_PySymtable_Build). */
export function buildSymtable(mod: A.mod, futureFeatures: number): SymbolTable {
  const b = new Builder(futureFeatures);
  return b.build(mod);
}

class Builder {
  readonly st = new SymbolTable();
  stack: SymbolTableEntry[] = [];
  cur!: SymbolTableEntry;
  global!: Map<string, number>;
  private: string | null = null;

  constructor(readonly future: number) {}

  build(mod: A.mod): SymbolTable {
    const top = this.enterBlock("top", BlockType.Module, mod, {
      lineno: 0,
      col_offset: 0,
      end_lineno: 0,
      end_col_offset: 0,
    });
    this.st.top = top;
    switch (kindOf(mod)) {
      case "Module":
      case "Interactive":
        for (const s of (mod as A.Module).body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr((mod as A.Expression).body);
        break;
      case "FunctionType": {
        const ft = mod as A.FunctionType;
        for (const e of ft.argtypes) this.visitExpr(e);
        this.visitExpr(ft.returns);
        break;
      }
    }
    this.exitBlock();
    analyzeBlock(top, null, new Set(), new Set(), new Set(), null);
    return this.st;
  }

  // --- blocks ---

  newEntry(name: string, type: BlockType, key: object, loc: Loc): SymbolTableEntry {
    const ste = new SymbolTableEntry(name, type, key, loc);
    const cur = this.stack.length ? this.cur : null;
    if (cur !== null && (cur.nested || isFunctionLike(cur))) ste.nested = true;
    // Functions (lambdas and comprehensions too) directly in a class body are methods (CO_METHOD).
    if (cur !== null && cur.type === BlockType.Class && type === BlockType.Function) ste.method = true;
    this.st.blocks.set(key, ste);
    return ste;
  }

  enterBlock(name: string, type: BlockType, key: object, loc: Loc): SymbolTableEntry {
    const ste = this.newEntry(name, type, key, loc);
    this.enterExistingBlock(ste, true);
    // Annotation-like scopes are functions of one positional-only argument, `format` (PEP 649).
    if (type === BlockType.Annotation || type === BlockType.TypeVariable || type === BlockType.TypeAlias) {
      this.addDef(".format", DEF_PARAM, loc);
      this.addDef(".format", USE, loc);
    }
    return ste;
  }

  enterExistingBlock(ste: SymbolTableEntry, addToChildren: boolean): void {
    const prev = this.stack.length ? this.cur : null;
    this.stack.push(ste);
    // bpo-37757: no assignment expression anywhere in a comprehension's outermost iterable.
    if (prev !== null) ste.compIterExpr = prev.compIterExpr;
    if (prev !== null && prev.mangledNames !== null && ste.type !== BlockType.Class)
      ste.mangledNames = prev.mangledNames;
    this.cur = ste;
    if (ste.type === BlockType.Module) this.global = ste.symbols;
    // With `from __future__ import annotations` every annotation becomes a string: annotation
    // scopes exist (the code generator still makes __annotate__ functions) but take no part in
    // name resolution.
    const futureAnnotation = (this.future & FUTURE_ANNOTATIONS) !== 0 && ste.type === BlockType.Annotation;
    if (addToChildren && prev !== null && !futureAnnotation) prev.children.push(ste);
  }

  exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1]!;
  }

  // --- definitions ---

  addDefHelper(name: string, flag: number, ste: SymbolTableEntry, loc: Loc): void {
    const mangled = maybeMangle(this.private, ste, name);
    const o = ste.symbols.get(mangled);
    let val: number;
    if (o !== undefined) {
      if (flag & DEF_PARAM && o & DEF_PARAM)
        throw syntaxError(`duplicate argument '${name}' in function definition`, loc);
      if (flag & DEF_TYPE_PARAM && o & DEF_TYPE_PARAM)
        throw syntaxError(`duplicate type parameter '${name}'`, loc);
      val = o | flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable of a comprehension: it may not also be a walrus target.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL))
        throw syntaxError(
          `comprehension inner loop cannot rebind assignment expression target '${name}'`,
          loc,
        );
      val |= DEF_COMP_ITER;
    }
    ste.symbols.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, flag | (this.global.get(mangled) ?? 0));
    }
  }

  addDef(name: string, flag: number, loc: Loc): void {
    this.addDefHelper(name, flag, this.cur, loc);
  }

  lookup(name: string): number {
    return this.lookupEntry(this.cur, name);
  }

  lookupEntry(ste: SymbolTableEntry, name: string): number {
    return ste.symbols.get(maybeMangle(this.private, ste, name)) ?? 0;
  }

  recordDirective(name: string, loc: Loc): void {
    if (this.cur.directives === null) this.cur.directives = new Map();
    const mangled = maybeMangle(this.private, this.cur, name);
    if (!this.cur.directives.has(mangled)) this.cur.directives.set(mangled, loc);
  }

  // --- statements (symtable_visit_stmt) ---

  visitStmts(body: A.stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  conditional(f: () => void): void {
    const cur = this.cur;
    const saved = cur.inConditionalBlock;
    cur.inConditionalBlock = true;
    f();
    cur.inConditionalBlock = saved;
  }

  visitStmt(s: A.stmt): void {
    const loc = locOf(s);
    switch (kindOf(s)) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        const f = s as A.FunctionDef;
        this.addDef(f.name, DEF_LOCAL, loc);
        this.visitExprs(f.args.defaults);
        this.visitExprsWithNull(f.args.kw_defaults);
        this.visitExprs(f.decorator_list);
        const generic = f.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(
            f.name,
            f.type_params,
            // CPython tests the (never NULL) defaults sequence: always true for a def.
            true,
            hasKwonlyDefaults(f.args),
            "FunctionDef",
            loc,
          );
          for (const tp of f.type_params) this.visitTypeParam(tp);
        }
        const ste = this.newEntry(f.name, BlockType.Function, f, loc);
        if (hasDocstring(f.body)) ste.hasDocstring = true;
        this.visitAnnotations(s, f.args, f.returns);
        this.enterExistingBlock(ste, true);
        if (kindOf(s) === "AsyncFunctionDef") this.cur.coroutine = true;
        this.visitArguments(f.args);
        this.visitStmts(f.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case "ClassDef": {
        const c = s as A.ClassDef;
        this.addDef(c.name, DEF_LOCAL, loc);
        this.visitExprs(c.decorator_list);
        const savedPrivate = this.private;
        const generic = c.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(c.name, c.type_params, false, false, "ClassDef", loc);
          this.private = c.name;
          this.cur.mangledNames = new Set();
          for (const tp of c.type_params) this.visitTypeParam(tp);
        }
        this.visitExprs(c.bases);
        for (const k of c.keywords) this.visitExpr(k.value);
        this.enterBlock(c.name, BlockType.Class, c, loc);
        this.private = c.name;
        if (generic) {
          this.addDef("__type_params__", DEF_LOCAL, loc);
          this.addDef(".type_params", USE, loc);
        }
        this.visitStmts(c.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        this.private = savedPrivate;
        break;
      }
      case "TypeAlias": {
        const t = s as A.TypeAlias;
        this.visitExpr(t.name);
        const name = (t.name as A.Name).id;
        const inClass = this.cur.type === BlockType.Class;
        const generic = t.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(name, t.type_params, false, false, "TypeAlias", loc);
          for (const tp of t.type_params) this.visitTypeParam(tp);
        }
        this.enterBlock(name, BlockType.TypeAlias, t, loc);
        this.cur.canSeeClassScope = inClass;
        if (inClass) this.addDef("__classdict__", USE, locOf(t.value));
        this.visitExpr(t.value);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case "Return": {
        const r = s as A.Return;
        if (r.value) {
          this.visitExpr(r.value);
          this.cur.returnsValue = true;
        }
        break;
      }
      case "Delete":
        this.visitExprs((s as A.Delete).targets);
        break;
      case "Assign": {
        const a = s as A.Assign;
        this.visitExprs(a.targets);
        this.visitExpr(a.value);
        break;
      }
      case "AnnAssign": {
        const a = s as A.AnnAssign;
        this.cur.annotationsUsed = true;
        if (kindOf(a.target) === "Name") {
          const target = a.target as A.Name;
          const cur = this.lookup(target.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && a.simple) {
            throw syntaxError(fmt(cur & DEF_GLOBAL ? GLOBAL_ANNOT : NONLOCAL_ANNOT, target.id), loc);
          }
          if (a.simple) {
            this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, locOf(target));
          } else if (a.value) {
            this.addDef(target.id, DEF_LOCAL, locOf(target));
          }
        } else {
          this.visitExpr(a.target);
        }
        this.visitAnnotation(a.annotation, secondaryKey(this.cur.key));
        if (a.value) this.visitExpr(a.value);
        break;
      }
      case "AugAssign": {
        const a = s as A.AugAssign;
        this.visitExpr(a.target);
        this.visitExpr(a.value);
        break;
      }
      case "For":
      case "AsyncFor": {
        const f = s as A.For;
        this.visitExpr(f.target);
        this.visitExpr(f.iter);
        this.conditional(() => {
          this.visitStmts(f.body);
          this.visitStmts(f.orelse);
        });
        break;
      }
      case "While": {
        const w = s as A.While;
        this.visitExpr(w.test);
        this.conditional(() => {
          this.visitStmts(w.body);
          this.visitStmts(w.orelse);
        });
        break;
      }
      case "If": {
        const i = s as A.If;
        this.visitExpr(i.test);
        this.conditional(() => {
          this.visitStmts(i.body);
          this.visitStmts(i.orelse);
        });
        break;
      }
      case "Match": {
        const m = s as A.Match;
        this.visitExpr(m.subject);
        this.conditional(() => {
          for (const c of m.cases) {
            this.visitPattern(c.pattern);
            if (c.guard) this.visitExpr(c.guard);
            this.visitStmts(c.body);
          }
        });
        break;
      }
      case "Raise": {
        const r = s as A.Raise;
        if (r.exc) {
          this.visitExpr(r.exc);
          if (r.cause) this.visitExpr(r.cause);
        }
        break;
      }
      case "Try":
      case "TryStar": {
        const t = s as A.Try;
        this.conditional(() => {
          this.visitStmts(t.body);
          for (const h of t.handlers) {
            const eh = h as A.ExceptHandler;
            if (eh.type) this.visitExpr(eh.type);
            if (eh.name) this.addDef(eh.name, DEF_LOCAL, locOf(eh));
            this.visitStmts(eh.body);
          }
          this.visitStmts(t.orelse);
          this.visitStmts(t.finalbody);
        });
        break;
      }
      case "Assert": {
        const a = s as A.Assert;
        this.visitExpr(a.test);
        if (a.msg) this.visitExpr(a.msg);
        break;
      }
      case "Import":
      case "ImportFrom":
        for (const a of (s as A.Import).names) this.visitAlias(a);
        break;
      case "Global":
      case "Nonlocal": {
        const isGlobal = kindOf(s) === "Global";
        for (const name of (s as A.Global).names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            let msg: string;
            if (cur & DEF_PARAM) msg = isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM;
            else if (cur & USE) msg = isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE;
            else if (cur & DEF_ANNOT) msg = isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT;
            else msg = isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
            throw syntaxError(fmt(msg, name), loc);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, loc);
          this.recordDirective(name, loc);
        }
        break;
      }
      case "Expr":
        this.visitExpr((s as A.Expr).value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
      case "AsyncWith": {
        const w = s as A.With;
        this.conditional(() => {
          for (const item of w.items) {
            this.visitExpr(item.context_expr);
            if (item.optional_vars) this.visitExpr(item.optional_vars);
          }
          this.visitStmts(w.body);
        });
        break;
      }
    }
  }

  visitAlias(a: A.alias): void {
    // `import a.b.c` binds `a`.
    const storeName = a.asname ?? a.name.split(".")[0]!;
    const loc = locOf(a as unknown as Located);
    if (a.name !== "*") {
      this.addDef(storeName, DEF_IMPORT, loc);
    } else if (this.cur.type !== BlockType.Module) {
      throw syntaxError("import * only allowed at module level", loc);
    }
  }

  enterTypeParamBlock(
    name: string,
    key: object,
    hasDefaults: boolean,
    hasKwDefaults: boolean,
    kind: string,
    loc: Loc,
  ): void {
    const currentType = this.cur.type;
    this.enterBlock(name, BlockType.TypeParameters, key, loc);
    if (currentType === BlockType.Class) {
      this.cur.canSeeClassScope = true;
      this.addDef("__classdict__", USE, loc);
    }
    if (kind === "ClassDef") {
      // Set when the type-params tuple is built, used when the bases are built.
      this.addDef(".type_params", DEF_LOCAL, loc);
      this.addDef(".type_params", USE, loc);
      // For the Generic[...] base.
      this.addDef(".generic_base", DEF_LOCAL, loc);
      this.addDef(".generic_base", USE, loc);
    }
    if (hasDefaults) this.addDef(".defaults", DEF_PARAM, loc);
    if (hasKwDefaults) this.addDef(".kwdefaults", DEF_PARAM, loc);
  }

  visitTypeParam(tp: A.type_param): void {
    const loc = locOf(tp);
    switch (kindOf(tp)) {
      case "TypeVar": {
        const t = tp as A.TypeVar;
        this.addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc);
        let info: string | null = null;
        if (t.bound) info = kindOf(t.bound) === "Tuple" ? "a TypeVar constraint" : "a TypeVar bound";
        this.visitBoundOrDefault(t.bound, t.name, tp, info, loc);
        this.visitBoundOrDefault(t.default_value, t.name, secondaryKey(tp), "a TypeVar default", loc);
        break;
      }
      case "TypeVarTuple": {
        const t = tp as A.TypeVarTuple;
        this.addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc);
        this.visitBoundOrDefault(t.default_value, t.name, tp, "a TypeVarTuple default", loc);
        break;
      }
      case "ParamSpec": {
        const t = tp as A.ParamSpec;
        this.addDef(t.name, DEF_TYPE_PARAM | DEF_LOCAL, loc);
        this.visitBoundOrDefault(t.default_value, t.name, tp, "a ParamSpec default", loc);
        break;
      }
    }
  }

  visitBoundOrDefault(e: A.expr | null, name: string, key: object, info: string | null, tpLoc: Loc): void {
    if (name === "__classdict__")
      throw syntaxError("reserved name '__classdict__' cannot be used for type parameter", tpLoc);
    if (e) {
      const inClass = this.cur.canSeeClassScope;
      this.enterBlock(name, BlockType.TypeVariable, key, locOf(e));
      this.cur.canSeeClassScope = inClass;
      if (inClass) this.addDef("__classdict__", USE, locOf(e));
      this.cur.scopeInfo = info;
      this.visitExpr(e);
      this.exitBlock();
    }
  }

  /** symtable_visit_annotations: a function's parameter and return annotations (PEP 649). */
  visitAnnotations(s: A.stmt, a: A.arguments_, returns: A.expr | null): void {
    const inClass = this.cur.canSeeClassScope;
    const currentType = this.cur.type;
    this.enterBlock("__annotate__", BlockType.Annotation, a, locOf(s));
    if (inClass || currentType === BlockType.Class) {
      this.cur.canSeeClassScope = true;
      this.addDef("__classdict__", USE, locOf(s));
    }
    const ann = (args: A.arg[]) => {
      for (const x of args) {
        if (x.annotation) {
          this.cur.annotationsUsed = true;
          this.visitExpr(x.annotation);
        }
      }
    };
    ann(a.posonlyargs);
    ann(a.args);
    if (a.vararg?.annotation) {
      this.cur.annotationsUsed = true;
      this.visitExpr(a.vararg.annotation);
    }
    if (a.kwarg?.annotation) {
      this.cur.annotationsUsed = true;
      this.visitExpr(a.kwarg.annotation);
    }
    ann(a.kwonlyargs);
    if (returns) {
      this.cur.annotationsUsed = true;
      this.visitExpr(returns);
    }
    this.exitBlock();
  }

  /** symtable_visit_annotation: an AnnAssign's annotation goes to the scope's __annotate__ block. */
  visitAnnotation(annotation: A.expr, key: object): void {
    // Annotations in function bodies are never evaluated.
    const unevaluated = this.cur.type === BlockType.Function;
    if (
      ((this.cur.type === BlockType.Class && this.cur.inConditionalBlock) ||
        this.cur.type === BlockType.Module) &&
      !this.cur.hasConditionalAnnotations
    ) {
      this.cur.hasConditionalAnnotations = true;
      this.addDef("__conditional_annotations__", USE, locOf(annotation));
    }
    const parent = this.cur;
    if (parent.annotationBlock === null) {
      const currentType = parent.type;
      this.enterBlock("__annotate__", BlockType.Annotation, key, locOf(annotation));
      parent.annotationBlock = this.cur;
      if (currentType === BlockType.Class) {
        this.cur.canSeeClassScope = true;
        this.addDef("__classdict__", USE, locOf(annotation));
      }
    } else {
      this.enterExistingBlock(parent.annotationBlock, false);
    }
    if (unevaluated) this.cur.inUnevaluatedAnnotation = true;
    this.visitExpr(annotation);
    if (unevaluated) this.cur.inUnevaluatedAnnotation = false;
    this.exitBlock();
  }

  visitArguments(a: A.arguments_): void {
    for (const x of a.posonlyargs) this.addDef(x.arg, DEF_PARAM, locOf(x));
    for (const x of a.args) this.addDef(x.arg, DEF_PARAM, locOf(x));
    for (const x of a.kwonlyargs) this.addDef(x.arg, DEF_PARAM, locOf(x));
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, locOf(a.vararg));
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, locOf(a.kwarg));
      this.cur.varkeywords = true;
    }
  }

  // --- patterns ---

  visitPattern(p: A.pattern): void {
    const loc = locOf(p);
    switch (kindOf(p)) {
      case "MatchValue":
        this.visitExpr((p as A.MatchValue).value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of (p as A.MatchSequence).patterns) this.visitPattern(q);
        break;
      case "MatchStar": {
        const name = (p as A.MatchStar).name;
        if (name) this.addDef(name, DEF_LOCAL, loc);
        break;
      }
      case "MatchMapping": {
        const m = p as A.MatchMapping;
        this.visitExprs(m.keys);
        for (const q of m.patterns) this.visitPattern(q);
        if (m.rest) this.addDef(m.rest, DEF_LOCAL, loc);
        break;
      }
      case "MatchClass": {
        const m = p as A.MatchClass;
        this.visitExpr(m.cls);
        for (const q of m.patterns) this.visitPattern(q);
        for (const q of m.kwd_patterns) this.visitPattern(q);
        break;
      }
      case "MatchAs": {
        const m = p as A.MatchAs;
        if (m.pattern) this.visitPattern(m.pattern);
        if (m.name) this.addDef(m.name, DEF_LOCAL, loc);
        break;
      }
      case "MatchOr":
        for (const q of (p as A.MatchOr).patterns) this.visitPattern(q);
        break;
    }
  }

  // --- expressions (symtable_visit_expr) ---

  visitExprs(es: A.expr[]): void {
    for (const e of es) this.visitExpr(e);
  }

  visitExprsWithNull(es: (A.expr | null)[]): void {
    for (const e of es) if (e) this.visitExpr(e);
  }

  raiseIfAnnotationBlock(name: string, e: A.expr): void {
    const cur = this.cur;
    let msg: string | null = null;
    if (cur.type === BlockType.Annotation) msg = `${name} cannot be used within an annotation`;
    else if (cur.type === BlockType.TypeVariable) msg = `${name} cannot be used within ${cur.scopeInfo}`;
    else if (cur.type === BlockType.TypeAlias) msg = `${name} cannot be used within a type alias`;
    else if (cur.type === BlockType.TypeParameters)
      msg = `${name} cannot be used within the definition of a generic`;
    if (msg !== null) throw syntaxError(msg, e);
  }

  raiseIfComprehensionBlock(e: A.expr): void {
    const t = this.cur.comprehension;
    const msg =
      t === Comprehension.List
        ? "'yield' inside list comprehension"
        : t === Comprehension.Set
          ? "'yield' inside set comprehension"
          : t === Comprehension.Dict
            ? "'yield' inside dict comprehension"
            : "'yield' inside generator expression";
    throw syntaxError(msg, e);
  }

  allowsTopLevelAwait(): boolean {
    return (this.future & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.cur.type === BlockType.Module;
  }

  isAsyncDef(): boolean {
    return (
      this.cur.type === BlockType.Function &&
      this.cur.coroutine &&
      this.cur.comprehension === Comprehension.None
    );
  }

  visitExpr(e: A.expr): void {
    switch (kindOf(e)) {
      case "NamedExpr": {
        const n = e as A.NamedExpr;
        this.raiseIfAnnotationBlock("named expression", e);
        if (this.cur.compIterExpr > 0)
          throw syntaxError("assignment expression cannot be used in a comprehension iterable expression", e);
        if (this.cur.comprehension) this.extendNamedExprScope(n.target as A.Name);
        this.visitExpr(n.value);
        this.visitExpr(n.target);
        break;
      }
      case "BoolOp":
        this.visitExprs((e as A.BoolOp).values);
        break;
      case "BinOp":
        this.visitExpr((e as A.BinOp).left);
        this.visitExpr((e as A.BinOp).right);
        break;
      case "UnaryOp":
        this.visitExpr((e as A.UnaryOp).operand);
        break;
      case "Lambda": {
        const l = e as A.Lambda;
        this.visitExprs(l.args.defaults);
        this.visitExprsWithNull(l.args.kw_defaults);
        this.enterBlock("lambda", BlockType.Function, l, locOf(e));
        this.visitArguments(l.args);
        this.visitExpr(l.body);
        this.exitBlock();
        break;
      }
      case "IfExp": {
        const i = e as A.IfExp;
        this.visitExpr(i.test);
        this.visitExpr(i.body);
        this.visitExpr(i.orelse);
        break;
      }
      case "Dict": {
        const d = e as A.Dict;
        this.visitExprsWithNull(d.keys as (A.expr | null)[]);
        this.visitExprs(d.values);
        break;
      }
      case "Set":
        this.visitExprs((e as A.Set).elts);
        break;
      case "GeneratorExp":
        this.handleComprehension(
          e,
          "genexpr",
          (e as A.GeneratorExp).generators,
          (e as A.GeneratorExp).elt,
          null,
          Comprehension.Generator,
        );
        break;
      case "ListComp":
        this.handleComprehension(
          e,
          "listcomp",
          (e as A.ListComp).generators,
          (e as A.ListComp).elt,
          null,
          Comprehension.List,
        );
        break;
      case "SetComp":
        this.handleComprehension(
          e,
          "setcomp",
          (e as A.SetComp).generators,
          (e as A.SetComp).elt,
          null,
          Comprehension.Set,
        );
        break;
      case "DictComp": {
        const d = e as A.DictComp;
        this.handleComprehension(e, "dictcomp", d.generators, d.key, d.value, Comprehension.Dict);
        break;
      }
      case "Yield":
      case "YieldFrom": {
        this.raiseIfAnnotationBlock("yield expression", e);
        const v = (e as A.Yield).value;
        if (v) this.visitExpr(v);
        this.cur.generator = true;
        if (this.cur.comprehension) this.raiseIfComprehensionBlock(e);
        break;
      }
      case "Await": {
        this.raiseIfAnnotationBlock("await expression", e);
        if (!this.allowsTopLevelAwait()) {
          if (!isFunctionLike(this.cur)) throw syntaxError("'await' outside function", e);
          if (!this.isAsyncDef() && this.cur.comprehension === Comprehension.None)
            throw syntaxError("'await' outside async function", e);
        }
        this.visitExpr((e as A.Await).value);
        this.cur.coroutine = true;
        break;
      }
      case "Compare":
        this.visitExpr((e as A.Compare).left);
        this.visitExprs((e as A.Compare).comparators);
        break;
      case "Call": {
        const c = e as A.Call;
        this.visitExpr(c.func);
        this.visitExprs(c.args);
        for (const k of c.keywords) this.visitExpr(k.value);
        break;
      }
      case "FormattedValue": {
        const f = e as A.FormattedValue;
        this.visitExpr(f.value);
        if (f.format_spec) this.visitExpr(f.format_spec);
        break;
      }
      case "Interpolation": {
        const f = e as A.Interpolation;
        this.visitExpr(f.value);
        if (f.format_spec) this.visitExpr(f.format_spec);
        break;
      }
      case "JoinedStr":
        this.visitExprs((e as A.JoinedStr).values);
        break;
      case "TemplateStr":
        this.visitExprs((e as A.TemplateStr).values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.visitExpr((e as A.Attribute).value);
        break;
      case "Subscript":
        this.visitExpr((e as A.Subscript).value);
        this.visitExpr((e as A.Subscript).slice);
        break;
      case "Starred":
        this.visitExpr((e as A.Starred).value);
        break;
      case "Slice": {
        const s = e as A.Slice;
        if (s.lower) this.visitExpr(s.lower);
        if (s.upper) this.visitExpr(s.upper);
        if (s.step) this.visitExpr(s.step);
        break;
      }
      case "Name": {
        const n = e as A.Name;
        // Annotations in function bodies are never evaluated: their names bind nothing.
        if (this.cur.inUnevaluatedAnnotation) break;
        const load = kindOf(n.ctx) === "Load";
        this.addDef(n.id, load ? USE : DEF_LOCAL, locOf(e));
        // super() needs the __class__ cell.
        if (load && isFunctionLike(this.cur) && n.id === "super") this.addDef("__class__", USE, locOf(e));
        break;
      }
      case "List":
        this.visitExprs((e as A.List).elts);
        break;
      case "Tuple":
        this.visitExprs((e as A.Tuple).elts);
        break;
    }
  }

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing function. */
  extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    const loc = locOf(target);
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i]!;
      if (ste.comprehension) {
        if (this.lookupEntry(ste, name) & DEF_COMP_ITER)
          throw syntaxError(
            `assignment expression cannot rebind comprehension iteration variable '${name}'`,
            loc,
          );
        continue;
      }
      if (ste.type === BlockType.Function) {
        const inScope = this.lookupEntry(ste, name);
        this.addDef(name, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, loc);
        this.recordDirective(name, loc);
        this.addDefHelper(name, DEF_LOCAL, ste, loc);
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(name, DEF_GLOBAL, loc);
        this.recordDirective(name, loc);
        this.addDefHelper(name, DEF_GLOBAL, ste, loc);
        return;
      }
      let msg: string | null = null;
      if (ste.type === BlockType.Class)
        msg = "assignment expression within a comprehension cannot be used in a class body";
      else if (ste.type === BlockType.TypeParameters)
        msg =
          "assignment expression within a comprehension cannot be used within the definition of a generic";
      else if (ste.type === BlockType.TypeAlias)
        msg = "assignment expression within a comprehension cannot be used in a type alias";
      else if (ste.type === BlockType.TypeVariable)
        msg = "assignment expression within a comprehension cannot be used in a TypeVar bound";
      if (msg !== null) throw syntaxError(msg, loc);
    }
  }

  /** symtable_handle_comprehension */
  handleComprehension(
    e: A.expr,
    scopeName: string,
    generators: A.comprehension[],
    elt: A.expr,
    value: A.expr | null,
    kind: Comprehension,
  ): void {
    const isGenerator = kind === Comprehension.Generator;
    const outermost = generators[0]!;
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, BlockType.Function, e, locOf(e));
    this.cur.comprehension = kind;
    if (outermost.is_async) this.cur.coroutine = true;
    // The outermost iterator arrives as the implicit argument ".0".
    this.addDef(".0", DEF_PARAM, locOf(e));
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) {
      const lc = generators[i]!;
      this.cur.compIterTarget = true;
      this.visitExpr(lc.target);
      this.cur.compIterTarget = false;
      this.cur.compIterExpr++;
      this.visitExpr(lc.iter);
      this.cur.compIterExpr--;
      this.visitExprs(lc.ifs);
      if (lc.is_async) this.cur.coroutine = true;
    }
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    if (
      isAsync &&
      !this.isAsyncDef() &&
      this.cur.comprehension === Comprehension.None &&
      !this.allowsTopLevelAwait()
    )
      throw syntaxError("asynchronous comprehension outside of an asynchronous function", e);
    if (isAsync) this.cur.coroutine = true;
  }
}

/** PyCF_ALLOW_TOP_LEVEL_AWAIT, passed through the future-features word. */
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

function hasKwonlyDefaults(a: A.arguments_): boolean {
  return (a.kw_defaults as (A.expr | null)[]).some((d) => d !== null);
}

/** _PyAST_GetDocString != NULL */
export function hasDocstring(body: A.stmt[]): boolean {
  const first = body[0];
  if (first === undefined || kindOf(first) !== "Expr") return false;
  const v = (first as A.Expr).value;
  return kindOf(v) === "Constant" && typeof (v as A.Constant).value === "string";
}

// --- analysis (second pass) ---

function analyzeName(
  ste: SymbolTableEntry,
  scopes: Map<string, number>,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymbolTableEntry | null,
): void {
  if (flags & DEF_GLOBAL) {
    if (flags & DEF_NONLOCAL) throw errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
    scopes.set(name, GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
    return;
  }
  if (flags & DEF_NONLOCAL) {
    if (bound === null) throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
    if (!bound.has(name)) throw errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
    if (typeParams.has(name))
      throw errorAtDirective(ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
    scopes.set(name, FREE);
    free.add(name);
    return;
  }
  if (flags & DEF_BOUND) {
    scopes.set(name, LOCAL);
    local.add(name);
    global.delete(name);
    if (flags & DEF_TYPE_PARAM) typeParams.add(name);
    else typeParams.delete(name);
    return;
  }
  // In a scope that can see the class namespace, a name bound in the class is looked up there
  // first (LOAD_FROM_DICT_OR_GLOBALS / _OR_DEREF), so it is not free here.
  if (classEntry !== null) {
    const classFlags = classEntry.getSymbol(name);
    if (classFlags & DEF_GLOBAL) {
      scopes.set(name, GLOBAL_EXPLICIT);
      return;
    }
    if (classFlags & DEF_BOUND && !(classFlags & DEF_NONLOCAL)) {
      scopes.set(name, GLOBAL_IMPLICIT);
      return;
    }
  }
  if (bound?.has(name)) {
    scopes.set(name, FREE);
    free.add(name);
    return;
  }
  scopes.set(name, GLOBAL_IMPLICIT);
}

function errorAtDirective(ste: SymbolTableEntry, name: string, msg: string) {
  const loc = ste.directives?.get(name) ?? null;
  return syntaxError(msg, loc);
}

function isFreeInAnyChild(entry: SymbolTableEntry, key: string): boolean {
  for (const child of entry.children) {
    if (child.getScope(key) === FREE) return true;
  }
  return false;
}

function inlineComprehension(
  ste: SymbolTableEntry,
  comp: SymbolTableEntry,
  scopes: Map<string, number>,
  compFree: Set<string>,
  inlinedCells: Set<string>,
): void {
  for (const [k, compFlags] of comp.symbols) {
    if (compFlags & DEF_PARAM) continue; // the implicit ".0"
    let scope = (compFlags >> SCOPE_OFFSET) & SCOPE_MASK;
    const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
    if (scope === CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(k);
    const existing = ste.symbols.get(k);
    if (existing === undefined) {
      // __class__ free in a comprehension directly in a class body that does not bind it: it
      // must not reach drop_class_free as a free name of the class.
      if (scope === FREE && ste.type === BlockType.Class && k === "__class__") {
        scope = GLOBAL_IMPLICIT;
        compFree.delete(k);
      }
      ste.symbols.set(k, onlyFlags);
      scopes.set(k, scope);
    } else if (existing & DEF_BOUND && ste.type !== BlockType.Class) {
      // Free in the comprehension but local outside: a plain local now, unless a child of the
      // comprehension needs it as a cell.
      if (!isFreeInAnyChild(comp, k)) compFree.delete(k);
    }
  }
}

function analyzeCells(scopes: Map<string, number>, free: Set<string>, inlinedCells: Set<string>): void {
  for (const [name, scope] of scopes) {
    if (scope !== LOCAL) continue;
    if (!free.has(name) && !inlinedCells.has(name)) continue;
    scopes.set(name, CELL);
    free.delete(name);
  }
}

function dropClassFree(ste: SymbolTableEntry, free: Set<string>): void {
  if (free.delete("__class__")) ste.needsClassClosure = true;
  if (free.delete("__classdict__")) ste.needsClassdict = true;
  if (free.delete("__conditional_annotations__")) ste.hasConditionalAnnotations = true;
}

function updateSymbols(
  symbols: Map<string, number>,
  scopes: Map<string, number>,
  bound: Set<string> | null,
  free: Set<string>,
  inlinedCells: Set<string>,
  classflag: boolean,
): void {
  for (const [name, flags0] of symbols) {
    let flags = flags0;
    if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
    const scope = scopes.get(name)!;
    symbols.set(name, flags | (scope << SCOPE_OFFSET));
  }
  for (const name of free) {
    const v = symbols.get(name);
    if (v !== undefined) {
      // A free variable of a method with the same name as a class-level name.
      if (classflag) symbols.set(name, v | DEF_FREE_CLASS);
      continue;
    }
    if (bound !== null && !bound.has(name)) continue; // a global
    symbols.set(name, FREE << SCOPE_OFFSET);
  }
}

function analyzeBlock(
  ste: SymbolTableEntry,
  bound: Set<string> | null,
  free: Set<string>,
  global: Set<string>,
  typeParams: Set<string>,
  classEntry: SymbolTableEntry | null,
): void {
  const local = new Set<string>();
  const scopes = new Map<string, number>();
  const newglobal = new Set<string>();
  const newfree = new Set<string>();
  const newbound = new Set<string>();
  const inlinedCells = new Set<string>();

  // A class namespace is invisible to nested functions: pass down only what we were given.
  if (ste.type === BlockType.Class) {
    for (const n of global) newglobal.add(n);
    if (bound) for (const n of bound) newbound.add(n);
  }
  for (const [name, flags] of ste.symbols) {
    analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
  }
  if (ste.type !== BlockType.Class) {
    if (isFunctionLike(ste)) for (const n of local) newbound.add(n);
    if (bound) for (const n of bound) newbound.add(n);
    for (const n of global) newglobal.add(n);
  } else {
    newbound.add("__class__");
    newbound.add("__classdict__");
    newbound.add("__conditional_annotations__");
  }

  for (const entry of ste.children) {
    let newClassEntry: SymbolTableEntry | null = null;
    if (entry.canSeeClassScope) {
      if (ste.type === BlockType.Class) newClassEntry = ste;
      else if (classEntry) newClassEntry = classEntry;
    }
    // PEP 709: inline every comprehension but generator expressions, except in annotation
    // scopes that can see a class.
    const inlineComp =
      entry.comprehension !== Comprehension.None && !entry.generator && !ste.canSeeClassScope;
    const childFree = new Set(newfree);
    analyzeBlock(entry, new Set(newbound), childFree, new Set(newglobal), new Set(typeParams), newClassEntry);
    if (inlineComp) {
      inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
      entry.compInlined = true;
    }
    for (const n of childFree) newfree.add(n);
  }

  // Children of inlined comprehensions become our children.
  for (let i = ste.children.length - 1; i >= 0; i--) {
    const entry = ste.children[i]!;
    if (entry.compInlined) ste.children.splice(i, 1, ...entry.children);
  }

  if (isFunctionLike(ste)) analyzeCells(scopes, newfree, inlinedCells);
  else if (ste.type === BlockType.Class) dropClassFree(ste, newfree);
  updateSymbols(
    ste.symbols,
    scopes,
    bound,
    newfree,
    inlinedCells,
    ste.type === BlockType.Class || ste.canSeeClassScope,
  );
  for (const n of newfree) free.add(n);
}
