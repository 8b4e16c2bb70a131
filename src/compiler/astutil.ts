// Small helpers over the parser's AST classes.
import type { AST } from "../parser/ast.ts";

/** The node's class name as CPython's ast module spells it ("FunctionDef", "Add", "Load", ...). */
export function kindOf(node: AST): string {
  return (node.constructor as typeof AST)._name;
}
