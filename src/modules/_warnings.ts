// The `_warnings` module (Python/_warnings.c, CPython 3.14): the warning filters, the
// per-module `__warningregistry__`, the actions ("error", "ignore", "always"/"all", "default",
// "module", "once"), and the printer used while the pure-Python `warnings` module is not
// imported. When sys.modules has `warnings`, its `filters`, `defaultaction`, `onceregistry` and
// `_showwarnmsg` are used instead, as _warnings.c does (get_warnings_attr).
//
// `warnEx` is PyErr_WarnEx for the runtime (builtins that warn), `warnExplicitObject` is
// PyErr_WarnExplicitObject (the compiler's SyntaxWarnings), `processWarnOptions` applies
// sys.warnoptions (-W, PYTHONWARNINGS) at start-up.
import {
  call,
  getAttr,
  isInstance,
  isSubclass,
  isTrue,
  lookupAttr,
  str as strOf,
} from "../objects/abstract.ts";
import { defineMethods, PyBuiltinFunction } from "../objects/descr.ts";
import { PyDict } from "../objects/dict.ts";
import { raise, raiseTypeError, raiseValueError, warnHooks } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { frameLineno } from "../objects/frame-object.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import { numericHooks } from "../objects/numeric.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { strValue } from "../objects/str.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import type { PyType } from "../objects/type.ts";
import { dictType, makeBuiltinType, typeOf } from "../objects/typeobjects.ts";
import { compileHooks } from "../vm/compile.ts";
import { vmHooks } from "../vm/eval.ts";
import type { Frame } from "../vm/frame.ts";
import { tstate } from "../vm/frame.ts";
import { lineCache } from "../vm/traceback-print.ts";
import { newBuiltinModule } from "./modutil.ts";
import { sysState, writeToStderr } from "./sys.ts";

// ---------------------------------------------------------------- interpreter state

/** struct _warnings_runtime_state */
interface WarningsState {
  filters: PyValue;
  onceRegistry: PyValue;
  defaultAction: PyValue;
  filtersVersion: number;
  lockCount: number;
}

/** init_filters: a non-debug build's default filters. */
function initFilters(): PyList {
  const f = (action: string, category: PyType, module: string | null) =>
    newTuple([action, None, category, module === null ? None : module, 0]);
  return new PyList([
    f("default", E.PyExc_DeprecationWarning, "__main__"),
    f("ignore", E.PyExc_DeprecationWarning, null),
    f("ignore", E.PyExc_PendingDeprecationWarning, null),
    f("ignore", E.PyExc_ImportWarning, null),
    f("ignore", E.PyExc_ResourceWarning, null),
  ]);
}

function newState(): WarningsState {
  return {
    filters: initFilters(),
    onceRegistry: new PyDict(),
    defaultAction: "default",
    filtersVersion: 0,
    lockCount: 0,
  };
}

let st: WarningsState = newState();

/** A fresh interpreter's warnings state (_PyWarnings_InitState), for each runtime started. */
export function resetWarningsState(): void {
  st = newState();
}

// ---------------------------------------------------------------- access to `warnings`

/** PyImport_ImportModule through the VM's import hook. */
function importModule(name: string): PyValue {
  return vmHooks.importName(name, new PyDict(), None, 0);
}

function sysModules(): PyDict | null {
  const m = sysState?.module.dict.getStr("modules");
  return m instanceof PyDict ? m : null;
}

function isImportError(e: unknown): boolean {
  return e instanceof PyBaseException && e.type.isSubtypeOf(E.PyExc_ImportError);
}

/**
 * get_warnings_attr: an attribute of the Python `warnings` module if it is imported (or, with
 * `tryImport`, once imported); undefined when there is no such module or attribute.
 */
function getWarningsAttr(name: string, tryImport: boolean): PyValue | undefined {
  let mod: PyValue | undefined;
  if (tryImport) {
    try {
      mod = importModule("warnings");
    } catch (e) {
      // Fall back to the C implementation if the Python one cannot be imported.
      if (isImportError(e)) return undefined;
      throw e;
    }
  } else {
    mod = sysModules()?.getItem("warnings");
    if (mod === undefined) return undefined;
  }
  return lookupAttr(mod, name);
}

function getOnceRegistry(): PyValue {
  const registry = getWarningsAttr("onceregistry", false);
  if (registry === undefined) return st.onceRegistry;
  if (!(registry instanceof PyDict))
    raiseTypeError(`_warnings.onceregistry must be a dict, not '${typeOf(registry).name}'`);
  st.onceRegistry = registry;
  return registry;
}

function getDefaultAction(): PyValue {
  const action = getWarningsAttr("defaultaction", false);
  if (action === undefined) return st.defaultAction;
  if (strValue(action) === undefined)
    raiseTypeError(`_warnings.defaultaction must be a string, not '${typeOf(action).name}'`);
  st.defaultAction = action;
  return action;
}

// ---------------------------------------------------------------- filters and registries

/** check_matched: None matches all, an exact str must be equal, anything else is a regex. */
function checkMatched(obj: PyValue, arg: PyValue): boolean {
  if (obj === None) return true;
  if (typeof obj === "string") {
    const a = strValue(arg);
    if (a === undefined) raiseTypeError(`Can't compare str and ${typeOf(arg).name}`);
    return obj === a;
  }
  return isTrue(call(getAttr(obj, "match"), [arg]));
}

/** PyLong_AsSsize_t of a filter's line number. */
function filterLineno(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") raise(E.PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  const boxed = (v as { value?: unknown }).value;
  if (typeOf(v).isSubtypeOf(typeOf(0)) && typeof boxed === "number") return boxed;
  raiseTypeError("an integer is required");
}

/** get_filter: the action for a warning, and the filter item that chose it (None: default). */
function getFilter(category: PyValue, text: PyValue, lineno: number, module: PyValue): [PyValue, PyValue] {
  const fromModule = getWarningsAttr("filters", false);
  if (fromModule !== undefined) st.filters = fromModule;
  const filters = st.filters;
  if (!(filters instanceof PyList)) raiseValueError("_warnings.filters must be a list");
  // The list can change while it is searched (a regex's match() may run Python code).
  for (let i = 0; i < filters.items.length; i++) {
    const item = filters.items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5)
      raiseValueError(`warnings.filters item ${i} isn't a 5-tuple`);
    const [action, msg, cat, mod, lnObj] = item.items;
    if (strValue(action) === undefined)
      raiseTypeError(`action must be a string, not '${typeOf(action).name}'`);
    const goodMsg = checkMatched(msg, text);
    const goodMod = checkMatched(mod, module);
    const isSub = isSubclass(category, cat);
    const ln = filterLineno(lnObj);
    if (goodMsg && isSub && goodMod && (ln === 0 || lineno === ln)) return [action, item];
  }
  return [getDefaultAction(), None];
}

/** already_warned: whether `key` is set in the registry (reset when the filters changed). */
function alreadyWarned(registry: PyDict, key: PyValue, shouldSet: boolean): boolean {
  const version = registry.getStr("version");
  if (version === undefined || typeof version !== "number" || version !== st.filtersVersion) {
    registry.clear();
    registry.setStr("version", st.filtersVersion);
  } else {
    const warned = registry.getItem(key);
    if (warned !== undefined && isTrue(warned)) return true;
  }
  if (shouldSet) registry.setItem(key, true);
  return false;
}

/** normalize_module: the module name guessed from a file name. */
function normalizeModule(filename: string): string {
  if (filename.length === 0) return "<unknown>";
  return filename.endsWith(".py") ? filename.slice(0, -3) : filename;
}

/** update_registry */
function updateRegistry(registry: PyDict, text: PyValue, category: PyValue, addZero: boolean): boolean {
  const altkey = addZero ? newTuple([text, category, 0]) : newTuple([text, category]);
  return alreadyWarned(registry, altkey, true);
}

// ---------------------------------------------------------------- showing a warning

/**
 * _Py_DisplaySourceLine(f, filename, lineno, 2): the line read from the file (not from names
 * like "<string>"), indentation removed, indented by two spaces.
 */
function sourceLineText(filename: string, lineno: number): string {
  if (filename.startsWith("<") || lineno < 1) return "";
  const lines = lineCache.getLines(filename);
  if (lines === null || lineno > lines.length) return "";
  let line = lines[lineno - 1];
  let i = 0;
  while (i < line.length && (line[i] === " " || line[i] === "\t" || line[i] === "\f")) i++;
  line = line.slice(i);
  if (line.endsWith("\r\n")) line = line.slice(0, -2);
  else if (line.endsWith("\n") || line.endsWith("\r")) line = line.slice(0, -1);
  return `  ${line}\n`;
}

/** show_warning: "FILE:LINE: Category: text" and the source line, on sys.stderr. */
function showWarning(
  filename: PyValue,
  lineno: number,
  text: PyValue,
  category: PyValue,
  sourceline: PyValue,
) {
  try {
    const name = strOf(getAttr(category, "__name__"));
    const sys = sysState;
    if (sys === null) return;
    const fname = strOf(filename);
    let out = `${fname}:${lineno}: ${name}: ${strOf(text)}\n`;
    if (sourceline !== None) out += `${strOf(sourceline)}\n`;
    else out += sourceLineText(fname, lineno);
    writeToStderr(sys.module, out);
  } catch (e) {
    // show_warning ends with PyErr_Clear(): a failing printer loses the warning silently.
    if (!(e instanceof PyBaseException)) throw e;
  }
}

/** call_show_warning: warnings._showwarnmsg(WarningMessage(...)) if available, else show_warning. */
function callShowWarning(
  category: PyValue,
  text: PyValue,
  message: PyValue,
  filename: PyValue,
  lineno: number,
  sourceline: PyValue,
  source: PyValue,
): void {
  // With a source object CPython imports `warnings` (to report where the object was
  // allocated); without the import system, print what it prints when tracemalloc is off.
  const showFn = getWarningsAttr("_showwarnmsg", source !== None);
  if (showFn === undefined) {
    showWarning(filename, lineno, text, category, sourceline);
    if (source !== None && sysState !== null) {
      try {
        writeToStderr(
          sysState.module,
          `${strOf(getAttr(category, "__name__"))}: Enable tracemalloc to get the object allocation traceback\n`,
        );
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
      }
    }
    return;
  }
  if (typeOf(showFn).tp_call === null) raiseTypeError("warnings._showwarnmsg() must be set to a callable");
  const cls = getWarningsAttr("WarningMessage", false);
  if (cls === undefined) raise(E.PyExc_RuntimeError, "unable to get warnings.WarningMessage");
  const msg = call(cls, [message, category, filename, lineno, None, None, source]);
  call(showFn, [msg]);
}

// ---------------------------------------------------------------- warn_explicit / warn

function actionIs(action: PyValue, name: string): boolean {
  return strValue(action) === name;
}

/**
 * warn_explicit (do_warn_explicit): filter, registry and action for one warning. `module`
 * undefined is "not given" (the module name is derived from the file name); `registry` None or
 * undefined is no registry.
 */
export function warnExplicit(
  category: PyValue,
  message: PyValue,
  filename: PyValue,
  lineno: number,
  module: PyValue | undefined,
  registry: PyValue | undefined,
  sourceline: PyValue = None,
  source: PyValue = None,
): void {
  // A module of None: a warning emitted late at shutdown; ignore it.
  if (module === None) return;
  const reg = registry === undefined || registry === None ? null : registry;
  if (reg !== null && !(reg instanceof PyDict)) raiseTypeError("'registry' must be a dict or None");
  const mod = module === undefined ? normalizeModule(strValue(filename) ?? "") : module;
  let text: PyValue;
  if (isInstance(message, E.PyExc_Warning)) {
    text = strOf(message);
    category = typeOf(message);
  } else {
    text = message;
    message = call(category, [message]);
  }
  const key = newTuple([text, category, lineno]);
  if (reg !== null && alreadyWarned(reg, key, false)) return;

  const [action, item] = getFilter(category, text, lineno, mod);
  if (actionIs(action, "error")) {
    if (message instanceof PyBaseException) throw message;
    raiseTypeError("exceptions must derive from BaseException");
  }
  if (actionIs(action, "ignore")) return;

  // Record that this location warned, except for "always"/"all".
  let warned = false;
  if (!actionIs(action, "always") && !actionIs(action, "all")) {
    if (reg !== null) reg.setItem(key, true);
    if (actionIs(action, "once")) {
      const once = reg !== null ? reg : getOnceRegistry();
      warned = updateRegistry(once as PyDict, text, category, false);
    } else if (actionIs(action, "module")) {
      if (reg !== null) warned = updateRegistry(reg, text, category, false);
    } else if (!actionIs(action, "default")) {
      raise(
        E.PyExc_RuntimeError,
        `Unrecognized action (${strOf(call(getAttr(action, "__repr__"), []))}) in warnings.filters:\n ${strOf(call(getAttr(item, "__repr__"), []))}`,
      );
    }
  }
  if (warned) return;
  callShowWarning(category, text, message, filename, lineno, sourceline, source);
}

function isInternalFilename(filename: string): boolean {
  return filename.includes("importlib") && filename.includes("_bootstrap");
}

function isFilenameToSkip(filename: string, prefixes: readonly string[] | null): boolean {
  if (prefixes === null) return false;
  for (const p of prefixes) if (filename.startsWith(p)) return true;
  return false;
}

function nextExternalFrame(f: Frame, prefixes: readonly string[] | null): Frame | null {
  let g = f.previous;
  while (
    g !== null &&
    (isInternalFilename(g.code.co_filename) || isFilenameToSkip(g.code.co_filename, prefixes))
  )
    g = g.previous;
  return g;
}

interface WarnContext {
  filename: PyValue;
  lineno: number;
  module: PyValue;
  registry: PyValue;
}

const noSysGlobals = new PyDict();

/** setup_context: file, line, module name and registry of the frame `stackLevel` levels up. */
function setupContext(stackLevel: number, prefixes: readonly string[] | null): WarnContext {
  let f = tstate.current;
  // Stack levels count from the frame that called warn() (there is no frame for warn itself).
  if (stackLevel <= 0 || (f !== null && isInternalFilename(f.code.co_filename))) {
    while (--stackLevel > 0 && f !== null) f = f.previous;
  } else {
    while (--stackLevel > 0 && f !== null) f = nextExternalFrame(f, prefixes);
  }
  let globals: PyDict;
  let filename: PyValue;
  let lineno: number;
  if (f === null) {
    // No Python frame: the sys module's dict (a private one while there is no sys, in tests).
    globals = (sysState?.module.dict as PyDict | undefined) ?? noSysGlobals;
    filename = "<sys>";
    lineno = 0;
  } else {
    globals = f.globals;
    filename = f.code.co_filename;
    lineno = frameLineno(f);
  }
  let registry = globals.getStr("__warningregistry__");
  if (registry === undefined) {
    registry = new PyDict();
    globals.setStr("__warningregistry__", registry);
  }
  let module = globals.getStr("__name__");
  if (module === undefined || !(module === None || strValue(module) !== undefined)) module = "<string>";
  return { filename, lineno, module, registry };
}

/** get_category */
function getCategory(message: PyValue, category: PyValue): PyValue {
  if (isInstance(message, E.PyExc_Warning)) category = typeOf(message);
  else if (category === None) category = E.PyExc_UserWarning;
  let ok = false;
  try {
    ok = isSubclass(category, E.PyExc_Warning);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
  }
  if (!ok) raiseTypeError(`category must be a Warning subclass, not '${typeOf(category).name}'`);
  return category;
}

/** do_warn */
function doWarn(
  message: PyValue,
  category: PyValue,
  stackLevel: number,
  source: PyValue,
  prefixes: readonly string[] | null,
): void {
  const ctx = setupContext(stackLevel, prefixes);
  warnExplicit(category, message, ctx.filename, ctx.lineno, ctx.module, ctx.registry, None, source);
}

/**
 * PyErr_WarnEx: a warning from the runtime (a builtin), attributed to the Python frame
 * `stacklevel` levels up. Raises the warning when a filter says "error".
 */
export function warnEx(category: PyType, message: string, stacklevel = 1): void {
  doWarn(message, category, stacklevel, None, null);
}

/**
 * PyErr_WarnExplicitObject(category, message, filename, lineno, NULL, NULL): the compiler's
 * SyntaxWarnings (no registry: each compilation warns again).
 */
export function warnExplicitObject(
  category: PyType,
  message: string,
  filename: string,
  lineno: number,
): void {
  warnExplicit(category, message, filename, lineno, undefined, None);
}

warnHooks.warn = warnEx;
numericHooks.warn = warnEx;

// ---------------------------------------------------------------- -W options

class OptionError {
  constructor(readonly message: string) {}
}

function reprStr(s: string): string {
  return strOf(call(getAttr(s, "__repr__"), []));
}

/** _getaction */
function getAction(action: string): string {
  if (!action) return "default";
  for (const a of ["default", "always", "all", "ignore", "module", "once", "error"])
    if (a.startsWith(action)) return a;
  throw new OptionError(`invalid action: ${reprStr(action)}`);
}

/** _getcategory (builtins only: dotted names need the import system) */
function getCategoryOption(category: string): PyValue {
  if (!category) return E.PyExc_Warning;
  let container: PyValue;
  let klass = category;
  if (!category.includes(".")) {
    const b = sysModules()?.getStr("builtins");
    if (b === undefined) throw new OptionError(`unknown warning category: ${reprStr(category)}`);
    container = b;
  } else {
    const dot = category.lastIndexOf(".");
    const modname = category.slice(0, dot);
    klass = category.slice(dot + 1);
    try {
      container = vmHooks.importName(modname, new PyDict(), newTuple([klass]), 0);
    } catch (e) {
      if (isImportError(e)) throw new OptionError(`invalid module name: ${reprStr(modname)}`);
      throw e;
    }
  }
  const cat = lookupAttr(container, klass);
  if (cat === undefined) throw new OptionError(`unknown warning category: ${reprStr(category)}`);
  if (!isSubclass(cat, E.PyExc_Warning))
    throw new OptionError(`invalid warning category: ${reprStr(category)}`);
  return cat;
}

/**
 * A stand-in for the compiled regex of an escaped -W message or module (re.escape(s), with
 * re.I for messages and \z for modules) while `re` cannot be imported: a literal match.
 */
const literalPatternType = makeBuiltinType("_warnings._LiteralPattern");
class LiteralPattern extends PyObject {
  constructor(
    readonly pattern: string,
    readonly ignoreCase: boolean,
    readonly whole: boolean,
  ) {
    super(literalPatternType);
  }
}
defineMethods(literalPatternType, {
  match(self, args) {
    const p = self as LiteralPattern;
    const s = strValue(args[0]);
    if (s === undefined)
      raiseTypeError(`expected string or bytes-like object, got '${typeOf(args[0]).name}'`);
    const a = p.ignoreCase ? s.toLowerCase() : s;
    const pat = p.ignoreCase ? p.pattern.toLowerCase() : p.pattern;
    return p.whole ? a === pat : a.startsWith(pat);
  },
});

function compilePattern(text: string, ignoreCase: boolean, whole: boolean): PyValue {
  try {
    const re = importModule("re");
    {
      let pattern = strOf(call(getAttr(re, "escape"), [text]));
      if (whole) pattern += "\\z";
      const flags = ignoreCase ? getAttr(re, "I") : 0;
      return call(getAttr(re, "compile"), [pattern, flags]);
    }
  } catch (e) {
    if (!isImportError(e)) throw e;
  }
  return new LiteralPattern(text, ignoreCase, whole);
}

/** _setoption + filterwarnings + _add_filter */
function setOption(arg: string): void {
  const parts = arg.split(":");
  if (parts.length > 5) throw new OptionError(`too many fields (max 5): ${reprStr(arg)}`);
  while (parts.length < 5) parts.push("");
  const [action0, message, category0, module, lineno0] = parts.map((s) =>
    strOf(call(getAttr(s, "strip"), [])),
  );
  const action = getAction(action0);
  const category = getCategoryOption(category0);
  let lineno = 0;
  if (lineno0) {
    const ok = /^\s*[+-]?\d+(_\d+)*\s*$/.test(lineno0);
    const n = ok ? Number(lineno0.replace(/_/g, "")) : Number.NaN;
    // int(lineno) failed: the text's repr; a negative number: the number itself.
    if (!ok || !Number.isSafeInteger(n)) throw new OptionError(`invalid lineno ${reprStr(lineno0)}`);
    if (n < 0) throw new OptionError(`invalid lineno ${n}`);
    lineno = n;
  }
  const item = newTuple([
    action,
    message ? compilePattern(message, true, false) : None,
    category,
    module ? compilePattern(module, false, true) : None,
    lineno,
  ]);
  const filters = getWarningsAttr("filters", false) ?? st.filters;
  if (filters instanceof PyList) {
    call(getAttr(filters, "__contains__"), [item]) && call(getAttr(filters, "remove"), [item]);
    filters.items.unshift(item);
  }
  st.filtersVersion++;
}

/**
 * Applies sys.warnoptions at start-up. CPython imports the `warnings` module for that
 * (init_interp_main), whose _processoptions() adds the filters; until it can be imported the
 * same is done here.
 */
export function processWarnOptions(): void {
  const sys = sysState;
  if (sys === null) return;
  const opts = sys.module.dict.getStr("warnoptions");
  if (!(opts instanceof PyList) || opts.items.length === 0) return;
  try {
    importModule("warnings");
    if (sysModules()?.getStr("warnings") !== undefined) return;
  } catch (e) {
    if (!isImportError(e)) throw e;
  }
  for (const o of opts.items.slice()) {
    const arg = strValue(o);
    if (arg === undefined) continue;
    try {
      setOption(arg);
    } catch (e) {
      if (!(e instanceof OptionError)) throw e;
      writeToStderr(sys.module, `Invalid -W option ignored: ${e.message}\n`);
    }
  }
}

// ---------------------------------------------------------------- the module

const WARN_DOC =
  "Issue a warning, or maybe ignore it or raise an exception.\n\n  message\n    Text of the warning message.\n  category\n    The Warning category subclass. Defaults to UserWarning.\n  stacklevel\n    How far up the call stack to make this warning appear. A value of 2 for\n    example attributes the warning to the caller of the code calling warn().\n  source\n    If supplied, the destroyed object which emitted a ResourceWarning\n  skip_file_prefixes\n    An optional tuple of module filename prefixes indicating frames to skip\n    during stacklevel computations for stack frame attribution.";

/** Py_ssize_t / int argument conversion (the "'str' object cannot be interpreted" message). */
function asCInt(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") raise(E.PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  const f = typeOf(v).nb.nb_index;
  if (f === null) raiseTypeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  return asCInt(f(v));
}

function bindWarnArgs(
  fname: string,
  names: readonly string[],
  required: number,
  maxPositional: number,
  args: PyValue[],
  kwnames: readonly string[] | null,
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  if (nargs + nkw > names.length)
    raiseTypeError(
      `${fname}() takes at most ${names.length} ${nargs === 0 ? "keyword " : ""}arguments (${nargs + nkw} given)`,
    );
  if (nargs > maxPositional)
    raiseTypeError(`${fname}() takes at most ${maxPositional} positional arguments (${nargs} given)`);
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = (kwnames as readonly string[])[k];
    const idx = names.indexOf(name);
    if (idx < 0) raiseTypeError(`${fname}() got an unexpected keyword argument '${name}'`);
    if (out[idx] !== undefined)
      raiseTypeError(`argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[nargs + k];
  }
  for (let i = 0; i < required; i++)
    if (out[i] === undefined)
      raiseTypeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  return out;
}

function warnImpl(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [message, category, stacklevel, source, skip] = bindWarnArgs(
    "warn",
    ["message", "category", "stacklevel", "source", "skip_file_prefixes"],
    1,
    4,
    args,
    kwnames,
  );
  let level = stacklevel === undefined ? 1 : asCInt(stacklevel);
  let prefixes: string[] | null = null;
  if (skip !== undefined) {
    if (!(skip instanceof PyTuple))
      raiseTypeError(`warn() argument 'skip_file_prefixes' must be tuple, not ${typeOf(skip).name}`);
    if (skip.items.length > 0) {
      prefixes = [];
      for (const p of skip.items) {
        const s = strValue(p);
        if (s === undefined) raiseTypeError(`Found non-str '${typeOf(p).name}' in skip_file_prefixes.`);
        prefixes.push(s);
      }
      if (level < 2) level = 2;
    }
  }
  const cat = getCategory(message as PyValue, category === undefined ? None : category);
  doWarn(message as PyValue, cat, level, source === undefined ? None : source, prefixes);
  return None;
}

function warnExplicitImpl(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [message, category, filename, lineno, module, registry, moduleGlobals, source] = bindWarnArgs(
    "warn_explicit",
    ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"],
    4,
    8,
    args,
    kwnames,
  );
  if (strValue(filename as PyValue) === undefined)
    raiseTypeError(
      `warn_explicit() argument 'filename' must be str, not ${typeOf(filename as PyValue).name}`,
    );
  const ln = asCInt(lineno as PyValue);
  if (moduleGlobals !== undefined && moduleGlobals !== None && !typeOf(moduleGlobals).isSubtypeOf(dictType))
    raiseTypeError(`module_globals must be a dict, not '${typeOf(moduleGlobals).name}'`);
  warnExplicit(
    category as PyValue,
    message as PyValue,
    filename as PyValue,
    ln,
    module,
    registry === undefined ? None : registry,
    None,
    source === undefined ? None : source,
  );
  return None;
}

export function createWarningsModule(): PyModule {
  const m = newBuiltinModule(
    "_warnings",
    "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.",
  );
  const d = m.dict;
  d.setStr("filters", st.filters);
  d.setStr("_onceregistry", st.onceRegistry);
  d.setStr("_defaultaction", st.defaultAction);
  d.setStr("warn", new PyBuiltinFunction("warn", warnImpl, m, WARN_DOC));
  d.setStr(
    "warn_explicit",
    new PyBuiltinFunction(
      "warn_explicit",
      warnExplicitImpl,
      m,
      "Issue a warning, or maybe ignore it or raise an exception.",
    ),
  );
  d.setStr(
    "_filters_mutated_lock_held",
    new PyBuiltinFunction(
      "_filters_mutated_lock_held",
      (args, kw) => {
        noArgsCheck("_filters_mutated_lock_held", args, kw);
        if (st.lockCount === 0) raise(E.PyExc_RuntimeError, "warnings lock is not held");
        st.filtersVersion++;
        return None;
      },
      m,
    ),
  );
  d.setStr(
    "_acquire_lock",
    new PyBuiltinFunction(
      "_acquire_lock",
      (args, kw) => {
        noArgsCheck("_acquire_lock", args, kw);
        st.lockCount++;
        return None;
      },
      m,
    ),
  );
  d.setStr(
    "_release_lock",
    new PyBuiltinFunction(
      "_release_lock",
      (args, kw) => {
        noArgsCheck("_release_lock", args, kw);
        if (st.lockCount === 0) raise(E.PyExc_RuntimeError, "cannot release un-acquired lock");
        st.lockCount--;
        return None;
      },
      m,
    ),
  );
  // _warnings_context is a contextvars.ContextVar (used when sys.flags.context_aware_warnings).
  try {
    const cv = importModule("_contextvars");
    d.setStr("_warnings_context", call(getAttr(cv, "ContextVar"), ["_warnings_context"]));
  } catch (e) {
    if (!isImportError(e)) throw e;
  }
  return m;
}

function noArgsCheck(name: string, args: PyValue[], kw: readonly string[] | null): void {
  if ((kw !== null && kw.length > 0) || args.length !== 0)
    raiseTypeError(`_warnings.${name}() takes no arguments (${args.length} given)`);
}

compileHooks.warnExplicit = warnExplicitObject;
