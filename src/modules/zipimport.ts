// The `zipimport` module (Lib/zipimport.py, which CPython freezes) in TypeScript: zipimporter
// reads a zip archive's central directory once through the host and inflates entries on demand,
// so the stdlib zip on sys.path costs one read at start-up and no Python-level zip parsing.
// The API, messages and spec/loader behaviour are zipimport.py's; source entries only (.py):
// like a zip without .pyc files in CPython, modules are compiled from source.
import type { Host } from "../host/host.ts";
import { call, getAttr, typeName } from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { PyBytes } from "../objects/bytes.ts";
import { defineMembers, defineMethods } from "../objects/descr.ts";
import { newException, raiseTypeError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { TPFLAGS_BASE_EXC_SUBCLASS, TPFLAGS_BASETYPE } from "../objects/type.ts";
import { makeBuiltinType, objectType, typeOf } from "../objects/typeobjects.ts";
import { compileSource } from "../vm/compile.ts";
import { importHooks } from "../vm/import.ts";
import { host } from "./_io/iobase.ts";
import { newBuiltinModule, oneArg } from "./modutil.ts";

const SEP = "/";

/** One central directory entry (zipimport.py's toc_entry tuple). */
interface ZipEntry {
  /** archive + SEP + name */
  path: string;
  compress: number;
  dataSize: number;
  fileSize: number;
  fileOffset: number;
  time: number;
  date: number;
  crc: number;
}

interface ZipDirectory {
  data: Uint8Array;
  files: Map<string, ZipEntry | null>;
}

/** _zip_directory_cache: archive path -> its directory (null marks an implicit directory). */
const directoryCache = new Map<string, ZipDirectory>();

export const zipImportErrorType = makeBuiltinType(
  "zipimport.ZipImportError",
  [E.PyExc_ImportError],
  TPFLAGS_BASETYPE | TPFLAGS_BASE_EXC_SUBCLASS,
);
zipImportErrorType.hasInstanceDict = true;

export const zipimporterType = makeBuiltinType("zipimport.zipimporter", [objectType]);
zipimporterType.hasInstanceDict = true;

class PyZipImporter extends PyObject {
  archive = "";
  prefix = "";
}

function zipError(msg: string, kw: Record<string, PyValue> = {}): never {
  const names = Object.keys(kw);
  throw call(zipImportErrorType, [msg, ...names.map((k) => kw[k])], names.length ? names : null);
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

/** _read_directory: the central directory of `archive` (no zip64: the stdlib zip is small). */
function readDirectory(h: Host, archive: string): ZipDirectory {
  let data: Uint8Array;
  try {
    data = h.readFile(archive);
  } catch {
    zipError(`can't open Zip file: '${archive}'`, { path: archive });
  }
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (data[i] === 0x50 && data[i + 1] === 0x4b && data[i + 2] === 5 && data[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) zipError(`not a Zip file: '${archive}'`, { path: archive });
  const count = u16(data, eocd + 10);
  const size = u32(data, eocd + 12);
  let pos = u32(data, eocd + 16);
  const arcOffset = eocd - size - pos;
  if (arcOffset < 0) zipError(`bad central directory size or offset: '${archive}'`, { path: archive });
  pos += arcOffset;
  const files = new Map<string, ZipEntry | null>();
  const dec = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (u32(data, pos) !== 0x02014b50) zipError(`bad central directory: '${archive}'`, { path: archive });
    const flags = u16(data, pos + 8);
    const compress = u16(data, pos + 10);
    const time = u16(data, pos + 12);
    const date = u16(data, pos + 14);
    const crc = u32(data, pos + 16);
    const dataSize = u32(data, pos + 20);
    const fileSize = u32(data, pos + 24);
    const nameSize = u16(data, pos + 28);
    const headerSize = 46 + nameSize + u16(data, pos + 30) + u16(data, pos + 32);
    const fileOffset = u32(data, pos + 42) + arcOffset;
    const raw = data.subarray(pos + 46, pos + 46 + nameSize);
    // Non-UTF-8 names are cp437 in zipimport.py; the stdlib zip's are ASCII.
    const name = flags & 0x800 ? dec.decode(raw) : String.fromCharCode(...raw);
    files.set(name, {
      path: archive + SEP + name,
      compress,
      dataSize,
      fileSize,
      fileOffset,
      time,
      date,
      crc,
    });
    pos += headerSize;
  }
  // Implicit directories (zipimport.py adds every parent directory of every entry).
  for (const name of [...files.keys()]) {
    for (let i = name.lastIndexOf(SEP, name.length - 2); i > 0; i = name.lastIndexOf(SEP, i - 1)) {
      const dir = name.slice(0, i + 1);
      if (files.has(dir)) break;
      files.set(dir, null);
    }
  }
  return { data, files };
}

function getDirectory(z: PyZipImporter): ZipDirectory {
  let d = directoryCache.get(z.archive);
  if (d === undefined) {
    d = readDirectory(host(), z.archive);
    directoryCache.set(z.archive, d);
  }
  return d;
}

/** _get_data: the uncompressed bytes of an entry. */
function getData(archive: string, dir: ZipDirectory, e: ZipEntry): Uint8Array {
  const b = dir.data;
  const off = e.fileOffset;
  if (u32(b, off) !== 0x04034b50) zipError(`bad local file header: '${archive}'`, { path: archive });
  const start = off + 30 + u16(b, off + 26) + u16(b, off + 28);
  const raw = b.subarray(start, start + e.dataSize);
  if (e.compress === 0) return raw.slice();
  if (e.compress !== 8) zipError("can't decompress data; zlib not available");
  return host().inflateRaw(raw);
}

function asZip(self: PyValue): PyZipImporter {
  if (!(self instanceof PyZipImporter))
    raiseTypeError(`descriptor requires a 'zipimport.zipimporter' object`);
  return self;
}

/** _get_module_path */
function modulePath(z: PyZipImporter, fullname: string): string {
  return z.prefix + fullname.slice(fullname.lastIndexOf(".") + 1);
}

/** _get_module_info: true for a package, false for a module, null when not found. */
function moduleInfo(z: PyZipImporter, fullname: string): boolean | null {
  const path = modulePath(z, fullname);
  const files = getDirectory(z).files;
  if (files.get(`${path}${SEP}__init__.py`)) return true;
  if (files.get(`${path}.py`)) return false;
  return null;
}

function sourceEntry(z: PyZipImporter, fullname: string): [ZipEntry, boolean] | null {
  const path = modulePath(z, fullname);
  const files = getDirectory(z).files;
  const pkg = files.get(`${path}${SEP}__init__.py`);
  if (pkg) return [pkg, true];
  const mod = files.get(`${path}.py`);
  if (mod) return [mod, false];
  return null;
}

function strArg(fname: string, v: PyValue): string {
  if (typeof v !== "string") raiseTypeError(`${fname}() argument must be str, not ${typeName(v)}`);
  return v;
}

/** _get_module_code: (code, ispackage, modpath). */
function moduleCode(z: PyZipImporter, fullname: string): [PyValue, boolean, string] {
  const found = sourceEntry(z, fullname);
  if (found === null) zipError(`can't find module '${fullname}'`, { name: fullname });
  const [entry, ispkg] = found;
  const data = getData(z.archive, getDirectory(z), entry);
  return [compileSource(data, entry.path, "exec"), ispkg, entry.path];
}

function bootstrap(): PyValue {
  return importHooks.bootstrap();
}

zipimporterType.tp_new = (type) => new PyZipImporter(type);
zipimporterType.tp_init = (self, args, kwnames) => {
  const [path] = bindArgs("zipimporter", args, kwnames, { names: ["path"], required: 1, posOnly: 0 });
  const z = self as PyZipImporter;
  if (typeof path !== "string") raiseTypeError(`expected str, not ${typeName(path as PyValue)}`);
  if (path === "") zipError("archive path is empty", { path });
  const h = host();
  let p = path;
  const prefix: string[] = [];
  for (;;) {
    const st = h.stat(p);
    if (st === null) {
      const i = p.lastIndexOf(SEP);
      const dirname = i < 0 ? "" : i === 0 ? SEP : p.slice(0, i);
      if (dirname === p || dirname === "") zipError("not a Zip file", { path: p });
      prefix.push(p.slice(i + 1));
      p = dirname;
      continue;
    }
    if (!st.isFile) zipError("not a Zip file", { path: p });
    break;
  }
  z.archive = p;
  if (!directoryCache.has(p)) directoryCache.set(p, readDirectory(h, p));
  z.prefix = prefix.length ? `${prefix.reverse().join(SEP)}${SEP}` : "";
};

zipimporterType.tp_repr = (self) => {
  const z = asZip(self);
  return `<zipimporter object "${z.archive}${SEP}${z.prefix}">`;
};

defineMembers(zipimporterType, {
  archive: { get: (s) => asZip(s).archive },
  prefix: { get: (s) => asZip(s).prefix },
});

defineMethods(zipimporterType, {
  find_spec(self, args, kwnames) {
    const [fullname] = bindArgs("find_spec", args, kwnames, {
      names: ["fullname", "target"],
      required: 1,
      posOnly: 0,
    });
    const z = asZip(self);
    const name = strArg("find_spec", fullname as PyValue);
    const info = moduleInfo(z, name);
    const bs = bootstrap();
    if (info !== null) return call(getAttr(bs, "spec_from_loader"), [name, z, info], ["is_package"]);
    // A directory without __init__.py: a namespace package portion.
    const modpath = modulePath(z, name);
    if (getDirectory(z).files.has(modpath + SEP)) {
      const spec = call(getAttr(bs, "ModuleSpec"), [name, None, true], ["name", "loader", "is_package"]);
      call(getAttr(getAttr(spec, "submodule_search_locations"), "append"), [`${z.archive}${SEP}${modpath}`]);
      return spec;
    }
    return None;
  },
  get_code(self, args, kwnames) {
    const name = strArg("get_code", oneArg("get_code", args, kwnames));
    return moduleCode(asZip(self), name)[0];
  },
  get_filename(self, args, kwnames) {
    const name = strArg("get_filename", oneArg("get_filename", args, kwnames));
    const found = sourceEntry(asZip(self), name);
    if (found === null) zipError(`can't find module '${name}'`, { name });
    return found[0].path;
  },
  get_source(self, args, kwnames) {
    const name = strArg("get_source", oneArg("get_source", args, kwnames));
    const z = asZip(self);
    if (moduleInfo(z, name) === null) zipError(`can't find module '${name}'`, { name });
    const found = sourceEntry(z, name);
    if (found === null) return None;
    return new TextDecoder().decode(getData(z.archive, getDirectory(z), found[0]));
  },
  get_data(self, args, kwnames) {
    let pathname = strArg("get_data", oneArg("get_data", args, kwnames));
    const z = asZip(self);
    let key = pathname;
    if (pathname.startsWith(z.archive + SEP)) key = pathname.slice(z.archive.length + 1);
    const dir = getDirectory(z);
    const e = dir.files.get(key);
    if (e === undefined || e === null) {
      pathname = key;
      throw newException(E.PyExc_OSError, 0, "", pathname);
    }
    return new PyBytes(getData(z.archive, dir, e));
  },
  is_package(self, args, kwnames) {
    const name = strArg("is_package", oneArg("is_package", args, kwnames));
    const info = moduleInfo(asZip(self), name);
    if (info === null) zipError(`can't find module '${name}'`, { name });
    return info;
  },
  create_module(_self, args, kwnames) {
    oneArg("create_module", args, kwnames);
    return None;
  },
  exec_module(self, args, kwnames) {
    const module = oneArg("exec_module", args, kwnames);
    const name = getAttr(module, "__name__");
    const code = moduleCode(asZip(self), strArg("exec_module", name))[0];
    // _LoaderBasics.exec_module: exec through _call_with_frames_removed, so tracebacks drop the
    // import machinery's frames as CPython does.
    const bs = bootstrap();
    const exec = importHooks.builtin("exec");
    call(getAttr(bs, "_call_with_frames_removed"), [exec, code, getAttr(module, "__dict__")]);
    return None;
  },
  load_module(self, args, kwnames) {
    const name = oneArg("load_module", args, kwnames);
    return call(getAttr(bootstrap(), "_load_module_shim"), [self, name]);
  },
  get_resource_reader(self, args, kwnames) {
    const name = oneArg("get_resource_reader", args, kwnames);
    const readers = importHooks.importModule("importlib.readers");
    return call(getAttr(readers, "ZipReader"), [self, name]);
  },
  invalidate_caches(self, args, kwnames) {
    if (args.length !== 0 || (kwnames !== null && kwnames.length > 0))
      raiseTypeError(`invalidate_caches() takes no arguments (${args.length} given)`);
    const z = asZip(self);
    try {
      directoryCache.set(z.archive, readDirectory(host(), z.archive));
    } catch (e) {
      if (!(e instanceof E.PyBaseException && typeOf(e) === zipImportErrorType)) throw e;
      directoryCache.delete(z.archive);
    }
    return None;
  },
});

export function createZipimportModule(): PyModule {
  const m = newBuiltinModule(
    "zipimport",
    "zipimport provides support for importing Python modules from Zip archives.",
  );
  m.dict.setStr("ZipImportError", zipImportErrorType);
  m.dict.setStr("zipimporter", zipimporterType);
  m.dict.setStr("__all__", new PyList(["ZipImportError", "zipimporter"]));
  return m;
}

/** The bytes of `name` inside the zip `archive`, or null (the runtime reads importlib's source so). */
export function readZipEntry(h: Host, archive: string, name: string): Uint8Array | null {
  let d = directoryCache.get(archive);
  if (d === undefined) {
    try {
      d = readDirectory(h, archive);
    } catch {
      return null;
    }
    directoryCache.set(archive, d);
  }
  const e = d.files.get(name);
  if (e === undefined || e === null) return null;
  if (e.compress === 0) {
    const b = d.data;
    const start = e.fileOffset + 30 + u16(b, e.fileOffset + 26) + u16(b, e.fileOffset + 28);
    return b.slice(start, start + e.dataSize);
  }
  const b = d.data;
  const start = e.fileOffset + 30 + u16(b, e.fileOffset + 26) + u16(b, e.fileOffset + 28);
  return h.inflateRaw(b.subarray(start, start + e.dataSize));
}
