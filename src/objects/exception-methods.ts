// Behaviour of the builtin exceptions (Objects/exceptions.c): BaseException's __new__/__init__/
// __str__/__repr__/args/with_traceback/add_note/__traceback__/__cause__/__context__, and the
// types with fields: StopIteration, SystemExit, ImportError, OSError (with the errno -> subclass
// mapping), SyntaxError, AttributeError, NameError, the Unicode errors, BaseExceptionGroup.
import {
  call,
  getAttr,
  isInstance,
  isTrue,
  lookupAttr,
  repr,
  setAttributeErrorHook,
  str,
  toArray,
  typeName,
} from "./abstract.ts";
import { PyBytes } from "./bytes.ts";
import { defineGetSets, defineMembers, defineMethods } from "./descr.ts";
import { PyDict } from "./dict.ts";
import { raiseTypeError, raiseValueError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { isList, newList, type PyList } from "./list.ts";
import type { PyValue } from "./object.ts";
import { asString, setAttributeErrorFill } from "./object-type.ts";
import { None } from "./singletons.ts";
import { newTuple, PyTuple } from "./tuple.ts";
import { PyType } from "./type.ts";
import { setAddNoteHook } from "./type-type.ts";
import { bytearrayType, tracebackType, tupleType, typeOf, typeType } from "./typeobjects.ts";

type Exc = E.PyBaseException;
type InitFn = NonNullable<PyType["tp_init"]>;
type NewFn = NonNullable<PyType["tp_new"]>;

function positional(args: PyValue[], kwnames: readonly string[] | null): PyValue[] {
  return kwnames === null || kwnames.length === 0 ? args : args.slice(0, args.length - kwnames.length);
}

function shortName(t: PyType): string {
  const dot = t.name.lastIndexOf(".");
  return dot >= 0 ? t.name.slice(dot + 1) : t.name;
}

function noKw(t: PyType, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${t.name}() takes no keyword arguments`);
}

/** repr() of a sequence of values as a tuple would print it. */
function tupleRepr(items: readonly PyValue[]): string {
  if (items.length === 1) return `(${repr(items[0])},)`;
  return `(${items.map(repr).join(", ")})`;
}

// ---------------------------------------------------------------- BaseException

/** BaseException_new: an instance of the type's layout with args = the positional arguments. */
export const baseExceptionNew: NewFn = (type, args, kwnames) => {
  const Ctor = E.exceptionLayoutOf(type);
  return new Ctor(type, newTuple(positional(args, kwnames)));
};

/** BaseException_init. */
export const baseExceptionInit: InitFn = (self, args, kwnames) => {
  const e = self as Exc;
  noKw(e.type, kwnames);
  e.args = newTuple(args);
};

/** BaseException_str. */
export function baseExceptionStr(self: PyValue): string {
  const a = (self as Exc).args.items;
  if (a.length === 0) return "";
  if (a.length === 1) return str(a[0]);
  return tupleRepr(a);
}

export function baseExceptionRepr(self: PyValue): string {
  const e = self as Exc;
  const name = shortName(e.type);
  const a = e.args.items;
  if (a.length === 1) return `${name}(${repr(a[0])})`;
  return `${name}${a.length === 0 ? "()" : tupleRepr(a)}`;
}

/** add_note(): appends to __notes__ (created as a list on first use). */
export function addNote(e: Exc, note: PyValue): void {
  if (asString(note) === undefined) raiseTypeError(`add_note() argument must be str, not ${typeName(note)}`);
  let notes = lookupAttr(e, "__notes__");
  if (notes === undefined) {
    notes = newList([]);
    let d = e.dict;
    if (d === null) d = e.dict = new PyDict();
    d.setStr("__notes__", notes);
  }
  if (!isList(notes)) raiseTypeError("Cannot add note: __notes__ is not a list");
  (notes as PyList).items.push(note);
}

function excDict(e: Exc): PyDict {
  if (e.dict === null) e.dict = new PyDict();
  return e.dict;
}

const BaseExc = E.PyExc_BaseException;
BaseExc.tp_new = baseExceptionNew;
BaseExc.tp_init = baseExceptionInit;
BaseExc.tp_str = baseExceptionStr;
BaseExc.tp_repr = baseExceptionRepr;

defineMethods(BaseExc, {
  __reduce__(self) {
    const e = self as Exc;
    if (e.dict !== null && e.dict.size > 0) return newTuple([e.type, e.args, e.dict]);
    return newTuple([e.type, e.args]);
  },
  __setstate__(self, args) {
    const state = args[0];
    if (state !== None) {
      if (!(state instanceof PyDict)) raiseTypeError("state is not a dictionary");
      for (let i = 0; i < state.keys.length; i++) {
        const k = state.keys[i];
        if (k === undefined) continue;
        const name = asString(k);
        if (name === undefined) raiseTypeError("attribute name must be string");
        (typeOf(self).tp_setattro as NonNullable<PyType["tp_setattro"]>)(
          self,
          name,
          state.values[i] as PyValue,
        );
      }
    }
    return None;
  },
  with_traceback(self, args) {
    if (args.length !== 1)
      raiseTypeError(`BaseException.with_traceback() takes exactly one argument (${args.length} given)`);
    setTraceback(self as Exc, args[0]);
    return self;
  },
  add_note(self, args) {
    if (args.length !== 1)
      raiseTypeError(`BaseException.add_note() takes exactly one argument (${args.length} given)`);
    addNote(self as Exc, args[0]);
    return None;
  },
});

function setTraceback(e: Exc, v: PyValue | null): void {
  if (v === null) raiseTypeError("__traceback__ may not be deleted");
  if (v !== None && !typeOf(v).isSubtypeOf(tracebackType))
    raiseTypeError("__traceback__ must be a traceback or None");
  e.traceback = v;
}

function isException(v: PyValue): v is Exc {
  return v instanceof E.PyBaseException;
}

defineMembers(BaseExc, {
  __suppress_context__: {
    get: (e) => (e as Exc).suppressContext,
    set: (e, v) => {
      // A T_BOOL member (exceptions.c BaseException_members): only a bool is accepted.
      if (v === null) raiseTypeError("can't delete numeric/char attribute");
      if (typeof v !== "boolean") raiseTypeError("attribute value type must be bool");
      (e as Exc).suppressContext = v;
    },
  },
});
defineGetSets(BaseExc, {
  __dict__: {
    get: (e) => excDict(e as Exc),
    set: (e, v) => {
      if (v === null) raiseTypeError("__dict__ may not be deleted");
      if (!(v instanceof PyDict)) raiseTypeError("__dict__ must be a dictionary");
      (e as Exc).dict = v;
    },
  },
  args: {
    get: (e) => (e as Exc).args,
    set: (e, v) => {
      if (v === null) raiseTypeError("args may not be deleted");
      (e as Exc).args = v instanceof PyTuple && v.type === tupleType ? v : newTuple(toArray(v));
    },
  },
  __traceback__: { get: (e) => (e as Exc).traceback, set: (e, v) => setTraceback(e as Exc, v) },
  __context__: {
    get: (e) => (e as Exc).context,
    set: (e, v) => {
      if (v === null) raiseTypeError("__context__ may not be deleted");
      if (v !== None && !isException(v))
        raiseTypeError("exception context must be None or derive from BaseException");
      (e as Exc).context = v;
    },
  },
  __cause__: {
    get: (e) => (e as Exc).cause,
    set: (e, v) => {
      if (v === null) raiseTypeError("__cause__ may not be deleted");
      if (v !== None && !isException(v))
        raiseTypeError("exception cause must be None or derive from BaseException");
      (e as Exc).cause = v;
      (e as Exc).suppressContext = true;
    },
  },
});

// ---------------------------------------------------------------- StopIteration, SystemExit

const stopIterationInit: InitFn = (self, args, kwnames) => {
  baseExceptionInit(self, args, kwnames);
  (self as E.PyStopIteration).value = args.length > 0 ? args[0] : None;
};
E.PyExc_StopIteration.tp_init = stopIterationInit;
defineMembers(E.PyExc_StopIteration, {
  value: {
    get: (e) => (e as E.PyStopIteration).value ?? None,
    set: (e, v) => {
      (e as E.PyStopIteration).value = v ?? None;
    },
  },
});

E.PyExc_SystemExit.tp_init = (self, args, kwnames) => {
  baseExceptionInit(self, args, kwnames);
  const e = self as E.PySystemExit;
  e.code = args.length === 0 ? None : args.length === 1 ? args[0] : e.args;
};
defineMembers(E.PyExc_SystemExit, {
  code: {
    get: (e) => (e as E.PySystemExit).code ?? None,
    set: (e, v) => {
      (e as E.PySystemExit).code = v ?? None;
    },
  },
});

// ---------------------------------------------------------------- ImportError

function kwArgs(
  t: PyType,
  args: PyValue[],
  kwnames: readonly string[] | null,
  allowed: readonly string[],
): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  if (kwnames === null) return out;
  const npos = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) {
    if (!allowed.includes(kwnames[i]))
      raiseTypeError(`${shortName(t)}() got an unexpected keyword argument '${kwnames[i]}'`);
    out.set(kwnames[i], args[npos + i]);
  }
  return out;
}

E.PyExc_ImportError.tp_init = (self, args, kwnames) => {
  const e = self as E.PyImportError;
  const kw = kwArgs(e.type, args, kwnames, ["name", "path", "name_from"]);
  const pos = positional(args, kwnames);
  e.args = newTuple(pos);
  e.name = kw.get("name") ?? None;
  e.path = kw.get("path") ?? None;
  e.nameFrom = kw.get("name_from") ?? None;
  e.msg = pos.length === 1 ? pos[0] : None;
};
E.PyExc_ImportError.tp_str = (self) => {
  const e = self as E.PyImportError;
  if (e.msg !== None) return str(e.msg);
  return baseExceptionStr(self);
};
defineMethods(E.PyExc_ImportError, {
  __reduce__(self) {
    const e = self as E.PyImportError;
    const state = new PyDict();
    if (e.dict !== null)
      for (let i = 0; i < e.dict.keys.length; i++) {
        const k = e.dict.keys[i];
        if (k !== undefined) state.setItem(k, e.dict.values[i] as PyValue);
      }
    if (e.name !== None) state.setStr("name", e.name);
    if (e.path !== None) state.setStr("path", e.path);
    if (state.size === 0) return newTuple([e.type, e.args]);
    return newTuple([e.type, e.args, state]);
  },
});
function importField(key: "msg" | "name" | "path" | "nameFrom") {
  return {
    get: (e: PyValue) => (e as E.PyImportError)[key] ?? None,
    set: (e: PyValue, v: PyValue | null) => {
      (e as E.PyImportError)[key] = v ?? None;
    },
  };
}
defineMembers(E.PyExc_ImportError, {
  msg: importField("msg"),
  name: importField("name"),
  path: importField("path"),
  name_from: importField("nameFrom"),
});

// ---------------------------------------------------------------- OSError

/**
 * errno -> OSError subclass (Objects/exceptions.c _PyExc_InitState's errnomap), with Linux's errno
 * numbers. The host (or the errno module) may replace the entries on other platforms.
 */
export const errnoMap = new Map<number, PyType>([
  [11, E.PyExc_BlockingIOError], // EAGAIN / EWOULDBLOCK
  [114, E.PyExc_BlockingIOError], // EALREADY
  [115, E.PyExc_BlockingIOError], // EINPROGRESS
  [10, E.PyExc_ChildProcessError], // ECHILD
  [32, E.PyExc_BrokenPipeError], // EPIPE
  [108, E.PyExc_BrokenPipeError], // ESHUTDOWN
  [103, E.PyExc_ConnectionAbortedError], // ECONNABORTED
  [111, E.PyExc_ConnectionRefusedError], // ECONNREFUSED
  [104, E.PyExc_ConnectionResetError], // ECONNRESET
  [17, E.PyExc_FileExistsError], // EEXIST
  [2, E.PyExc_FileNotFoundError], // ENOENT
  [21, E.PyExc_IsADirectoryError], // EISDIR
  [20, E.PyExc_NotADirectoryError], // ENOTDIR
  [4, E.PyExc_InterruptedError], // EINTR
  [13, E.PyExc_PermissionError], // EACCES
  [1, E.PyExc_PermissionError], // EPERM
  [3, E.PyExc_ProcessLookupError], // ESRCH
  [110, E.PyExc_TimeoutError], // ETIMEDOUT
]);

/** oserror_use_init: a subclass with its own __init__ parses the arguments in __init__. */
function oserrorUseInit(t: PyType): boolean {
  return t.tp_init !== oserrorInit && t.tp_new === oserrorNew;
}

function oserrorParse(e: E.PyOSError, args: readonly PyValue[]): void {
  const n = args.length;
  if (n < 2 || n > 5) return;
  e.errno = args[0];
  e.strerror = args[1];
  const filename = n >= 3 ? args[2] : None;
  const filename2 = n >= 5 ? args[4] : None;
  if (filename !== None) {
    if (
      e.type === E.PyExc_BlockingIOError &&
      (typeof filename === "number" || typeof filename === "bigint")
    ) {
      e.written = Number(filename);
    } else {
      e.filename = filename;
      if (filename2 !== None) e.filename2 = filename2;
      e.args = newTuple(args.slice(0, 2));
    }
  }
}

const oserrorNew: NewFn = (type, args, kwnames) => {
  const pos = positional(args, kwnames);
  let t = type;
  if (!oserrorUseInit(type)) {
    noKw(type, kwnames);
    if (type === E.PyExc_OSError && pos.length >= 2 && pos.length <= 5) {
      const errno = pos[0];
      if (typeof errno === "number") {
        const sub = errnoMap.get(errno);
        if (sub !== undefined) t = sub;
      }
    }
  }
  const Ctor = E.exceptionLayoutOf(t);
  const e = new Ctor(t, newTuple(pos)) as E.PyOSError;
  if (!oserrorUseInit(type)) oserrorParse(e, pos);
  return e;
};

const oserrorInit: InitFn = (self, args, kwnames) => {
  const e = self as E.PyOSError;
  if (!oserrorUseInit(e.type)) return;
  noKw(e.type, kwnames);
  e.args = newTuple(args);
  oserrorParse(e, args);
};

E.PyExc_OSError.tp_new = oserrorNew;
E.PyExc_OSError.tp_init = oserrorInit;
E.PyExc_OSError.tp_str = (self) => {
  const e = self as E.PyOSError;
  if (e.filename !== None) {
    if (e.filename2 !== None)
      return `[Errno ${str(e.errno)}] ${str(e.strerror)}: ${repr(e.filename)} -> ${repr(e.filename2)}`;
    return `[Errno ${str(e.errno)}] ${str(e.strerror)}: ${repr(e.filename)}`;
  }
  if (e.args.items.length >= 2 && e.args.items.length <= 5 && (e.errno !== None || e.strerror !== None))
    return `[Errno ${str(e.errno)}] ${str(e.strerror)}`;
  return baseExceptionStr(self);
};
defineMethods(E.PyExc_OSError, {
  __reduce__(self) {
    const e = self as E.PyOSError;
    let args = e.args;
    if (e.args.items.length === 2 && e.filename !== None) {
      const items = [...e.args.items, e.filename];
      if (e.filename2 !== None) items.push(None, e.filename2);
      args = newTuple(items);
    }
    if (e.dict !== null && e.dict.size > 0) return newTuple([e.type, args, e.dict]);
    return newTuple([e.type, args]);
  },
});
function osField(key: "errno" | "strerror" | "filename" | "filename2") {
  return {
    get: (e: PyValue) => (e as E.PyOSError)[key] ?? None,
    set: (e: PyValue, v: PyValue | null) => {
      (e as E.PyOSError)[key] = v ?? None;
    },
  };
}
defineMembers(E.PyExc_OSError, {
  errno: osField("errno"),
  strerror: osField("strerror"),
  filename: osField("filename"),
  filename2: osField("filename2"),
});
defineGetSets(E.PyExc_OSError, {
  characters_written: {
    get: (e) => {
      const w = (e as E.PyOSError).written;
      if (w < 0) throw newAttributeError("characters_written", e, "characters_written");
      return w;
    },
    set: (e, v) => {
      const o = e as E.PyOSError;
      if (v === null) {
        if (o.written < 0) throw newAttributeError("characters_written", e, "characters_written");
        o.written = -1;
        return;
      }
      if (typeof v !== "number")
        raiseTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
      o.written = v;
    },
  },
});

// ---------------------------------------------------------------- SyntaxError

E.PyExc_SyntaxError.tp_init = (self, args, kwnames) => {
  const e = self as E.PySyntaxError;
  noKw(e.type, kwnames);
  e.args = newTuple(args);
  if (args.length >= 1) e.msg = args[0];
  if (args.length === 2) {
    const info = toArray(args[1]);
    if (info.length < 4) raiseTypeError(`function takes at least 4 arguments (${info.length} given)`);
    if (info.length > 7) raiseTypeError(`function takes at most 7 arguments (${info.length} given)`);
    e.filename = info[0];
    e.lineno = info[1];
    e.offset = info[2];
    e.text = info[3];
    e.endLineno = info.length > 4 ? info[4] : None;
    e.endOffset = info.length > 5 ? info[5] : None;
    e.metadata = info.length > 6 ? info[6] : None;
  }
};
E.PyExc_SyntaxError.tp_str = (self) => {
  const e = self as E.PySyntaxError;
  const msg = str(e.msg);
  const fname = asString(e.filename);
  const base = fname === undefined ? undefined : fname.slice(fname.lastIndexOf("/") + 1);
  const lineno = e.lineno;
  const haveLineno = typeof lineno === "number" || typeof lineno === "bigint";
  if (base !== undefined && haveLineno) return `${msg} (${base}, line ${lineno})`;
  if (base !== undefined) return `${msg} (${base})`;
  if (haveLineno) return `${msg} (line ${lineno})`;
  return msg;
};
type SynKey =
  | "msg"
  | "filename"
  | "lineno"
  | "offset"
  | "text"
  | "endLineno"
  | "endOffset"
  | "printFileAndLine"
  | "metadata";
function synField(key: SynKey) {
  return {
    get: (e: PyValue) => (e as E.PySyntaxError)[key] ?? None,
    set: (e: PyValue, v: PyValue | null) => {
      (e as E.PySyntaxError)[key] = v ?? None;
    },
  };
}
defineMembers(E.PyExc_SyntaxError, {
  msg: synField("msg"),
  filename: synField("filename"),
  lineno: synField("lineno"),
  offset: synField("offset"),
  text: synField("text"),
  end_lineno: synField("endLineno"),
  end_offset: synField("endOffset"),
  print_file_and_line: synField("printFileAndLine"),
  _metadata: synField("metadata"),
});

// ---------------------------------------------------------------- KeyError

E.PyExc_KeyError.tp_str = (self) => {
  const a = (self as Exc).args.items;
  if (a.length === 1) return repr(a[0]);
  return baseExceptionStr(self);
};

// ---------------------------------------------------------------- AttributeError, NameError

E.PyExc_AttributeError.tp_init = (self, args, kwnames) => {
  const e = self as E.PyAttributeError;
  const kw = kwArgs(e.type, args, kwnames, ["name", "obj"]);
  e.args = newTuple(positional(args, kwnames));
  e.name = kw.get("name") ?? None;
  e.obj = kw.get("obj") ?? None;
};
defineMembers(E.PyExc_AttributeError, {
  name: {
    get: (e) => (e as E.PyAttributeError).name ?? None,
    set: (e, v) => {
      (e as E.PyAttributeError).name = v ?? None;
    },
  },
  obj: {
    get: (e) => (e as E.PyAttributeError).obj ?? None,
    set: (e, v) => {
      (e as E.PyAttributeError).obj = v ?? None;
    },
  },
});
defineMethods(E.PyExc_AttributeError, {
  __getstate__(self) {
    const e = self as E.PyAttributeError;
    const d = new PyDict();
    if (e.dict !== null)
      for (let i = 0; i < e.dict.keys.length; i++) {
        const k = e.dict.keys[i];
        if (k !== undefined) d.setItem(k, e.dict.values[i] as PyValue);
      }
    if (e.name !== None) d.setStr("name", e.name);
    d.setStr("args", e.args);
    return d;
  },
});

E.PyExc_NameError.tp_init = (self, args, kwnames) => {
  const e = self as E.PyNameError;
  const kw = kwArgs(e.type, args, kwnames, ["name"]);
  e.args = newTuple(positional(args, kwnames));
  e.name = kw.get("name") ?? None;
};
defineMembers(E.PyExc_NameError, {
  name: {
    get: (e) => (e as E.PyNameError).name ?? None,
    set: (e, v) => {
      (e as E.PyNameError).name = v ?? None;
    },
  },
});

/** An AttributeError with args (msg,), .name and .obj set (what `obj.name` raises). */
export function newAttributeError(msg: string, obj: PyValue, name: string): E.PyAttributeError {
  const e = new E.PyAttributeError(E.PyExc_AttributeError, newTuple([msg]));
  e.name = name;
  e.obj = obj;
  return e;
}

function fillAttributeError(exc: Exc, msg: string, obj: PyValue, name: string): void {
  exc.args = newTuple([msg]);
  if (exc instanceof E.PyAttributeError) {
    exc.name = name;
    exc.obj = obj;
  }
}

// ---------------------------------------------------------------- Unicode errors

function intArg(v: PyValue, n: number): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  raiseTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  void n;
}

function strArg(v: PyValue, n: number): string {
  const s = asString(v);
  if (s === undefined) raiseTypeError(`argument ${n} must be str, not ${typeName(v)}`);
  return s;
}

function unicodeInit(kind: "encode" | "decode" | "translate"): InitFn {
  return (self, args, kwnames) => {
    const e = self as E.PyUnicodeError;
    noKw(e.type, kwnames);
    e.args = newTuple(args);
    const need = kind === "translate" ? 4 : 5;
    if (args.length !== need)
      raiseTypeError(`function takes exactly ${need} arguments (${args.length} given)`);
    let i = 0;
    if (kind !== "translate") e.encoding = strArg(args[i++], 1);
    else e.encoding = None;
    const obj = args[i++];
    if (kind === "decode") {
      if (obj instanceof PyBytes) e.object = obj;
      else if (typeof obj === "object" && obj.type.isSubtypeOf(bytearrayType))
        e.object = new PyBytes(Uint8Array.from((obj as unknown as { data: Uint8Array }).data));
      else raiseTypeError(`a bytes-like object is required, not '${typeName(obj)}'`);
    } else {
      e.object = strArg(obj, i);
    }
    e.start = intArg(args[i++], i);
    e.end = intArg(args[i++], i);
    e.reason = strArg(args[i], i + 1);
  };
}

function charEscape(cp: number): string {
  if (cp <= 0xff) return `\\x${cp.toString(16).padStart(2, "0")}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).padStart(4, "0")}`;
  return `\\U${cp.toString(16).padStart(8, "0")}`;
}

function unicodeStr(kind: "encode" | "decode" | "translate"): (self: PyValue) => string {
  return (self) => {
    const e = self as E.PyUnicodeError;
    if (e.object === None) return "";
    const reason = str(e.reason);
    const start = e.start;
    const end = e.end;
    const prefix = kind === "translate" ? "" : `'${str(e.encoding)}' codec `;
    if (kind === "decode") {
      const data = (e.object as PyBytes).data;
      if (start >= 0 && start < data.length && end === start + 1)
        return `${prefix}can't decode byte 0x${data[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
      return `${prefix}can't decode bytes in position ${start}-${end - 1}: ${reason}`;
    }
    const cps = Array.from(asString(e.object) ?? "");
    const verb = kind === "encode" ? "encode" : "translate";
    if (start >= 0 && start < cps.length && end === start + 1)
      return `${prefix}can't ${verb} character '${charEscape(cps[start].codePointAt(0) as number)}' in position ${start}: ${reason}`;
    return `${prefix}can't ${verb} characters in position ${start}-${end - 1}: ${reason}`;
  };
}

E.PyExc_UnicodeEncodeError.tp_init = unicodeInit("encode");
E.PyExc_UnicodeEncodeError.tp_str = unicodeStr("encode");
E.PyExc_UnicodeDecodeError.tp_init = unicodeInit("decode");
E.PyExc_UnicodeDecodeError.tp_str = unicodeStr("decode");
E.PyExc_UnicodeTranslateError.tp_init = unicodeInit("translate");
E.PyExc_UnicodeTranslateError.tp_str = unicodeStr("translate");
defineMembers(E.PyExc_UnicodeError, {
  encoding: {
    get: (e) => (e as E.PyUnicodeError).encoding ?? None,
    set: (e, v) => {
      (e as E.PyUnicodeError).encoding = v ?? None;
    },
  },
  object: {
    get: (e) => (e as E.PyUnicodeError).object ?? None,
    set: (e, v) => {
      (e as E.PyUnicodeError).object = v ?? None;
    },
  },
  start: {
    get: (e) => (e as E.PyUnicodeError).start ?? None,
    set: (e, v) => {
      (e as E.PyUnicodeError).start = intArg(v ?? 0, 0);
    },
  },
  end: {
    get: (e) => (e as E.PyUnicodeError).end ?? None,
    set: (e, v) => {
      (e as E.PyUnicodeError).end = intArg(v ?? 0, 0);
    },
  },
  reason: {
    get: (e) => (e as E.PyUnicodeError).reason ?? None,
    set: (e, v) => {
      (e as E.PyUnicodeError).reason = v ?? None;
    },
  },
});

// ---------------------------------------------------------------- BaseExceptionGroup

function isSequence(v: PyValue): boolean {
  const t = typeOf(v);
  if (t.mp_subscript === null) return false;
  return !(v instanceof PyDict);
}

const egNew: NewFn = (type, argsIn, kwnames) => {
  // PyArg_ParseTuple("UO:BaseExceptionGroup.__new__") counts the positional arguments first;
  // keywords are refused by __init__ (BaseExceptionGroup_init).
  const args = positional(argsIn, kwnames);
  if (args.length !== 2)
    raiseTypeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  noKw(type, kwnames);
  const message = args[0];
  if (asString(message) === undefined)
    raiseTypeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  const exceptions = args[1];
  if (!isSequence(exceptions)) raiseTypeError("second argument (exceptions) must be a sequence");
  const excs = toArray(exceptions);
  if (excs.length === 0) raiseValueError("second argument (exceptions) must be a non-empty sequence");
  let nestedBase = false;
  for (let i = 0; i < excs.length; i++) {
    const x = excs[i];
    if (!isException(x)) raiseValueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!x.type.isSubtypeOf(E.PyExc_Exception)) nestedBase = true;
  }
  let cls = type;
  if (cls === E.PyExc_BaseExceptionGroup) {
    if (!nestedBase) cls = E.PyExc_ExceptionGroup;
  } else if (cls === E.PyExc_ExceptionGroup) {
    if (nestedBase) raiseTypeError("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nestedBase && cls.isSubtypeOf(E.PyExc_Exception)) {
    raiseTypeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const Ctor = E.exceptionLayoutOf(cls);
  const eg = new Ctor(cls, newTuple(args)) as E.PyBaseExceptionGroup;
  eg.msg = message;
  eg.excs = newTuple(excs);
  eg.excsOrig = exceptions;
  return eg;
};

const EG = E.PyExc_BaseExceptionGroup;
EG.tp_new = egNew;
EG.tp_init = (self, args, kwnames) => {
  noKw((self as Exc).type, kwnames);
  (self as Exc).args = newTuple(args);
};
EG.tp_str = (self) => {
  const eg = self as E.PyBaseExceptionGroup;
  const n = eg.excs.items.length;
  return `${str(eg.msg)} (${n} sub-exception${n > 1 ? "s" : ""})`;
};
EG.tp_repr = (self) => {
  const eg = self as E.PyBaseExceptionGroup;
  return `${shortName(eg.type)}(${repr(eg.msg)}, ${repr(eg.excsOrig)})`;
};

type Matcher = { kind: "type"; value: PyValue } | { kind: "predicate"; value: PyValue };

function getMatcher(v: PyValue): Matcher {
  if (
    typeof v === "object" &&
    v.type.isSubtypeOf(typeType) &&
    (v as PyType).isSubtypeOf(E.PyExc_BaseException)
  )
    return { kind: "type", value: v };
  if (v instanceof PyTuple) {
    let ok = true;
    for (const x of v.items)
      if (
        !(
          typeof x === "object" &&
          x.type.isSubtypeOf(typeType) &&
          (x as PyType).isSubtypeOf(E.PyExc_BaseException)
        )
      )
        ok = false;
    if (ok) return { kind: "type", value: v };
  }
  if (typeOf(v).tp_call !== null && !(typeof v === "object" && v.type.isSubtypeOf(typeType)))
    return { kind: "predicate", value: v };
  raiseTypeError(
    "expected an exception type, a tuple of exception types, or a callable (other than a class)",
  );
}

function matches(exc: PyValue, m: Matcher): boolean {
  if (m.kind === "type") return isInstance(exc, m.value);
  return isTrue(call(m.value, [exc]));
}

/** derive_and_copy_attributes. */
function deriveAndCopy(orig: E.PyBaseExceptionGroup, excs: PyValue[]): PyValue {
  const eg = call(getAttr(orig, "derive"), [newList(excs)]);
  if (!(eg instanceof E.PyBaseExceptionGroup))
    raiseTypeError("derive must return an instance of BaseExceptionGroup");
  eg.traceback = orig.traceback;
  // PyException_SetCause also sets __suppress_context__
  eg.cause = orig.cause;
  eg.suppressContext = true;
  eg.context = orig.context;
  const notes = lookupAttr(orig, "__notes__");
  if (notes !== undefined && isSequence(notes)) excDict(eg).setStr("__notes__", newList(toArray(notes)));
  return eg;
}

function splitRecursive(exc: PyValue, m: Matcher, constructRest: boolean): [PyValue, PyValue] {
  if (matches(exc, m)) return [exc, None];
  if (!(exc instanceof E.PyBaseExceptionGroup)) return [None, constructRest ? exc : None];
  const matchList: PyValue[] = [];
  const restList: PyValue[] = [];
  for (const e of exc.excs.items) {
    const [mt, rs] = splitRecursive(e, m, constructRest);
    if (mt !== None) matchList.push(mt);
    if (rs !== None) restList.push(rs);
  }
  const match = matchList.length > 0 ? deriveAndCopy(exc, matchList) : None;
  const rest = constructRest && restList.length > 0 ? deriveAndCopy(exc, restList) : None;
  return [match, rest];
}

defineMethods(EG, {
  derive(self, args) {
    if (args.length !== 1)
      raiseTypeError(`BaseExceptionGroup.derive() takes exactly one argument (${args.length} given)`);
    return call(EG, [(self as E.PyBaseExceptionGroup).msg, args[0]]);
  },
  split(self, args) {
    if (args.length !== 1)
      raiseTypeError(`BaseExceptionGroup.split() takes exactly one argument (${args.length} given)`);
    const [m, r] = splitRecursive(self, getMatcher(args[0]), true);
    return newTuple([m, r]);
  },
  subgroup(self, args) {
    if (args.length !== 1)
      raiseTypeError(`BaseExceptionGroup.subgroup() takes exactly one argument (${args.length} given)`);
    return splitRecursive(self, getMatcher(args[0]), false)[0];
  },
});
defineMembers(EG, {
  message: { get: (e) => (e as E.PyBaseExceptionGroup).msg },
  exceptions: { get: (e) => (e as E.PyBaseExceptionGroup).excs },
});

// ---------------------------------------------------------------- hooks

/** Docstrings of the builtin exceptions (CPython 3.14's, generated from the oracle). */
const EXCEPTION_DOCS: Record<string, string> = {
  ArithmeticError: "Base class for arithmetic errors.",
  AssertionError: "Assertion failed.",
  AttributeError: "Attribute not found.",
  BaseException: "Common base class for all exceptions",
  BaseExceptionGroup: "A combination of multiple unrelated exceptions.",
  BlockingIOError: "I/O operation would block.",
  BrokenPipeError: "Broken pipe.",
  BufferError: "Buffer error.",
  BytesWarning:
    "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.",
  ChildProcessError: "Child process error.",
  ConnectionAbortedError: "Connection aborted.",
  ConnectionError: "Connection error.",
  ConnectionRefusedError: "Connection refused.",
  ConnectionResetError: "Connection reset.",
  DeprecationWarning: "Base class for warnings about deprecated features.",
  EOFError: "Read beyond end of file.",
  EncodingWarning: "Base class for warnings about encodings.",
  Exception: "Common base class for all non-exit exceptions.",
  FileExistsError: "File already exists.",
  FileNotFoundError: "File not found.",
  FloatingPointError: "Floating-point operation failed.",
  FutureWarning: "Base class for warnings about constructs that will change semantically\nin the future.",
  GeneratorExit: "Request that a generator exit.",
  ImportError: "Import can't find module, or can't find name in module.",
  ImportWarning: "Base class for warnings about probable mistakes in module imports",
  IndentationError: "Improper indentation.",
  IndexError: "Sequence index out of range.",
  InterruptedError: "Interrupted by signal.",
  IsADirectoryError: "Operation doesn't work on directories.",
  KeyError: "Mapping key not found.",
  KeyboardInterrupt: "Program interrupted by user.",
  LookupError: "Base class for lookup errors.",
  MemoryError: "Out of memory.",
  ModuleNotFoundError: "Module not found.",
  NameError: "Name not found globally.",
  NotADirectoryError: "Operation only works on directories.",
  NotImplementedError: "Method or function hasn't been implemented yet.",
  OSError: "Base class for I/O related errors.",
  OverflowError: "Result too large to be represented.",
  PendingDeprecationWarning:
    "Base class for warnings about features which will be deprecated\nin the future.",
  PermissionError: "Not enough permissions.",
  ProcessLookupError: "Process not found.",
  PythonFinalizationError: "Operation blocked during Python finalization.",
  RecursionError: "Recursion limit exceeded.",
  ReferenceError: "Weak ref proxy used after referent went away.",
  ResourceWarning: "Base class for warnings about resource usage.",
  RuntimeError: "Unspecified run-time error.",
  RuntimeWarning: "Base class for warnings about dubious runtime behavior.",
  StopAsyncIteration: "Signal the end from iterator.__anext__().",
  StopIteration: "Signal the end from iterator.__next__().",
  SyntaxError: "Invalid syntax.",
  SyntaxWarning: "Base class for warnings about dubious syntax.",
  SystemError:
    "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.",
  SystemExit: "Request to exit from the interpreter.",
  TabError: "Improper mixture of spaces and tabs.",
  TimeoutError: "Timeout expired.",
  TypeError: "Inappropriate argument type.",
  UnboundLocalError: "Local name referenced but not bound to a value.",
  UnicodeDecodeError: "Unicode decoding error.",
  UnicodeEncodeError: "Unicode encoding error.",
  UnicodeError: "Unicode related error.",
  UnicodeTranslateError: "Unicode translation error.",
  UnicodeWarning:
    "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.",
  UserWarning: "Base class for warnings generated by user code.",
  ValueError: "Inappropriate argument value (of correct type).",
  Warning: "Base class for warning categories.",
  ZeroDivisionError: "Second argument to a division or modulo operation was zero.",
  _IncompleteInputError: "incomplete input.",
};
for (const v of Object.values(E)) {
  if (v instanceof PyType && v.isSubtypeOf(BaseExc)) {
    const doc = EXCEPTION_DOCS[v.name];
    if (doc !== undefined && !v.attrs.has("__doc__")) v.attrs.set("__doc__", doc);
  }
}

// Every builtin exception type sets tp_new itself in CPython (so each has `__new__` in its
// __dict__); give those that do not have one their nearest base's.
for (const v of Object.values(E)) {
  if (!(v instanceof PyType) || !v.isSubtypeOf(BaseExc) || v.tp_new !== null) continue;
  for (let b = v.base; b !== null; b = b.base) {
    if (b.tp_new !== null) {
      v.tp_new = b.tp_new;
      break;
    }
  }
}

E.exceptionHooks.create = (type, args) => {
  const tpNew = type.tp_new as NewFn;
  const e = tpNew(type, args as PyValue[], null);
  const et = typeOf(e);
  if (et.isSubtypeOf(type) && et.tp_init !== null) et.tp_init(e, args as PyValue[], null);
  return e as Exc;
};
setAttributeErrorHook(fillAttributeError);
setAttributeErrorFill(fillAttributeError);
setAddNoteHook((e, note) => addNote(e, note));
