// io.open (Modules/_io/_iomodule.c: _io_open_impl): mode parsing with CPython's errors, then
// FileIO -> Buffered{Reader,Writer,Random} -> TextIOWrapper as the mode asks.
import {
  call,
  callMethod,
  index,
  isTrue,
  lookupSpecial,
  repr as reprOf,
  setAttr,
  typeName,
} from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { raiseTypeError, raiseValueError } from "../../objects/errors.ts";
import { PyObject, type PyValue } from "../../objects/object.ts";
import { None } from "../../objects/singletons.ts";
import type { PyType } from "../../objects/type.ts";
import { typeOf } from "../../objects/typeobjects.ts";
import { bufferedRandomType, bufferedReaderType, bufferedWriterType, newBuffered } from "./bufferedio.ts";
import { fileIOType, PyFileIO } from "./fileio.ts";
import { DEFAULT_BUFFER_SIZE, type Kw } from "./iobase.ts";
import { newTextIOWrapper } from "./textio.ts";

/** PyIndex_Check: a file descriptor rather than a path. */
function isNumber(v: PyValue): boolean {
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean") return true;
  return typeOf(v).nb.nb_index !== null;
}

function strOrNone(v: PyValue | undefined, arg: string): string | null {
  if (v === undefined || v === None) return null;
  if (typeof v !== "string")
    raiseTypeError(`open() argument '${arg}' must be str or None, not ${typeName(v)}`);
  return v;
}

export function ioOpen(args: PyValue[], kwnames: Kw): PyValue {
  const [file, modeArg, bufferingArg, encodingArg, errorsArg, newlineArg, closefdArg, opener] = bindArgs(
    "open",
    args,
    kwnames,
    {
      names: ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
      required: 1,
      posOnly: 0,
    },
  );
  const fileObj = file as PyValue;
  let mode = "r";
  if (modeArg !== undefined) {
    if (typeof modeArg !== "string")
      raiseTypeError(`open() argument 'mode' must be str, not ${typeName(modeArg)}`);
    mode = modeArg;
  }
  let buffering = -1;
  if (bufferingArg !== undefined) {
    if (bufferingArg instanceof PyObject && typeOf(bufferingArg).name === "float")
      raiseTypeError("'float' object cannot be interpreted as an integer");
    buffering = Number(index(bufferingArg));
  }
  const encoding = strOrNone(encodingArg, "encoding");
  const errors = strOrNone(errorsArg, "errors");
  const newline = strOrNone(newlineArg, "newline");
  const closefd = closefdArg === undefined ? true : isTrue(closefdArg);

  let pathOrFd: PyValue = fileObj;
  if (!isNumber(fileObj)) {
    if (typeof fileObj !== "string" && !(fileObj instanceof PyBytes)) {
      const fspath = lookupSpecial(fileObj, "__fspath__");
      if (fspath === undefined)
        raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeName(fileObj)}`);
      pathOrFd = call(fspath, []);
      if (typeof pathOrFd !== "string" && !(pathOrFd instanceof PyBytes))
        raiseTypeError(
          `expected ${typeName(fileObj)}.__fspath__() to return str or bytes, not ${typeName(pathOrFd)}`,
        );
    }
  }
  if (!isNumber(pathOrFd) && typeof pathOrFd !== "string" && !(pathOrFd instanceof PyBytes))
    raiseTypeError(`invalid file: ${reprOf(fileObj)}`);

  let creating = false;
  let reading = false;
  let writing = false;
  let appending = false;
  let updating = false;
  let text = false;
  let binary = false;
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"rwxab+t".includes(c) || seen.has(c)) raiseValueError(`invalid mode: '${mode}'`);
    seen.add(c);
    switch (c) {
      case "x":
        creating = true;
        break;
      case "r":
        reading = true;
        break;
      case "w":
        writing = true;
        break;
      case "a":
        appending = true;
        break;
      case "+":
        updating = true;
        break;
      case "t":
        text = true;
        break;
      case "b":
        binary = true;
        break;
    }
  }
  let rawmode = creating ? "x" : reading ? "r" : writing ? "w" : appending ? "a" : "";
  if (updating) rawmode += "+";
  if (text && binary) raiseValueError("can't have text and binary mode at once");
  if (Number(creating) + Number(reading) + Number(writing) + Number(appending) > 1)
    raiseValueError("must have exactly one of create/read/write/append mode");
  if (binary && encoding !== null) raiseValueError("binary mode doesn't take an encoding argument");
  if (binary && errors !== null) raiseValueError("binary mode doesn't take an errors argument");
  if (binary && newline !== null) raiseValueError("binary mode doesn't take a newline argument");

  const raw = call(fileIOType, [pathOrFd, rawmode, closefd, opener === undefined ? None : opener]);
  let result: PyValue = raw;
  try {
    const isatty = isTrue(callMethod(raw, "isatty", []));
    let lineBuffering = false;
    if (buffering === 1 || (buffering < 0 && isatty)) {
      buffering = -1;
      lineBuffering = true;
    }
    if (buffering < 0) {
      buffering = raw instanceof PyFileIO && raw.blksize > 1 ? raw.blksize : DEFAULT_BUFFER_SIZE;
    }
    if (buffering === 0) {
      if (binary) return raw;
      raiseValueError("can't have unbuffered text I/O");
    }
    let btype: PyType;
    if (updating) btype = bufferedRandomType;
    else if (creating || writing || appending) btype = bufferedWriterType;
    else if (reading) btype = bufferedReaderType;
    else raiseValueError(`unknown mode: '${mode}'`);
    const buffer = newBuffered(btype, raw, buffering);
    result = buffer;
    if (binary) return buffer;
    const wrapper = newTextIOWrapper(
      buffer,
      encoding ?? None,
      errors ?? None,
      newline ?? None,
      lineBuffering,
    );
    result = wrapper;
    setAttr(wrapper, "mode", mode);
    return wrapper;
  } catch (e) {
    try {
      callMethod(result, "close", []);
    } catch {
      // the first error wins
    }
    throw e;
  }
}
