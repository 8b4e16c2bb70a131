// Functions, lambdas, classes, annotations (PEP 649 __annotate__ functions), type parameters and
// type aliases (PEP 695): codegen_function, codegen_lambda, codegen_class, codegen_annotations,
// codegen_type_params, codegen_typealias and codegen_process_deferred_annotations in
// Python/codegen.c.

import type { PyCode } from "../objects/code.ts";
import { None } from "../objects/singletons.ts";
import { PyTuple } from "../objects/tuple.ts";
import type * as A from "../parser/ast.ts";
import { Load, Name } from "../parser/ast.ts";
import { kindOf } from "./astutil.ts";
import { type Compiler, comparePyStr } from "./codegen.ts";
import { callHelper, visitExpr, visitExprs } from "./codegen-expr.ts";
import { visitStmt, visitStmts } from "./codegen-stmt.ts";
import { InstrSequence, type Loc, locOf, makeLoc, NO_LOCATION } from "./instr.ts";
import {
  COMPARE_MASKS,
  CommonConstant,
  Intrinsic1,
  Intrinsic2,
  MAKE_FUNCTION_ANNOTATE,
  MAKE_FUNCTION_DEFAULTS,
  MAKE_FUNCTION_KWDEFAULTS,
  Op,
} from "./opcodes.ts";
import { hasDocstring, secondaryKey } from "./symtable.ts";
import { ScopeType } from "./unit.ts";
import { unparseExpr } from "./unparse.ts";

/** _Py_ANNOTATE_FORMAT_VALUE_WITH_FAKE_GLOBALS */
const VALUE_WITH_FAKE_GLOBALS = 2;
const Py_GT = 4;

/** _PyCompile_CleanDoc: dedent a docstring as inspect.cleandoc does (minus trailing lines). */
export function cleanDoc(doc: string): string {
  doc = expandTabs(doc);
  const lines = doc.split("\n");
  let margin = Number.MAX_SAFE_INTEGER;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const stripped = line.replace(/^ +/, "");
    if (stripped.length > 0) margin = Math.min(margin, line.length - stripped.length);
  }
  if (margin === Number.MAX_SAFE_INTEGER) margin = 0;
  const first = lines[0]!.replace(/^ +/, "");
  if (first.length === lines[0]!.length && margin === 0) return doc;
  const out = [first];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    let k = 0;
    while (k < margin && line[k] === " ") k++;
    out.push(line.slice(k));
  }
  return out.join("\n");
}

function expandTabs(s: string): string {
  if (!s.includes("\t")) return s;
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      const n = 8 - (col % 8);
      out += " ".repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

function docstringOf(body: A.stmt[]): string | null {
  if (!hasDocstring(body)) return null;
  return ((body[0] as A.Expr).value as A.Constant).value as string;
}

// --- decorators and defaults ---

function visitDecorators(c: Compiler, decos: A.expr[]): void {
  visitExprs(c, decos);
}

/** codegen_apply_decorators: CALL 0 on [decorator, func] passes func as the argument. */
function applyDecorators(c: Compiler, decos: A.expr[]): void {
  for (let i = decos.length - 1; i >= 0; i--) c.addopI(Op.CALL, 0, locOf(decos[i]!));
}

/** codegen_default_arguments: pushes the defaults tuple and kw-defaults dict; returns flags. */
function defaultArguments(c: Compiler, loc: Loc, args: A.arguments_): number {
  let flags = 0;
  if (args.defaults.length) {
    visitExprs(c, args.defaults);
    c.addopI(Op.BUILD_TUPLE, args.defaults.length, loc);
    flags |= MAKE_FUNCTION_DEFAULTS;
  }
  if (args.kwonlyargs.length) {
    let n = 0;
    const kwd = args.kw_defaults as (A.expr | null)[];
    for (let i = 0; i < args.kwonlyargs.length; i++) {
      const d = kwd[i];
      if (d) {
        c.loadConst(c.maybeMangle(args.kwonlyargs[i]!.arg), loc);
        visitExpr(c, d);
        n++;
      }
    }
    if (n) {
      c.addopI(Op.BUILD_MAP, n, loc);
      flags |= MAKE_FUNCTION_KWDEFAULTS;
    }
  }
  return flags;
}

// --- annotations ---

/** codegen_setup_annotations_scope: `def __annotate__(format): if format > 2: raise NotImplementedError` */
function setupAnnotationsScope(c: Compiler, loc: Loc, key: object, name: string): void {
  c.enterScope(name, ScopeType.Annotations, key, loc.lineno, null, { posonlyargcount: 1 });
  c.addopI(Op.LOAD_FAST, 0, loc);
  c.loadConst(VALUE_WITH_FAKE_GLOBALS, loc);
  c.addopI(Op.COMPARE_OP, (Py_GT << 5) | COMPARE_MASKS[Py_GT]!, loc);
  const body = c.newLabel();
  c.addopJump(Op.POP_JUMP_IF_FALSE, body, loc);
  c.addopI(Op.LOAD_COMMON_CONSTANT, CommonConstant.NOT_IMPLEMENTED_ERROR, loc);
  c.addopI(Op.RAISE_VARARGS, 1, loc);
  c.useLabel(body);
}

function leaveAnnotationsScope(c: Compiler, loc: Loc, count: number): void {
  c.addopI(Op.BUILD_MAP, count, loc);
  c.addop(Op.RETURN_VALUE, loc);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(loc, co, 0);
}

function argAnnotation(c: Compiler, id: string, annotation: A.expr | null, loc: Loc): number {
  if (!annotation) return 0;
  c.loadConst(c.maybeMangle(id), loc);
  if (c.futureAnnotations) {
    // codegen_visit_annexpr: the annotation's source text.
    c.loadConst(unparseExpr(annotation), locOf(annotation));
  } else if (kindOf(annotation) === "Starred") {
    // *args: *Ts
    visitExpr(c, (annotation as A.Starred).value);
    c.addopI(Op.UNPACK_SEQUENCE, 1, loc);
  } else {
    visitExpr(c, annotation);
  }
  return 1;
}

/** codegen_annotations: a function's __annotate__; returns MAKE_FUNCTION flags. */
function functionAnnotations(c: Compiler, loc: Loc, args: A.arguments_, returns: A.expr | null): number {
  const ste = c.st.blocks.get(args);
  if (ste === undefined || !ste.annotationsUsed) return 0;
  setupAnnotationsScope(c, loc, args, "__annotate__");
  let n = 0;
  for (const a of args.args) n += argAnnotation(c, a.arg, a.annotation, loc);
  for (const a of args.posonlyargs) n += argAnnotation(c, a.arg, a.annotation, loc);
  if (args.vararg) n += argAnnotation(c, args.vararg.arg, args.vararg.annotation, loc);
  for (const a of args.kwonlyargs) n += argAnnotation(c, a.arg, a.annotation, loc);
  if (args.kwarg) n += argAnnotation(c, args.kwarg.arg, args.kwarg.annotation, loc);
  n += argAnnotation(c, "return", returns, loc);
  leaveAnnotationsScope(c, loc, n);
  return MAKE_FUNCTION_ANNOTATE;
}

/** codegen_annassign */
export function visitAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const loc = locOf(s);
  const target = s.target;
  if (s.value) {
    visitExpr(c, s.value);
    visitExpr(c, target);
  }
  switch (kindOf(target)) {
    case "Name":
      if (s.simple && (c.u.scopeType === ScopeType.Module || c.u.scopeType === ScopeType.Class)) {
        if (c.futureAnnotations) {
          c.loadConst(unparseExpr(s.annotation), locOf(s.annotation));
          c.addopName(Op.LOAD_NAME, "__annotations__", loc);
          c.loadConst(c.maybeMangle((target as A.Name).id), loc);
          c.addop(Op.STORE_SUBSCR, loc);
          break;
        }
        const idx = addDeferredAnnotation(c, s);
        if (idx !== null) {
          if (c.u.scopeType === ScopeType.Class)
            c.addopVar(Op.LOAD_DEREF, "__conditional_annotations__", "cellvars", loc);
          else c.addopName(Op.LOAD_NAME, "__conditional_annotations__", loc);
          c.loadConst(idx, loc);
          c.addopI(Op.SET_ADD, 1, loc);
          c.addop(Op.POP_TOP, loc);
        }
      }
      break;
    case "Attribute":
      if (!s.value) checkAnnExpr(c, (target as A.Attribute).value);
      break;
    case "Subscript":
      if (!s.value) {
        checkAnnExpr(c, (target as A.Subscript).value);
        checkAnnSubscr(c, (target as A.Subscript).slice);
      }
      break;
  }
}

function checkAnnExpr(c: Compiler, e: A.expr): void {
  visitExpr(c, e);
  c.addop(Op.POP_TOP, locOf(e));
}

function checkAnnSubscr(c: Compiler, e: A.expr): void {
  switch (kindOf(e)) {
    case "Slice": {
      const s = e as A.Slice;
      if (s.lower) checkAnnExpr(c, s.lower);
      if (s.upper) checkAnnExpr(c, s.upper);
      if (s.step) checkAnnExpr(c, s.step);
      return;
    }
    case "Tuple":
      for (const x of (e as A.Tuple).elts) checkAnnSubscr(c, x);
      return;
    default:
      checkAnnExpr(c, e);
  }
}

/** _PyCompile_AddDeferredAnnotation: returns the conditional index, or null. */
function addDeferredAnnotation(c: Compiler, s: A.AnnAssign): number | null {
  const u = c.u;
  if (u.deferredAnnotations === null) {
    u.deferredAnnotations = [];
    u.conditionalAnnotationIndices = [];
  }
  u.deferredAnnotations.push(s);
  let idx: number | null = null;
  if (u.scopeType === ScopeType.Module || u.inConditionalBlock > 0) idx = u.nextConditionalAnnotationIndex++;
  u.conditionalAnnotationIndices!.push(idx ?? -1);
  return idx;
}

/** codegen_process_deferred_annotations: build __annotate__ for a module or class body. */
export function processDeferredAnnotations(c: Compiler, loc: Loc): void {
  const u = c.u;
  const deferred = u.deferredAnnotations as A.AnnAssign[] | null;
  if (deferred === null) return;
  const ste = u.ste;
  const isModule = u.scopeType === ScopeType.Module;
  // For a module the function is created at the ANNOTATIONS_PLACEHOLDER (so that __annotate__
  // exists while the module body runs); for a class, here, at the end of the body.
  let outer: InstrSequence | null = null;
  let placeholder = -1;
  if (isModule) {
    outer = u.seq;
    placeholder = u.annotationsPlaceholder;
    (u as { seq: InstrSequence }).seq = new InstrSequence();
  }
  setupAnnotationsScope(c, loc, secondaryKey(ste.key), ste.annotationBlock?.name ?? "__annotate__");
  c.addopI(Op.BUILD_MAP, 0, loc);
  const indices = u.conditionalAnnotationIndices!;
  for (let i = 0; i < deferred.length; i++) {
    const st = deferred[i]!;
    const sloc = locOf(st);
    const mangled = c.mangle((st.target as A.Name).id);
    const idx = indices[i]!;
    const notSet = c.newLabel();
    if (idx !== -1) {
      c.loadConst(idx, sloc);
      if (u.scopeType === ScopeType.Class)
        c.addopVar(Op.LOAD_DEREF, "__conditional_annotations__", "freevars", sloc);
      else c.addopName(Op.LOAD_GLOBAL, "__conditional_annotations__", sloc);
      c.addopI(Op.CONTAINS_OP, 0, sloc);
      c.addopJump(Op.POP_JUMP_IF_FALSE, notSet, sloc);
    }
    visitExpr(c, st.annotation);
    c.addopI(Op.COPY, 2, sloc);
    c.loadConst(mangled, sloc);
    c.addop(Op.STORE_SUBSCR, loc);
    c.useLabel(notSet);
  }
  c.addop(Op.RETURN_VALUE, loc);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(loc, co, 0);
  c.nameop(loc, u.scopeType === ScopeType.Class ? "__annotate_func__" : "__annotate__", "Store");
  if (outer !== null) {
    const nested = u.seq;
    (u as { seq: InstrSequence }).seq = outer;
    outer.inject(placeholder, nested);
  }
}

// --- functions ---

/** codegen_function */
/** codegen_check_debug_args: no parameter may be called __debug__. */
function checkDebugArgs(c: Compiler, args: A.arguments_): void {
  const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : [])];
  all.push(...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : []));
  for (const a of all) c.checkForbidden(locOf(a), a.arg, "Store");
}

export function visitFunctionDef(c: Compiler, s: A.FunctionDef, isAsync: boolean): void {
  checkDebugArgs(c, s.args);
  const decos = s.decorator_list;
  visitDecorators(c, decos);
  const firstlineno = decos.length ? decos[0]!.lineno : s.lineno;
  const loc = locOf(s);
  const isGeneric = s.type_params.length > 0;
  let funcflags = defaultArguments(c, loc, s.args);
  let numTypeparamArgs = 0;
  if (isGeneric) {
    if (funcflags & MAKE_FUNCTION_DEFAULTS) numTypeparamArgs++;
    if (funcflags & MAKE_FUNCTION_KWDEFAULTS) numTypeparamArgs++;
    if (numTypeparamArgs === 2) c.addopI(Op.SWAP, 2, loc);
    c.enterScope(
      `<generic parameters of ${s.name}>`,
      ScopeType.Annotations,
      s.type_params,
      firstlineno,
      null,
      {
        argcount: numTypeparamArgs,
      },
    );
    typeParams(c, s.type_params);
    for (let i = 0; i < numTypeparamArgs; i++) c.addopI(Op.LOAD_FAST, i, loc);
  }
  funcflags |= functionAnnotations(c, loc, s.args, s.returns);
  functionBody(c, s, isAsync, funcflags, firstlineno);
  if (isGeneric) {
    c.addopI(Op.SWAP, 2, loc);
    c.addopI(Op.CALL_INTRINSIC_2, Intrinsic2.INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
    c.addop(Op.RETURN_VALUE, loc);
    const co = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(loc, co, 0);
    if (numTypeparamArgs > 0) {
      c.addopI(Op.SWAP, numTypeparamArgs + 1, loc);
      c.addopI(Op.CALL, numTypeparamArgs - 1, loc);
    } else {
      c.addop(Op.PUSH_NULL, loc);
      c.addopI(Op.CALL, 0, loc);
    }
  }
  applyDecorators(c, decos);
  c.nameop(loc, s.name, "Store");
}

/** codegen_function_body */
function functionBody(
  c: Compiler,
  s: A.FunctionDef,
  isAsync: boolean,
  funcflags: number,
  firstlineno: number,
): void {
  c.enterScope(s.name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, firstlineno, null, {
    argcount: s.args.args.length,
    posonlyargcount: s.args.posonlyargs.length,
    kwonlyargcount: s.args.kwonlyargs.length,
  });
  let first = 0;
  const doc = c.optimize < 2 ? docstringOf(s.body) : null;
  if (doc !== null && c.ste.hasDocstring) {
    first = 1;
    c.addConst(cleanDoc(doc));
  }
  for (let i = first; i < s.body.length; i++) visitStmt(c, s.body[i]!);
  if (c.ste.coroutine || c.ste.generator) wrapInStopIterationHandler(c);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(locOf(s), co, funcflags);
}

/** codegen_wrap_in_stopiteration_handler: StopIteration escaping a generator -> RuntimeError. */
export function wrapInStopIterationHandler(c: Compiler): void {
  const handler = c.newLabel();
  // SETUP_CLEANUP before everything: RESUME and the body are covered.
  c.u.seq.insert(0, { op: Op.SETUP_CLEANUP, arg: 0, target: handler, loc: NO_LOCATION });
  c.loadConst(None, NO_LOCATION);
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  c.useLabel(handler);
  c.addopI(Op.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
  c.addopI(Op.RERAISE, 1, NO_LOCATION);
}

/** codegen_lambda */
export function visitLambda(c: Compiler, e: A.Lambda): void {
  checkDebugArgs(c, e.args);
  const loc = locOf(e);
  const funcflags = defaultArguments(c, loc, e.args);
  c.enterScope("<lambda>", ScopeType.Lambda, e, e.lineno, null, {
    argcount: e.args.args.length,
    posonlyargcount: e.args.posonlyargs.length,
    kwonlyargcount: e.args.kwonlyargs.length,
  });
  visitExpr(c, e.body);
  let co: PyCode;
  if (c.ste.generator) {
    co = c.optimizeAndAssemble(false);
  } else {
    c.addop(Op.RETURN_VALUE, locOf(e.body));
    co = c.optimizeAndAssemble(true);
  }
  c.exitScope();
  c.makeClosure(loc, co, funcflags);
}

// --- classes ---

/** codegen_class */
export function visitClassDef(c: Compiler, s: A.ClassDef): void {
  const decos = s.decorator_list;
  visitDecorators(c, decos);
  const firstlineno = decos.length ? decos[0]!.lineno : s.lineno;
  const loc = locOf(s);
  const isGeneric = s.type_params.length > 0;
  if (isGeneric) {
    c.enterScope(
      `<generic parameters of ${s.name}>`,
      ScopeType.Annotations,
      s.type_params,
      firstlineno,
      s.name,
    );
    typeParams(c, s.type_params);
    c.nameop(loc, ".type_params", "Store");
  }
  const co = classBody(c, s, firstlineno);
  c.addop(Op.LOAD_BUILD_CLASS, loc);
  c.addop(Op.PUSH_NULL, loc);
  c.makeClosure(loc, co, 0);
  c.loadConst(s.name, loc);
  if (isGeneric) {
    c.nameop(loc, ".type_params", "Load");
    c.addopI(Op.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_SUBSCRIPT_GENERIC, loc);
    c.nameop(loc, ".generic_base", "Store");
    const bases = [...s.bases, makeName(".generic_base", loc)];
    callHelper(c, loc, 2, bases, s.keywords);
    const tco = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(loc, tco, 0);
    c.addop(Op.PUSH_NULL, loc);
    c.addopI(Op.CALL, 0, loc);
  } else {
    callHelper(c, loc, 2, s.bases, s.keywords);
  }
  applyDecorators(c, decos);
  c.nameop(loc, s.name, "Store");
}

/** A synthetic `Name(id, Load)` node at `loc` (the generic base of a generic class). */
function makeName(id: string, loc: Loc): A.expr {
  return new Name(id, new Load(), loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset);
}

/** codegen_class_body: compiles the body into a code object (in its own scope). */
function classBody(c: Compiler, s: A.ClassDef, firstlineno: number): PyCode {
  c.enterScope(s.name, ScopeType.Class, s, firstlineno, s.name);
  const loc = makeLoc(firstlineno, firstlineno, 0, 0);
  c.nameop(loc, "__name__", "Load");
  c.nameop(loc, "__module__", "Store");
  c.loadConst(c.u.qualname, loc);
  c.nameop(loc, "__qualname__", "Store");
  c.loadConst(c.u.firstlineno, loc);
  c.nameop(loc, "__firstlineno__", "Store");
  if (s.type_params.length > 0) {
    c.nameop(loc, ".type_params", "Load");
    c.nameop(loc, "__type_params__", "Store");
  }
  if (c.ste.needsClassdict) {
    c.addop(Op.LOAD_LOCALS, loc);
    c.addopVar(Op.STORE_DEREF, "__classdict__", "cellvars", loc);
  }
  if (c.ste.hasConditionalAnnotations) {
    c.addopI(Op.BUILD_SET, 0, loc);
    c.addopVar(Op.STORE_DEREF, "__conditional_annotations__", "cellvars", loc);
  }
  body(c, loc, s.body, false);
  const attrs = [...c.u.staticAttributes!].sort(comparePyStr);
  c.addopI(Op.LOAD_CONST, c.addConst(new PyTuple(attrs)), NO_LOCATION);
  c.nameop(NO_LOCATION, "__static_attributes__", "Store");
  if (c.ste.needsClassdict) {
    c.addopI(Op.LOAD_CLOSURE, c.u.cellvars.get("__classdict__")!, NO_LOCATION);
    c.nameop(NO_LOCATION, "__classdictcell__", "Store");
  }
  if (c.ste.needsClassClosure) {
    c.addopI(Op.LOAD_CLOSURE, c.u.cellvars.get("__class__")!, NO_LOCATION);
    c.addopI(Op.COPY, 1, NO_LOCATION);
    c.nameop(NO_LOCATION, "__classcell__", "Store");
  } else {
    c.loadConst(None, NO_LOCATION);
  }
  c.addop(Op.RETURN_VALUE, NO_LOCATION);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  return co;
}

/** codegen_body: docstring, statements, then the deferred annotations. */
export function body(c: Compiler, loc: Loc, stmts: A.stmt[], isInteractive: boolean): void {
  if (c.futureAnnotations && c.ste.annotationsUsed) c.addop(Op.SETUP_ANNOTATIONS, loc);
  if (stmts.length === 0) return;
  let first = 0;
  if (!isInteractive && c.optimize < 2) {
    const doc = docstringOf(stmts);
    if (doc !== null) {
      first = 1;
      c.loadConst(cleanDoc(doc), locOf((stmts[0] as A.Expr).value));
      c.nameop(NO_LOCATION, "__doc__", "Store");
    }
  }
  for (let i = first; i < stmts.length; i++) visitStmt(c, stmts[i]!);
  if (!c.futureAnnotations) processDeferredAnnotations(c, loc);
}

// --- type parameters and aliases ---

function typeParamBoundOrDefault(
  c: Compiler,
  e: A.expr,
  name: string,
  key: object,
  allowStarred: boolean,
): void {
  const loc = locOf(e);
  c.addopI(Op.LOAD_CONST, c.addConst(new PyTuple([1])), loc);
  setupAnnotationsScope(c, loc, key, name);
  if (allowStarred && kindOf(e) === "Starred") {
    visitExpr(c, (e as A.Starred).value);
    c.addopI(Op.UNPACK_SEQUENCE, 1, loc);
  } else {
    visitExpr(c, e);
  }
  c.addop(Op.RETURN_VALUE, loc);
  const co = c.optimizeAndAssemble(true);
  c.exitScope();
  c.makeClosure(loc, co, MAKE_FUNCTION_DEFAULTS);
}

/** codegen_type_params: leaves the tuple of TypeVar/ParamSpec/TypeVarTuple objects. */
function typeParams(c: Compiler, tps: A.type_param[]): void {
  let seenDefault = false;
  for (const tp of tps) {
    const loc = locOf(tp);
    const kind = kindOf(tp);
    const name = (tp as A.TypeVar).name;
    c.loadConst(name, loc);
    if (kind === "TypeVar") {
      const t = tp as A.TypeVar;
      if (t.bound) {
        typeParamBoundOrDefault(c, t.bound, name, tp, false);
        c.addopI(
          Op.CALL_INTRINSIC_2,
          kindOf(t.bound) === "Tuple"
            ? Intrinsic2.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
            : Intrinsic2.INTRINSIC_TYPEVAR_WITH_BOUND,
          loc,
        );
      } else {
        c.addopI(Op.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEVAR, loc);
      }
    } else {
      c.addopI(
        Op.CALL_INTRINSIC_1,
        kind === "TypeVarTuple" ? Intrinsic1.INTRINSIC_TYPEVARTUPLE : Intrinsic1.INTRINSIC_PARAMSPEC,
        loc,
      );
    }
    const dflt = (tp as A.TypeVar).default_value;
    if (dflt) {
      seenDefault = true;
      typeParamBoundOrDefault(
        c,
        dflt,
        name,
        kind === "TypeVar" ? secondaryKey(tp) : tp,
        kind === "TypeVarTuple",
      );
      c.addopI(Op.CALL_INTRINSIC_2, Intrinsic2.INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
    } else if (seenDefault) {
      c.error(loc, `non-default type parameter '${name}' follows default type parameter`);
    }
    c.addopI(Op.COPY, 1, loc);
    c.nameop(loc, name, "Store");
  }
  c.addopI(Op.BUILD_TUPLE, tps.length, locOf(tps[0]!));
}

/** codegen_typealias */
export function visitTypeAlias(c: Compiler, s: A.TypeAlias): void {
  const loc = locOf(s);
  const name = (s.name as A.Name).id;
  const isGeneric = s.type_params.length > 0;
  if (isGeneric) {
    c.enterScope(`<generic parameters of ${name}>`, ScopeType.Annotations, s.type_params, loc.lineno, null);
    c.loadConst(name, loc);
    typeParams(c, s.type_params);
  } else {
    c.loadConst(name, loc);
    c.loadConst(None, loc);
  }
  // codegen_typealias_body
  c.addopI(Op.LOAD_CONST, c.addConst(new PyTuple([1])), loc);
  setupAnnotationsScope(c, loc, s, name);
  visitExpr(c, s.value);
  c.addop(Op.RETURN_VALUE, loc);
  const co = c.optimizeAndAssemble(false);
  c.exitScope();
  c.makeClosure(loc, co, MAKE_FUNCTION_DEFAULTS);
  c.addopI(Op.BUILD_TUPLE, 3, loc);
  c.addopI(Op.CALL_INTRINSIC_1, Intrinsic1.INTRINSIC_TYPEALIAS, loc);
  if (isGeneric) {
    const tco = c.optimizeAndAssemble(false);
    c.exitScope();
    c.makeClosure(loc, tco, 0);
    c.addop(Op.PUSH_NULL, loc);
    c.addopI(Op.CALL, 0, loc);
  }
  c.nameop(loc, name, "Store");
}

export { visitStmts };
