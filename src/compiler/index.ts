// The compiler's entry point (Python/compile.c: _PyAST_Compile, compiler_mod): AST -> code object.

import type { PyCode } from "../objects/code.ts";
import type * as A from "../parser/ast.ts";
import { kindOf } from "./astutil.ts";
import { Compiler } from "./codegen.ts";
import { visitExpr } from "./codegen-expr.ts";
import { body } from "./codegen-function.ts";
import { parseFuture } from "./future.ts";
import { locOf, makeLoc } from "./instr.ts";
import { Op } from "./opcodes.ts";
import { buildSymtable } from "./symtable.ts";
import { ScopeType } from "./unit.ts";
import { checkFinallyControlFlow, makeWarning, type WarnFn } from "./warnings.ts";

export type { SymbolTable, SymbolTableEntry } from "./symtable.ts";
export { buildSymtable } from "./symtable.ts";
export type { CompileWarning, WarnFn } from "./warnings.ts";

export interface CompileOptions {
  /** -O level: 0 keeps asserts and docstrings, 1 drops asserts (__debug__ is False), 2 also docstrings. */
  optimize?: number;
  /** compile()'s flags: CO_FUTURE_* bits, PyCF_ALLOW_TOP_LEVEL_AWAIT (0x2000), ... */
  flags?: number;
  /** Receives compile-time SyntaxWarnings; may throw a ParseError to turn one into an error. */
  warn?: WarnFn;
}

/** compile(ast, filename, mode): throws ParseError for compile-time SyntaxErrors. */
export function compile(
  mod: A.Module | A.Expression | A.Interactive | A.FunctionType,
  filename: string,
  mode: "exec" | "eval" | "single",
  options: CompileOptions = {},
): PyCode {
  const optimize = Math.max(0, options.optimize ?? 0);
  const future = parseFuture(mod);
  const flags = (options.flags ?? 0) | future.features;
  const warn = options.warn ?? null;
  if (warn) checkFinallyControlFlow(mod, (msg, loc) => warn(makeWarning(msg, loc)));
  const st = buildSymtable(mod, flags);
  const c = new Compiler(st, filename, flags, optimize, mode === "single" || kindOf(mod) === "Interactive");
  c.futureLineno = future.lineno;
  c.warnFn = warn;
  c.enterScope("<module>", ScopeType.Module, mod, 1, null);
  switch (kindOf(mod)) {
    case "Module":
    case "Interactive": {
      const stmts = (mod as A.Module).body;
      const loc = stmts.length ? locOf(stmts[0]!) : makeLoc(1, 1, 0, 0);
      if (c.ste.hasConditionalAnnotations) {
        c.addopI(Op.BUILD_SET, 0, loc);
        c.addopName(Op.STORE_NAME, "__conditional_annotations__", loc);
      }
      body(c, loc, stmts, kindOf(mod) === "Interactive");
      return c.optimizeAndAssemble(true);
    }
    case "Expression":
      visitExpr(c, (mod as A.Expression).body);
      return c.optimizeAndAssemble(false);
    default:
      throw new Error("compile() of a FunctionType is not supported");
  }
}
