// The one interface through which Typhon touches the outside world. Everything above src/host
// (parser, compiler, vm, objects, modules) reaches files, clocks, streams and the process only
// through a Host, so the same interpreter runs on Node and in a browser.

export interface HostStat {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
  mtimeMs: number;
}

export interface Host {
  /** Program arguments after the interpreter's own path, as the OS gave them. */
  readonly argv: readonly string[];
  readonly env: Record<string, string | undefined>;
  readonly platform: string;
  cwd(): string;
  chdir(path: string): void;
  /** Reads a whole file; throws a HostError with an errno code on failure. */
  readFile(path: string): Uint8Array;
  stat(path: string): HostStat | null;
  /** Reads all of standard input (blocking). */
  readStdin(): Uint8Array;
  stdinIsTTY(): boolean;
  /** Reads one line from standard input (without its newline), or null at end of input. */
  readLine(): string | null;
  writeStdout(data: Uint8Array | string): void;
  writeStderr(data: Uint8Array | string): void;
  exit(status: number): never;
  /** Absolute path of the CPython 3.14 stdlib zip (from the installed pyodide package), or null. */
  stdlibZipPath(): string | null;

  // File descriptors (for _io.FileIO). Flags are Linux's O_* numbers (HOST_O below); every call
  // throws a HostError with the POSIX code, errno and strerror on failure.
  /** open(2): returns a new file descriptor. */
  fdOpen(path: string, flags: number, mode: number): number;
  /** read(2) at the descriptor's position: up to n bytes, empty at end of file. */
  fdRead(fd: number, n: number): Uint8Array;
  /** write(2) at the descriptor's position (end of file for O_APPEND); returns bytes written. */
  fdWrite(fd: number, data: Uint8Array): number;
  /** lseek(2): whence 0/1/2; returns the new position. ESPIPE for pipes and terminals. */
  fdSeek(fd: number, offset: number, whence: number): number;
  fdClose(fd: number): void;
  fdStat(fd: number): HostFdStat;
  fdIsatty(fd: number): boolean;
  fdTruncate(fd: number, size: number): void;

  // The file system and process calls of the posix module; HostError on failure.
  /** stat(2) / lstat(2) (followSymlinks false). */
  statFull(path: string, followSymlinks: boolean): HostStatResult;
  fdStatFull(fd: number): HostStatResult;
  /** Directory entries, without "." and "..". */
  listdir(path: string): string[];
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(src: string, dst: string): void;
  readlink(path: string): string;
  getpid(): number;
  /** Cryptographically strong random bytes. */
  urandom(n: number): Uint8Array;
  /** uname(2): sysname, nodename, release, version, machine. */
  uname(): [string, string, string, string, string];
  /** The terminal's size in columns and lines, or null when fd is not a terminal. */
  terminalSize(fd: number): [number, number] | null;
  /** Inflates a raw deflate stream (zip entries, method 8). */
  inflateRaw(data: Uint8Array): Uint8Array;
}

/** The fields of struct stat (os.stat_result), times in nanoseconds as bigints. */
export interface HostStatResult {
  mode: number;
  ino: bigint;
  dev: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atimeNs: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  blksize: number;
  blocks: number;
  rdev: number;
}

export interface HostFdStat {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
  /** st_blksize (0 when unknown). */
  blksize: number;
}

/** Linux open(2) flag values, the numbers Host.fdOpen takes (and os.open reports on Linux). */
export const HOST_O = {
  RDONLY: 0,
  WRONLY: 1,
  RDWR: 2,
  CREAT: 0o100,
  EXCL: 0o200,
  TRUNC: 0o1000,
  APPEND: 0o2000,
  CLOEXEC: 0o2000000,
} as const;

/** strerror() texts of glibc for the errors file operations report. */
export const STRERROR: Record<string, string> = {
  EPERM: "Operation not permitted",
  ENOENT: "No such file or directory",
  EIO: "Input/output error",
  EBADF: "Bad file descriptor",
  EAGAIN: "Resource temporarily unavailable",
  EACCES: "Permission denied",
  EEXIST: "File exists",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  EINVAL: "Invalid argument",
  EMFILE: "Too many open files",
  ENOSPC: "No space left on device",
  ESPIPE: "Illegal seek",
  EROFS: "Read-only file system",
  EPIPE: "Broken pipe",
  ENAMETOOLONG: "File name too long",
  ELOOP: "Too many levels of symbolic links",
  ENXIO: "No such device or address",
  EFBIG: "File too large",
  ETXTBSY: "Text file busy",
};

/** Linux errno numbers for the codes above (errno values Typhon reports on every host). */
export const ERRNO: Record<string, number> = {
  EPERM: 1,
  ENOENT: 2,
  EIO: 5,
  ENXIO: 6,
  EBADF: 9,
  EAGAIN: 11,
  EACCES: 13,
  EEXIST: 17,
  ENOTDIR: 20,
  EISDIR: 21,
  EINVAL: 22,
  EMFILE: 24,
  ETXTBSY: 26,
  EFBIG: 27,
  ENOSPC: 28,
  ESPIPE: 29,
  EROFS: 30,
  EPIPE: 32,
  ENAMETOOLONG: 36,
  ELOOP: 40,
};

/** A failed host operation, carrying the POSIX error name (ENOENT, EACCES, ...) and errno. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    readonly errno: number,
    message: string,
  ) {
    super(message);
  }
  /** The C library's message for the error ("No such file or directory"). */
  get strerror(): string {
    return STRERROR[this.code] ?? this.message.replace(/^[A-Z]+: /, "").replace(/, .*$/, "");
  }
}
