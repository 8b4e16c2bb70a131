// The `posix` module (Modules/posixmodule.c): what os.py, posixpath, pathlib, shutil and the import
// system need, over the host layer (src/host): stat/lstat/fstat with stat_result, directories
// (listdir, scandir/DirEntry, mkdir, ...), descriptors (open/read/write/lseek/close share the
// host's descriptor table with _io.FileIO), environ (bytes keys and values, as on POSIX), process
// information, urandom, strerror, and the constants and `_have_functions` os.py reads.
import { ERRNO, HOST_O, HostError, type HostStatResult, STRERROR } from "../host/host.ts";
import { call, isTrue, lookupAttr, typeName } from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { PyBytes } from "../objects/bytes.ts";
import { defineGetSets, defineMethods } from "../objects/descr.ts";
import { PyDict } from "../objects/dict.ts";
import { newException, raise, raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyFloat } from "../objects/float.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { makeBuiltinType, objectType, typeOf } from "../objects/typeobjects.ts";
import { host } from "./_io/iobase.ts";
import { addFunctions, newBuiltinModule, noArgs, oneArg } from "./modutil.ts";
import { makeStructSeqType } from "./structseq.ts";

const statResult = makeStructSeqType(
  "os.stat_result",
  [
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    // items 7-9 are the integer times (unnamed fields in CPython; its repr shows these names)
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
  ],
  10,
);
statResult.type.attrs.set("n_unnamed_fields", 3);
const terminalSize = makeStructSeqType("os.terminal_size", ["columns", "lines"], 2);
const unameResult = makeStructSeqType(
  "posix.uname_result",
  ["sysname", "nodename", "release", "version", "machine"],
  5,
);

const dirEntryType = makeBuiltinType("posix.DirEntry", [objectType], 0);
const scandirIteratorType = makeBuiltinType("posix.ScandirIterator", [objectType], 0);

class PyDirEntry extends PyObject {
  constructor(
    readonly name: string,
    readonly path: string,
    readonly asBytes: boolean,
    private st: HostStatResult | null,
    private lst: HostStatResult | null,
  ) {
    super(dirEntryType);
  }
  stat(follow: boolean): HostStatResult {
    if (!follow) {
      if (this.lst === null) this.lst = hostCall(() => host().statFull(this.path, false), this.pathValue());
      return this.lst;
    }
    if (this.st === null) this.st = hostCall(() => host().statFull(this.path, true), this.pathValue());
    return this.st;
  }
  pathValue(): PyValue {
    return this.asBytes ? new PyBytes(new TextEncoder().encode(this.path)) : this.path;
  }
  nameValue(): PyValue {
    return this.asBytes ? new PyBytes(new TextEncoder().encode(this.name)) : this.name;
  }
}

class PyScandirIterator extends PyObject {
  index = 0;
  closed = false;
  /** False for scandir() without a path: entries' paths are then the bare names. */
  explicit = false;
  constructor(
    readonly dir: string,
    readonly names: string[],
    readonly asBytes: boolean,
  ) {
    super(scandirIteratorType);
  }
}

/** An OSError subclass for a failed host call, with the filename(s) CPython reports. */
function osError(e: unknown, filename?: PyValue, filename2?: PyValue): E.PyBaseException {
  if (e instanceof HostError) {
    if (filename === undefined) return newException(E.PyExc_OSError, e.errno, e.strerror);
    if (filename2 === undefined) return newException(E.PyExc_OSError, e.errno, e.strerror, filename);
    return newException(E.PyExc_OSError, e.errno, e.strerror, filename, 0, filename2);
  }
  if (e instanceof E.PyBaseException) return e;
  throw e;
}

function hostCall<T>(f: () => T, filename?: PyValue, filename2?: PyValue): T {
  try {
    return f();
  } catch (e) {
    throw osError(e, filename, filename2);
  }
}

/** path_converter: str, bytes or os.PathLike (fspath) -> the path string. */
function fspath(v: PyValue): PyValue {
  if (typeof v === "string" || v instanceof PyBytes) return v;
  const f = lookupAttr(typeOf(v), "__fspath__");
  if (f === undefined) raiseTypeError(`expected str, bytes or os.PathLike object, not ${typeName(v)}`);
  const r = call(f, [v]);
  if (typeof r !== "string" && !(r instanceof PyBytes))
    raiseTypeError(`expected ${typeName(v)}.__fspath__() to return str or bytes, not ${typeName(r)}`);
  return r;
}

function pathArg(fname: string, argname: string, v: PyValue | undefined, allowFd = false): string {
  if (v === undefined) return ".";
  if (allowFd && typeof v === "number") raiseValueError(`${fname}: fd paths are not supported`);
  let p: PyValue;
  try {
    p = fspath(v);
  } catch (e) {
    if (e instanceof E.PyBaseException && e.type === E.PyExc_TypeError && typeof v !== "object")
      raiseTypeError(`${fname}: ${argname} should be string, bytes or os.PathLike, not ${typeName(v)}`);
    if (
      e instanceof E.PyBaseException &&
      e.type === E.PyExc_TypeError &&
      lookupAttr(typeOf(v), "__fspath__") === undefined
    )
      raiseTypeError(
        `${fname}: ${argname} should be string, bytes${allowFd ? ", os.PathLike or integer" : " or os.PathLike"}, not ${typeName(v)}`,
      );
    throw e;
  }
  const s = typeof p === "string" ? p : new TextDecoder().decode((p as PyBytes).data);
  if (s.includes("\0")) raiseValueError(`${fname}: embedded null character in ${argname}`);
  return s;
}

function intArg(fname: string, v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v !== "number") raiseTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  void fname;
  return v;
}

function nsToFloat(ns: bigint): PyFloat {
  return new PyFloat(Number(ns) / 1e9);
}

function makeStat(s: HostStatResult): PyValue {
  const sec = (ns: bigint) => {
    const v = ns / 1000000000n - (ns < 0n && ns % 1000000000n !== 0n ? 1n : 0n);
    return Number(v);
  };
  const ino = s.ino <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(s.ino) : s.ino;
  return statResult.make([
    s.mode,
    ino,
    s.dev,
    s.nlink,
    s.uid,
    s.gid,
    s.size,
    sec(s.atimeNs),
    sec(s.mtimeNs),
    sec(s.ctimeNs),
    nsToFloat(s.atimeNs),
    nsToFloat(s.mtimeNs),
    nsToFloat(s.ctimeNs),
    normBig(s.atimeNs),
    normBig(s.mtimeNs),
    normBig(s.ctimeNs),
    s.blksize,
    s.blocks,
    s.rdev,
  ]);
}

function normBig(v: bigint): number | bigint {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFLNK = 0o120000;

dirEntryType.tp_repr = (self) =>
  `<DirEntry ${JSON.stringify((self as PyDirEntry).name).replace(/^"|"$/g, "'")}>`;
defineGetSets(dirEntryType, {
  name: { get: (s) => (s as PyDirEntry).nameValue() },
  path: { get: (s) => (s as PyDirEntry).pathValue() },
});
function followArg(fname: string, args: PyValue[], kwnames: readonly string[] | null): boolean {
  const [f] = bindArgs(fname, args, kwnames, {
    names: ["follow_symlinks"],
    required: 0,
    posOnly: 0,
    kwOnlyFrom: 0,
  });
  return f === undefined ? true : f === true || (f !== false && f !== 0);
}
function entryIs(self: PyValue, follow: boolean, kind: number): boolean {
  try {
    return ((self as PyDirEntry).stat(follow).mode & S_IFMT) === kind;
  } catch (e) {
    if (e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_FileNotFoundError)) return false;
    throw e;
  }
}
defineMethods(dirEntryType, {
  is_dir: (self, args, kw) => entryIs(self, followArg("is_dir", args, kw), S_IFDIR),
  is_file: (self, args, kw) => entryIs(self, followArg("is_file", args, kw), S_IFREG),
  is_symlink: (self, args, kw) => {
    noArgs("is_symlink", args, kw);
    return entryIs(self, false, S_IFLNK);
  },
  is_junction: () => false,
  stat: (self, args, kw) => makeStat((self as PyDirEntry).stat(followArg("stat", args, kw))),
  inode: (self) => normBig((self as PyDirEntry).stat(false).ino),
  __fspath__: (self) => (self as PyDirEntry).pathValue(),
});

scandirIteratorType.tp_iter = (self) => self;
scandirIteratorType.tp_iternext = (self) => {
  const it = self as PyScandirIterator;
  if (it.closed || it.index >= it.names.length) {
    it.closed = true;
    return undefined;
  }
  const name = it.names[it.index++];
  const path =
    it.dir === "." && !it.explicit ? name : it.dir.endsWith("/") ? it.dir + name : `${it.dir}/${name}`;
  return new PyDirEntry(name, path, it.asBytes, null, null);
};
defineMethods(scandirIteratorType, {
  close(self) {
    (self as PyScandirIterator).closed = true;
    return None;
  },
  __enter__: (self) => self,
  __exit__(self) {
    (self as PyScandirIterator).closed = true;
    return false;
  },
});

function environDict(): PyDict {
  const d = new PyDict();
  const enc = new TextEncoder();
  const env = host().env;
  for (const k of Object.keys(env)) {
    const v = env[k];
    if (v === undefined) continue;
    d.setItem(new PyBytes(enc.encode(k)), new PyBytes(enc.encode(v)));
  }
  return d;
}

function bytesOrStr(v: PyValue, asBytes: boolean): PyValue {
  if (!asBytes) return v;
  return new PyBytes(new TextEncoder().encode(v as string));
}

// Only what is really implemented: os.py builds supports_dir_fd/supports_fd from this list, and
// shutil/os.fwalk take their fd-based paths when they are claimed. No *at() calls exist here, so
// every dir_fd argument goes through noDirFd. (HAVE_LSTAT also puts lstat in supports_dir_fd,
// which overstates: lstat(dir_fd=) raises; it is kept for stat(follow_symlinks=False).)
const HAVE_FUNCTIONS = ["HAVE_LSTAT"];

/** CPython's dir_fd_unavailable() (Modules/posixmodule.c) for a dir_fd argument other than None. */
function noDirFd(dirFd: PyValue | undefined): void {
  if (dirFd !== undefined && dirFd !== None)
    raise(E.PyExc_NotImplementedError, "dir_fd unavailable on this platform");
}

export function createPosixModule(): PyModule {
  const m = newBuiltinModule(
    "posix",
    "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.",
  );
  const d = m.dict;
  const statFn = (fname: string, follow0: boolean) => (args: PyValue[], kw: readonly string[] | null) => {
    const [path, dirFd, follow] = bindArgs(fname, args, kw, {
      names: ["path", "dir_fd", "follow_symlinks"],
      required: 1,
      posOnly: 0,
      kwOnlyFrom: 1,
    });
    if (typeof path === "number") return makeStat(hostCall(() => host().fdStatFull(path)));
    noDirFd(dirFd);
    const p = pathArg(fname, "path", path, true);
    const fl = follow === undefined ? follow0 : follow === true;
    return makeStat(hostCall(() => host().statFull(p, fl), path as PyValue));
  };
  addFunctions(m, {
    stat: statFn("stat", true),
    lstat: statFn("lstat", false),
    fstat(args, kw) {
      const [fd] = bindArgs("fstat", args, kw, { names: ["fd"], required: 1, posOnly: 0 });
      const n = intArg("fstat", fd, 0);
      return makeStat(hostCall(() => host().fdStatFull(n)));
    },
    getcwd(args, kw) {
      noArgs("getcwd", args, kw);
      return host().cwd();
    },
    getcwdb(args, kw) {
      noArgs("getcwdb", args, kw);
      return new PyBytes(new TextEncoder().encode(host().cwd()));
    },
    chdir(args, kw) {
      const [path] = bindArgs("chdir", args, kw, { names: ["path"], required: 1, posOnly: 0 });
      const p = pathArg("chdir", "path", path);
      hostCall(() => host().chdir(p), path as PyValue);
      return None;
    },
    listdir(args, kw) {
      const [path] = bindArgs("listdir", args, kw, { names: ["path"], required: 0, posOnly: 0 });
      const asBytes = path instanceof PyBytes;
      const p = path === undefined || path === None ? "." : pathArg("listdir", "path", path, true);
      const names = hostCall(
        () => host().listdir(p),
        path === undefined || path === None ? "." : (path as PyValue),
      );
      return new PyList(names.map((n) => bytesOrStr(n, asBytes)));
    },
    scandir(args, kw) {
      const [path] = bindArgs("scandir", args, kw, { names: ["path"], required: 0, posOnly: 0 });
      const asBytes = path instanceof PyBytes;
      const explicit = path !== undefined && path !== None;
      const p = explicit ? pathArg("scandir", "path", path, true) : ".";
      const names = hostCall(() => host().listdir(p), explicit ? (path as PyValue) : ".");
      const it = new PyScandirIterator(p, names, asBytes);
      it.explicit = explicit;
      return it;
    },
    fspath(args, kw) {
      const [path] = bindArgs("fspath", args, kw, { names: ["path"], required: 1, posOnly: 0 });
      return fspath(path as PyValue);
    },
    mkdir(args, kw) {
      const [path, mode, dirFd] = bindArgs("mkdir", args, kw, {
        names: ["path", "mode", "dir_fd"],
        required: 1,
        posOnly: 0,
        kwOnlyFrom: 2,
      });
      noDirFd(dirFd);
      const p = pathArg("mkdir", "path", path);
      hostCall(() => host().mkdir(p, intArg("mkdir", mode, 0o777)), path as PyValue);
      return None;
    },
    rmdir(args, kw) {
      const [path, dirFd] = bindArgs("rmdir", args, kw, {
        names: ["path", "dir_fd"],
        required: 1,
        posOnly: 0,
        kwOnlyFrom: 1,
      });
      noDirFd(dirFd);
      const p = pathArg("rmdir", "path", path);
      hostCall(() => host().rmdir(p), path as PyValue);
      return None;
    },
    unlink: (args, kw) => removeFile("unlink", args, kw),
    remove: (args, kw) => removeFile("remove", args, kw),
    rename: (args, kw) => renameFile("rename", args, kw),
    replace: (args, kw) => renameFile("replace", args, kw),
    readlink(args, kw) {
      const [path, dirFd] = bindArgs("readlink", args, kw, {
        names: ["path", "dir_fd"],
        required: 1,
        posOnly: 0,
        kwOnlyFrom: 1,
      });
      noDirFd(dirFd);
      const p = pathArg("readlink", "path", path);
      return bytesOrStr(
        hostCall(() => host().readlink(p), path as PyValue),
        path instanceof PyBytes,
      );
    },
    access(args, kw) {
      const [path, mode, dirFd, effectiveIds] = bindArgs("access", args, kw, {
        names: ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        required: 2,
        posOnly: 0,
        kwOnlyFrom: 2,
      });
      noDirFd(dirFd);
      if (effectiveIds !== undefined && isTrue(effectiveIds as PyValue))
        raise(E.PyExc_NotImplementedError, "effective_ids unavailable on this platform");
      const p = pathArg("access", "path", path);
      try {
        const st = host().statFull(p, true);
        const md = intArg("access", mode, 0);
        if (md & 2 && !(st.mode & 0o222)) return false;
        if (md & 1 && !(st.mode & 0o111)) return false;
        return true;
      } catch (e) {
        if (e instanceof HostError) return false;
        throw e;
      }
    },
    open(args, kw) {
      const [path, flags, mode, dirFd] = bindArgs("open", args, kw, {
        names: ["path", "flags", "mode", "dir_fd"],
        required: 2,
        posOnly: 0,
        kwOnlyFrom: 3,
      });
      noDirFd(dirFd);
      const p = pathArg("open", "path", path);
      return hostCall(
        () => host().fdOpen(p, intArg("open", flags, 0), intArg("open", mode, 0o777)),
        path as PyValue,
      );
    },
    read(args, kw) {
      const [fd, n] = bindArgs("read", args, kw, { names: ["fd", "length"], required: 2, posOnly: 2 });
      const len = intArg("read", n, 0);
      if (len < 0) raiseValueError("negative length");
      return new PyBytes(hostCall(() => host().fdRead(intArg("read", fd, 0), len)));
    },
    write(args, kw) {
      const [fd, data] = bindArgs("write", args, kw, { names: ["fd", "data"], required: 2, posOnly: 2 });
      if (!(data instanceof PyBytes) && !(data instanceof PyObject && "data" in data))
        raiseTypeError(`a bytes-like object is required, not '${typeName(data as PyValue)}'`);
      const bytes = (data as PyBytes).data;
      return hostCall(() => host().fdWrite(intArg("write", fd, 0), bytes));
    },
    close(args, kw) {
      const [fd] = bindArgs("close", args, kw, { names: ["fd"], required: 1, posOnly: 0 });
      hostCall(() => host().fdClose(intArg("close", fd, 0)));
      return None;
    },
    lseek(args, kw) {
      const [fd, pos, how] = bindArgs("lseek", args, kw, {
        names: ["fd", "position", "whence"],
        required: 3,
        posOnly: 3,
      });
      return hostCall(() =>
        host().fdSeek(intArg("lseek", fd, 0), intArg("lseek", pos, 0), intArg("lseek", how, 0)),
      );
    },
    isatty(args, kw) {
      const fd = oneArg("isatty", args, kw);
      return host().fdIsatty(intArg("isatty", fd, 0));
    },
    urandom(args, kw) {
      const n = intArg("urandom", oneArg("urandom", args, kw), 0);
      if (n < 0) raiseValueError("negative argument not allowed");
      return new PyBytes(host().urandom(n));
    },
    getpid: () => host().getpid(),
    getppid: () => 1,
    getuid: () => 0,
    geteuid: () => 0,
    getgid: () => 0,
    getegid: () => 0,
    umask(args, kw) {
      oneArg("umask", args, kw);
      return 0o022;
    },
    cpu_count: () => 1,
    strerror(args, kw) {
      const code = intArg("strerror", oneArg("strerror", args, kw), 0);
      for (const name of Object.keys(ERRNO))
        if (ERRNO[name] === code && STRERROR[name]) return STRERROR[name];
      return code === 0 ? "Success" : `Unknown error ${code}`;
    },
    _exit(args, kw) {
      const [status] = bindArgs("_exit", args, kw, { names: ["status"], required: 1, posOnly: 0 });
      return host().exit(intArg("_exit", status, 0));
    },
    get_terminal_size(args) {
      const fd = args.length > 0 ? intArg("get_terminal_size", args[0], 1) : 1;
      const size = host().terminalSize(fd);
      if (size === null) throw newException(E.PyExc_OSError, 25, "Inappropriate ioctl for device");
      return terminalSize.make(size);
    },
    uname(args, kw) {
      noArgs("uname", args, kw);
      return unameResult.make(host().uname());
    },
    device_encoding(args) {
      const fd = intArg("device_encoding", args[0], 0);
      return host().fdIsatty(fd) ? "UTF-8" : None;
    },
    get_inheritable: () => false,
    set_inheritable: () => None,
    get_blocking: () => true,
    set_blocking: () => None,
    putenv(args, kw) {
      const [k, v] = bindArgs("putenv", args, kw, { names: ["name", "value"], required: 2, posOnly: 2 });
      const key = pathArg("putenv", "name", k);
      const val = pathArg("putenv", "value", v);
      if (key === "" || key.includes("=")) raiseValueError("illegal environment variable name");
      host().env[key] = val;
      return None;
    },
    unsetenv(args, kw) {
      const k = oneArg("unsetenv", args, kw);
      const key = pathArg("unsetenv", "name", k);
      if (key === "" || key.includes("=")) raiseValueError("illegal environment variable name");
      delete host().env[key];
      return None;
    },
    WIFEXITED: (args) => ((args[0] as number) & 0x7f) === 0,
    WEXITSTATUS: (args) => ((args[0] as number) >> 8) & 0xff,
    WIFSIGNALED: (args) => ((args[0] as number) & 0x7f) !== 0 && ((args[0] as number) & 0x7f) !== 0x7f,
    WTERMSIG: (args) => (args[0] as number) & 0x7f,
    WIFSTOPPED: (args) => ((args[0] as number) & 0xff) === 0x7f,
    WSTOPSIG: (args) => ((args[0] as number) >> 8) & 0xff,
    waitstatus_to_exitcode(args) {
      const s = intArg("waitstatus_to_exitcode", args[0], 0);
      if ((s & 0x7f) === 0) return (s >> 8) & 0xff;
      return -(s & 0x7f);
    },
  });
  d.setStr("stat_result", statResult.type);
  d.setStr("terminal_size", terminalSize.type);
  d.setStr("uname_result", unameResult.type);
  d.setStr("DirEntry", dirEntryType);
  d.setStr("error", E.PyExc_OSError);
  d.setStr("environ", environDict());
  d.setStr("_have_functions", new PyList(HAVE_FUNCTIONS));
  const ints: Record<string, number> = {
    F_OK: 0,
    R_OK: 4,
    W_OK: 2,
    X_OK: 1,
    O_RDONLY: HOST_O.RDONLY,
    O_WRONLY: HOST_O.WRONLY,
    O_RDWR: HOST_O.RDWR,
    O_CREAT: HOST_O.CREAT,
    O_EXCL: HOST_O.EXCL,
    O_TRUNC: HOST_O.TRUNC,
    O_APPEND: HOST_O.APPEND,
    O_CLOEXEC: HOST_O.CLOEXEC,
    O_NONBLOCK: 0o4000,
    O_NOCTTY: 0o400,
    O_SYNC: 0o4010000,
    O_DSYNC: 0o10000,
    O_DIRECTORY: 0o200000,
    O_NOFOLLOW: 0o400000,
    O_ACCMODE: 3,
    SEEK_SET: 0,
    SEEK_CUR: 1,
    SEEK_END: 2,
    EX_OK: 0,
    WNOHANG: 1,
    WUNTRACED: 2,
    P_PID: 1,
    P_ALL: 0,
    TMP_MAX: 238328,
    NGROUPS_MAX: 65536,
  };
  for (const k of Object.keys(ints)) d.setStr(k, ints[k]);
  return m;
}

function removeFile(fname: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [path, dirFd] = bindArgs(fname, args, kw, {
    names: ["path", "dir_fd"],
    required: 1,
    posOnly: 0,
    kwOnlyFrom: 1,
  });
  noDirFd(dirFd);
  const p = pathArg(fname, "path", path);
  hostCall(() => host().unlink(p), path as PyValue);
  return None;
}

function renameFile(fname: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  const [src, dst, srcDirFd, dstDirFd] = bindArgs(fname, args, kw, {
    names: ["src", "dst", "src_dir_fd", "dst_dir_fd"],
    required: 2,
    posOnly: 0,
    kwOnlyFrom: 2,
  });
  noDirFd(srcDirFd);
  noDirFd(dstDirFd);
  const s = pathArg(fname, "src", src);
  const t = pathArg(fname, "dst", dst);
  hostCall(() => host().rename(s, t), src as PyValue, dst as PyValue);
  return None;
}
