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
}

/** A failed host operation, carrying the POSIX error name (ENOENT, EACCES, ...) and errno. */
export class HostError extends Error {
  constructor(
    readonly code: string,
    readonly errno: number,
    message: string,
  ) {
    super(message);
  }
}
