// The Node.js host: the only place besides src/cli/ that imports node:* modules.
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { type Host, HostError, type HostStat } from "./host.ts";

function hostError(e: unknown): HostError {
  const err = e as NodeJS.ErrnoException;
  const code = err.code ?? "EIO";
  const errno = (os.constants.errno as Record<string, number>)[code] ?? 5;
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

export class NodeHost implements Host {
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
}
