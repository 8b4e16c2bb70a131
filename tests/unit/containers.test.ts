// Unit tests for the container types (src/objects/list.ts, set.ts, dict-methods.ts, tuple-methods.ts,
// range.ts, slice.ts, iterobject.ts). Expected values are generated, never typed by hand:
//   tests/unit/fixtures/containers-sets.json  native 64-bit CPython 3.13, PYTHONHASHSEED=0
//                                              (gen-containers-sets.py): set iteration orders
//   timsort is checked against a reference stable sort on random data.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import "../../src/objects/index.ts";
import type { PyMethodDescriptor } from "../../src/objects/descr.ts";
import { PyDict } from "../../src/objects/dict.ts";
import { listSort, PyList } from "../../src/objects/list.ts";
import { CompareOp, PyObject, type PyValue } from "../../src/objects/object.ts";
import { isAnySet, makeNewSet, type PySet, setItems } from "../../src/objects/set.ts";
import { None, NotImplemented } from "../../src/objects/singletons.ts";
import { newSlice, sliceIndices } from "../../src/objects/slice.ts";
import { newTuple, PyTuple } from "../../src/objects/tuple.ts";
import type { PyType } from "../../src/objects/type.ts";
import {
  dictType,
  frozensetType,
  makeBuiltinType,
  setType,
  sliceType,
} from "../../src/objects/typeobjects.ts";

const FIXTURES = path.join(process.cwd(), "tests", "unit", "fixtures");
function fixture(name: string): any {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8"));
}

function dec(v: any): PyValue {
  if (typeof v === "number" || typeof v === "string") return v;
  return BigInt(v.i);
}

function enc(v: PyValue): any {
  if (typeof v === "bigint") return { i: v.toString() };
  return v;
}

function method(t: PyType, name: string, self: PyValue, ...args: PyValue[]): PyValue {
  const d = t.attrs.get(name) as PyMethodDescriptor;
  return d.fn(self, args, null);
}

// ---------------------------------------------------------------- timsort

let seed = 12345;
function rnd(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

const keyType = makeBuiltinType("K");
class K extends PyObject {
  constructor(
    readonly k: number,
    readonly id: number,
  ) {
    super(keyType);
  }
}
keyType.tp_richcompare = (a, b, op) => {
  if (op !== CompareOp.LT) return NotImplemented;
  return (a as K).k < (b as K).k;
};

function makeData(n: number, kind: string): K[] {
  const arr: K[] = [];
  for (let i = 0; i < n; i++) {
    let k: number;
    if (kind === "random") k = Math.floor(rnd() * 1e6);
    else if (kind === "few") k = Math.floor(rnd() * 5);
    else if (kind === "sorted") k = i;
    else if (kind === "reversed") k = n - i;
    else if (kind === "sawtooth") k = i % 37;
    else k = i % 100 < 90 ? i : Math.floor(rnd() * n); // mostly sorted
    arr.push(new K(k, i));
  }
  return arr;
}

const SIZES = [0, 1, 2, 3, 5, 31, 32, 33, 63, 64, 65, 100, 127, 128, 500, 1000, 4097, 20000];
const KINDS = ["random", "few", "sorted", "reversed", "sawtooth", "mostly"];

test("timsort: stable and correct on objects (generic __lt__ path), both directions", () => {
  for (const n of SIZES) {
    for (const kind of KINDS) {
      const data = makeData(n, kind);
      const l = new PyList(data.slice());
      listSort(l, None, false);
      const ref = data.slice().sort((a, b) => a.k - b.k || a.id - b.id);
      assert.deepEqual(l.items, ref, `ascending n=${n} ${kind}`);
      const l2 = new PyList(data.slice());
      listSort(l2, None, true);
      const ref2 = data.slice().sort((a, b) => b.k - a.k || a.id - b.id);
      assert.deepEqual(l2.items, ref2, `descending n=${n} ${kind}`);
    }
  }
});

test("timsort: int and str fast paths", () => {
  for (const n of SIZES) {
    for (const kind of KINDS) {
      const ints = makeData(n, kind).map((x) => x.k - 500000);
      const l = new PyList(ints.slice());
      listSort(l, None, false);
      assert.deepEqual(
        l.items,
        ints.slice().sort((a, b) => a - b),
      );
      const strs = ints.map((x) => `s${x}`);
      const l2 = new PyList(strs.slice());
      listSort(l2, None, true);
      assert.deepEqual(l2.items, strs.slice().sort().reverse());
    }
  }
  // code point order, not UTF-16 order (CPython's sorted() of the fixture's strings)
  const fx = fixture("containers-sets.json");
  const l = new PyList(fx.fixed.strs.slice());
  listSort(l, None, false);
  assert.deepEqual(l.items, fx.fixed.sorted_strs);
});

test("timsort: an exception from __lt__ leaves a permutation; the list is empty during the sort", () => {
  const t = makeBuiltinType("Bomb");
  let calls = 0;
  t.tp_richcompare = (a, b) => {
    if (++calls === 500) throw new Error("boom");
    return (a as K).k < (b as K).k;
  };
  const data = makeData(300, "random");
  for (const x of data) x.type = t;
  const l = new PyList(data.slice());
  assert.throws(() => listSort(l, None, false), /boom/);
  assert.equal(l.items.length, 300);
  assert.deepEqual(new Set(l.items), new Set(data));
});

// ---------------------------------------------------------------- sets

function replay(prog: any): PyValue[][] {
  const sets = new Map<string, PySet>();
  const orders: PyValue[][] = [];
  const get = (n: string) => sets.get(n) as PySet;
  const rec = (n: string) => orders.push(setItems(get(n)));
  for (const op of prog.ops) {
    const [kind, a] = op;
    switch (kind) {
      case "new":
        sets.set(a, makeNewSet(op[2] === "frozenset" ? frozensetType : setType, null));
        for (const x of op[3]) method(setType, "add", get(a), dec(x));
        if (op[2] === "frozenset") get(a).type = frozensetType;
        rec(a);
        continue;
      case "add":
        method(setType, "add", get(a), dec(op[2]));
        break;
      case "addmany":
        for (const x of op[2]) method(setType, "add", get(a), dec(x));
        break;
      case "discard":
        method(setType, "discard", get(a), dec(op[2]));
        break;
      case "discardmany":
        for (const x of op[2]) method(setType, "discard", get(a), dec(x));
        break;
      case "pop":
        assert.deepEqual(enc(method(setType, "pop", get(a))), op[2]);
        break;
      case "union":
      case "inter":
      case "diff":
      case "symdiff": {
        const slot = { union: "nb_or", inter: "nb_and", diff: "nb_subtract", symdiff: "nb_xor" }[
          kind as "union"
        ] as "nb_or";
        const r = (get(op[2]).type.nb[slot] as (x: PyValue, y: PyValue) => PyValue)(get(op[2]), get(op[3]));
        sets.set(a, r as PySet);
        rec(a);
        continue;
      }
      case "update":
      case "iand":
      case "isub":
      case "ixor": {
        const slot = {
          update: "nb_inplace_or",
          iand: "nb_inplace_and",
          isub: "nb_inplace_subtract",
          ixor: "nb_inplace_xor",
        }[kind as "update"] as "nb_inplace_or";
        (setType.nb[slot] as (x: PyValue, y: PyValue) => PyValue)(get(a), get(op[2]));
        break;
      }
      case "inter_list":
      case "diff_list": {
        const xs = new PyList(op[3].map(dec));
        const r = method(setType, kind === "inter_list" ? "intersection" : "difference", get(op[2]), xs);
        sets.set(a, r as PySet);
        rec(a);
        continue;
      }
      case "update_list":
        method(setType, "update", get(a), new PyList(op[2].map(dec)));
        break;
      case "symdiff_upd_list":
        method(setType, "symmetric_difference_update", get(a), new PyList(op[2].map(dec)));
        break;
      case "copy":
        sets.set(a, method(get(op[2]).type, "copy", get(op[2])) as PySet);
        rec(a);
        continue;
      case "clear":
        method(setType, "clear", get(a));
        break;
      case "issubset":
        assert.equal(method(setType, "issubset", get(a), get(op[2])), op[3]);
        continue;
      case "isdisjoint":
        assert.equal(method(setType, "isdisjoint", get(a), get(op[2])), op[3]);
        continue;
      case "eq":
        assert.equal((setType.tp_richcompare as any)(get(a), get(op[2]), CompareOp.EQ), op[3]);
        continue;
      case "fhash": {
        const f = makeNewSet(frozensetType, get(a));
        assert.equal(String((frozensetType.tp_hash as any)(f)), op[2]);
        continue;
      }
      default:
        throw new Error(`unknown op ${kind}`);
    }
    rec(a);
  }
  return orders;
}

test("set and frozenset iteration order matches 64-bit CPython through adds, removes and set algebra", () => {
  const fx = fixture("containers-sets.json");
  fx.programs.forEach((prog: any, i: number) => {
    const orders = replay(prog).map((o) => o.map(enc));
    assert.deepEqual(orders, prog.orders, `program ${i}`);
  });
  const ints = makeNewSet(setType, new PyList([3, 10, 1000]));
  assert.deepEqual(setItems(ints), fx.fixed.ints);
  const hello = makeNewSet(setType, new PyList(["h", "e", "l", "l", "o"]));
  assert.deepEqual(setItems(hello), fx.fixed.hello);
  const r: PyValue[] = [];
  for (let i = 100; i > -100; i -= 7) r.push(i);
  assert.deepEqual(setItems(makeNewSet(setType, new PyList(r))), fx.fixed.range);
  assert.ok(isAnySet(ints));
  // A set display of constants: the compiler folds the items into a frozenset (source order), and
  // its constant cache (const_cache_insert) rebuilds that frozenset from its own iteration order;
  // BUILD_SET + SET_UPDATE then merge it into an empty set.
  const folded = makeNewSet(frozensetType, new PyList(fx.fixed.display_src.map(dec)));
  const display = makeNewSet(setType, makeNewSet(frozensetType, new PyList(setItems(folded))));
  assert.deepEqual(setItems(display).map(enc), fx.fixed.display);
  const folded2 = makeNewSet(frozensetType, new PyList(fx.fixed.display2_src));
  const q = makeNewSet(setType, makeNewSet(frozensetType, new PyList(setItems(folded2))));
  const pops: PyValue[] = [];
  for (let i = 0; i < 5; i++) pops.push(method(setType, "pop", q));
  assert.deepEqual(pops, fx.fixed.display2_pops);
});

// ---------------------------------------------------------------- dicts

function decKey(v: any): PyValue {
  if (v !== null && typeof v === "object" && "t" in v) return newTuple(v.t.map(decKey));
  return v as PyValue;
}

function encKey(v: PyValue): any {
  if (v instanceof PyTuple) return { t: v.items.map(encKey) };
  return v;
}

function dictItems(d: PyDict): any[] {
  const out: any[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== undefined) out.push([encKey(k), d.values[i]]);
  }
  return out;
}

function pairsList(pairs: any[]): PyList {
  return new PyList(pairs.map(([k, v]: any) => newTuple([decKey(k), v])));
}

test("dict insertion order, key identity (1 == True) and every mutation, as CPython (oracle)", () => {
  const fx = fixture("containers-dicts.json");
  const NONE = "<none>";
  fx.programs.forEach((prog: any, n: number) => {
    let d = new PyDict();
    const items: any[] = [];
    for (const op of prog.ops) {
      const k =
        op.length > 1 && op[0] !== "update" && op[0] !== "fromkeys" && op[0] !== "or" && op[0] !== "ior"
          ? decKey(op[1])
          : null;
      switch (op[0]) {
        case "set":
          (dictType.mp_ass_subscript as any)(d, k, op[2]);
          break;
        case "del": {
          let ok = true;
          try {
            (dictType.mp_ass_subscript as any)(d, k, null);
          } catch {
            ok = false;
          }
          assert.equal(ok, op[2]);
          break;
        }
        case "pop":
          assert.deepEqual(method(dictType, "pop", d, k as PyValue, NONE), op[2]);
          break;
        case "popitem": {
          const r = method(dictType, "popitem", d) as PyTuple;
          assert.deepEqual([encKey(r.items[0]), r.items[1]], [op[1], op[2]]);
          break;
        }
        case "setdefault":
          assert.deepEqual(method(dictType, "setdefault", d, k as PyValue, op[2]), op[3]);
          break;
        case "update":
          method(dictType, "update", d, pairsList(op[1]));
          break;
        case "get":
          assert.deepEqual(method(dictType, "get", d, k as PyValue, NONE), op[2], `program ${n}`);
          continue;
        case "contains":
          assert.equal((dictType.sq_contains as any)(d, k), op[2]);
          continue;
        case "clear":
          method(dictType, "clear", d);
          break;
        case "copy":
          d = method(dictType, "copy", d) as PyDict;
          break;
        case "fromkeys": {
          const fk = dictType.attrs.get("fromkeys") as any;
          d = fk.fn(dictType, [new PyList(op[1].map(decKey)), op[2]], null) as PyDict;
          break;
        }
        case "or":
        case "ior": {
          const other = new PyDict();
          for (const [a, b] of op[1]) other.setItem(decKey(a), b);
          const f = op[0] === "or" ? dictType.nb.nb_or : dictType.nb.nb_inplace_or;
          d = (f as any)(d, other) as PyDict;
          break;
        }
        default:
          throw new Error(`unknown op ${op[0]}`);
      }
      items.push(dictItems(d));
    }
    assert.deepEqual(items, prog.items, `program ${n}`);
  });
});

// ---------------------------------------------------------------- slices

test("sliceIndices resolves slices as PySlice_Unpack + PySlice_AdjustIndices (oracle)", () => {
  const cases = fixture("containers-slices.json");
  const v = (x: any): PyValue => (x === null ? None : x);
  for (const [start, stop, step, length, indices, count] of cases) {
    const r = sliceIndices(newSlice(v(start), v(stop), v(step)), length);
    const label = `slice(${start}, ${stop}, ${step}) of ${length}`;
    assert.equal(r.length, count, label);
    if (count > 0) {
      // Where the slice is non-empty, the resolved start and step are CPython's.
      assert.equal(r.start, indices[0], label);
      assert.equal(r.step, indices[2], label);
    }
    const t = method(sliceType, "indices", newSlice(v(start), v(stop), v(step)), length) as PyTuple;
    assert.deepEqual(t.items, indices, label);
  }
});
