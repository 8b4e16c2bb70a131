// Unit tests for the numeric types and hashing (src/objects/hash.ts, int.ts, float-methods.ts,
// complex-methods.ts, format-spec.ts). Expected values come from generated fixtures:
//   tests/unit/fixtures/hashes.json   native 64-bit CPython 3.13, PYTHONHASHSEED=0 (gen-hashes.py)
//   tests/unit/fixtures/numbers.json  the oracle, CPython 3.14.2 (gen-numbers.py via tools/oracle.mjs)
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import "../../src/objects/index.ts";
import { hashBytes, hashComplex, hashFloat, hashInt, hashStr, hashTuple } from "../../src/objects/hash.ts";

const FIXTURES = path.join(process.cwd(), "tests", "unit", "fixtures");
function fixture(name: string): any {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8"));
}

function parseFloatRepr(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  return Number(s);
}

function toBig(v: number | bigint): bigint {
  return BigInt(v);
}

function intFrom(s: string): number | bigint {
  const b = BigInt(s);
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

const hashes = fixture("hashes.json");

test("hash(str) matches 64-bit CPython with PYTHONHASHSEED=0", () => {
  for (const [s, h] of hashes.str) assert.equal(toBig(hashStr(s)), BigInt(h), JSON.stringify(s));
});

test("hash(bytes)", () => {
  for (const [hex, h] of hashes.bytes)
    assert.equal(toBig(hashBytes(Buffer.from(hex, "hex"))), BigInt(h), hex);
});

test("hash(int)", () => {
  for (const [i, h] of hashes.int) {
    const r = hashInt(intFrom(i));
    assert.equal(toBig(r), BigInt(h), i);
    assert.ok(typeof r === "number" || !Number.isSafeInteger(Number(r)), `normalised ${i}`);
  }
});

test("hash(float)", () => {
  for (const [f, h] of hashes.float) assert.equal(toBig(hashFloat(parseFloatRepr(f))), BigInt(h), f);
});

test("hash(complex)", () => {
  for (const [re, im, h] of hashes.complex)
    assert.equal(toBig(hashComplex(parseFloatRepr(re), parseFloatRepr(im))), BigInt(h), `${re} ${im}`);
});

function hashDesc(d: any): number | bigint {
  if ("int" in d) return hashInt(intFrom(d.int));
  if ("float" in d) return hashFloat(parseFloatRepr(d.float));
  if ("str" in d) return hashStr(d.str);
  return hashTuple(d.tuple.map(hashDesc));
}

test("hash(tuple)", () => {
  for (const [d, h] of hashes.tuple) assert.equal(toBig(hashDesc(d)), BigInt(h), JSON.stringify(d));
});
