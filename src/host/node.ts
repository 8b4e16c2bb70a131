// The Node.js host: the only place besides src/cli/ that imports node:* modules.

import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import tty from "node:tty";
import zlib from "node:zlib";
import {
  ERRNO,
  HOST_O,
  type Host,
  HostError,
  type HostFdStat,
  type HostStat,
  type HostStatResult,
} from "./host.ts";

function statResult(s: fs.BigIntStats): HostStatResult {
  return {
    mode: Number(s.mode),
    ino: s.ino,
    dev: Number(s.dev),
    nlink: Number(s.nlink),
    uid: Number(s.uid),
    gid: Number(s.gid),
    size: Number(s.size),
    atimeNs: s.atimeNs,
    mtimeNs: s.mtimeNs,
    ctimeNs: s.ctimeNs,
    blksize: Number(s.blksize),
    blocks: Number(s.blocks),
    rdev: Number(s.rdev),
  };
}

function hostError(e: unknown): HostError {
  const err = e as NodeJS.ErrnoException;
  const code = err.code ?? "EIO";
  const errno = ERRNO[code] ?? (os.constants.errno as Record<string, number>)[code] ?? 5;
  return new HostError(code, errno, err.message);
}

function writeAll(fd: number, data: Uint8Array | string): void {
  const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      // A non-blocking pipe may be full: wait and retry rather than lose output.
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      throw hostError(e);
    }
  }
}

/** Translates Linux O_* numbers (HOST_O) to this OS's fs.constants. */
function nodeFlags(flags: number): number {
  const C = fs.constants;
  let f = 0;
  const acc = flags & 3;
  f |= acc === HOST_O.WRONLY ? C.O_WRONLY : acc === HOST_O.RDWR ? C.O_RDWR : C.O_RDONLY;
  if (flags & HOST_O.CREAT) f |= C.O_CREAT;
  if (flags & HOST_O.EXCL) f |= C.O_EXCL;
  if (flags & HOST_O.TRUNC) f |= C.O_TRUNC;
  if (flags & HOST_O.APPEND) f |= C.O_APPEND;
  return f;
}

/**
 * Node has no lseek(2): the host keeps each descriptor's position itself and reads/writes at an
 * explicit position for regular files; other descriptors (pipes, terminals) use the OS position.
 */
interface FdState {
  pos: number;
  seekable: boolean;
  append: boolean;
}

export class NodeHost implements Host {
  private readonly fds = new Map<number, FdState>();
  readonly argv: readonly string[];
  readonly env: Record<string, string | undefined>;
  readonly platform: string;

  constructor(argv: readonly string[] = process.argv.slice(2)) {
    this.argv = argv;
    this.env = process.env;
    this.platform = process.platform;
  }

  cwd(): string {
    return process.cwd();
  }

  chdir(p: string): void {
    try {
      process.chdir(p);
    } catch (e) {
      throw hostError(e);
    }
  }

  readFile(p: string): Uint8Array {
    try {
      return fs.readFileSync(p);
    } catch (e) {
      throw hostError(e);
    }
  }

  stat(p: string): HostStat | null {
    try {
      const s = fs.statSync(p);
      return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return null;
    }
  }

  readStdin(): Uint8Array {
    const chunks: Buffer[] = [];
    const buf = Buffer.alloc(65536);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(0, buf, 0, buf.length, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN") continue;
        if (code === "EOF") break;
        throw hostError(e);
      }
      if (n === 0) break;
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks);
  }

  readLine(): string | null {
    const bytes: number[] = [];
    const one = Buffer.alloc(1);
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(0, one, 0, 1, null);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN" || code === "EINTR") continue;
        if (code === "EOF") n = 0;
        else throw hostError(e);
      }
      if (n === 0) return bytes.length ? Buffer.from(bytes).toString("utf8") : null;
      if (one[0] === 10) return Buffer.from(bytes).toString("utf8");
      bytes.push(one[0]);
    }
  }

  stdinIsTTY(): boolean {
    return process.stdin.isTTY === true;
  }

  writeStdout(data: Uint8Array | string): void {
    writeAll(1, data);
  }

  writeStderr(data: Uint8Array | string): void {
    writeAll(2, data);
  }

  exit(status: number): never {
    process.exit(status);
  }

  private fdState(fd: number): FdState {
    let st = this.fds.get(fd);
    if (st === undefined) {
      let seekable = false;
      try {
        seekable = fs.fstatSync(fd).isFile();
      } catch (e) {
        throw hostError(e);
      }
      st = { pos: 0, seekable, append: false };
      this.fds.set(fd, st);
    }
    return st;
  }

  fdOpen(p: string, flags: number, mode: number): number {
    let fd: number;
    try {
      fd = fs.openSync(p, nodeFlags(flags), mode);
    } catch (e) {
      throw hostError(e);
    }
    let seekable = false;
    try {
      seekable = fs.fstatSync(fd).isFile();
    } catch {
      seekable = false;
    }
    this.fds.set(fd, { pos: 0, seekable, append: (flags & HOST_O.APPEND) !== 0 });
    return fd;
  }

  fdRead(fd: number, n: number): Uint8Array {
    const st = this.fdState(fd);
    const buf = Buffer.alloc(n);
    for (;;) {
      try {
        const got = fs.readSync(fd, buf, 0, n, st.seekable ? st.pos : null);
        if (st.seekable) st.pos += got;
        return buf.subarray(0, got);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === "EAGAIN" || code === "EINTR") continue;
        if (code === "EOF") return new Uint8Array(0);
        throw hostError(e);
      }
    }
  }

  fdWrite(fd: number, data: Uint8Array): number {
    const st = this.fdState(fd);
    for (;;) {
      try {
        if (st.seekable && st.append) {
          const n = fs.writeSync(fd, data, 0, data.length, null);
          st.pos = fs.fstatSync(fd).size;
          return n;
        }
        const n = fs.writeSync(fd, data, 0, data.length, st.seekable ? st.pos : null);
        if (st.seekable) st.pos += n;
        return n;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        throw hostError(e);
      }
    }
  }

  fdSeek(fd: number, offset: number, whence: number): number {
    const st = this.fdState(fd);
    if (!st.seekable) throw new HostError("ESPIPE", ERRNO.ESPIPE, "ESPIPE: illegal seek");
    let base = 0;
    if (whence === 1) base = st.pos;
    else if (whence === 2) {
      try {
        base = fs.fstatSync(fd).size;
      } catch (e) {
        throw hostError(e);
      }
    } else if (whence !== 0) throw new HostError("EINVAL", ERRNO.EINVAL, "EINVAL: invalid argument");
    const pos = base + offset;
    if (pos < 0) throw new HostError("EINVAL", ERRNO.EINVAL, "EINVAL: invalid argument");
    st.pos = pos;
    return pos;
  }

  fdClose(fd: number): void {
    this.fds.delete(fd);
    try {
      fs.closeSync(fd);
    } catch (e) {
      throw hostError(e);
    }
  }

  fdStat(fd: number): HostFdStat {
    try {
      const s = fs.fstatSync(fd);
      return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size, blksize: s.blksize ?? 0 };
    } catch (e) {
      throw hostError(e);
    }
  }

  fdIsatty(fd: number): boolean {
    try {
      fs.fstatSync(fd);
    } catch (e) {
      throw hostError(e);
    }
    return tty.isatty(fd);
  }

  fdTruncate(fd: number, size: number): void {
    try {
      fs.ftruncateSync(fd, size);
    } catch (e) {
      throw hostError(e);
    }
  }

  stdlibZipPath(): string | null {
    try {
      const require = createRequire(import.meta.url);
      const pkg = require.resolve("pyodide/package.json");
      const zip = path.join(path.dirname(pkg), "python_stdlib.zip");
      return fs.existsSync(zip) ? zip : null;
    } catch {
      return null;
    }
  }

  statFull(p: string, followSymlinks: boolean): HostStatResult {
    try {
      return statResult(
        followSymlinks ? fs.statSync(p, { bigint: true }) : fs.lstatSync(p, { bigint: true }),
      );
    } catch (e) {
      throw hostError(e);
    }
  }

  fdStatFull(fd: number): HostStatResult {
    try {
      return statResult(fs.fstatSync(fd, { bigint: true }));
    } catch (e) {
      throw hostError(e);
    }
  }

  listdir(p: string): string[] {
    try {
      return fs.readdirSync(p);
    } catch (e) {
      throw hostError(e);
    }
  }

  mkdir(p: string, mode: number): void {
    try {
      fs.mkdirSync(p, { mode });
    } catch (e) {
      throw hostError(e);
    }
  }

  rmdir(p: string): void {
    try {
      fs.rmdirSync(p);
    } catch (e) {
      throw hostError(e);
    }
  }

  unlink(p: string): void {
    try {
      fs.unlinkSync(p);
    } catch (e) {
      throw hostError(e);
    }
  }

  rename(src: string, dst: string): void {
    try {
      fs.renameSync(src, dst);
    } catch (e) {
      throw hostError(e);
    }
  }

  readlink(p: string): string {
    try {
      return fs.readlinkSync(p);
    } catch (e) {
      throw hostError(e);
    }
  }

  getpid(): number {
    return process.pid;
  }

  urandom(n: number): Uint8Array {
    return crypto.randomBytes(n);
  }

  uname(): [string, string, string, string, string] {
    return [os.type(), os.hostname(), os.release(), os.version(), os.machine()];
  }

  terminalSize(fd: number): [number, number] | null {
    const stream = fd === 1 ? process.stdout : fd === 2 ? process.stderr : null;
    if (stream === null || !stream.isTTY) return null;
    return [stream.columns, stream.rows];
  }

  inflateRaw(data: Uint8Array): Uint8Array {
    return zlib.inflateRawSync(data);
  }
}
