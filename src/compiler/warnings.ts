// Compile-time SyntaxWarnings (_PyCompile_Warn in Python/compile.c and the PEP 765 check of
// Python/ast_preprocess.c). The compiler reports them through a callback; the caller decides,
// from the warning filters, whether to print them, ignore them, or turn them into a SyntaxError
// (by throwing a ParseError from the callback, as _PyErr_EmitSyntaxWarning does).
import type * as A from "../parser/ast.ts";
import { ComplexValue, EllipsisValue, FloatValue } from "../parser/ast.ts";
import { kindOf } from "./astutil.ts";
import type { Loc } from "./instr.ts";
import { locOf } from "./instr.ts";

export interface CompileWarning {
  category: "SyntaxWarning";
  message: string;
  lineno: number;
  /** 1-based, like SyntaxError.offset (UTF-8 byte columns, as CPython). */
  offset: number;
  end_lineno: number;
  end_offset: number;
}

export type WarnFn = (w: CompileWarning) => void;

export function makeWarning(message: string, loc: Loc): CompileWarning {
  return {
    category: "SyntaxWarning",
    message,
    lineno: loc.lineno,
    offset: loc.col_offset + 1,
    end_lineno: loc.end_lineno,
    end_offset: loc.end_col_offset + 1,
  };
}

/** infer_type(e)->tp_name for literal expressions, or null. */
export function inferTypeName(e: A.expr): string | null {
  switch (kindOf(e)) {
    case "Tuple":
      return "tuple";
    case "List":
    case "ListComp":
      return "list";
    case "Dict":
    case "DictComp":
      return "dict";
    case "Set":
    case "SetComp":
      return "set";
    case "GeneratorExp":
      return "generator";
    case "Lambda":
      return "function";
    case "TemplateStr":
      return "string.templatelib.Template";
    case "Interpolation":
      return "string.templatelib.Interpolation";
    case "JoinedStr":
    case "FormattedValue":
      return "str";
    case "Constant":
      return constantTypeName((e as A.Constant).value);
  }
  return null;
}

function constantTypeName(v: A.ConstantValue): string {
  if (v === null) return "NoneType";
  if (typeof v === "boolean") return "bool";
  if (typeof v === "number" || typeof v === "bigint") return "int";
  if (typeof v === "string") return "str";
  if (v instanceof Uint8Array) return "bytes";
  // instanceof, not constructor.name: the bundler may rename classes.
  if (v instanceof FloatValue) return "float";
  if (v instanceof ComplexValue) return "complex";
  if (v instanceof EllipsisValue) return "ellipsis";
  return "object";
}

/** check_is_arg: only None/True/False/Ellipsis constants are fine with `is`. */
function isArgOk(e: A.expr): boolean {
  if (kindOf(e) === "Tuple") return !(e as A.Tuple).elts.every((x) => kindOf(x) === "Constant");
  if (kindOf(e) !== "Constant") return true;
  const v = (e as A.Constant).value;
  return v === null || v === true || v === false || constantTypeName(v) === "ellipsis";
}

/** codegen_check_compare */
export function checkCompare(e: A.Compare, warn: (msg: string, loc: Loc) => void): void {
  let left = isArgOk(e.left);
  let leftExpr = e.left;
  for (let i = 0; i < e.ops.length; i++) {
    const op = kindOf(e.ops[i]!);
    const rightExpr = e.comparators[i]!;
    const right = isArgOk(rightExpr);
    if ((op === "Is" || op === "IsNot") && (!right || !left)) {
      const literal = !left ? leftExpr : rightExpr;
      const t = inferTypeName(literal);
      warn(
        op === "Is"
          ? `"is" with '${t}' literal. Did you mean "=="?`
          : `"is not" with '${t}' literal. Did you mean "!="?`,
        locOf(e),
      );
      return;
    }
    left = right;
    leftExpr = rightExpr;
  }
}

/** check_caller */
export function checkCaller(e: A.expr, warn: (msg: string, loc: Loc) => void): void {
  switch (kindOf(e)) {
    case "Constant":
    case "Tuple":
    case "List":
    case "ListComp":
    case "Dict":
    case "DictComp":
    case "Set":
    case "SetComp":
    case "GeneratorExp":
    case "JoinedStr":
    case "TemplateStr":
    case "FormattedValue":
    case "Interpolation":
      warn(`'${inferTypeName(e)}' object is not callable; perhaps you missed a comma?`, locOf(e));
  }
}

/** check_subscripter */
export function checkSubscripter(e: A.expr, warn: (msg: string, loc: Loc) => void): void {
  const k = kindOf(e);
  if (k === "Constant") {
    const t = constantTypeName((e as A.Constant).value);
    if (!["NoneType", "ellipsis", "int", "bool", "float", "complex"].includes(t)) return;
  } else if (k !== "Set" && k !== "SetComp" && k !== "GeneratorExp" && k !== "Lambda") {
    return;
  }
  warn(`'${inferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?`, locOf(e));
}

/** check_index */
export function checkIndex(e: A.expr, s: A.expr, warn: (msg: string, loc: Loc) => void): void {
  const indexType = kindOf(s) === "Slice" ? "slice" : inferTypeName(s);
  if (indexType === null || indexType === "int" || indexType === "bool" || indexType === "slice") return;
  const k = kindOf(e);
  if (k === "Constant") {
    const t = constantTypeName((e as A.Constant).value);
    if (t !== "str" && t !== "bytes" && t !== "tuple") return;
  } else if (
    !["Tuple", "List", "ListComp", "JoinedStr", "TemplateStr", "FormattedValue", "Interpolation"].includes(k)
  ) {
    return;
  }
  warn(
    `${inferTypeName(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`,
    locOf(e),
  );
}

/**
 * PEP 765 (ast_preprocess.c): `return`, and `break`/`continue` leaving the block, inside a
 * `finally` body get a SyntaxWarning.
 */
export function checkFinallyControlFlow(mod: A.mod, warn: (msg: string, loc: Loc) => void): void {
  interface State {
    inFinally: boolean;
    inFuncdef: boolean;
    inLoop: boolean;
  }
  const stack: State[] = [{ inFinally: false, inFuncdef: false, inLoop: false }];
  const top = () => stack[stack.length - 1]!;
  const visitBody = (body: A.stmt[]) => {
    for (const s of body) visitStmt(s);
  };
  const visitStmt = (s: A.stmt): void => {
    switch (kindOf(s)) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        stack.push({ inFinally: false, inFuncdef: true, inLoop: false });
        visitBody((s as A.FunctionDef).body);
        stack.pop();
        return;
      case "ClassDef":
        stack.push({ inFinally: false, inFuncdef: false, inLoop: false });
        visitBody((s as A.ClassDef).body);
        stack.pop();
        return;
      case "Return":
        if (top().inFinally && !top().inFuncdef) warn("'return' in a 'finally' block", locOf(s));
        return;
      case "Break":
      case "Continue":
        if (top().inFinally && !top().inLoop)
          warn(`'${kindOf(s) === "Break" ? "break" : "continue"}' in a 'finally' block`, locOf(s));
        return;
      case "For":
      case "AsyncFor":
      case "While": {
        const l = s as A.For;
        // A loop inside the finally body is a new context: no warning for what it contains.
        stack.push({ inFinally: false, inFuncdef: top().inFuncdef, inLoop: true });
        visitBody(l.body);
        stack.pop();
        visitBody(l.orelse);
        return;
      }
      case "If":
        visitBody((s as A.If).body);
        visitBody((s as A.If).orelse);
        return;
      case "With":
      case "AsyncWith":
        visitBody((s as A.With).body);
        return;
      case "Match":
        for (const c of (s as A.Match).cases) visitBody(c.body);
        return;
      case "Try":
      case "TryStar": {
        const t = s as A.Try;
        visitBody(t.body);
        for (const h of t.handlers) visitBody((h as A.ExceptHandler).body);
        visitBody(t.orelse);
        stack.push({ inFinally: true, inFuncdef: false, inLoop: false });
        visitBody(t.finalbody);
        stack.pop();
        return;
      }
    }
  };
  const k = kindOf(mod);
  if (k === "Module" || k === "Interactive") visitBody((mod as A.Module).body);
}
