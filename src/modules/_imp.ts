// The `_imp` module (Python/import.c, the functions importlib's bootstrap calls): builtin modules
// from the builtin table (src/modules/index.ts), frozen modules (importlib's own bootstrap, compiled
// from the stdlib zip's source), the global import lock, and the pyc parameters. There are no
// extension modules: create_dynamic/exec_dynamic raise ImportError.
import { getAttr, typeName } from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyCode } from "../objects/code.ts";
import { newException, raise, raiseTypeError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { hashParts, keyedHashBytes } from "../objects/hash.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import { asIntValue } from "../objects/numeric.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { newTuple } from "../objects/tuple.ts";
import { importHooks, importState } from "../vm/import.ts";
import { addFunctions, newBuiltinModule, noArgs, oneArg } from "./modutil.ts";

/** Modules the runtime creates itself (no factory): is_builtin answers -1, as for sys/builtins. */
const RUNTIME_MODULES = new Set(["sys", "builtins"]);

/** Python 3.14's pyc magic number (Include/internal/pycore_magic_number.h), with "\r\n". */
const MAGIC_NUMBER = 3627;

let lockCount = 0;
let overrideMultiInterp = 0;

function nameArg(fname: string, v: PyValue): string {
  if (typeof v !== "string") raiseTypeError(`${fname}() argument must be str, not ${typeName(v)}`);
  return v;
}

/** update_code_filenames: the code and every nested code object report `path`. */
function fixCoFilename(co: PyCode, oldName: string, path: string): void {
  if (co.co_filename !== oldName) return;
  co.co_filename = path;
  for (const c of co.co_consts) if (c instanceof PyCode) fixCoFilename(c, oldName, path);
}

export function createImpModule(): PyModule {
  const m = newBuiltinModule("_imp", "(Extremely) low-level import machinery bits as used by importlib.");
  addFunctions(m, {
    is_builtin(args, kw) {
      const name = nameArg("is_builtin", oneArg("is_builtin", args, kw));
      if (RUNTIME_MODULES.has(name)) return -1;
      return importState.builtinTable.has(name) ? 1 : 0;
    },
    create_builtin(args, kw) {
      const spec = oneArg("create_builtin", args, kw);
      const name = getAttr(spec, "name");
      if (typeof name !== "string") raiseTypeError(`name must be string, not ${typeName(name)}`);
      const existing = importState.modules.getStr(name);
      if (RUNTIME_MODULES.has(name) && existing !== undefined) return existing;
      const factory = importState.builtinTable.get(name);
      if (factory === undefined) {
        // create_builtin returns None for an unknown name: the caller raises.
        return None;
      }
      return factory();
    },
    exec_builtin(args, kw) {
      oneArg("exec_builtin", args, kw);
      return 0;
    },
    is_frozen(args, kw) {
      const name = nameArg("is_frozen", oneArg("is_frozen", args, kw));
      return importState.frozen.has(name);
    },
    is_frozen_package(args, kw) {
      const name = nameArg("is_frozen_package", oneArg("is_frozen_package", args, kw));
      const f = importState.frozen.get(name);
      if (f === undefined) {
        const exc = newException(E.PyExc_ImportError, `No such frozen object named '${name}'`);
        (exc as E.PyImportError).name = name;
        throw exc;
      }
      return f.ispkg;
    },
    find_frozen(args, kw) {
      const [name] = bindArgs("find_frozen", args, kw, {
        names: ["", "withdata"],
        required: 1,
        posOnly: 1,
        kwOnlyFrom: 1,
      });
      const f = importState.frozen.get(nameArg("find_frozen", name as PyValue));
      if (f === undefined) return None;
      return newTuple([None, f.ispkg, f.origname]);
    },
    get_frozen_object(args, kw) {
      const [name] = bindArgs("get_frozen_object", args, kw, {
        names: ["name", "data"],
        required: 1,
        posOnly: 2,
      });
      const n = nameArg("get_frozen_object", name as PyValue);
      const code = importHooks.frozenCode(n);
      if (code === null) {
        const exc = newException(E.PyExc_ImportError, `No such frozen object named '${n}'`);
        (exc as E.PyImportError).name = n;
        throw exc;
      }
      return code;
    },
    init_frozen(args, kw) {
      const name = nameArg("init_frozen", oneArg("init_frozen", args, kw));
      if (!importState.frozen.has(name)) return None;
      return importHooks.importModule(name);
    },
    acquire_lock(args, kw) {
      noArgs("acquire_lock", args, kw);
      lockCount++;
      return None;
    },
    release_lock(args, kw) {
      noArgs("release_lock", args, kw);
      if (lockCount === 0) raise(E.PyExc_RuntimeError, "not holding the import lock");
      lockCount--;
      return None;
    },
    lock_held(args, kw) {
      noArgs("lock_held", args, kw);
      return lockCount > 0;
    },
    extension_suffixes(args, kw) {
      noArgs("extension_suffixes", args, kw);
      return new PyList([]);
    },
    create_dynamic(args, kw) {
      const [spec] = bindArgs("create_dynamic", args, kw, {
        names: ["spec", "file"],
        required: 1,
        posOnly: 2,
      });
      const name = getAttr(spec as PyValue, "name");
      const exc = newException(E.PyExc_ImportError, "extension modules are not supported by Typhon");
      (exc as E.PyImportError).name = name;
      throw exc;
    },
    exec_dynamic(args, kw) {
      oneArg("exec_dynamic", args, kw);
      return 0;
    },
    _fix_co_filename(args, kw) {
      const [code, path] = bindArgs("_fix_co_filename", args, kw, {
        names: ["code", "path"],
        required: 2,
        posOnly: 2,
      });
      if (!(code instanceof PyCode))
        raiseTypeError(`_fix_co_filename() argument 1 must be code, not ${typeName(code as PyValue)}`);
      const p = nameArg("_fix_co_filename", path as PyValue);
      if (code.co_filename !== p) fixCoFilename(code, code.co_filename, p);
      return None;
    },
    source_hash(args, kw) {
      const [key, source] = bindArgs("source_hash", args, kw, {
        names: ["key", "source"],
        required: 2,
        posOnly: 0,
        kwOnlyFrom: 0,
      });
      if (!(source instanceof PyBytes))
        raiseTypeError(`a bytes-like object is required, not '${typeName(source as PyValue)}'`);
      const k = asIntValue(key as PyValue);
      if (k === undefined)
        raiseTypeError(`'${typeName(key as PyValue)}' object cannot be interpreted as an integer`);
      // _Py_KeyedHash's 64-bit value, in the machine's (little-endian) byte order.
      keyedHashBytes(BigInt(k), source.data);
      const out = new Uint8Array(8);
      const view = new DataView(out.buffer);
      view.setInt32(0, hashParts[1], true);
      view.setInt32(4, hashParts[0], true);
      return new PyBytes(out);
    },
    _override_multi_interp_extensions_check(args, kw) {
      const v = oneArg("_override_multi_interp_extensions_check", args, kw);
      const prev = overrideMultiInterp;
      overrideMultiInterp = typeof v === "number" ? v : 0;
      return prev;
    },
    _override_frozen_modules_for_tests(args, kw) {
      oneArg("_override_frozen_modules_for_tests", args, kw);
      return None;
    },
    _frozen_module_names(args, kw) {
      noArgs("_frozen_module_names", args, kw);
      return newTuple([...importState.frozen.keys()]);
    },
  });
  m.dict.setStr("check_hash_based_pycs", "default");
  m.dict.setStr("pyc_magic_number_token", MAGIC_NUMBER | (0x0d << 16) | (0x0a << 24));
  return m;
}
