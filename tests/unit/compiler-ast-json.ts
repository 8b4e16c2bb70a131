// Builds the parser's AST classes from the JSON that tools/dis.mjs and the fixture generators
// get from the oracle (CPython's ast.parse, dumped by AST_TO_JSON_PY below). Lets the compiler be
// tested on CPython's own trees, independently of our parser.
import * as ast from "../../src/parser/ast.ts";

/** Python source (run under the oracle) defining `to_json(node)`. */
export const AST_TO_JSON_PY = `
import ast as _ast
def to_json(node):
    if isinstance(node, _ast.AST):
        d = {"_t": type(node).__name__}
        for f in node._fields:
            d[f] = to_json(getattr(node, f, None))
        for a in getattr(node, "_attributes", ()):
            d[a] = getattr(node, a, None)
        return d
    if isinstance(node, list):
        return [to_json(x) for x in node]
    if node is None:
        return None
    if node is Ellipsis:
        return {"$": "Ellipsis"}
    if isinstance(node, bool):
        return node
    if isinstance(node, int):
        if -(2**53 - 1) <= node <= 2**53 - 1:
            return node
        return {"$": "int", "v": str(node)}
    if isinstance(node, float):
        return {"$": "float", "v": repr(node)}
    if isinstance(node, complex):
        return {"$": "complex", "r": repr(node.real), "i": repr(node.imag)}
    if isinstance(node, bytes):
        return {"$": "bytes", "v": list(node)}
    if isinstance(node, str):
        return node
    raise TypeError(type(node))
`;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function pyFloat(s: string): number {
  if (s === "inf") return Number.POSITIVE_INFINITY;
  if (s === "-inf") return Number.NEGATIVE_INFINITY;
  if (s === "nan") return Number.NaN;
  return Number(s);
}

function constant(v: Json): ast.ConstantValue {
  if (v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
  if (Array.isArray(v)) throw new Error("unexpected list constant");
  switch (v.$) {
    case "Ellipsis":
      return ast.ELLIPSIS;
    case "int":
      return BigInt(v.v as string);
    case "float":
      return new ast.FloatValue(pyFloat(v.v as string));
    case "complex":
      return new ast.ComplexValue(pyFloat(v.r as string), pyFloat(v.i as string));
    case "bytes":
      return Uint8Array.from(v.v as number[]);
  }
  throw new Error(`unknown constant ${JSON.stringify(v)}`);
}

type AstClass = (new (
  ...args: unknown[]
) => ast.AST) & { _fields: readonly string[]; _attributes: readonly string[] };
const classes = ast as unknown as Record<string, AstClass>;

export function astFromJson(j: Json): unknown {
  if (Array.isArray(j)) return j.map(astFromJson);
  if (j === null || typeof j !== "object") return j;
  const t = j._t as string | undefined;
  if (t === undefined) return constant(j);
  const cls = classes[t] ?? classes[`${t}_`];
  if (cls === undefined) throw new Error(`unknown AST class ${t}`);
  const args: unknown[] = [];
  for (const f of cls._fields) {
    const v = j[f] ?? null;
    const isConst = (t === "Constant" || t === "MatchSingleton") && f === "value";
    args.push(isConst ? constant(v) : astFromJson(v));
  }
  for (const a of cls._attributes) args.push(j[a] ?? null);
  return new cls(...args);
}
