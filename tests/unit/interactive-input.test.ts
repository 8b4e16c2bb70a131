// When the interactive prompt asks for more input (sys.ps2) and when it runs the statement.
import assert from "node:assert/strict";
import { test } from "node:test";
import { InteractiveBuffer } from "../../src/api/interactive-input.ts";

function feed(lines: string[]): string[] {
  const b = new InteractiveBuffer();
  return lines.map((l) => b.push(l));
}

test("a simple statement is complete at once", () => {
  assert.deepEqual(feed(["1 + 1"]), ["complete"]);
  assert.deepEqual(feed(["x = 5"]), ["complete"]);
  assert.deepEqual(feed([""]), ["complete"]);
});

test("open brackets, strings and continuations ask for more", () => {
  assert.deepEqual(feed(["x = (1,", "2)"]), ["more", "complete"]);
  assert.deepEqual(feed(["s = '''a", "b'''"]), ["more", "complete"]);
  assert.deepEqual(feed(["x = 1 + \\", "2"]), ["more", "complete"]);
});

test("a compound statement reads until an empty line", () => {
  assert.deepEqual(feed(["for i in range(3):", "    print(i)", ""]), ["more", "more", "complete"]);
  assert.deepEqual(feed(["if x:", "    pass", "else:", "    pass", ""]), [
    "more",
    "more",
    "more",
    "more",
    "complete",
  ]);
  assert.deepEqual(feed(["@dec", "def f(): pass", ""]), ["more", "more", "complete"]);
  assert.deepEqual(feed(["try:", "    1/0", "except ZeroDivisionError:", "    pass", ""]), [
    "more",
    "more",
    "more",
    "more",
    "complete",
  ]);
});

test("a syntax error on a simple line is complete (and will be reported)", () => {
  assert.deepEqual(feed(["1 +"]), ["complete"]);
  assert.deepEqual(feed(["x = = 2"]), ["complete"]);
});
