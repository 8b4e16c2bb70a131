// sys.warnoptions (-W, PYTHONWARNINGS) applied at start-up by the _warnings module: differential
// cases run as `python3 FILE` and cannot pass -W, so the command-line side is checked here
// (the rules are Lib/_py_warnings.py's _setoption/_getaction/_getcategory).
import assert from "node:assert/strict";
import { test } from "node:test";
import { runProgram } from "../../src/api/run.ts";
import { NodeHost } from "../../src/host/node.ts";

function run(source: string, warnOptions: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const dec = (d: Uint8Array | string) => (typeof d === "string" ? d : new TextDecoder().decode(d));
  const host = new NodeHost();
  Object.assign(host, {
    readStdin: () => new Uint8Array(),
    writeStdout: (d: Uint8Array | string) => {
      stdout += dec(d);
    },
    writeStderr: (d: Uint8Array | string) => {
      stderr += dec(d);
    },
    fdIsatty: () => false,
  });
  const status = runProgram(host, {
    source: new TextEncoder().encode(source),
    filename: "<string>",
    argv: ["-c"],
    warnOptions,
  });
  return { status, stdout, stderr };
}

test("sys.warnoptions holds the options", () => {
  const r = run("import sys\nprint(sys.warnoptions)\n", ["error", "ignore::DeprecationWarning"]);
  assert.equal(r.stdout, "['error', 'ignore::DeprecationWarning']\n");
});

test("-W error turns a warning into an exception", () => {
  const r = run("import _warnings\n_warnings.warn('boom')\n", ["error"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /UserWarning: boom\n$/);
});

test("later options take precedence (each is inserted at the front)", () => {
  const r = run(
    "import _warnings\n_warnings.warn('quiet', DeprecationWarning)\nprint(_warnings.filters[0][:3])\n",
    ["error", "ignore::DeprecationWarning"],
  );
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "('ignore', None, <class 'DeprecationWarning'>)\n");
});

test("-W default shows DeprecationWarning outside __main__'s default filter too", () => {
  const r = run("import _warnings\n_warnings.warn('dep', DeprecationWarning)\n", ["d"]);
  assert.equal(r.stderr, "<string>:2: DeprecationWarning: dep\n");
});

test("message, module and line number fields", () => {
  const src = "import _warnings\n_warnings.warn('Hello there')\n_warnings.warn('other')\n";
  const r = run(src, ["error:hello:UserWarning:__main__:2"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /UserWarning: Hello there\n$/);
  const r2 = run(src, ["error::UserWarning:elsewhere"]);
  assert.equal(r2.status, 0);
  const r3 = run(src, ["error:::__main__:3"]);
  assert.equal(r3.status, 1);
  assert.match(r3.stderr, /UserWarning: other\n$/);
});

test("invalid options are reported and ignored", () => {
  const r = run("print('ran')\n", [
    "bogus",
    "::NoSuchWarning",
    "::int",
    "a:b:c:d:e:f",
    "::::x",
    "::::-1",
    "error::nosuchmodule.Warning",
  ]);
  assert.equal(r.stdout, "ran\n");
  assert.equal(
    r.stderr,
    "Invalid -W option ignored: invalid action: 'bogus'\n" +
      "Invalid -W option ignored: unknown warning category: 'NoSuchWarning'\n" +
      "Invalid -W option ignored: invalid warning category: 'int'\n" +
      "Invalid -W option ignored: too many fields (max 5): 'a:b:c:d:e:f'\n" +
      "Invalid -W option ignored: invalid lineno 'x'\n" +
      "Invalid -W option ignored: invalid lineno -1\n" +
      "Invalid -W option ignored: invalid module name: 'nosuchmodule'\n",
  );
});

test("compile-time SyntaxWarnings follow the options", () => {
  assert.equal(run("x = 1\nprint(x is 1)\n", ["ignore"]).stderr, "");
  const r = run("x = 1\nprint(x is 1)\n", ["error::SyntaxWarning"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /SyntaxError: "is" with 'int' literal. Did you mean "=="\?\n$/);
});
