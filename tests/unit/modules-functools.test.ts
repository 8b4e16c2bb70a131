// Unit tests for src/modules/_functools.ts: every case of tests/unit/fixtures/modules-functools.json
// (gen-modules-functools.py under the oracle, CPython 3.14.2).
import { test } from "node:test";
import { replay } from "./modules-harness.ts";

test("_functools: reduce, partial with Placeholder, cmp_to_key", () => {
  replay("modules-functools.json");
});
