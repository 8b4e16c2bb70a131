// Unit tests for the small builtin modules: _string, gc, atexit (oracle cases from
// gen-modules-small.py) and errno (names, numbers and errorcode order of a native Linux CPython,
// gen-errno-native.py: the oracle's Emscripten numbers are not the host's).
import assert from "node:assert/strict";
import { test } from "node:test";
import { call, getAttr, repr } from "../../src/objects/abstract.ts";
import type { PyDict } from "../../src/objects/dict.ts";
import { fixture, module, replay } from "./modules-harness.ts";

test("_string: formatter_parser and formatter_field_name_split", () => {
  replay(
    "modules-small.json",
    (c) => c[0].startsWith("_string.") || c[0] === "builtins.list" || c[0] === "_operator.getitem",
  );
});

test("gc and atexit: interface, return values and argument errors", () => {
  replay("modules-small.json", (c) => c[0].startsWith("gc.") || c[0].startsWith("atexit."));
});

test("errno: Linux names and numbers, errorcode as native CPython builds it", () => {
  const native = fixture("errno-native.json") as unknown as {
    names: Record<string, number>;
    errorcode: [number, string][];
  };
  const m = module("errno");
  for (const [name, num] of Object.entries(native.names)) assert.equal(getAttr(m, name), num, name);
  const ec = getAttr(m, "errorcode") as PyDict;
  const mine: [number, string][] = [];
  for (let i = 0; i < ec.keys.length; i++) {
    const k = ec.keys[i];
    if (k !== undefined) mine.push([k as number, ec.values[i] as string]);
  }
  // 3.14 adds EHWPOISON (133) to the native 3.11 table the fixture was made with
  assert.deepEqual(
    mine.filter(([n]) => n !== 133),
    native.errorcode,
  );
  assert.equal(repr(call(getAttr(ec, "get"), [133])), "'EHWPOISON'");
});
