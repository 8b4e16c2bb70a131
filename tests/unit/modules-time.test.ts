// Unit tests for src/modules/time.ts: the clock-independent cases of
// tests/unit/fixtures/modules-time.json (gen-modules-time.py under the oracle), and properties of
// the clocks and the local-time functions that hold on any host.
import assert from "node:assert/strict";
import { test } from "node:test";
import { call, getAttr, repr } from "../../src/objects/abstract.ts";
import { PyFloat } from "../../src/objects/float.ts";
import { module, replay } from "./modules-harness.ts";

test("time: gmtime, struct_time, asctime, strftime, argument errors (oracle cases)", () => {
  replay("modules-time.json");
});

const t = (name: string, ...args: Parameters<typeof call>[1]) => call(getAttr(module("time"), name), args);

test("time: clocks advance and agree", () => {
  const a = (t("time") as PyFloat).value;
  const ns = t("time_ns");
  assert.ok(Math.abs(Number(ns) / 1e9 - a) < 1);
  const m1 = (t("monotonic") as PyFloat).value;
  t("sleep", new PyFloat(0.01));
  const m2 = (t("monotonic") as PyFloat).value;
  assert.ok(m2 - m1 >= 0.009, `monotonic advanced ${m2 - m1}`);
  assert.ok((t("perf_counter") as PyFloat).value > 0);
  assert.ok((t("process_time") as PyFloat).value >= 0);
});

test("time: localtime and mktime round-trip; ctime of the epoch is asctime(localtime(0))", () => {
  for (const secs of [0, 1234567890, 1700000000, 951782400]) {
    const lt = t("localtime", secs);
    assert.equal((t("mktime", lt) as PyFloat).value, secs, repr(lt));
    assert.equal(t("ctime", secs), t("asctime", lt));
  }
});
