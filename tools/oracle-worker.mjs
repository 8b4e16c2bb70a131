// Worker thread for tools/oracle.mjs: loads CPython 3.14 (the pyodide package) once and runs
// .py files one at a time as `python3 FILE` would, reporting stdout, stderr and exit status.
import path from "node:path";
import { parentPort } from "node:worker_threads";
import { loadPyodide } from "pyodide";

// The Python side of one run. It mimics Modules/main.c + Python/pythonrun.c for `python3 FILE`:
// a fresh __main__, sys.argv/sys.path[0]/cwd set for the file, an uncaught exception printed by
// sys.excepthook with our own frame cut off, SystemExit turned into a status, atexit run.
const RUNNER = `
import sys, os, io, types, atexit, warnings

def _typhon_oracle_run(path, argv, source):
    saved_modules = dict(sys.modules)
    saved_path = list(sys.path)
    saved_filters = list(warnings.filters)
    saved_limit = sys.getrecursionlimit()
    saved_cwd = os.getcwd()
    saved_main = sys.modules.get("__main__")
    saved_argv = sys.argv
    status = 0
    sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "rb", closefd=False)), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(io.FileIO(1, "wb", closefd=False)), encoding="utf-8", line_buffering=False)
    sys.stderr = io.TextIOWrapper(io.BufferedWriter(io.FileIO(2, "wb", closefd=False)), encoding="utf-8", errors="backslashreplace", line_buffering=True)
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr
    try:
        os.chdir(os.path.dirname(path))
        sys.argv = list(argv)
        sys.path[0:0] = [os.path.dirname(path)]
        main = types.ModuleType("__main__")
        main.__file__ = path
        main.__cached__ = None
        main.__builtins__ = __builtins__
        sys.modules["__main__"] = main
        try:
            code = compile(source, path, "exec")
            exec(code, main.__dict__)
        except SystemExit as e:
            status = _exit_status(e)
        except BaseException as e:
            tb = e.__traceback__
            if not isinstance(e, SyntaxError) or tb is not None:
                # drop this runner's frame, keep the script's
                tb = tb.tb_next if tb is not None else None
            e.__traceback__ = tb
            sys.excepthook(type(e), e, tb)
            status = 1
        try:
            atexit._run_exitfuncs()
        except SystemExit as e:
            status = _exit_status(e)
        for f in (sys.stdout, sys.stderr):
            try:
                f.flush()
            except Exception:
                pass
    finally:
        atexit._clear()
        sys.argv = saved_argv
        sys.path[:] = saved_path
        warnings.filters[:] = saved_filters
        sys.setrecursionlimit(saved_limit)
        sys.settrace(None)
        sys.setprofile(None)
        for name in list(sys.modules):
            if name not in saved_modules:
                del sys.modules[name]
        sys.modules.update(saved_modules)
        if saved_main is not None:
            sys.modules["__main__"] = saved_main
        os.chdir(saved_cwd)
    return status

def _exit_status(e):
    code = e.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        sys.stderr.write(str(code) + "\\n")
        sys.stderr.flush()
    except Exception:
        pass
    return 1
`;

let stdoutChunks = [];
let stderrChunks = [];
let stdinBytes = new Uint8Array(0);
let stdinPos = 0;

const py = await loadPyodide({
  env: { PYTHONHASHSEED: "0", HOME: "/home/pyodide", LANG: "C.UTF-8" },
  stdout: undefined,
  stderr: undefined,
});
py.setStdout({
  write(buf) {
    stdoutChunks.push(Buffer.from(buf));
    return buf.length;
  },
  isatty: false,
});
py.setStderr({
  write(buf) {
    stderrChunks.push(Buffer.from(buf));
    return buf.length;
  },
  isatty: false,
});
py.setStdin({
  read(buf) {
    const n = Math.min(buf.length, stdinBytes.length - stdinPos);
    buf.set(stdinBytes.subarray(stdinPos, stdinPos + n));
    stdinPos += n;
    return n;
  },
  isatty: false,
});
py.runPython(RUNNER);
const run = py.globals.get("_typhon_oracle_run");

const mounted = new Set();
function mountFor(dir) {
  // Make the host folder visible at the same absolute path inside Pyodide's file system, so
  // paths in tracebacks are the ones `python3` would print on the host.
  const parts = dir.split(path.sep).filter(Boolean);
  const top = parts[0] === "lib" ? dir : `/${parts[0]}`;
  if (mounted.has(top)) return;
  py.FS.mkdirTree(top);
  py.FS.mount(py.FS.filesystems.NODEFS, { root: top }, top);
  mounted.add(top);
}

parentPort.on("message", (msg) => {
  const { file, argv, stdin, source } = msg;
  stdoutChunks = [];
  stderrChunks = [];
  stdinBytes = stdin ? new Uint8Array(stdin) : new Uint8Array(0);
  stdinPos = 0;
  let status;
  try {
    mountFor(path.dirname(file));
    const src = py.toPy(new Uint8Array(source));
    const pysrc = py.runPython("lambda b: bytes(b)")(src);
    status = run(file, py.toPy(argv), pysrc);
    src.destroy?.();
    pysrc.destroy?.();
  } catch (e) {
    parentPort.postMessage({ file, error: String(e?.stack ? e.stack : e) });
    return;
  }
  parentPort.postMessage({
    file,
    status,
    stdout: Buffer.concat(stdoutChunks).toString("latin1"),
    stderr: Buffer.concat(stderrChunks).toString("latin1"),
  });
});
parentPort.postMessage({ ready: true });
