// Unit tests for src/modules/_sre: every pattern of tests/unit/fixtures/sre.json
// (tools/gen-sre-fixtures.py under the oracle) is compiled from the code CPython's re/_compiler.py
// produced, and match/search/fullmatch/findall/finditer/split/sub/subn/scanner results are compared
// by repr with CPython's. Replacement templates come from the fixture too (a stand-in
// re._compile_template returns _sre.template(pattern, <the list CPython's parser built>)), so no
// Python code runs. Also the case and class tables against CPython's Unicode data.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import "../../src/objects/index.ts";
import { addFunction, newBuiltinModule } from "../../src/modules/modutil.ts";
import { importBuiltinModule } from "../../src/modules/registry.ts";
import { call, getAttr, iter, next, str as pyStr, repr } from "../../src/objects/abstract.ts";
import { PyByteArray } from "../../src/objects/bytearray.ts";
import { PyBytes } from "../../src/objects/bytes.ts";
import { PyDict } from "../../src/objects/dict.ts";
import { PyBaseException } from "../../src/objects/exceptions.ts";
import { newList } from "../../src/objects/list.ts";
import type { PyModule } from "../../src/objects/module.ts";
import type { PyValue } from "../../src/objects/object.ts";
import { objectHooks } from "../../src/objects/object-type.ts";
import { None } from "../../src/objects/singletons.ts";
import { newTuple } from "../../src/objects/tuple.ts";

type Enc = null | number | string | { b: string; t: string } | { l: Enc[] } | { bool: boolean };
interface Entry {
  pattern: Enc;
  flags: number;
  code: (number | "R")[];
  groups: number;
  groupindex: [string, number][];
  indexgroup: (string | null)[];
  repr: string;
  templates: [Enc, Enc][];
  cases: [string, Enc[], string][];
}
interface Fixture {
  patterns: Entry[];
  tables: {
    tolower: [number, number][];
    iscased: number[];
    classes: [number, number][];
    unassigned: number[];
  };
}

const FIX: Fixture = JSON.parse(
  fs.readFileSync(path.join(process.cwd(), "tests", "unit", "fixtures", "sre.json"), "utf8"),
);

/**
 * Code points CPython 3.14 (Unicode 16.0) has unassigned: the host's Unicode data may be newer
 * (Node 20 can ship 17.0), so characters assigned since then classify differently by design.
 */
function unassignedInCPython(c: number): boolean {
  const b = FIX.tables.unassigned;
  let lo = 0;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b[mid] <= c) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

const sre = importBuiltinModule("_sre") as PyModule;
const MAXREPEAT = getAttr(sre, "MAXREPEAT");

function decode(e: Enc): PyValue {
  if (e === null) return None;
  if (typeof e === "number" || typeof e === "string") return e;
  if ("bool" in e) return e.bool;
  if ("l" in e) return newList(e.l.map(decode));
  const hex = e.b;
  const data = new Uint8Array(hex.length / 2);
  for (let i = 0; i < data.length; i++) data[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return e.t === "bytearray" ? new PyByteArray(data) : new PyBytes(data);
}

// The stand-in for re._compile_template: the template list CPython built for this pattern.
let templates = new Map<string, Enc>();
const fakeRe = newBuiltinModule("re");
addFunction(fakeRe, "_compile_template", (args) => {
  const t = templates.get(repr(args[1]));
  if (t === undefined) throw new Error(`no recorded template for ${repr(args[1])}`);
  return call(getAttr(sre, "template"), [args[0], decode(t)]);
});
objectHooks.importModule = (name: string) => {
  if (name !== "re") throw new Error(`unexpected import ${name}`);
  return fakeRe;
};

function compile(e: Entry): PyValue {
  const gi = new PyDict();
  for (const [k, v] of e.groupindex) gi.setItem(k, v);
  const code = newList(e.code.map((x) => (x === "R" ? MAXREPEAT : x)));
  return call(getAttr(sre, "compile"), [
    decode(e.pattern),
    e.flags,
    code,
    e.groups,
    gi,
    newTuple(e.indexgroup.map((x) => (x === null ? None : x))),
  ]);
}

function matchInfo(m: PyValue): PyValue {
  if (m === None) return None;
  return newTuple([
    m,
    getAttr(m, "regs"),
    getAttr(m, "lastindex"),
    getAttr(m, "lastgroup"),
    call(getAttr(m, "groupdict"), []),
    getAttr(m, "pos"),
    getAttr(m, "endpos"),
  ]);
}

function runCase(p: PyValue, method: string, args: PyValue[]): string {
  try {
    let r: PyValue;
    if (method === "scanner.match") {
      const sc = call(getAttr(p, "scanner"), args);
      const items: PyValue[] = [];
      for (;;) {
        const m = call(getAttr(sc, "match"), []);
        if (m === None || items.length >= 20) break;
        items.push(matchInfo(m));
      }
      r = newList(items);
    } else {
      r = call(getAttr(p, method), args);
      if (method === "match" || method === "search" || method === "fullmatch") r = matchInfo(r);
      else if (method === "finditer") {
        const it = iter(r);
        const items: PyValue[] = [];
        for (let m = next(it); m !== undefined; m = next(it))
          items.push(newTuple([getAttr(m, "regs"), getAttr(m, "lastindex")]));
        r = newList(items);
      }
    }
    return repr(r);
  } catch (e) {
    if (e instanceof PyBaseException) return `!${e.type.name}: ${pyStr(e)}`;
    throw e;
  }
}

test("_sre: module constants", () => {
  assert.equal(getAttr(sre, "MAGIC"), 20230612);
  assert.equal(getAttr(sre, "CODESIZE"), 4);
  assert.equal(MAXREPEAT, 4294967295);
  assert.equal(getAttr(sre, "MAXGROUPS"), 1073741823);
  assert.equal(call(getAttr(sre, "getcodesize"), []), 4);
});

test("_sre.compile: CPython's code for every fixture pattern compiles, with CPython's repr", () => {
  const bad: string[] = [];
  for (const e of FIX.patterns) {
    try {
      const got = repr(compile(e));
      if (got !== e.repr) bad.push(`${e.repr}: repr ${got}`);
    } catch (err) {
      bad.push(`${e.repr}: ${err instanceof PyBaseException ? pyStr(err) : err}`);
    }
  }
  assert.equal(bad.length, 0, `${bad.length}/${FIX.patterns.length} failed:\n${bad.slice(0, 40).join("\n")}`);
});

test("_sre: match/search/fullmatch/findall/finditer/split/sub/subn/scanner as CPython", () => {
  const bad: string[] = [];
  let total = 0;
  for (const e of FIX.patterns) {
    let p: PyValue;
    try {
      p = compile(e);
    } catch {
      continue; // reported by the compile test
    }
    templates = new Map(e.templates.map(([t, l]) => [repr(decode(t)), l]));
    for (const [method, args, expected] of e.cases) {
      total++;
      const got = runCase(p, method, args.map(decode));
      if (got !== expected)
        bad.push(
          `${e.repr}.${method}(${args.map((a) => repr(decode(a))).join(", ")}):\n  expected ${expected}\n  got      ${got}`,
        );
    }
  }
  assert.equal(bad.length, 0, `${bad.length}/${total} mismatches:\n${bad.slice(0, 40).join("\n")}`);
});

test("_sre.unicode_tolower / unicode_iscased as CPython's Unicode data", () => {
  const lower = call.bind(null, getAttr(sre, "unicode_tolower"));
  const iscased = call.bind(null, getAttr(sre, "unicode_iscased"));
  const expectLower = new Map(FIX.tables.tolower);
  const expectCased = new Set(FIX.tables.iscased);
  const bad: string[] = [];
  const cps: number[] = [];
  for (let c = 0; c < 0x10000; c++) cps.push(c);
  for (let c = 0x10400; c < 0x10500; c++) cps.push(c);
  for (let c = 0x1e900; c < 0x1e960; c++) cps.push(c);
  for (let c = 0x1d400; c < 0x1d420; c++) cps.push(c);
  for (const c of cps) {
    // skip characters, and case pairs, that are new since Unicode 16.0
    if (unassignedInCPython(c)) continue;
    const ch = String.fromCodePoint(c);
    const up = ch.toUpperCase().codePointAt(0) as number;
    const lo = ch.toLowerCase().codePointAt(0) as number;
    if (unassignedInCPython(up) || unassignedInCPython(lo)) continue;
    const want = expectLower.get(c) ?? c;
    const got = lower([c]);
    if (got !== want) bad.push(`tolower(U+${c.toString(16)}) = ${got}, expected ${want}`);
    const gotCased = iscased([c]);
    if (gotCased !== expectCased.has(c)) bad.push(`iscased(U+${c.toString(16)}) = ${gotCased}`);
  }
  assert.equal(bad.length, 0, `${bad.length} mismatches:\n${bad.slice(0, 40).join("\n")}`);
});

test("_sre: \\d \\s \\w over the BMP as CPython's Unicode data", () => {
  // \d is [CATEGORY_UNI_DIGIT], \s [CATEGORY_UNI_SPACE], \w [CATEGORY_UNI_WORD] in str patterns
  const mk = (cat: number) =>
    call(getAttr(sre, "compile"), [None, 32, newList([13, 4, 8, cat, 0, 1]), 0, new PyDict(), newTuple([])]);
  const pats = [mk(10), mk(12), mk(14)];
  const ranges = FIX.tables.classes;
  const bad: string[] = [];
  for (let r = 0; r < ranges.length; r++) {
    const [start, bits] = ranges[r];
    const stop = r + 1 < ranges.length ? ranges[r + 1][0] : 0x10000;
    for (let c = start; c < stop; c++) {
      if ((c >= 0xd800 && c <= 0xdfff) || unassignedInCPython(c)) continue;
      const ch = String.fromCodePoint(c);
      let got = 0;
      for (let k = 0; k < 3; k++) if (call(getAttr(pats[k], "match"), [ch]) !== None) got |= 1 << k;
      if (got !== bits) bad.push(`U+${c.toString(16)}: ${got}, expected ${bits}`);
    }
  }
  assert.equal(bad.length, 0, `${bad.length} mismatches:\n${bad.slice(0, 40).join("\n")}`);
});
