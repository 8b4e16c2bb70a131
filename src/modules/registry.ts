// The registry of builtin modules written in TypeScript (CPython's PyImport_Inittab): module
// name -> factory that creates the module object on first import. `sys.builtin_module_names`
// is builtinModuleNames(); the import system asks importBuiltinModule(name) (or uses the map
// from builtinModuleLoaders()) before looking for a .py file.
//
// `builtins` and `sys` are created by the runtime itself (src/api/run.ts) and are only listed here.
import type { PyModule } from "../objects/module.ts";
import type { PyValue } from "../objects/object.ts";
import { readyAllTypes } from "../objects/slots.ts";
import { createMathModule } from "./math.ts";

export type ModuleFactory = () => PyModule;

const factories = new Map<string, ModuleFactory>([["math", createMathModule]]);

/** Names created by the runtime, not by a factory here. */
const RUNTIME_MODULES = ["builtins", "sys"];

/** Registers (or replaces) a builtin module factory. */
export function registerBuiltinModule(name: string, factory: ModuleFactory): void {
  factories.set(name, factory);
}

/** True when `name` is a builtin module (a factory exists or the runtime makes it). */
export function isBuiltinModule(name: string): boolean {
  return factories.has(name) || RUNTIME_MODULES.includes(name);
}

/** Sorted names for `sys.builtin_module_names`. */
export function builtinModuleNames(): string[] {
  return [...RUNTIME_MODULES, ...factories.keys()].sort();
}

/**
 * Creates the builtin module `name` (a new module object each call: the import system caches it
 * in sys.modules), or returns undefined when there is no such builtin module.
 */
export function importBuiltinModule(name: string): PyModule | undefined {
  const factory = factories.get(name);
  if (factory === undefined) return undefined;
  const mod = factory();
  // types created by the module's file are readied (slot inheritance, wrapper descriptors)
  readyAllTypes();
  return mod;
}

/** The loaders map the minimal import system (src/vm/import.ts installImport) takes. */
export function builtinModuleLoaders(): Map<string, () => PyValue> {
  const m = new Map<string, () => PyValue>();
  for (const name of factories.keys()) m.set(name, () => importBuiltinModule(name) as PyModule);
  return m;
}
