// Running a program (Modules/main.c + Python/pythonrun.c for `python3 FILE` / `-c`): decode and
// compile the source, make `__main__`, run it, print an uncaught exception as CPython does,
// SystemExit semantics, flush stdout, return the exit status.
import type { Host } from "../host/host.ts";
import { builtinsHost, createBuiltinsModule } from "../modules/builtins.ts";
import { builtinModuleFactories } from "../modules/index.ts";
import { createSysModule, flushStdStreams, sysState } from "../modules/sys.ts";
import { lookupAttr, repr, str as strOf } from "../objects/abstract.ts";
import type { PyCode } from "../objects/code.ts";
import type { PyDict } from "../objects/dict.ts";
import { newException } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { PyModule } from "../objects/module.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { PyTuple } from "../objects/tuple.ts";
import { ParseError } from "../parser/errors.ts";
import { installImport } from "../vm/import.ts";
import { runCode, tstate } from "../vm/index.ts";
import { toPyException } from "../vm/ops.ts";
import { formatException, lineCache } from "../vm/traceback-print.ts";
import { type CodeJson, codeFromJson } from "./codejson.ts";

export interface RunRequest {
  source: Uint8Array;
  filename: string;
  argv: string[];
}

/** Installed when the parser and compiler are available: source bytes -> module code object. */
export const compilerHooks = {
  compile: (_source: Uint8Array, _filename: string): PyCode => {
    throw new ParseError("SyntaxError", "the Typhon compiler is not built yet", 0, 0, 0, 0);
  },
  /** Turns a ParseError into a SyntaxError instance (installed by the exception types' file). */
  syntaxError: null as ((e: ParseError, filename: string) => PyBaseException) | null,
};

interface Runtime {
  builtins: PyModule;
  main: PyModule;
}

function initRuntime(host: Host, req: RunRequest): Runtime {
  const builtins = createBuiltinsModule();
  const sys = createSysModule(host, req.argv, repr);
  builtinsHost.readStdin = () => new TextDecoder().decode(host.readStdin());
  sys.modules.setStr("builtins", builtins);
  const main = new PyModule("__main__");
  const d = main.dict;
  d.setStr("__builtins__", builtins);
  if (req.filename !== "<string>" && req.filename !== "<stdin>") d.setStr("__file__", req.filename);
  d.setStr("__cached__", None);
  sys.modules.setStr("__main__", main);
  installImport(sys.modules, builtinModuleFactories);
  lineCache.readFile = (f) => new TextDecoder().decode(host.readFile(f));
  return { builtins, main };
}

function decodeSource(source: Uint8Array): string {
  let text = new TextDecoder("utf-8", { fatal: false }).decode(source);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** Runs a program given as source bytes; returns the process exit status. */
export function runProgram(host: Host, req: RunRequest): number {
  const rt = initRuntime(host, req);
  lineCache.register(req.filename, decodeSource(req.source));
  let code: PyCode;
  try {
    code = compilerHooks.compile(req.source, req.filename);
  } catch (e) {
    if (e instanceof ParseError) return reportSyntaxError(host, e, req.filename);
    if (e instanceof PyBaseException) return handleUncaught(host, e);
    return handleUncaught(host, toPyException(e));
  }
  return execMain(host, rt, code);
}

/** Runs a code object given as JSON (tools/pycode-dump.py): the VM on CPython's bytecode. */
export function runCodeJson(host: Host, json: CodeJson, req: RunRequest): number {
  const rt = initRuntime(host, req);
  lineCache.register(req.filename, decodeSource(req.source));
  return execMain(host, rt, codeFromJson(json));
}

function execMain(host: Host, rt: Runtime, code: PyCode): number {
  const globals = rt.main.dict as PyDict;
  let status = 0;
  try {
    runCode(code, globals, globals, rt.builtins.dict as PyDict);
  } catch (e) {
    const exc = e instanceof PyBaseException ? e : toPyException(e);
    status = handleUncaught(host, exc);
  }
  tstate.current = null;
  try {
    flushStdStreams();
  } catch {
    // a failing flush at exit is reported by CPython as "Exception ignored"; keep the status
  }
  return status;
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

function writeStderr(host: Host, text: string): void {
  const err = sysState?.stderr;
  if (err !== undefined) {
    err.write(text);
    err.flush();
  } else host.writeStderr(text);
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
  let text: string;
  try {
    text = formatException(exc);
  } catch (e) {
    text = `${exc.type.name}: <exception formatting failed: ${e instanceof Error ? e.message : String(e)}>\n`;
  }
  writeStderr(host, text);
  return exc.type.isSubtypeOf(E.PyExc_KeyboardInterrupt) ? 130 : 1;
}

/** Prints a SyntaxError from the parser/compiler as CPython does, and returns status 1. */
function reportSyntaxError(host: Host, e: ParseError, filename: string): number {
  let exc: PyBaseException;
  if (compilerHooks.syntaxError !== null) exc = compilerHooks.syntaxError(e, filename);
  else {
    const type =
      e.kind === "TabError"
        ? E.PyExc_TabError
        : e.kind === "IndentationError"
          ? E.PyExc_IndentationError
          : E.PyExc_SyntaxError;
    exc = newException(type, e.msg);
    // Without the SyntaxError attribute machinery, print directly in CPython's layout.
    let out = "";
    if (e.lineno > 0) out += `  File "${filename}", line ${e.lineno}\n`;
    const text = e.text ?? (e.lineno > 0 ? lineCache.getLine(filename, e.lineno) : null);
    if (text) {
      const rtext = text.replace(/\n+$/, "");
      const ltext = rtext.replace(/^[ \n\f]+/, "");
      const spaces = rtext.length - ltext.length;
      let offset = e.offset;
      let endOffset =
        e.lineno === e.end_lineno ? (e.end_offset !== 0 ? e.end_offset : offset) : rtext.length + 1;
      if (offset > text.length) offset = rtext.length + 1;
      if (endOffset > text.length) endOffset = rtext.length + 1;
      if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
      const colno = offset - 1 - spaces;
      const endColno = endOffset - 1 - spaces;
      out += `    ${ltext}\n`;
      if (colno >= 0 && e.offset > 0) {
        const caretspace = [...ltext.slice(0, colno)].map((c) => (/\s/.test(c) ? c : " ")).join("");
        out += `    ${caretspace}${"^".repeat(Math.max(0, endColno - colno))}\n`;
      }
    }
    out += `${type.name}: ${e.msg}\n`;
    writeStderr(host, out);
    return 1;
  }
  return handleUncaught(host, exc);
}

export { PyTuple };
