// Module objects (Objects/moduleobject.c): a namespace dict with __name__, __doc__, __package__,
// __loader__ and __spec__. First written by the VM work to host `builtins`, `sys` and `__main__`
// (constructor and `name` kept as they were); the import system extends it through moduleHooks.
import { call, lookupAttr, repr, typeName } from "./abstract.ts";
import { bindArgs } from "./args.ts";
import { defineGetSets, defineMethods } from "./descr.ts";
import { PyDict } from "./dict.ts";
import { raiseTypeError } from "./errors.ts";
import { newAttributeError } from "./exception-methods.ts";
import { newList } from "./list.ts";
import { PyObject, type PyValue } from "./object.ts";
import { asString, genericGetAttr } from "./object-type.ts";
import { None } from "./singletons.ts";
import type { PyType } from "./type.ts";
import { moduleType } from "./typeobjects.ts";

export class PyModule extends PyObject {
  declare dict: PyDict;
  /** True for modules implemented in TypeScript (repr says "(built-in)"). */
  builtin: boolean;
  constructor(name: string, doc: PyValue = None, dict: PyDict = new PyDict(), type: PyType = moduleType) {
    super(type);
    this.dict = dict;
    this.builtin = false;
    if (dict.getStr("__name__") === undefined) initModuleDict(dict, name, doc);
  }
  get name(): string {
    const n = this.dict.getStr("__name__");
    return typeof n === "string" ? n : "?";
  }
}

function initModuleDict(dict: PyDict, name: PyValue, doc: PyValue): void {
  dict.setStr("__name__", name);
  dict.setStr("__doc__", doc);
  dict.setStr("__package__", None);
  dict.setStr("__loader__", None);
  dict.setStr("__spec__", None);
}

/** Installed by the import system. */
export const moduleHooks = {
  /** importlib._bootstrap._module_repr, once importlib is loaded (null: the built-in fallback). */
  repr: null as ((m: PyModule) => string) | null,
  /**
   * A builtin module made before importlib was installed has no __spec__/__loader__/__package__
   * yet: reading one installs importlib (whose _setup fills them in) and returns it.
   */
  builtinAttr: null as ((m: PyModule, name: string) => PyValue | undefined) | null,
};

/** True when `spec._initializing` is true (_PyModuleSpec_IsInitializing). */
function specInitializing(spec: PyValue | undefined): boolean {
  if (spec === undefined || spec === None) return false;
  const v = lookupAttr(spec, "_initializing");
  return v === true;
}

/** module_repr fallback (what importlib's _module_repr prints for the common cases). */
function moduleRepr(m: PyValue): string {
  const mod = m as PyModule;
  if (moduleHooks.repr !== null) return moduleHooks.repr(mod);
  const nameV = mod.dict.getStr("__name__");
  const name = nameV === undefined ? "?" : (asString(nameV) ?? repr(nameV));
  const file = mod.dict.getStr("__file__");
  if (file !== undefined && asString(file) !== undefined)
    return `<module '${name}' from '${asString(file)}'>`;
  if (mod.builtin) return `<module '${name}' (built-in)>`;
  const loader = mod.dict.getStr("__loader__");
  if (loader !== undefined && loader !== None) return `<module '${name}' (${repr(loader)})>`;
  return `<module '${name}'>`;
}

/** module_getattro: the namespace, then a module-level __getattr__ (PEP 562), else AttributeError. */
export function moduleGetattro(m: PyValue, name: string): PyValue | undefined {
  const v = genericGetAttr(m, name);
  if (v !== undefined) return v;
  const mod = m as PyModule;
  if (mod.builtin && moduleHooks.builtinAttr !== null) {
    const lazy = moduleHooks.builtinAttr(mod, name);
    if (lazy !== undefined) return lazy;
  }
  const ga = mod.dict.getStr("__getattr__");
  if (ga !== undefined) return call(ga, [name]);
  const modName = mod.dict.getStr("__name__");
  const ms = modName === undefined ? undefined : asString(modName);
  if (ms === undefined) throw newAttributeError(`module has no attribute '${name}'`, m, name);
  if (specInitializing(mod.dict.getStr("__spec__")))
    throw newAttributeError(
      `partially initialized module '${ms}' has no attribute '${name}' (most likely due to a circular import)`,
      m,
      name,
    );
  throw newAttributeError(`module '${ms}' has no attribute '${name}'`, m, name);
}

moduleType.hasInstanceDict = true;
moduleType.hasWeakref = true;
moduleType.tp_new = (type) => {
  const m = new PyModule("?", None, new PyDict(), type);
  m.dict.clear();
  return m;
};
moduleType.tp_init = (self, args, kwnames) => {
  const [name, doc] = bindArgs("module", args, kwnames, { names: ["name", "doc"], required: 1, posOnly: 0 });
  if (asString(name as PyValue) === undefined)
    raiseTypeError(`module() argument 'name' must be str, not ${typeName(name as PyValue)}`);
  initModuleDict((self as PyModule).dict, name as PyValue, doc ?? None);
};
moduleType.tp_repr = moduleRepr;
moduleType.tp_getattro = moduleGetattro;

defineGetSets(moduleType, {
  __dict__: { get: (m) => (m as PyModule).dict },
  __annotations__: {
    get: (m) => {
      const d = (m as PyModule).dict;
      let a = d.getStr("__annotations__");
      if (a === undefined) {
        const annotate = d.getStr("__annotate__");
        a = annotate !== undefined && annotate !== None ? call(annotate, [1]) : new PyDict();
        if (!specInitializing(d.getStr("__spec__"))) d.setStr("__annotations__", a);
      }
      return a;
    },
    set: (m, v) => {
      const d = (m as PyModule).dict;
      if (v === null) {
        if (!d.delStr("__annotations__")) throw newAttributeError("__annotations__", m, "__annotations__");
      } else {
        d.setStr("__annotations__", v);
      }
    },
  },
  __annotate__: {
    get: (m) => (m as PyModule).dict.getStr("__annotate__") ?? None,
    set: (m, v) => {
      if (v === null) raiseTypeError("cannot delete __annotate__ attribute");
      (m as PyModule).dict.setStr("__annotate__", v);
    },
  },
});
defineMethods(moduleType, {
  __dir__(self) {
    const d = (self as PyModule).dict;
    const f = d.getStr("__dir__");
    if (f !== undefined) return call(f, []);
    const names: PyValue[] = [];
    for (const k of d.keys) if (k !== undefined) names.push(k);
    return newList(names);
  },
});
