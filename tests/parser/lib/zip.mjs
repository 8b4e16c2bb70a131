// A small reader for .zip archives (enough for python_stdlib.zip): reads the central directory and
// inflates members with node:zlib. No ZIP64, no encryption: neither occurs in the stdlib zip.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

/** The project root (tests/parser/lib/ is three levels below it). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** CPython 3.14's pure-Python stdlib, as shipped by the pyodide package. */
export const STDLIB_ZIP = path.join(ROOT, "node_modules/pyodide/python_stdlib.zip");

const EOCD_SIG = 0x06054b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

/** Finds the end-of-central-directory record, searching back over a possible archive comment. */
function findEndRecord(buf) {
  const lowest = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= lowest; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) return i;
  }
  throw new Error("not a zip file (no end-of-central-directory record)");
}

/** Lists the archive's members: [{ name, method, compressedSize, size, localOffset }]. */
function readCentralDirectory(buf) {
  const end = findEndRecord(buf);
  const count = buf.readUInt16LE(end + 10);
  let pos = buf.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(pos) !== CENTRAL_SIG) throw new Error(`bad central directory entry at ${pos}`);
    const nameLen = buf.readUInt16LE(pos + 28);
    const extraLen = buf.readUInt16LE(pos + 30);
    const commentLen = buf.readUInt16LE(pos + 32);
    entries.push({
      name: buf.toString("utf8", pos + 46, pos + 46 + nameLen),
      method: buf.readUInt16LE(pos + 10),
      compressedSize: buf.readUInt32LE(pos + 20),
      size: buf.readUInt32LE(pos + 24),
      localOffset: buf.readUInt32LE(pos + 42),
    });
    pos += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed bytes of one member. */
function extract(buf, entry) {
  const at = entry.localOffset;
  if (buf.readUInt32LE(at) !== LOCAL_SIG) throw new Error(`bad local header for ${entry.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const raw = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(raw);
  if (entry.method === 8) return zlib.inflateRawSync(raw);
  throw new Error(`${entry.name}: unsupported compression method ${entry.method}`);
}

/**
 * Reads every member whose name matches `filter` (default: *.py), in archive order.
 * Returns Map(name -> Buffer).
 */
export function readZip(file = STDLIB_ZIP, filter = (name) => name.endsWith(".py")) {
  const buf = fs.readFileSync(file);
  const out = new Map();
  for (const entry of readCentralDirectory(buf)) {
    if (filter(entry.name)) out.set(entry.name, extract(buf, entry));
  }
  return out;
}
