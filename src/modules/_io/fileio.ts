// _io.FileIO (Modules/_io/fileio.c): raw binary I/O on an OS file descriptor, through the host's
// fd calls (src/host/host.ts). Not closed on garbage collection (see iobase.ts).
import { ERRNO, HOST_O, type HostFdStat, STRERROR } from "../../host/host.ts";
import { call, isTrue, lookupSpecial, repr, setAttr, typeName } from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { decodeUtf8 } from "../../objects/codecs-core.ts";
import { defineGetSets, defineMethods } from "../../objects/descr.ts";
import { newException, raiseTypeError, raiseValueError } from "../../objects/errors.ts";
import * as E from "../../objects/exceptions.ts";
import { PyObject, type PyValue } from "../../objects/object.ts";
import { None } from "../../objects/singletons.ts";
import type { PyType } from "../../objects/type.ts";
import { makeBuiltinType, typeOf } from "../../objects/typeobjects.ts";
import {
  bytesArg,
  concat,
  DEFAULT_BUFFER_SIZE,
  host,
  hostCall,
  intArg,
  osError,
  PyIOBase,
  rawIOBaseType,
  sizeArg,
  unsupported,
  writableBuffer,
} from "./iobase.ts";

export const fileIOType = makeBuiltinType("_io.FileIO", [rawIOBaseType]);
fileIOType.hasInstanceDict = true;
fileIOType.hasWeakref = true;

export class PyFileIO extends PyIOBase {
  fd = -1;
  created = false;
  readable = false;
  writable = false;
  appending = false;
  /** -1 unknown, 0 no, 1 yes. */
  seekableState = -1;
  closefd = true;
  blksize = 0;
  finalizing = false;
}

fileIOType.tp_new = (type: PyType) => new PyFileIO(type);

function fio(self: PyValue): PyFileIO {
  if (!(self instanceof PyFileIO))
    raiseTypeError(`descriptor requires a '_io.FileIO' object but received '${typeName(self)}'`);
  return self;
}

/** fileio.c's err_closed (no final period, unlike iobase.c). */
function errClosed(): never {
  raiseValueError("I/O operation on closed file");
}

function errMode(action: string): never {
  unsupported(`File not open for ${action}`);
}

function open(self: PyFileIO): PyFileIO {
  if (self.fd < 0) errClosed();
  return self;
}

/** PyUnicode_FSConverter-ish: a str path from str, bytes or os.PathLike. */
export function fsPath(v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyBytes) return decodeUtf8(v.data, "surrogateescape");
  const fspath = lookupSpecial(v, "__fspath__");
  if (fspath !== undefined) {
    const r = call(fspath, []);
    if (typeof r === "string") return r;
    if (r instanceof PyBytes) return decodeUtf8(r.data, "surrogateescape");
    raiseTypeError(`expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
  }
  raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeName(v)}`);
}

function isIntLike(v: PyValue): boolean {
  return typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";
}

fileIOType.tp_init = (selfv, args, kwnames) => {
  const self = fio(selfv);
  const [file, modeArg, closefdArg, opener] = bindArgs("FileIO", args, kwnames, {
    names: ["file", "mode", "closefd", "opener"],
    required: 1,
    posOnly: 0,
  });
  const nameobj = file as PyValue;
  if (self.fd >= 0) {
    if (self.closefd) hostCall(() => host().fdClose(self.fd));
    self.fd = -1;
  }
  let fd = -1;
  if (nameobj instanceof PyObject && typeOf(nameobj).name === "float")
    raiseTypeError("integer argument expected, got float");
  if (isIntLike(nameobj)) {
    fd = intArg(nameobj);
    if (fd < 0) raiseValueError("negative file descriptor");
  }
  let path = "";
  if (fd < 0) {
    path = fsPath(nameobj);
    if (path.includes("\0")) raiseValueError("embedded null character");
  }
  let mode = "r";
  if (modeArg !== undefined) {
    if (typeof modeArg !== "string")
      raiseTypeError(`FileIO() argument 'mode' must be str, not ${typeName(modeArg)}`);
    mode = modeArg;
  }
  const closefd = closefdArg === undefined ? true : isTrue(closefdArg);
  let rwa = false;
  let plus = false;
  let flags = 0;
  self.readable = self.writable = self.created = self.appending = false;
  const bad = (): never =>
    raiseValueError("Must have exactly one of create/read/write/append mode and at most one plus");
  for (const ch of mode) {
    switch (ch) {
      case "x":
        if (rwa) bad();
        rwa = true;
        self.created = true;
        self.writable = true;
        flags |= HOST_O.EXCL | HOST_O.CREAT;
        break;
      case "r":
        if (rwa) bad();
        rwa = true;
        self.readable = true;
        break;
      case "w":
        if (rwa) bad();
        rwa = true;
        self.writable = true;
        flags |= HOST_O.CREAT | HOST_O.TRUNC;
        break;
      case "a":
        if (rwa) bad();
        rwa = true;
        self.writable = true;
        self.appending = true;
        flags |= HOST_O.APPEND | HOST_O.CREAT;
        break;
      case "b":
        break;
      case "+":
        if (plus) bad();
        self.readable = self.writable = true;
        plus = true;
        break;
      default:
        raiseValueError(`invalid mode: ${mode}`);
    }
  }
  if (!rwa) bad();
  if (self.readable && self.writable) flags |= HOST_O.RDWR;
  else if (self.readable) flags |= HOST_O.RDONLY;
  else flags |= HOST_O.WRONLY;
  flags |= HOST_O.CLOEXEC;

  if (fd >= 0) {
    self.fd = fd;
    self.closefd = closefd;
  } else {
    self.closefd = true;
    if (!closefd) raiseValueError("Cannot use closefd=False with file name");
    if (opener === undefined || opener === None) {
      self.fd = hostCall(() => host().fdOpen(path, flags, 0o666), nameobj);
    } else {
      const r = call(opener, [nameobj, flags]);
      if (!isIntLike(r)) raiseTypeError("expected integer from opener");
      const got = intArg(r);
      if (got < 0) raiseValueError(`opener returned ${got}`);
      self.fd = got;
    }
  }
  self.blksize = DEFAULT_BUFFER_SIZE;
  const ownsFd = fd < 0 || self.closefd;
  const dropFd = () => {
    if (ownsFd) {
      try {
        host().fdClose(self.fd);
      } catch {
        // already failing
      }
    }
    self.fd = -1;
  };
  let st: HostFdStat;
  try {
    st = host().fdStat(self.fd);
  } catch (e) {
    dropFd();
    throw osError(e);
  }
  if (st.isDirectory) {
    dropFd();
    throw newException(E.PyExc_OSError, ERRNO.EISDIR, STRERROR.EISDIR, nameobj);
  }
  if (st.blksize > 1) self.blksize = st.blksize;
  setAttr(self, "name", nameobj);
  if (self.appending) {
    try {
      hostCall(() => host().fdSeek(self.fd, 0, 2));
    } catch {
      // not seekable (a pipe opened in append mode): ignore, as CPython does for ESPIPE
    }
  }
};

function modeString(self: PyFileIO): string {
  if (self.created) return self.readable ? "xb+" : "xb";
  if (self.appending) return self.readable ? "ab+" : "ab";
  if (self.readable) return self.writable ? "rb+" : "rb";
  return "wb";
}

fileIOType.tp_repr = (selfv) => {
  const self = fio(selfv);
  const tn = typeOf(self).name;
  if (self.fd < 0) return `<${tn} [closed]>`;
  const name = self.dict?.getStr("name");
  const closefd = self.closefd ? "True" : "False";
  if (name === undefined) return `<${tn} fd=${self.fd} mode='${modeString(self)}' closefd=${closefd}>`;
  return `<${tn} name=${repr(name)} mode='${modeString(self)}' closefd=${closefd}>`;
};

/** Reads up to n bytes (a single read(2)). */
export function fileioReadRaw(self: PyFileIO, n: number): Uint8Array {
  return hostCall(() => host().fdRead(self.fd, n));
}

export function fileioReadall(self: PyFileIO): Uint8Array {
  let bufsize = DEFAULT_BUFFER_SIZE;
  try {
    const st = host().fdStat(self.fd);
    const pos = host().fdSeek(self.fd, 0, 1);
    if (st.size >= pos && st.size - pos + 1 > 0) bufsize = Math.max(st.size - pos + 1, 1);
  } catch {
    // not seekable: read in chunks
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const b = fileioReadRaw(self, bufsize);
    if (b.length === 0) break;
    chunks.push(b);
    total += b.length;
    bufsize = Math.max(DEFAULT_BUFFER_SIZE, bufsize);
  }
  return chunks.length === 0 ? new Uint8Array(0) : concat(chunks, total);
}

export function fileioWrite(self: PyFileIO, data: Uint8Array): number {
  return hostCall(() => host().fdWrite(self.fd, data));
}

export function fileioSeek(self: PyFileIO, pos: number, whence: number): number {
  return hostCall(() => host().fdSeek(self.fd, pos, whence));
}

export function fileioClose(self: PyFileIO): void {
  if (self.fd < 0) return;
  const fd = self.fd;
  self.fd = -1;
  if (self.closefd) hostCall(() => host().fdClose(fd));
}

function seekPosArg(v: PyValue): number {
  return intArg(v);
}

defineMethods(fileIOType, {
  read(selfv, args, kwnames) {
    const self = open(fio(selfv));
    const [size] = bindArgs("read", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    if (!self.readable) errMode("reading");
    const n = sizeArg(size);
    if (n < 0) return new PyBytes(fileioReadall(self));
    return new PyBytes(fileioReadRaw(self, n).slice());
  },
  readall(selfv) {
    const self = open(fio(selfv));
    return new PyBytes(fileioReadall(self));
  },
  readinto(selfv, args, kwnames) {
    const self = open(fio(selfv));
    const [buffer] = bindArgs("readinto", args, kwnames, { names: ["buffer"], required: 1, posOnly: 1 });
    const wb = writableBuffer(buffer as PyValue);
    if (!self.readable) errMode("reading");
    const b = fileioReadRaw(self, wb.length);
    wb.set(b);
    return b.length;
  },
  write(selfv, args, kwnames) {
    const self = open(fio(selfv));
    const [b] = bindArgs("write", args, kwnames, { names: ["b"], required: 1, posOnly: 1 });
    const data = bytesArg(b as PyValue, "write");
    if (!self.writable) errMode("writing");
    return fileioWrite(self, data);
  },
  seek(selfv, args, kwnames) {
    const self = fio(selfv);
    const [pos, whence] = bindArgs("seek", args, kwnames, {
      names: ["pos", "whence"],
      required: 1,
      posOnly: 2,
    });
    if (self.fd < 0) errClosed();
    const p = seekPosArg(pos as PyValue);
    const w = whence === undefined ? 0 : intArg(whence);
    return fileioSeek(self, p, w);
  },
  tell(selfv) {
    const self = open(fio(selfv));
    return fileioSeek(self, 0, 1);
  },
  truncate(selfv, args, kwnames) {
    const self = open(fio(selfv));
    const [size] = bindArgs("truncate", args, kwnames, { names: ["size"], required: 0, posOnly: 1 });
    if (!self.writable) errMode("writing");
    const n = size === undefined || size === None ? fileioSeek(self, 0, 1) : intArg(size);
    hostCall(() => host().fdTruncate(self.fd, n));
    return n;
  },
  seekable(selfv) {
    const self = open(fio(selfv));
    if (self.seekableState < 0) {
      try {
        host().fdSeek(self.fd, 0, 1);
        self.seekableState = 1;
      } catch {
        self.seekableState = 0;
      }
    }
    return self.seekableState === 1;
  },
  readable(selfv) {
    return open(fio(selfv)).readable;
  },
  writable(selfv) {
    return open(fio(selfv)).writable;
  },
  fileno(selfv) {
    return open(fio(selfv)).fd;
  },
  isatty(selfv) {
    const self = open(fio(selfv));
    return hostCall(() => host().fdIsatty(self.fd));
  },
  close(selfv) {
    const self = fio(selfv);
    // _RawIOBase.close (flush, mark closed), then the descriptor.
    let err: unknown = null;
    try {
      const base = rawIOBaseType.lookup("close");
      if (base !== undefined) call(base, [self]);
    } catch (e) {
      err = e;
    }
    try {
      fileioClose(self);
    } catch (e) {
      if (err === null) err = e;
    }
    if (err !== null) throw err;
    return None;
  },
  _dealloc_warn() {
    return None;
  },
  __getstate__(selfv) {
    raiseTypeError(`cannot pickle '${typeName(selfv)}' instances`);
  },
});

defineGetSets(fileIOType, {
  closed: { get: (self) => fio(self).fd < 0 },
  closefd: { get: (self) => fio(self).closefd },
  mode: { get: (self) => modeString(fio(self)) },
  _blksize: { get: (self) => fio(self).blksize },
  _finalizing: { get: (self) => fio(self).finalizing },
});

/** Opens `fd` as a FileIO the way the std streams are made (closefd=False). */
export function fileIOForFd(fd: number, mode: string, name?: PyValue): PyFileIO {
  const f = new PyFileIO(fileIOType);
  (fileIOType.tp_init as NonNullable<PyType["tp_init"]>)(f, [fd, mode, false], null);
  if (name !== undefined) setAttr(f, "name", name);
  return f;
}
