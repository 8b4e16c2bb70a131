// Expressions back to source text (Python/ast_unparse.c, _PyAST_ExprAsUnicode): the strings
// that `from __future__ import annotations` stores as annotations.

import { bytesRepr } from "../objects/bytes-methods.ts";
import { complexRepr } from "../objects/complex-methods.ts";
import { floatRepr } from "../objects/format-spec.ts";
import { strRepr } from "../objects/str.ts";
import type * as A from "../parser/ast.ts";
import { ComplexValue, EllipsisValue, FloatValue } from "../parser/ast.ts";
import { kindOf } from "./astutil.ts";

enum Pr {
  TUPLE = 0,
  TEST = 1,
  OR = 2,
  AND = 3,
  NOT = 4,
  CMP = 5,
  /** PR_EXPR; '|' (PR_BOR) has the same level. */
  EXPR = 6,
  BXOR = 7,
  BAND = 8,
  SHIFT = 9,
  ARITH = 10,
  TERM = 11,
  FACTOR = 12,
  POWER = 13,
  AWAIT = 14,
  ATOM = 15,
}

const BINOPS: Record<string, [string, Pr]> = {
  Add: [" + ", Pr.ARITH],
  Sub: [" - ", Pr.ARITH],
  Mult: [" * ", Pr.TERM],
  MatMult: [" @ ", Pr.TERM],
  Div: [" / ", Pr.TERM],
  Mod: [" % ", Pr.TERM],
  LShift: [" << ", Pr.SHIFT],
  RShift: [" >> ", Pr.SHIFT],
  BitOr: [" | ", Pr.EXPR],
  BitXor: [" ^ ", Pr.BXOR],
  BitAnd: [" & ", Pr.BAND],
  FloorDiv: [" // ", Pr.TERM],
  Pow: [" ** ", Pr.POWER],
};

const CMPOPS: Record<string, string> = {
  Eq: " == ",
  NotEq: " != ",
  Lt: " < ",
  LtE: " <= ",
  Gt: " > ",
  GtE: " >= ",
  Is: " is ",
  IsNot: " is not ",
  In: " in ",
  NotIn: " not in ",
};

/** _PyAST_ExprAsUnicode */
export function unparseExpr(e: A.expr): string {
  return expr(e, Pr.TEST);
}

/** append_repr: like repr(), but infinities spelled so that they read back as floats. */
function constantRepr(v: A.ConstantValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "string") return strRepr(v);
  if (v instanceof Uint8Array) return bytesRepr(v);
  if (v instanceof EllipsisValue) return "...";
  if (v instanceof FloatValue) return floatRepr(v.value).replaceAll("inf", "1e309");
  if (v instanceof ComplexValue) return complexRepr(v.real, v.imag).replaceAll("inf", "1e309");
  return String(v);
}

function seq(es: A.expr[], level: Pr): string {
  return es.map((x) => expr(x, level)).join(", ");
}

function comprehensions(gens: A.comprehension[]): string {
  let out = "";
  for (const g of gens) {
    out += g.is_async ? " async for " : " for ";
    out += expr(g.target, Pr.TUPLE);
    out += " in ";
    out += expr(g.iter, Pr.TEST + 1);
    for (const cond of g.ifs) out += ` if ${expr(cond, Pr.TEST + 1)}`;
  }
  return out;
}

function args(a: A.arguments_): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const ndefaults = a.defaults.length;
  positional.forEach((x, i) => {
    let s = arg(x);
    const di = i - positional.length + ndefaults;
    if (di >= 0) s += `=${expr(a.defaults[di]!, Pr.TEST)}`;
    parts.push(s);
    if (a.posonlyargs.length && i + 1 === a.posonlyargs.length) parts.push("/");
  });
  if (a.vararg || a.kwonlyargs.length) parts.push(a.vararg ? `*${arg(a.vararg)}` : "*");
  const kwd = a.kw_defaults as (A.expr | null)[];
  a.kwonlyargs.forEach((x, i) => {
    let s = arg(x);
    const di = i - a.kwonlyargs.length + kwd.length;
    const d = di >= 0 ? kwd[di] : null;
    if (d) s += `=${expr(d, Pr.TEST)}`;
    parts.push(s);
  });
  if (a.kwarg) parts.push(`**${arg(a.kwarg)}`);
  return parts.join(", ");
}

function arg(a: A.arg): string {
  return a.annotation ? `${a.arg}: ${expr(a.annotation, Pr.TEST)}` : a.arg;
}

function fstringText(s: string): string {
  return s.replaceAll("{", "{{").replaceAll("}", "}}");
}

function fstringBody(values: A.expr[], isFormatSpec: boolean): string {
  let out = "";
  for (const v of values) {
    switch (kindOf(v)) {
      case "Constant":
        out += fstringText((v as A.Constant).value as string);
        break;
      case "JoinedStr":
        out += joinedStr(v as A.JoinedStr, isFormatSpec);
        break;
      case "FormattedValue":
      case "Interpolation": {
        const f = v as A.FormattedValue;
        const inner = expr(f.value, Pr.TEST + 1);
        out += inner.startsWith("{") ? "{ " : "{";
        out += inner;
        if (f.conversion > 0) out += `!${String.fromCharCode(f.conversion)}`;
        if (f.format_spec)
          out += `:${fstringBody((f.format_spec as A.JoinedStr).values ?? [f.format_spec], true)}`;
        out += "}";
        break;
      }
    }
  }
  return out;
}

function joinedStr(e: A.JoinedStr, isFormatSpec: boolean, prefix = "f"): string {
  const body = fstringBody(e.values, isFormatSpec);
  return isFormatSpec ? body : prefix + strRepr(body);
}

function expr(e: A.expr, level: Pr): string {
  const paren = (p: Pr, s: string) => (level > p ? `(${s})` : s);
  switch (kindOf(e)) {
    case "BoolOp": {
      const b = e as A.BoolOp;
      const and = kindOf(b.op) === "And";
      const pr = and ? Pr.AND : Pr.OR;
      return paren(pr, b.values.map((v) => expr(v, pr + 1)).join(and ? " and " : " or "));
    }
    case "BinOp": {
      const b = e as A.BinOp;
      const [op, pr] = BINOPS[kindOf(b.op)]!;
      const rassoc = pr === Pr.POWER ? 1 : 0;
      return paren(pr, expr(b.left, pr + rassoc) + op + expr(b.right, pr + 1 - rassoc));
    }
    case "UnaryOp": {
      const u = e as A.UnaryOp;
      const k = kindOf(u.op);
      const [op, pr] =
        k === "Invert"
          ? ["~", Pr.FACTOR]
          : k === "Not"
            ? ["not ", Pr.NOT]
            : k === "UAdd"
              ? ["+", Pr.FACTOR]
              : ["-", Pr.FACTOR];
      return paren(pr as Pr, op + expr(u.operand, pr as Pr));
    }
    case "Lambda": {
      const l = e as A.Lambda;
      const a = args(l.args);
      return paren(Pr.TEST, `${a ? "lambda " : "lambda"}${a}: ${expr(l.body, Pr.TEST)}`);
    }
    case "IfExp": {
      const i = e as A.IfExp;
      return paren(
        Pr.TEST,
        `${expr(i.body, Pr.TEST + 1)} if ${expr(i.test, Pr.TEST + 1)} else ${expr(i.orelse, Pr.TEST)}`,
      );
    }
    case "Dict": {
      const d = e as A.Dict;
      const items = d.values.map((v, i) => {
        const k = d.keys[i] as A.expr | null;
        return k ? `${expr(k, Pr.TEST)}: ${expr(v, Pr.TEST)}` : `**${expr(v, Pr.EXPR)}`;
      });
      return `{${items.join(", ")}}`;
    }
    case "Set":
      return `{${seq((e as A.Set).elts, Pr.TEST)}}`;
    case "GeneratorExp": {
      const g = e as A.GeneratorExp;
      return `(${expr(g.elt, Pr.TEST)}${comprehensions(g.generators)})`;
    }
    case "ListComp": {
      const g = e as A.ListComp;
      return `[${expr(g.elt, Pr.TEST)}${comprehensions(g.generators)}]`;
    }
    case "SetComp": {
      const g = e as A.SetComp;
      return `{${expr(g.elt, Pr.TEST)}${comprehensions(g.generators)}}`;
    }
    case "DictComp": {
      const g = e as A.DictComp;
      return `{${expr(g.key, Pr.TEST)}: ${expr(g.value, Pr.TEST)}${comprehensions(g.generators)}}`;
    }
    case "Await":
      return paren(Pr.AWAIT, `await ${expr((e as A.Await).value, Pr.ATOM)}`);
    case "Yield": {
      const v = (e as A.Yield).value;
      return v ? `(yield ${expr(v, Pr.TEST)})` : "(yield)";
    }
    case "YieldFrom":
      return `(yield from ${expr((e as A.YieldFrom).value, Pr.TEST)})`;
    case "Compare": {
      const c = e as A.Compare;
      let s = expr(c.left, Pr.CMP + 1);
      c.ops.forEach((op, i) => {
        s += CMPOPS[kindOf(op)]! + expr(c.comparators[i]!, Pr.CMP + 1);
      });
      return paren(Pr.CMP, s);
    }
    case "Call": {
      const c = e as A.Call;
      const f = expr(c.func, Pr.ATOM);
      if (c.args.length === 1 && c.keywords.length === 0 && kindOf(c.args[0]!) === "GeneratorExp")
        return f + expr(c.args[0]!, Pr.TEST);
      const parts = c.args.map((a) => expr(a, Pr.TEST));
      for (const k of c.keywords)
        parts.push(k.arg === null ? `**${expr(k.value, Pr.TEST)}` : `${k.arg}=${expr(k.value, Pr.TEST)}`);
      return `${f}(${parts.join(", ")})`;
    }
    case "Constant": {
      const c = e as A.Constant;
      const v = c.value;
      if (v instanceof EllipsisValue) return "...";
      return (c.kind === "u" ? "u" : "") + constantRepr(v);
    }
    case "JoinedStr":
      return joinedStr(e as A.JoinedStr, false);
    case "TemplateStr":
      return joinedStr(e as unknown as A.JoinedStr, false, "t");
    case "FormattedValue":
    case "Interpolation":
      return `f${strRepr(fstringBody([e], false))}`;
    case "Attribute": {
      const a = e as A.Attribute;
      const v = a.value;
      const isInt =
        kindOf(v) === "Constant" &&
        (typeof (v as A.Constant).value === "number" || typeof (v as A.Constant).value === "bigint");
      return `${expr(v, Pr.ATOM)}${isInt ? " ." : "."}${a.attr}`;
    }
    case "Subscript": {
      const s = e as A.Subscript;
      return `${expr(s.value, Pr.ATOM)}[${expr(s.slice, Pr.TUPLE)}]`;
    }
    case "Starred":
      return `*${expr((e as A.Starred).value, Pr.EXPR)}`;
    case "Name":
      return (e as A.Name).id;
    case "List":
      return `[${seq((e as A.List).elts, Pr.TEST)}]`;
    case "Tuple": {
      const t = e as A.Tuple;
      if (t.elts.length === 0) return "()";
      const s = seq(t.elts, Pr.TEST) + (t.elts.length === 1 ? "," : "");
      return paren(Pr.TUPLE, s);
    }
    case "Slice": {
      const s = e as A.Slice;
      let out = s.lower ? expr(s.lower, Pr.TEST) : "";
      out += ":";
      if (s.upper) out += expr(s.upper, Pr.TEST);
      if (s.step) out += `:${expr(s.step, Pr.TEST)}`;
      return out;
    }
    case "NamedExpr": {
      const n = e as A.NamedExpr;
      return paren(Pr.TUPLE, `${expr(n.target, Pr.ATOM)} := ${expr(n.value, Pr.ATOM)}`);
    }
  }
  return "";
}
