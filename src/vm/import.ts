// The import system (Python/import.c). IMPORT_NAME resolves relative names (resolve_name), takes
// modules already in sys.modules on a fast path (import_get_module + import_ensure_initialized),
// and otherwise calls importlib's `_bootstrap._find_and_load` / `_handle_fromlist`, exactly as
// PyImport_ImportModuleLevelObject does. importlib runs as the frozen modules `_frozen_importlib`
// and `_frozen_importlib_external` (their source is read from the stdlib zip): the machinery is
// installed lazily, on the first import that is neither in sys.modules nor a builtin module, so
// `typhon -c pass` does not pay for it. Until then builtin modules are created directly (their
// __spec__ is filled in by `_bootstrap._setup`, as CPython does for modules made before importlib).
import {
  call,
  getAttr,
  getItem,
  isTrue,
  lookupAttr,
  richCompareBool,
  setItem,
  typeName,
} from "../objects/abstract.ts";
import type { PyCode } from "../objects/code.ts";
import { PyDict } from "../objects/dict.ts";
import { newException, raise, raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import { moduleHooks, PyModule } from "../objects/module.ts";
import { CompareOp, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { PyTraceback } from "../objects/traceback.ts";
import { PyTuple } from "../objects/tuple.ts";
import type { PyType } from "../objects/type.ts";
import { runCode, vmHooks } from "./eval.ts";
import { setExcAttr } from "./ops.ts";

/** A frozen module: its source (read on demand) and the name its code reports. */
export interface FrozenModule {
  /** Source text, or null when unavailable (no stdlib zip). */
  source: () => Uint8Array | null;
  /** The module whose source it is (`importlib._bootstrap`): co_filename `<frozen NAME>`. */
  origname: string;
  ispkg: boolean;
}

/** The interpreter's import state (PyInterpreterState.imports). */
export const importState = {
  modules: new PyDict(),
  sys: null as PyModule | null,
  builtins: null as PyModule | null,
  /** The builtin module table (PyImport_Inittab). */
  builtinTable: new Map<string, () => PyValue>(),
  /** The frozen module table. */
  frozen: new Map<string, FrozenModule>(),
  /** `_frozen_importlib` once installed (IMPORTLIB(interp)). */
  importlib: null as PyValue | null,
  installing: false,
  /** builtins.__import__ as created (IMPORT_FUNC): IMPORT_NAME calls a replacement instead. */
  importFunc: null as PyValue | null,
  cwd: (): string => "",
  /** config->sys_path_0: the script's directory ("" for -c), null when not set or under -P. */
  sysPath0: null as string | null,
  /** warnings.warn through _warnings, once importable (set by the runtime). */
  warn: (_category: PyType, _message: string, _stacklevel: number): void => {},
};

/** Hooks builtin modules written in TypeScript use (zipimport, _imp). */
export const importHooks = {
  /** `_frozen_importlib`, installing the machinery if needed. */
  bootstrap(): PyValue {
    return ensureImportlib();
  },
  /** A name from the builtins module (exec, __import__). */
  builtin(name: string): PyValue {
    const b = importState.builtins;
    const v = b === null ? undefined : b.dict.getStr(name);
    if (v === undefined) raise(E.PyExc_RuntimeError, `lost builtins.${name}`);
    return v;
  },
  /** PyImport_ImportModule: the module itself (not the top-level package). */
  importModule(name: string): PyValue {
    return importModuleLevel(name, null, new PyTuple([None]), 0);
  },
  /** Compiles a frozen module's code (used by _imp.get_frozen_object). */
  frozenCode: (_name: string): PyCode | null => null,
};

function moduleNotFound(name: string): never {
  const exc = newException(E.PyExc_ModuleNotFoundError, `No module named '${name}'`);
  setExcAttr(exc, "name", name);
  throw exc;
}

const LAZY_ATTRS = ["__spec__", "__loader__", "__package__"];

/** A builtin module made before importlib: its import attributes come when first read. */
function deferImportAttrs(mod: PyValue): void {
  if (!(mod instanceof PyModule) || !mod.builtin) return;
  for (const k of LAZY_ATTRS) if (mod.dict.getStr(k) === None) mod.dict.delStr(k);
}

function builtinAttr(m: PyModule, name: string): PyValue | undefined {
  const st = importState;
  if (st.importlib !== null || st.installing || !LAZY_ATTRS.includes(name)) return undefined;
  ensureImportlib();
  return m.dict.getStr(name);
}

/** Creates a builtin module by name without importlib (before the machinery is installed). */
function createBuiltinDirect(name: string): PyValue | undefined {
  const factory = importState.builtinTable.get(name);
  if (factory === undefined) return undefined;
  const mod = factory();
  if (importState.importlib === null && !importState.installing) deferImportAttrs(mod);
  importState.modules.setStr(name, mod);
  return mod;
}

/** Runs a frozen module's code in a new module put in sys.modules (PyImport_ImportFrozenModule). */
function importFrozenDirect(name: string): PyModule {
  const code = importHooks.frozenCode(name);
  if (code === null) moduleNotFound(name);
  const mod = new PyModule(name);
  const d = mod.dict;
  // PyImport_ImportFrozenModuleObject: __origname__ for FrozenImporter._fix_up_module.
  d.setStr("__origname__", importState.frozen.get(name)?.origname ?? name);
  d.setStr("__builtins__", importState.builtins as PyModule);
  importState.modules.setStr(name, mod);
  try {
    runCode(code, d, d, (importState.builtins as PyModule).dict);
  } catch (e) {
    importState.modules.delStr(name);
    throw e;
  }
  return mod;
}

/**
 * init_importlib + init_importlib_external (Python/pylifecycle.c, import.c): `_frozen_importlib`
 * runs `_install(sys, _imp)`, then `_install_external_importers()` brings in the path finders,
 * then zipimport's path hook goes first (_PyImportZip_Init).
 */
function ensureImportlib(): PyValue {
  const st = importState;
  if (st.importlib !== null) return st.importlib;
  if (st.installing) raise(E.PyExc_ImportError, "import of importlib during its own set-up");
  st.installing = true;
  try {
    const sys = st.sys as PyModule;
    const imp = st.modules.getStr("_imp") ?? createBuiltinDirect("_imp");
    if (imp === undefined) moduleNotFound("_imp");
    const bs = importFrozenDirect("_frozen_importlib");
    call(getAttr(bs, "_install"), [sys, imp]);
    st.importlib = bs;
    // module_repr (Objects/moduleobject.c) defers to importlib's _module_repr.
    const moduleRepr = getAttr(bs, "_module_repr");
    moduleHooks.repr = (m) => {
      const r = call(moduleRepr, [m]);
      if (typeof r !== "string") raiseTypeError("__repr__ returned non-string");
      return r;
    };
    call(getAttr(bs, "_install_external_importers"), []);
    const zipimport = importModuleLevel("zipimport", null, new PyTuple([None]), 0);
    const hooks = sys.dict.getStr("path_hooks");
    if (hooks instanceof PyList) hooks.items.unshift(getAttr(zipimport, "zipimporter"));
    return bs;
  } catch (e) {
    st.importlib = null;
    throw e;
  } finally {
    st.installing = false;
  }
}

/** resolve_name (import.c): the absolute name of a relative import. */
function resolveName(name: string, globals: PyValue | null, level: number): string {
  if (globals === null) raise(E.PyExc_KeyError, "'__name__' not in globals");
  if (!(globals instanceof PyDict)) raiseTypeError("globals must be a dict");
  let pkg = globals.getStr("__package__");
  if (pkg === None) pkg = undefined;
  const spec = globals.getStr("__spec__");
  let packageName: string;
  if (pkg !== undefined) {
    if (typeof pkg !== "string") raiseTypeError("package must be a string");
    packageName = pkg;
    if (spec !== undefined && spec !== None) {
      const parent = getAttr(spec, "parent");
      if (!richCompareBool(pkg, parent, CompareOp.EQ))
        importState.warn(E.PyExc_DeprecationWarning, "__package__ != __spec__.parent", 1);
    }
  } else if (spec !== undefined && spec !== None) {
    const parent = getAttr(spec, "parent");
    if (typeof parent !== "string") raiseTypeError("__spec__.parent must be a string");
    packageName = parent;
  } else {
    importState.warn(
      E.PyExc_ImportWarning,
      "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__",
      1,
    );
    const n = globals.getStr("__name__");
    if (n === undefined) raise(E.PyExc_KeyError, "'__name__' not in globals");
    if (typeof n !== "string") raiseTypeError("__name__ must be a string");
    packageName = n;
    if (globals.getStr("__path__") === undefined) {
      const dot = n.lastIndexOf(".");
      if (dot < 0) noParent();
      packageName = n.slice(0, dot);
    }
  }
  let lastDot = packageName.length;
  if (lastDot === 0) noParent();
  for (let up = 1; up < level; up++) {
    lastDot = packageName.lastIndexOf(".", lastDot - 1);
    if (lastDot < 0) raise(E.PyExc_ImportError, "attempted relative import beyond top-level package");
  }
  const base = packageName.slice(0, lastDot);
  return name.length === 0 ? base : `${base}.${name}`;
}

function noParent(): never {
  raise(E.PyExc_ImportError, "attempted relative import with no known parent package");
}

/** import_ensure_initialized: wait for a module another thread is still initialising. */
function ensureInitialized(mod: PyValue, name: string): void {
  if (importState.importlib === null) return;
  const spec = mod instanceof PyModule ? mod.dict.getStr("__spec__") : lookupAttr(mod, "__spec__");
  if (spec === undefined || spec === None) return;
  const init = lookupAttr(spec, "_initializing");
  if (init !== undefined && isTrue(init)) call(getAttr(importState.importlib, "_lock_unlock_module"), [name]);
}

/** import_find_and_load: `_bootstrap._find_and_load(abs_name, __import__)`. */
function findAndLoad(absName: string): PyValue {
  const st = importState;
  if (st.importlib === null) {
    // Before importlib: builtin modules directly; anything else installs the machinery.
    if (!st.installing || !st.builtinTable.has(absName)) {
      if (st.installing) moduleNotFound(absName);
      const direct = absName.includes(".") ? undefined : createBuiltinDirect(absName);
      if (direct !== undefined) return direct;
      ensureImportlib();
    } else {
      return createBuiltinDirect(absName) as PyValue;
    }
  }
  return call(getAttr(st.importlib as PyValue, "_find_and_load"), [absName, st.importFunc ?? None]);
}

function hasFromlist(fromlist: PyValue | null): boolean {
  if (fromlist === null || fromlist === None) return false;
  if (fromlist instanceof PyTuple || fromlist instanceof PyList) return fromlist.items.length > 0;
  return isTrue(fromlist);
}

/** PyImport_ImportModuleLevelObject. */
export function importModuleLevel(
  name: string,
  globals: PyValue | null,
  fromlist: PyValue | null,
  level: number,
): PyValue {
  try {
    return importModuleLevelInner(name, globals, fromlist, level);
  } catch (e) {
    if (e instanceof PyBaseException) removeImportlibFrames(e);
    throw e;
  }
}

function importModuleLevelInner(
  name: string,
  globals: PyValue | null,
  fromlist: PyValue | null,
  level: number,
): PyValue {
  if (level < 0) raiseValueError("level must be >= 0");
  let absName: string;
  if (level > 0) absName = resolveName(name, globals, level);
  else {
    if (name.length === 0) raiseValueError("Empty module name");
    absName = name;
  }
  const modules = importState.modules;
  let mod = modules.getStr(absName);
  if (mod !== undefined && mod !== None) ensureInitialized(mod, absName);
  else mod = findAndLoad(absName);

  if (!hasFromlist(fromlist)) {
    if (level === 0 || name.length > 0) {
      const dot = name.indexOf(".");
      if (dot < 0) return mod;
      if (level === 0) return importModuleLevelInner(name.slice(0, dot), null, null, 0);
      const cut = name.length - dot;
      const toReturn = absName.slice(0, absName.length - cut);
      const m = modules.getStr(toReturn);
      if (m === undefined) raise(E.PyExc_KeyError, `'${toReturn}' not in sys.modules as expected`);
      return m;
    }
    return mod;
  }
  const path = mod instanceof PyModule ? mod.dict.getStr("__path__") : lookupAttr(mod, "__path__");
  if (path === undefined) return mod;
  const bs = ensureImportlib();
  return call(getAttr(bs, "_handle_fromlist"), [mod, fromlist as PyValue, importState.importFunc ?? None]);
}

const IMPORTLIB_FILES = ["<frozen importlib._bootstrap>", "<frozen importlib._bootstrap_external>"];

/**
 * remove_importlib_frames: an ImportError loses every importlib frame of its traceback; other
 * exceptions lose the importlib chunks that end in `_call_with_frames_removed`.
 */
function removeImportlibFrames(exc: PyBaseException): void {
  const alwaysTrim = exc.type.isSubtypeOf(E.PyExc_ImportError);
  // Rebuild the chain as an array, then relink.
  const entries: PyTraceback[] = [];
  for (let tb = exc.traceback; tb instanceof PyTraceback; tb = tb.next) entries.push(tb);
  if (entries.length === 0) return;
  const kept: PyTraceback[] = [];
  let inImportlib = false;
  let outer = 0; // index in `kept` where the current importlib chunk starts
  for (const tb of entries) {
    const code = tb.frame.code;
    const now = IMPORTLIB_FILES.includes(code.co_filename);
    if (now && !inImportlib) outer = kept.length;
    inImportlib = now;
    if (inImportlib && (alwaysTrim || code.co_name === "_call_with_frames_removed")) kept.length = outer;
    else kept.push(tb);
  }
  if (kept.length === entries.length) return;
  for (let i = 0; i < kept.length; i++) kept[i].next = i + 1 < kept.length ? kept[i + 1] : None;
  exc.traceback = kept.length ? kept[0] : None;
}

/** import_name (ceval.c): a replaced builtins.__import__ is called instead of the fast path. */
function importName(name: string, globals: PyDict, fromlist: PyValue, level: number): PyValue {
  const st = importState;
  const b = st.builtins;
  const f = b === null ? undefined : b.dict.getStr("__import__");
  if (f === undefined) raise(E.PyExc_ImportError, "__import__ not found");
  if (f !== st.importFunc) return call(f, [name, globals, None, fromlist, level]);
  return importModuleLevel(name, globals, fromlist, level);
}

/** `from module import *` (import_all_from in ceval.c): __all__ by index, else the public names. */
function importStar(module: PyValue, locals: PyValue): void {
  let all = lookupAttr(module, "__all__");
  let skipLeadingUnderscores = false;
  if (all === undefined) {
    const d = lookupAttr(module, "__dict__");
    if (d === undefined) raise(E.PyExc_ImportError, "from-import-* object has no __dict__ and no __all__");
    all =
      d instanceof PyDict
        ? new PyList(d.keys.filter((k) => k !== undefined) as PyValue[])
        : call(getAttr(d, "keys"), []);
    skipLeadingUnderscores = true;
  }
  for (let pos = 0; ; pos++) {
    let n: PyValue;
    try {
      n = getItem(all, pos);
    } catch (e) {
      if (e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_IndexError)) break;
      throw e;
    }
    if (typeof n !== "string") {
      const modName = getAttr(module, "__name__");
      if (typeof modName !== "string")
        raiseTypeError(`module __name__ must be a string, not ${typeName(modName)}`);
      raiseTypeError(
        `${skipLeadingUnderscores ? "Key" : "Item"} in ${modName}.${skipLeadingUnderscores ? "__dict__" : "__all__"} must be str, not ${typeName(n)}`,
      );
    }
    if (skipLeadingUnderscores && n.startsWith("_")) continue;
    const v = getAttr(module, n);
    if (locals instanceof PyDict) locals.setItem(n, v);
    else setItem(locals, n, v);
  }
}

/** _PyModuleSpec_GetFileOrigin: spec.origin when spec.has_location. */
function specFileOrigin(spec: PyValue): string | null {
  const has = lookupAttr(spec, "has_location");
  if (has === undefined || !isTrue(has)) return null;
  const origin = lookupAttr(spec, "origin");
  return typeof origin === "string" ? origin : null;
}

/**
 * _PyModule_IsPossiblyShadowing: the module's directory (a package's parent) is the script's
 * directory, config->sys_path_0 (not the live sys.path[0]), unless -P (safe_path).
 */
function possiblyShadowing(origin: string | null): boolean {
  const first = importState.sysPath0;
  if (origin === null || first === null) return false;
  let o = origin;
  if (o.endsWith("/__init__.py")) o = o.slice(0, -"/__init__.py".length);
  const slash = o.lastIndexOf("/");
  const dir = o.slice(0, Math.max(slash, 0));
  return dir === (first === "" ? importState.cwd() : first);
}

/** _PyEval_ImportFrom after the attribute lookup failed: sys.modules fallback, then the error. */
function importFrom(v: PyValue, name: string): PyValue {
  const modName = lookupAttr(v, "__name__");
  if (typeof modName === "string") {
    const x = importState.modules.getStr(`${modName}.${name}`);
    if (x !== undefined) return x;
  }
  const mn = typeof modName === "string" ? modName : "<unknown module name>";
  const spec = lookupAttr(v, "__spec__");
  let msg: string;
  let origin: string | null = null;
  if (spec === undefined) msg = `cannot import name '${name}' from '${mn}' (unknown location)`;
  else {
    origin = specFileOrigin(spec);
    const shadowing = possiblyShadowing(origin);
    let shadowingStdlib = false;
    if (shadowing) {
      const names = importState.sys?.dict.getStr("stdlib_module_names");
      if (names !== undefined && typeof modName === "string")
        shadowingStdlib = isTrue(call(getAttr(names, "__contains__"), [modName]));
    }
    if (origin === null && v instanceof PyModule) {
      const f = v.dict.getStr("__file__");
      if (typeof f === "string") origin = f;
    }
    const init = spec !== None ? lookupAttr(spec, "_initializing") : undefined;
    if (shadowingStdlib)
      msg = `cannot import name '${name}' from '${mn}' (consider renaming '${origin}' since it has the same name as the standard library module named '${mn}' and prevents importing that standard library module)`;
    else if (init !== undefined && isTrue(init)) {
      if (shadowing)
        msg = `cannot import name '${name}' from '${mn}' (consider renaming '${origin}' if it has the same name as a library you intended to import)`;
      else if (origin !== null)
        msg = `cannot import name '${name}' from partially initialized module '${mn}' (most likely due to a circular import) (${origin})`;
      else
        msg = `cannot import name '${name}' from partially initialized module '${mn}' (most likely due to a circular import)`;
    } else if (origin !== null) msg = `cannot import name '${name}' from '${mn}' (${origin})`;
    else msg = `cannot import name '${name}' from '${mn}' (unknown location)`;
  }
  const exc = newException(E.PyExc_ImportError, msg) as E.PyImportError;
  exc.name = typeof modName === "string" ? modName : None;
  exc.path = origin === null ? None : origin;
  exc.nameFrom = name;
  throw exc;
}

/** Installs the import system for a runtime (called once by src/api/run.ts). */
export function installImport(
  sys: PyModule,
  builtins: PyModule,
  builtinTable: Map<string, () => PyValue>,
  frozen: Map<string, FrozenModule>,
): void {
  const st = importState;
  st.sys = sys;
  st.builtins = builtins;
  const modules = sys.dict.getStr("modules");
  st.modules = modules instanceof PyDict ? modules : new PyDict();
  st.builtinTable = builtinTable;
  st.frozen = frozen;
  st.importlib = null;
  st.importFunc = builtins.dict.getStr("__import__") ?? null;
  for (const k of st.modules.keys)
    if (typeof k === "string") deferImportAttrs(st.modules.getStr(k) as PyValue);
  moduleHooks.builtinAttr = builtinAttr;
  vmHooks.importName = importName;
  vmHooks.importStar = importStar;
  vmHooks.importFrom = importFrom;
}
