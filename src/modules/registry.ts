// Queries over the builtin modules written in TypeScript (CPython's PyImport_Inittab). The table
// itself is src/modules/index.ts (`builtinModuleFactories`, one line per module, passed to the
// import system by src/api/run.ts); this file answers `sys.builtin_module_names` and lets tools
// and tests create a module by name without running the import system.
//
// `builtins` and `sys` are created by the runtime itself (src/api/run.ts) and are only listed here.
import type { PyModule } from "../objects/module.ts";
import { readyAllTypes } from "../objects/slots.ts";
import { builtinModuleFactories } from "./index.ts";

/** Names created by the runtime, not by a factory. */
const RUNTIME_MODULES = ["builtins", "sys"];

/** True when `name` is a builtin module (a factory exists or the runtime makes it). */
export function isBuiltinModule(name: string): boolean {
  return builtinModuleFactories.has(name) || RUNTIME_MODULES.includes(name);
}

/** Sorted names for `sys.builtin_module_names`. */
export function builtinModuleNames(): string[] {
  return [...RUNTIME_MODULES, ...builtinModuleFactories.keys()].sort();
}

/**
 * Creates the builtin module `name` (a new module object each call: the import system caches it
 * in sys.modules), or returns undefined when there is no such builtin module.
 */
export function importBuiltinModule(name: string): PyModule | undefined {
  const factory = builtinModuleFactories.get(name);
  if (factory === undefined) return undefined;
  const mod = factory();
  readyAllTypes();
  return mod;
}
