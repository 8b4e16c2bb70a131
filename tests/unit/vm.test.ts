// The VM's internals that differential cases cannot reach (the oracle itself cannot run them, or
// they depend on how JS errors are converted): deep recursion through nested re-entry, JS stack
// overflow -> RecursionError, internal JS errors -> SystemError, and the traceback printer's caret
// anchors (Lib/traceback.py's _extract_caret_anchors_from_line_segment, which uses `ast`).
import assert from "node:assert/strict";
import { test } from "node:test";
import { runProgram } from "../../src/api/run.ts";
import { NodeHost } from "../../src/host/node.ts";
import { builtinModuleFactories } from "../../src/modules/index.ts";
import { addFunction, newBuiltinModule } from "../../src/modules/modutil.ts";
import { extractCaretAnchors } from "../../src/vm/traceback-print.ts";

function run(source: string): { status: number; stdout: string; stderr: string } {
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
  });
  return { status, stdout, stderr };
}

test("Python recursion deeper than the JS stack runs on heap frames", () => {
  const r = run(
    "import sys\nsys.setrecursionlimit(100000)\ndef d(n):\n    return 0 if n == 0 else d(n - 1) + 1\nprint(d(50000))\n",
  );
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "50000\n");
  assert.equal(r.status, 0);
});

test("beyond the recursion limit: RecursionError", () => {
  const r = run(
    "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n",
  );
  assert.equal(r.stdout, "maximum recursion depth exceeded\n");
});

test("a JS stack overflow in nested re-entry (__repr__ recursion) becomes RecursionError", () => {
  const r = run(
    "class A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(A())\nexcept RecursionError as e:\n    print(type(e).__name__, e)\n",
  );
  assert.equal(r.stdout, "RecursionError maximum recursion depth exceeded\n");
  assert.equal(r.status, 0);
});

test("an internal JS error becomes SystemError naming the place, never a JS stack", () => {
  builtinModuleFactories.set("_jsboom", () => {
    const m = newBuiltinModule("_jsboom");
    addFunction(m, "f", () => {
      throw new TypeError("boom");
    });
    return m;
  });
  try {
    const r = run(
      "import _jsboom\ntry:\n    _jsboom.f()\nexcept SystemError as e:\n    print(str(e).startswith('internal error in typhon: TypeError: boom'))\n_jsboom.f()\n",
    );
    assert.equal(r.stdout, "True\n");
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^Traceback \(most recent call last\):\n/);
    assert.match(r.stderr, /\nSystemError: internal error in typhon: TypeError: boom/);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  } finally {
    builtinModuleFactories.delete("_jsboom");
  }
});

test("uncaught exceptions print CPython's traceback with carets", () => {
  const r = run("x = 0\ndef f():\n    return 1 / x\nf()\n");
  assert.equal(r.status, 1);
  assert.equal(
    r.stderr,
    'Traceback (most recent call last):\n  File "<string>", line 4, in <module>\n    f()\n    ~^^\n  File "<string>", line 3, in f\n    return 1 / x\n           ~~^~~\nZeroDivisionError: division by zero\n',
  );
});

test("SystemExit: None -> 0, int -> status, other -> printed and 1", () => {
  assert.equal(run("raise SystemExit").status, 0);
  assert.equal(run("raise SystemExit(3)").status, 3);
  const r = run("import sys\nsys.exit('bye')\n");
  assert.equal(r.status, 1);
  assert.equal(r.stderr, "bye\n");
});

test("caret anchors: binary operators, subscripts and calls", () => {
  const bin = extractCaretAnchors("a + b");
  assert.deepEqual(bin && [bin.leftEndOffset, bin.rightStartOffset], [2, 3]);
  const pow = extractCaretAnchors("a ** b");
  assert.deepEqual(pow && [pow.leftEndOffset, pow.rightStartOffset], [2, 4]);
  const lowest = extractCaretAnchors("a * b + c * d");
  assert.deepEqual(lowest && [lowest.leftEndOffset, lowest.rightStartOffset], [6, 7]);
  const sub = extractCaretAnchors("d['k']");
  assert.deepEqual(sub && [sub.leftEndOffset, sub.rightStartOffset], [1, 6]);
  const call = extractCaretAnchors("obj.method(1, 2)");
  assert.deepEqual(call && [call.leftEndOffset, call.rightStartOffset], [10, 16]);
  assert.equal(extractCaretAnchors("a.b"), null);
  assert.equal(extractCaretAnchors("-a"), null);
  assert.equal(extractCaretAnchors("a < b"), null);
  assert.equal(extractCaretAnchors("(a)"), null);
});
