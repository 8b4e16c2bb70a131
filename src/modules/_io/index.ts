// The `_io` module (Modules/_io/_iomodule.c): the classes of the io stack, open/open_code,
// text_encoding, DEFAULT_BUFFER_SIZE, UnsupportedOperation and the BlockingIOError alias. The
// stdlib's io.py imports everything from here. One module object is shared (single-phase init),
// so builtins.open and _io.open are the same function.
//
// Wiring for the runtime: setIoHost(host) before running code; builtins.open = ioOpenFunction();
// createStdStreams() makes CPython-style sys.stdin/stdout/stderr over fds 0/1/2.
import type { Host } from "../../host/host.ts";
import { setAttr, typeName } from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import type { PyBuiltinFunction } from "../../objects/descr.ts";
import type { PyDict } from "../../objects/dict.ts";
import { raiseTypeError } from "../../objects/errors.ts";
import * as E from "../../objects/exceptions.ts";
import type { PyModule } from "../../objects/module.ts";
import type { PyValue } from "../../objects/object.ts";
import { None } from "../../objects/singletons.ts";
import { readyAllTypes } from "../../objects/slots.ts";
import { addFunction, newBuiltinModule } from "../modutil.ts";
import {
  bufferedRandomType,
  bufferedReaderType,
  bufferedRWPairType,
  bufferedWriterType,
  newBuffered,
} from "./bufferedio.ts";
import { bytesIOType } from "./bytesio.ts";
import { fileIOForFd, fileIOType } from "./fileio.ts";
import {
  bufferedIOBaseType,
  DEFAULT_BUFFER_SIZE,
  iobaseType,
  ioState,
  rawIOBaseType,
  textIOBaseType,
  unsupportedOperationType,
} from "./iobase.ts";
import { ioOpen } from "./open.ts";
import { stringIOType } from "./stringio.ts";
import { newlineDecoderType, newTextIOWrapper, type PyTextIOWrapper, textIOWrapperType } from "./textio.ts";

/** Gives the _io module its host (files and std streams go through it). */
export function setIoHost(host: Host): void {
  ioState.host = host;
}

let theModule: PyModule | null = null;

const OPEN_DOC = "Open file and return a stream.  Raise OSError upon failure.";

/** The `_io` module (created once). */
export function createIoModule(): PyModule {
  if (theModule !== null) return theModule;
  const mod = newBuiltinModule(
    "_io",
    "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.\n",
  );
  theModule = mod;
  const d = mod.dict;
  d.setStr("DEFAULT_BUFFER_SIZE", DEFAULT_BUFFER_SIZE);
  d.setStr("UnsupportedOperation", unsupportedOperationType);
  d.setStr("BlockingIOError", E.PyExc_BlockingIOError);
  const types = [
    iobaseType,
    rawIOBaseType,
    bufferedIOBaseType,
    textIOBaseType,
    fileIOType,
    bytesIOType,
    stringIOType,
    bufferedReaderType,
    bufferedWriterType,
    bufferedRWPairType,
    bufferedRandomType,
    textIOWrapperType,
    newlineDecoderType,
  ];
  for (const t of types) d.setStr(t.qualname, t);
  addFunction(mod, "open", ioOpen, OPEN_DOC);
  addFunction(mod, "open_code", (args, kwnames) => {
    const [path] = bindArgs("open_code", args, kwnames, { names: ["path"], required: 1, posOnly: 0 });
    if (typeof path !== "string")
      raiseTypeError(`open_code() argument 'path' must be str, not ${typeName(path as PyValue)}`);
    return ioOpen([path, "rb"], null);
  });
  addFunction(mod, "text_encoding", (args, kwnames) => {
    const [encoding] = bindArgs("text_encoding", args, kwnames, {
      names: ["encoding", "stacklevel"],
      required: 1,
      posOnly: 2,
    });
    if (encoding !== None) return encoding as PyValue;
    return "locale";
  });
  readyAllTypes();
  return mod;
}

/**
 * Makes sys.stdin/stdout/stderr (and sys.__stdin__/__stdout__/__stderr__) the std streams of
 * createStdStreams(). For the runtime to call once the VM's own writers are retired.
 */
export function installStdStreams(sysDict: PyDict): void {
  const s = createStdStreams();
  for (const [name, stream] of [
    ["stdin", s.stdin],
    ["stdout", s.stdout],
    ["stderr", s.stderr],
  ] as const) {
    sysDict.setStr(name, stream);
    sysDict.setStr(`__${name}__`, stream);
  }
}

/** `open` as found in the `_io` module (for builtins.open). */
export function ioOpenFunction(): PyBuiltinFunction {
  return createIoModule().dict.getStr("open") as PyBuiltinFunction;
}

/**
 * sys.stdin/stdout/stderr as CPython makes them (Python/pylifecycle.c create_stdio): a
 * TextIOWrapper over a Buffered{Reader,Writer} over FileIO(fd, closefd=False), utf-8, stdin and
 * stdout line-buffered when a terminal, stderr always line-buffered with 'backslashreplace'.
 */
export function createStdStreams(): {
  stdin: PyTextIOWrapper;
  stdout: PyTextIOWrapper;
  stderr: PyTextIOWrapper;
} {
  createIoModule();
  const make = (fd: number, name: string, write: boolean, errors: string, alwaysLine: boolean) => {
    const raw = fileIOForFd(fd, write ? "wb" : "rb", name);
    let tty = false;
    try {
      tty = raw.fd >= 0 && ioState.host !== null && ioState.host.fdIsatty(fd);
    } catch {
      tty = false;
    }
    const buffered = newBuffered(write ? bufferedWriterType : bufferedReaderType, raw, DEFAULT_BUFFER_SIZE);
    const text = newTextIOWrapper(buffered, "utf-8", errors, "\n", alwaysLine || tty);
    setAttr(text, "mode", write ? "w" : "r");
    return text;
  };
  return {
    stdin: make(0, "<stdin>", false, "strict", false),
    stdout: make(1, "<stdout>", true, "strict", false),
    stderr: make(2, "<stderr>", true, "backslashreplace", true),
  };
}
