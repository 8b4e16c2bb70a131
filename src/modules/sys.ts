// The `sys` module (Python/sysmodule.c), minimal until the io and import systems exist:
// argv, stdout/stderr as simple text writers over the host, exit, the recursion limit,
// exc_info()/exception(), version information, platform, modules, path.

import type { Host } from "../host/host.ts";
import {
  call,
  getAttr,
  lookupAttr,
  richCompareBool,
  setAttr,
  str as strOf,
  typeName,
} from "../objects/abstract.ts";
import { bindArgs, checkPositional, noKeywords } from "../objects/args.ts";
import { defineGetSets, defineMethods, PyBuiltinFunction } from "../objects/descr.ts";
import { PyDict } from "../objects/dict.ts";
import { newException, raise, raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import { frameObjectOf } from "../objects/frame-object.ts";
import { FLOAT_INFO, HASH_INFO, INT_INFO, sysSetIntMaxStrDigits } from "../objects/int.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import { intMaxStrDigits } from "../objects/numeric.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { None, NotImplemented } from "../objects/singletons.ts";
import { newTuple } from "../objects/tuple.ts";
import { dictType, makeBuiltinType, objectType, typeOf } from "../objects/typeobjects.ts";
import { vmHooks } from "../vm/eval.ts";
import { currentHandledException, tstate } from "../vm/frame.ts";
import { newBuiltinModule } from "./modutil.ts";
import { builtinModuleNames } from "./registry.ts";
import { makeStructSeqType } from "./structseq.ts";

// ---------------------------------------------------------------- text writers over the host

export const textWriterType = makeBuiltinType("_io.TextIOWrapper", [objectType], 0);

/** A text stream writing to a host stream, buffered (flushed at exit, on flush(), and when large). */
export class PyTextWriter extends PyObject {
  readonly name: string;
  readonly fd: number;
  buffer: string[];
  size: number;
  lineBuffered: boolean;
  sink: (s: string) => void;
  closed: boolean;
  /** Whether the stream is a terminal (isatty()). */
  tty: boolean;
  constructor(name: string, fd: number, sink: (s: string) => void, lineBuffered: boolean, tty = false) {
    super(textWriterType);
    this.name = name;
    this.fd = fd;
    this.buffer = [];
    this.size = 0;
    this.sink = sink;
    this.lineBuffered = lineBuffered;
    this.closed = false;
    this.tty = tty;
  }
  write(s: string): void {
    if (this.closed) raiseValueError("I/O operation on closed file.");
    this.buffer.push(s);
    this.size += s.length;
    if (this.size > 65536 || (this.lineBuffered && s.includes("\n"))) this.flush();
  }
  flush(): void {
    if (this.buffer.length === 0) return;
    const data = this.buffer.join("");
    this.buffer = [];
    this.size = 0;
    this.sink(data);
  }
}

function writer(v: PyValue): PyTextWriter {
  return v as PyTextWriter;
}

textWriterType.tp_repr = (w) => `<_io.TextIOWrapper name='${writer(w).name}' mode='w' encoding='utf-8'>`;
defineMethods(textWriterType, {
  write(self, args, kwnames) {
    noKeywords("write", kwnames);
    checkPositional("write", args.length, 1, 1);
    const s = args[0];
    if (typeof s !== "string") raiseTypeError(`write() argument must be str, not ${typeName(s)}`);
    writer(self).write(s);
    return [...s].length;
  },
  flush(self) {
    writer(self).flush();
    return None;
  },
  fileno(self) {
    return writer(self).fd;
  },
  isatty(self) {
    return writer(self).tty;
  },
  writable() {
    return true;
  },
  readable() {
    return false;
  },
  close(self) {
    writer(self).flush();
    writer(self).closed = true;
    return None;
  },
});
defineGetSets(textWriterType, {
  name: { get: (self) => writer(self).name },
  encoding: { get: () => "utf-8" },
  errors: { get: (self) => (writer(self).fd === 2 ? "backslashreplace" : "strict") },
  closed: { get: (self) => writer(self).closed },
  mode: { get: () => "w" },
});

// ---------------------------------------------------------------- simple namespace (sys.implementation)

export const simpleNamespaceType = makeBuiltinType("types.SimpleNamespace");
simpleNamespaceType.hasInstanceDict = true;
simpleNamespaceType.tp_repr = (self) => {
  const d = (self as PyObject).dict;
  const parts: string[] = [];
  if (d !== null) {
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k === undefined) continue;
      parts.push(`${strOf(k)}=${reprOf(d.values[i] as PyValue)}`);
    }
  }
  return `namespace(${parts.join(", ")})`;
};
let reprOf = (v: PyValue): string => strOf(v);
// namespace_new / namespace_init (Objects/namespaceobject.c): SimpleNamespace(mapping_or_iterable=(), /, **kwargs).
simpleNamespaceType.tp_new = (type) => {
  const o = new PyObject(type);
  o.dict = new PyDict();
  return o;
};
simpleNamespaceType.tp_init = (self, args, kwnames) => {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > 1) raiseTypeError(`SimpleNamespace expected at most 1 positional argument, got ${npos}`);
  const d = (self as PyObject).dict as PyDict;
  if (npos === 1) {
    const src = call(dictType, [args[0]]) as PyDict;
    for (let i = 0; i < src.keys.length; i++) {
      const k = src.keys[i];
      if (k === undefined) continue;
      if (typeof k !== "string") raiseTypeError(`keywords must be strings, not '${typeName(k)}'`);
      d.setStr(k, src.values[i] as PyValue);
    }
  }
  for (let i = 0; i < nkw; i++) d.setStr((kwnames as readonly string[])[i], args[npos + i]);
};
simpleNamespaceType.tp_richcompare = (self, other, op) => {
  if ((op !== 2 && op !== 3) || !(other instanceof PyObject) || !other.type.isSubtypeOf(simpleNamespaceType))
    return NotImplemented;
  const eq = richCompareBool((self as PyObject).dict as PyDict, other.dict as PyDict, 2);
  return op === 2 ? eq : !eq;
};
defineMethods(simpleNamespaceType, {
  __reduce__(self) {
    return newTuple([typeOf(self), newTuple([]), (self as PyObject).dict as PyDict]);
  },
  __replace__(self, args, kwnames) {
    if (args.length - (kwnames?.length ?? 0) > 0)
      raiseTypeError("__replace__() takes no positional arguments");
    const o = call(typeOf(self), []) as PyObject;
    const src = (self as PyObject).dict as PyDict;
    for (let i = 0; i < src.keys.length; i++) {
      const k = src.keys[i];
      if (k !== undefined) (o.dict as PyDict).setItem(k, src.values[i] as PyValue);
    }
    const npos = args.length - (kwnames?.length ?? 0);
    for (let i = 0; i < (kwnames?.length ?? 0); i++)
      (o.dict as PyDict).setStr((kwnames as readonly string[])[i], args[npos + i]);
    return o;
  },
});

export function newNamespace(entries: Record<string, PyValue>): PyObject {
  const o = new PyObject(simpleNamespaceType);
  o.dict = new PyDict();
  for (const k of Object.keys(entries)) o.dict.setStr(k, entries[k]);
  return o;
}

// ---------------------------------------------------------------- the module

export interface SysState {
  module: PyModule;
  stdout: PyTextWriter;
  stderr: PyTextWriter;
  modules: PyDict;
}

export let sysState: SysState | null = null;

/** Installed by the VM: the traceback printer (src/vm/traceback-print.ts). */
export const sysHooks = {
  formatException: (e: PyBaseException): string => `${e.type.name}\n`,
};

/** Writes to the current sys.stderr (a PyTextWriter, or any object with write()). */
export function writeToStderr(mod: PyModule, text: string): void {
  const err = mod.dict.getStr("stderr");
  if (err instanceof PyTextWriter) {
    err.write(text);
    err.flush();
  } else if (err !== undefined && err !== None) {
    call(getAttr(err, "write"), [text]);
    const flush = lookupAttr(err, "flush");
    if (flush !== undefined) call(flush, []);
  } else sysState?.stderr.write(text);
}

/** Flushes sys.stdout and sys.stderr (at exit, and before printing a traceback). */
export function flushStdStreams(): void {
  if (sysState === null) return;
  for (const name of ["stdout", "stderr"]) {
    const s = sysState.module.dict.getStr(name);
    if (s instanceof PyTextWriter) s.flush();
    else if (s !== undefined && s !== None) {
      const f = lookupAttr(s, "flush");
      if (f !== undefined) call(f, []);
    }
  }
  sysState.stdout.flush();
  sysState.stderr.flush();
}

/** sys.flags (Python/sysmodule.c flags_fields), 3.14's fields. */
const FLAG_FIELDS = [
  "debug",
  "inspect",
  "interactive",
  "optimize",
  "dont_write_bytecode",
  "no_user_site",
  "no_site",
  "ignore_environment",
  "verbose",
  "bytes_warning",
  "quiet",
  "hash_randomization",
  "isolated",
  "dev_mode",
  "utf8_mode",
  "warn_default_encoding",
  "safe_path",
  "int_max_str_digits",
  "gil",
  "thread_inherit_context",
  "context_aware_warnings",
] as const;
const flagsType = makeStructSeqType("sys.flags", FLAG_FIELDS, FLAG_FIELDS.length);
const versionInfoType = makeStructSeqType(
  "sys.version_info",
  ["major", "minor", "micro", "releaselevel", "serial"],
  5,
);

export type SysFlags = Partial<Record<(typeof FLAG_FIELDS)[number], number | boolean>>;

/** Sets sys.flags from the command line's options (the defaults are `python3`'s). */
export function setSysFlags(sys: PyModule, flags: SysFlags): void {
  const defaults: Record<string, number | boolean> = {
    dont_write_bytecode: 1,
    hash_randomization: 1,
    dev_mode: false,
    safe_path: false,
    int_max_str_digits: -1,
    gil: 1,
  };
  const values = FLAG_FIELDS.map((f) => {
    const v = flags[f] ?? defaults[f] ?? 0;
    return f === "dev_mode" || f === "safe_path" ? Boolean(v) : typeof v === "boolean" ? Number(v) : v;
  });
  sys.dict.setStr("flags", flagsType.make(values));
}

export function createSysModule(host: Host, argv: string[], repr: (v: PyValue) => string): SysState {
  reprOf = repr;
  const mod = newBuiltinModule(
    "sys",
    "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.",
  );
  const d = mod.dict;
  // Line-buffered on a terminal, block-buffered otherwise, as CPython's stdout.
  let stdoutTty = false;
  try {
    stdoutTty = host.fdIsatty(1);
  } catch {
    stdoutTty = false;
  }
  let stderrTty = false;
  try {
    stderrTty = host.fdIsatty(2);
  } catch {
    stderrTty = false;
  }
  const stdout = new PyTextWriter("<stdout>", 1, (s) => host.writeStdout(s), stdoutTty, stdoutTty);
  const stderr = new PyTextWriter("<stderr>", 2, (s) => host.writeStderr(s), true, stderrTty);
  const modules = new PyDict();
  const fn = (name: string, f: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) =>
    d.setStr(name, new PyBuiltinFunction(name, f, mod));

  d.setStr("argv", new PyList(argv.slice()));
  d.setStr("orig_argv", new PyList(["typhon", ...argv]));
  d.setStr("stdout", stdout);
  d.setStr("stderr", stderr);
  d.setStr("__stdout__", stdout);
  d.setStr("__stderr__", stderr);
  d.setStr("stdin", None);
  d.setStr("__stdin__", None);
  d.setStr("modules", modules);
  d.setStr("path", new PyList([]));
  d.setStr("meta_path", new PyList([]));
  d.setStr("path_hooks", new PyList([]));
  d.setStr("path_importer_cache", new PyDict());
  d.setStr("maxsize", 9223372036854775807n);
  d.setStr("maxunicode", 0x10ffff);
  d.setStr("byteorder", "little");
  d.setStr("platform", host.platform);
  d.setStr("executable", "");
  d.setStr("prefix", "");
  d.setStr("exec_prefix", "");
  d.setStr("base_prefix", "");
  d.setStr("base_exec_prefix", "");
  d.setStr("version", "3.14.2 (typhon) [TypeScript on Node.js]");
  d.setStr("hexversion", 0x030e02f0);
  d.setStr("api_version", 1013);
  d.setStr("version_info", versionInfoType.make([3, 14, 2, "final", 0]));
  d.setStr("_stdlib_dir", None);
  d.setStr("warnoptions", new PyList([]));
  d.setStr("_xoptions", new PyDict());
  d.setStr("pycache_prefix", None);
  d.setStr(
    "implementation",
    newNamespace({
      name: "typhon",
      cache_tag: "typhon-314",
      version: newTuple([3, 14, 2, "final", 0]),
      hexversion: 0x030e02f0,
      _multiarch: "",
    }),
  );
  d.setStr("builtin_module_names", newTuple(builtinModuleNames().sort()));
  d.setStr("dont_write_bytecode", true);
  d.setStr("copyright", "Copyright (c) Typhon authors; Python is Copyright (c) Python Software Foundation.");

  fn("exit", (args, kwnames) => {
    noKeywords("exit", kwnames);
    checkPositional("exit", args.length, 0, 1);
    throw args.length === 0 ? newException(E.PyExc_SystemExit) : newException(E.PyExc_SystemExit, args[0]);
  });
  fn("getrecursionlimit", (args, kwnames) => {
    noKeywords("getrecursionlimit", kwnames);
    checkPositional("getrecursionlimit", args.length, 0, 0);
    return tstate.recursionLimit;
  });
  fn("setrecursionlimit", (args, kwnames) => {
    noKeywords("setrecursionlimit", kwnames);
    checkPositional("setrecursionlimit", args.length, 1, 1);
    const n = args[0];
    if (typeof n !== "number" || !Number.isInteger(n)) {
      if (typeOf(n).name === "float") raiseTypeError("'float' object cannot be interpreted as an integer");
      raiseTypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
    }
    if (n < 1) raiseValueError("recursion limit must be greater or equal than 1");
    if (n <= tstate.depth)
      raise(
        E.PyExc_RecursionError,
        `cannot set the recursion limit to ${n} at the recursion depth ${tstate.depth}: the limit is too low`,
      );
    tstate.recursionLimit = n;
    return None;
  });
  fn("exception", (args, kwnames) => {
    noKeywords("exception", kwnames);
    checkPositional("exception", args.length, 0, 0);
    return currentHandledException();
  });
  fn("exc_info", (args, kwnames) => {
    noKeywords("exc_info", kwnames);
    checkPositional("exc_info", args.length, 0, 0);
    const e = currentHandledException();
    if (e instanceof PyBaseException) return newTuple([typeOf(e), e, e.traceback]);
    return newTuple([None, None, None]);
  });
  fn("_getframe", (args, kwnames) => {
    noKeywords("_getframe", kwnames);
    checkPositional("_getframe", args.length, 0, 1);
    let depth = args.length ? (args[0] as number) : 0;
    let f = tstate.current;
    while (depth > 0 && f !== null) {
      f = f.previous;
      depth--;
    }
    if (f === null) raiseValueError("call stack is not deep enough");
    return frameObjectOf(f);
  });
  fn("intern", (args, kwnames) => {
    noKeywords("intern", kwnames);
    checkPositional("intern", args.length, 1, 1);
    if (typeof args[0] !== "string")
      raiseTypeError(`intern() argument must be str, not ${typeName(args[0])}`);
    return args[0];
  });
  fn("getdefaultencoding", () => "utf-8");
  fn("getfilesystemencoding", () => "utf-8");
  fn("getfilesystemencodeerrors", () => "surrogateescape");
  fn("is_finalizing", () => false);
  fn("getrefcount", () => 2);
  fn("getsizeof", (args, kwnames) => {
    const [o] = bindArgs("getsizeof", args, kwnames, {
      names: ["object", "default"],
      required: 1,
      posOnly: 0,
    });
    void o;
    return 64;
  });
  fn("audit", () => None);
  fn("get_int_max_str_digits", (args, kwnames) => {
    noKeywords("get_int_max_str_digits", kwnames);
    checkPositional("get_int_max_str_digits", args.length, 0, 0);
    return intMaxStrDigits;
  });
  fn("set_int_max_str_digits", (args, kwnames) => {
    const [n] = bindArgs("set_int_max_str_digits", args, kwnames, {
      names: ["maxdigits"],
      required: 1,
      posOnly: 0,
    });
    sysSetIntMaxStrDigits(n as PyValue);
    return None;
  });
  d.setStr("int_info", newNamespace({ ...INT_INFO }));
  d.setStr(
    "hash_info",
    newNamespace({
      ...HASH_INFO,
      algorithm: "siphash13",
      hash_bits: 64,
      seed_bits: 128,
      cutoff: 0,
      imag: 1000003,
    } as Record<string, PyValue>),
  );
  d.setStr("float_info", newNamespace({ ...FLOAT_INFO } as Record<string, PyValue>));
  fn("addaudithook", () => None);

  const excepthook = new PyBuiltinFunction(
    "excepthook",
    (args, kwnames) => {
      noKeywords("excepthook", kwnames);
      if (args.length !== 3) raiseTypeError(`excepthook expected 3 arguments, got ${args.length}`);
      const [, value, tb] = args;
      if (value instanceof PyBaseException) {
        if (tb !== None && tb !== value.traceback) value.traceback = tb;
        writeToStderr(mod, sysHooks.formatException(value));
      } else {
        writeToStderr(
          mod,
          `TypeError: print_exception(): Exception expected for value, ${typeName(value)} found\n`,
        );
      }
      return None;
    },
    mod,
  );
  d.setStr("excepthook", excepthook);
  d.setStr("__excepthook__", excepthook);
  // sys_displayhook (Python/sysmodule.c): repr of a non-None value to sys.stdout, kept in builtins._
  const displayhook = new PyBuiltinFunction(
    "displayhook",
    (args, kwnames) => {
      noKeywords("displayhook", kwnames);
      checkPositional("sys.displayhook", args.length, 1, 1);
      const o = args[0];
      if (o === None) return None;
      const builtins = modules.getStr("builtins");
      if (builtins === undefined) raise(E.PyExc_RuntimeError, "lost builtins module");
      setAttr(builtins, "_", None);
      const out = d.getStr("stdout");
      if (out === undefined || out === None) raise(E.PyExc_RuntimeError, "lost sys.stdout");
      const write = getAttr(out, "write");
      call(write, [repr(o)]);
      call(write, ["\n"]);
      setAttr(builtins, "_", o);
      return None;
    },
    mod,
  );
  d.setStr("displayhook", displayhook);
  d.setStr("__displayhook__", displayhook);
  setSysFlags(mod, {});
  modules.setStr("sys", mod);
  sysState = { module: mod, stdout, stderr, modules };
  return sysState;
}

// INTRINSIC_PRINT (print_expr, Python/intrinsics.c): an expression statement compiled in 'single'
// mode hands its value to sys.displayhook.
vmHooks.intrinsic1 = ((prev) => (op: number, v: PyValue) => {
  if (op !== 1) return prev(op, v);
  const hook = sysState?.module.dict.getStr("displayhook");
  if (hook === undefined) raise(E.PyExc_RuntimeError, "lost sys.displayhook");
  call(hook, [v]);
  return None;
})(vmHooks.intrinsic1);
