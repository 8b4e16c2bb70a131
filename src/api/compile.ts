// Wires Typhon's own parser and compiler into the run path: source bytes -> AST -> code object.
import { compile } from "../compiler/index.ts";
import type { Module } from "../parser/ast.ts";
import { parse } from "../parser/index.ts";
import { compilerHooks } from "./run.ts";

compilerHooks.compile = (source, filename) =>
  compile(parse(source, filename, "exec") as Module, filename, "exec");
