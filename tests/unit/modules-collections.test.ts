// Unit tests for src/modules/_collections.ts: every case of
// tests/unit/fixtures/modules-collections.json (gen-modules-collections.py under the oracle).
import { test } from "node:test";
import { replay } from "./modules-harness.ts";

test("_collections: deque, defaultdict, _count_elements, _tuplegetter", () => {
  replay("modules-collections.json");
});
