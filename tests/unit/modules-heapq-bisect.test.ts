// Unit tests for src/modules/_heapq.ts and src/modules/_bisect.ts: every case of
// tests/unit/fixtures/modules-heapq-bisect.json (gen-modules-heapq-bisect.py under the oracle).
import { test } from "node:test";
import { replay } from "./modules-harness.ts";

test("_heapq: heap functions and max-heap variants give CPython's heap order", () => {
  replay("modules-heapq-bisect.json", (c) => c[0].startsWith("_heapq."));
});

test("_bisect: bisect/insort with lo, hi, key", () => {
  replay("modules-heapq-bisect.json", (c) => c[0].startsWith("_bisect."));
});
