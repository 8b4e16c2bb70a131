// Running a program (Modules/main.c + Python/pythonrun.c for `python3 FILE` / `-c`): decode and
// compile the source, make `__main__`, run it, print an uncaught exception as CPython does,
// SystemExit semantics, flush stdout, return the exit status.

import type { Host } from "../host/host.ts";
import { createIoModule, ioOpenFunction, setIoHost } from "../modules/_io/index.ts";
import { processWarnOptions, resetWarningsState, warnEx } from "../modules/_warnings.ts";
import { atexitHooks, runAtexitCallbacks } from "../modules/atexit.ts";
import { builtinsHost, createBuiltinsModule } from "../modules/builtins.ts";
import { builtinModuleFactories } from "../modules/index.ts";
import {
  createSysModule,
  flushStdStreams,
  PyTextWriter,
  setSysFlags,
  sysHooks,
  sysState,
} from "../modules/sys.ts";
import { readZipEntry } from "../modules/zipimport.ts";
import { call, getAttr, lookupAttr, repr, str as strOf } from "../objects/abstract.ts";
import type { PyCode } from "../objects/code.ts";
import { PyBuiltinFunction } from "../objects/descr.ts";
import type { PyDict } from "../objects/dict.ts";
import { newException, raise, raiseTypeError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import { PyModule } from "../objects/module.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { PyTuple } from "../objects/tuple.ts";
import { ParseError } from "../parser/errors.ts";
import { compileSource, syntaxErrorFromParseError } from "../vm/compile.ts";
import { vmHooks } from "../vm/eval.ts";
import { type FrozenModule, importHooks, importState, installImport } from "../vm/import.ts";
import { runCode, tstate, unraisableHooks } from "../vm/index.ts";
import { toPyException } from "../vm/ops.ts";
import { formatException, lineCache } from "../vm/traceback-print.ts";
import { type CodeJson, codeFromJson } from "./codejson.ts";
import { InteractiveBuffer } from "./interactive-input.ts";

export interface RunRequest {
  source: Uint8Array;
  filename: string;
  argv: string[];
  /** Command-line options that shape sys.path and sys.flags (-E, -I, -P, -m). */
  options?: RunOptions;
  /** sys.warnoptions (-W options and PYTHONWARNINGS, as the command line computed them). */
  warnOptions?: string[];
}

export interface RunOptions {
  ignoreEnvironment?: boolean;
  isolated?: boolean;
  safePath?: boolean;
  /** Running `-m module`: sys.path[0] is the current directory. */
  module?: boolean;
}

/** The compiler used for programs (replaceable for tests). */
export const compilerHooks = {
  compile: (source: Uint8Array, filename: string): PyCode => compileSource(source, filename, "exec"),
};

interface Runtime {
  builtins: PyModule;
  main: PyModule;
}

function initRuntime(host: Host, req: RunRequest): Runtime {
  const builtins = createBuiltinsModule();
  const sys = createSysModule(host, req.argv, repr);
  sys.module.dict.setStr("warnoptions", new PyList((req.warnOptions ?? []).slice()));
  resetWarningsState();
  builtinsHost.readStdin = () => new TextDecoder().decode(host.readStdin());
  setIoHost(host);
  createIoModule();
  builtins.dict.setStr("open", ioOpenFunction());
  sys.modules.setStr("builtins", builtins);
  const main = new PyModule("__main__");
  const d = main.dict;
  d.setStr("__builtins__", builtins);
  if (req.filename !== "<string>" && req.filename !== "<stdin>" && !req.options?.module)
    d.setStr("__file__", req.filename);
  d.setStr("__cached__", None);
  sys.modules.setStr("__main__", main);
  setupImport(host, req, sys.module, builtins);
  lineCache.readFile = (f) => new TextDecoder().decode(readSourceFile(host, f));
  unraisableHooks.write = (text) => writeStderr(host, text);
  sysHooks.formatException = formatException;
  // init_interp_main: the -W options and PYTHONWARNINGS become warning filters.
  processWarnOptions();
  return { builtins, main };
}

/**
 * The import system's start-up (Python/pylifecycle.c init_importlib, Modules/getpath.py for
 * sys.path): the script's directory ("" for -c and stdin, the current directory for -m) unless
 * -P, PYTHONPATH unless -E/-I, then the stdlib zip. importlib itself is installed on first need.
 */
function setupImport(host: Host, req: RunRequest, sys: PyModule, builtins: PyModule): void {
  const opts = req.options ?? {};
  const zip = host.stdlibZipPath();
  const frozen = new Map<string, FrozenModule>();
  const fromZip = (entry: string) => () => (zip === null ? null : readZipEntry(host, zip, entry));
  frozen.set("_frozen_importlib", {
    source: fromZip("importlib/_bootstrap.py"),
    origname: "importlib._bootstrap",
    ispkg: false,
  });
  frozen.set("_frozen_importlib_external", {
    source: fromZip("importlib/_bootstrap_external.py"),
    origname: "importlib._bootstrap_external",
    ispkg: false,
  });
  installImport(sys, builtins, builtinModuleFactories, frozen);
  importHooks.frozenCode = (name) => {
    const f = frozen.get(name);
    const src = f?.source() ?? null;
    if (f === undefined || src === null) return null;
    return compileSource(src, `<frozen ${f.origname}>`, "exec");
  };
  importState.cwd = () => host.cwd();
  importState.warn = warnEx;
  const path: PyValue[] = [];
  let path0: string | null = null;
  if (!opts.safePath && !opts.isolated) {
    if (opts.module) path0 = host.cwd();
    else if (req.filename === "<string>" || req.filename === "<stdin>" || req.filename === "") path0 = "";
    else {
      const slash = req.filename.lastIndexOf("/");
      path0 = slash <= 0 ? (slash === 0 ? "/" : "") : req.filename.slice(0, slash);
    }
    path.push(path0);
  }
  importState.sysPath0 = path0;
  const pythonPath = opts.ignoreEnvironment || opts.isolated ? undefined : host.env.PYTHONPATH;
  if (pythonPath) for (const p of pythonPath.split(":")) if (p !== "") path.push(p);
  if (zip !== null) path.push(zip);
  sys.dict.setStr("path", new PyList(path));
  setSysFlags(sys, {
    ignore_environment: opts.ignoreEnvironment || opts.isolated ? 1 : 0,
    isolated: opts.isolated ? 1 : 0,
    safe_path: Boolean(opts.safePath || opts.isolated),
    no_user_site: opts.isolated ? 1 : 0,
  });
}

/** A source file for tracebacks: from the disk, or an entry of a zip on sys.path (`x.zip/a/b.py`). */
function readSourceFile(host: Host, file: string): Uint8Array {
  try {
    return host.readFile(file);
  } catch (e) {
    const i = file.indexOf(".zip/");
    const data = i < 0 ? null : readZipEntry(host, file.slice(0, i + 4), file.slice(i + 5));
    if (data === null) throw e;
    return data;
  }
}

function decodeSource(source: Uint8Array): string {
  let text = new TextDecoder("utf-8", { fatal: false }).decode(source);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Runs a program given as source bytes; returns the process exit status. */
export function runProgram(host: Host, req: RunRequest): number {
  const rt = initRuntime(host, req);
  // `-c` source is in linecache (tracebacks show its lines); piped stdin is not, as in CPython.
  if (req.filename === "<string>") lineCache.register(req.filename, decodeSource(req.source));
  let code: PyCode;
  try {
    code = compilerHooks.compile(req.source, req.filename);
  } catch (e) {
    if (e instanceof ParseError) return handleUncaught(host, syntaxErrorFromParseError(e, req.filename));
    return handleUncaught(host, e instanceof PyBaseException ? e : toPyException(e));
  }
  return execMain(host, rt, code);
}

/** Runs a code object given as JSON (tools/pycode-dump.py): the VM on CPython's bytecode. */
export function runCodeJson(host: Host, json: CodeJson, req: RunRequest): number {
  const rt = initRuntime(host, req);
  lineCache.register(req.filename, decodeSource(req.source));
  return execMain(host, rt, codeFromJson(json));
}

/**
 * `typhon -m module` (Modules/main.c pymain_run_module): runpy._run_module_as_main(name, True)
 * finds the module (or a package's __main__) and runs it as __main__, with sys.argv[0] its path.
 */
export function runModule(host: Host, modname: string, req: RunRequest): number {
  const rt = initRuntime(host, { ...req, options: { ...req.options, module: true } });
  return execMain(host, rt, null, () => {
    let runpy: PyValue;
    try {
      runpy = importHooks.importModule("runpy");
    } catch (e) {
      writeStderr(host, "Could not import runpy module\n");
      throw e;
    }
    call(getAttr(runpy, "_run_module_as_main"), [modname, true]);
  });
}

function execMain(host: Host, rt: Runtime, code: PyCode | null, body?: () => void): number {
  const globals = rt.main.dict as PyDict;
  let status = 0;
  try {
    if (code !== null) runCode(code, globals, globals, rt.builtins.dict as PyDict);
    else body?.();
  } catch (e) {
    const exc = e instanceof PyBaseException ? e : toPyException(e);
    status = handleUncaught(host, exc);
  }
  // Py_FinalizeEx: atexit callbacks run after the main module, last registered first.
  atexitHooks.report = (exc, func) => {
    let text: string;
    try {
      text = formatException(exc);
    } catch {
      text = `${exc.type.name}\n`;
    }
    writeStderr(host, `Exception ignored in atexit callback ${repr(func)}:\n${text}`);
  };
  try {
    runAtexitCallbacks();
  } catch (e) {
    status = handleUncaught(host, e instanceof PyBaseException ? e : toPyException(e));
  }
  tstate.current = null;
  try {
    flushStdStreams();
  } catch {
    // a failing flush at exit is reported by CPython as "Exception ignored"; keep the status
  }
  return status;
}

/**
 * sys.displayhook / sys.__displayhook__ (Python/sysmodule.c sys_displayhook) and the
 * INTRINSIC_PRINT intrinsic that "single"-mode code calls for expression statements.
 */
function installDisplayHook(rt: Runtime): void {
  const sys = sysState;
  if (sys === null) return;
  const hook = new PyBuiltinFunction("displayhook", (args) => {
    if (args.length !== 1) raiseTypeError(`displayhook() takes exactly one argument (${args.length} given)`);
    const v = args[0];
    if (v === None) return None;
    rt.builtins.dict.setStr("_", None);
    const out = sys.module.dict.getStr("stdout");
    if (out === undefined || out === None) raise(E.PyExc_RuntimeError, "lost sys.stdout");
    call(getAttr(out, "write"), [repr(v)]);
    call(getAttr(out, "write"), ["\n"]);
    rt.builtins.dict.setStr("_", v);
    return None;
  });
  if (sys.module.dict.getStr("displayhook") === undefined) sys.module.dict.setStr("displayhook", hook);
  if (sys.module.dict.getStr("__displayhook__") === undefined)
    sys.module.dict.setStr("__displayhook__", hook);
  const prev = vmHooks.intrinsic1;
  vmHooks.intrinsic1 = (op, v) => {
    if (op !== 1) return prev(op, v);
    const h = sys.module.dict.getStr("displayhook");
    if (h === undefined) raise(E.PyExc_RuntimeError, "lost sys.displayhook");
    call(h, [v]);
    return None;
  };
}

/**
 * The interactive prompt (CPython's basic REPL, Python/pythonrun.c PyRun_InteractiveLoop): reads
 * statements with sys.ps1/sys.ps2, compiles each in "single" mode (expression values go to
 * sys.displayhook), prints exceptions and goes on; end of input or SystemExit ends it.
 */
export function runInteractive(host: Host, req: RunRequest, banner: string | null): number {
  const rt = initRuntime(host, req);
  installDisplayHook(rt);
  const globals = rt.main.dict as PyDict;
  if (banner !== null) writeStderr(host, banner);
  const buffer = new InteractiveBuffer();
  for (;;) {
    const prompt = buffer.empty ? ">>> " : "... ";
    host.writeStdout(prompt);
    const line = host.readLine();
    if (line === null) {
      host.writeStdout("\n");
      break;
    }
    if (buffer.push(line) === "more") continue;
    const source = buffer.source;
    buffer.reset();
    if (source.trim() === "") continue;
    lineCache.register("<stdin>", source);
    try {
      const code = compileSource(source, "<stdin>", "single");
      runCode(code, globals, globals, rt.builtins.dict as PyDict);
    } catch (e) {
      const exc = e instanceof PyBaseException ? e : toPyException(e);
      if (exc.type.isSubtypeOf(E.PyExc_SystemExit)) return handleUncaught(host, exc);
      handleUncaught(host, exc);
    }
    tstate.current = null;
    try {
      flushStdStreams();
    } catch {
      // keep the session going
    }
  }
  try {
    flushStdStreams();
  } catch {
    // ignore at exit
  }
  return 0;
}

/** SystemExit's code (args[0], or the args tuple, or None). */
function exitCode(exc: PyBaseException): PyValue {
  const code = lookupAttr(exc, "code");
  if (code !== undefined) return code;
  const args = exc.args.items;
  if (args.length === 0) return None;
  if (args.length === 1) return args[0];
  return exc.args;
}

/** Writes to the current sys.stderr (falling back to the host's stderr). */
function writeStderr(host: Host, text: string): void {
  const err = sysState?.module.dict.getStr("stderr");
  try {
    if (err instanceof PyTextWriter) {
      err.write(text);
      err.flush();
      return;
    }
    if (err !== undefined && err !== None) {
      call(getAttr(err, "write"), [text]);
      const flush = lookupAttr(err, "flush");
      if (flush !== undefined) call(flush, []);
      return;
    }
  } catch {
    // fall through to the host's stderr
  }
  host.writeStderr(text);
}

/** What Python/pythonrun.c does with an exception that reaches the top: returns the exit status. */
function handleUncaught(host: Host, exc: PyBaseException): number {
  try {
    flushStdStreams();
  } catch {
    // ignore
  }
  if (exc.type.isSubtypeOf(E.PyExc_SystemExit)) {
    const code = exitCode(exc);
    if (code === None) return 0;
    if (typeof code === "number") return code & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    if (typeof code === "bigint") return Number(BigInt.asUintN(8, code));
    let text: string;
    try {
      text = strOf(code);
    } catch {
      text = "";
    }
    writeStderr(host, `${text}\n`);
    return 1;
  }
  // sys.excepthook prints it (a Python replacement is honoured, as PyErr_Display does).
  const hook = sysState?.module.dict.getStr("excepthook");
  try {
    if (hook === undefined || hook === None) throw newException(E.PyExc_RuntimeError, "lost sys.excepthook");
    call(hook, [exc.type, exc, exc.traceback]);
  } catch (e) {
    const hookExc = e instanceof PyBaseException ? e : toPyException(e);
    let text = "Error in sys.excepthook:\n";
    try {
      text += formatException(hookExc);
      text += "\nOriginal exception was:\n";
      text += formatException(exc);
    } catch (e2) {
      text += `${exc.type.name}: <exception formatting failed: ${e2 instanceof Error ? e2.message : String(e2)}>\n`;
    }
    writeStderr(host, text);
  }
  return exc.type.isSubtypeOf(E.PyExc_KeyboardInterrupt) ? 130 : 1;
}

export { PyTuple };
