// The minimal import system until importlib runs: modules already in sys.modules (builtins, sys,
// __main__ and whatever other files register); anything else is ModuleNotFoundError.
import { getItem, lookupAttr, setItem } from "../objects/abstract.ts";
import { PyDict } from "../objects/dict.ts";
import { newException, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import { PyModule } from "../objects/module.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { PyTuple } from "../objects/tuple.ts";
import { vmHooks } from "./eval.ts";
import { setExcAttr } from "./ops.ts";

export function installImport(modules: PyDict, loaders: Map<string, () => PyValue> = new Map()): void {
  const find = (name: string, parent: PyValue | null): PyValue => {
    const m = modules.getStr(name);
    if (m !== undefined && m !== None) return m;
    const load = loaders.get(name);
    if (load !== undefined) {
      const mod = load();
      modules.setStr(name, mod);
      return mod;
    }
    let msg = `No module named '${name}'`;
    if (parent !== null && lookupAttr(parent, "__path__") === undefined)
      msg += `; '${name.slice(0, name.lastIndexOf("."))}' is not a package`;
    const exc = newException(E.PyExc_ModuleNotFoundError, msg);
    setExcAttr(exc, "name", name);
    throw exc;
  };
  vmHooks.importName = (name, _globals, fromlist, level) => {
    if (typeof level === "number" && level > 0) {
      const exc = newException(E.PyExc_ImportError, "attempted relative import with no known parent package");
      throw exc;
    }
    if (name === "") raiseValueError("Empty module name");
    const parts = name.split(".");
    let mod: PyValue | null = null;
    for (let i = 1; i <= parts.length; i++) mod = find(parts.slice(0, i).join("."), mod);
    const hasFrom =
      fromlist !== None &&
      !(fromlist instanceof PyTuple && fromlist.items.length === 0) &&
      !(fromlist instanceof PyList && fromlist.items.length === 0);
    return hasFrom ? (mod as PyValue) : find(parts[0], null);
  };
  vmHooks.importStar = (module, locals) => {
    const all = lookupAttr(module, "__all__");
    let names: PyValue[];
    if (all instanceof PyList || all instanceof PyTuple) names = all.items.slice();
    else {
      const d = module instanceof PyModule ? module.dict : lookupAttr(module, "__dict__");
      names = [];
      if (d instanceof PyDict)
        for (const k of d.keys) if (typeof k === "string" && !k.startsWith("_")) names.push(k);
    }
    for (const n of names) {
      const v = typeof n === "string" ? lookupAttr(module, n) : undefined;
      if (v === undefined) continue;
      if (locals instanceof PyDict) locals.setItem(n, v);
      else setItem(locals, n, v);
    }
  };
}

export { getItem };
