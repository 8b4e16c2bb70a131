// The `_heapq` module (Modules/_heapqmodule.c, CPython 3.14): the heap functions and their
// max-heap variants, with CPython's exact sift algorithms (including the cache-friendly heapify
// for large heaps) so that heaps end up in the same order, and its "list changed size" checks.
import { richCompareBool, typeName } from "../objects/abstract.ts";
import { checkPositional } from "../objects/args.ts";
import { raiseIndexError, raiseRuntimeError, raiseTypeError } from "../objects/errors.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import { CompareOp, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { addFunction, newBuiltinModule } from "./modutil.ts";

type Kw = readonly string[] | null;

function lt(a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return richCompareBool(a, b, CompareOp.LT);
}

function changed(): never {
  raiseRuntimeError("list changed size during iteration");
}

function siftdown(heap: PyList, startpos: number, pos: number, max: boolean): void {
  const size = heap.items.length;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const newitem = heap.items[pos];
    const parent = heap.items[parentpos];
    const cmp = max ? lt(parent, newitem) : lt(newitem, parent);
    if (size !== heap.items.length) changed();
    if (!cmp) break;
    // re-read the items, as CPython does: the comparison may have run Python code
    const arr = heap.items;
    const p2 = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = p2;
    pos = parentpos;
  }
}

function siftup(heap: PyList, pos: number, max: boolean): void {
  const endpos = heap.items.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = heap.items[childpos];
      const b = heap.items[childpos + 1];
      const cmp = max ? lt(b, a) : lt(a, b);
      if (!cmp) childpos++;
      if (endpos !== heap.items.length) changed();
    }
    const arr = heap.items;
    const tmp1 = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = tmp1;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, max);
}

function heapArg(fname: string, v: PyValue, argument1: boolean): PyList {
  if (!(v instanceof PyList))
    raiseTypeError(`${fname}() argument${argument1 ? " 1" : ""} must be list, not ${typeName(v)}`);
  return v;
}

function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return 2 ** i;
}

function heapify(heap: PyList, max: boolean): void {
  const n = heap.items.length;
  if (n > 2500) {
    const m = n >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    for (let i = leftmost - 1; i >= mhalf; i--) {
      let j = i;
      for (;;) {
        siftup(heap, j, max);
        if (!(j & 1)) break;
        j >>= 1;
      }
    }
    for (let i = m - 1; i >= leftmost; i--) {
      let j = i;
      for (;;) {
        siftup(heap, j, max);
        if (!(j & 1)) break;
        j >>= 1;
      }
    }
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, max);
}

function noKw(fname: string, kw: Kw): void {
  if (kw !== null && kw.length > 0) raiseTypeError(`${fname}() takes no keyword arguments`);
}

function push(max: boolean) {
  const fname = max ? "heappush_max" : "heappush";
  return (args: PyValue[], kw: Kw): PyValue => {
    noKw(fname, kw);
    checkPositional(fname, args.length, 2, 2);
    const heap = heapArg(fname, args[0], true);
    heap.items.push(args[1]);
    siftdown(heap, 0, heap.items.length - 1, max);
    return None;
  };
}

function pop(max: boolean) {
  const fname = max ? "heappop_max" : "heappop";
  return (args: PyValue[], kw: Kw): PyValue => {
    noKw(fname, kw);
    if (args.length !== 1)
      raiseTypeError(`_heapq.${fname}() takes exactly one argument (${args.length} given)`);
    const heap = heapArg(fname, args[0], false);
    const arr = heap.items;
    if (arr.length === 0) raiseIndexError("index out of range");
    const lastelt = arr.pop() as PyValue;
    if (arr.length === 0) return lastelt;
    const returnitem = arr[0];
    arr[0] = lastelt;
    siftup(heap, 0, max);
    return returnitem;
  };
}

function replace(max: boolean) {
  const fname = max ? "heapreplace_max" : "heapreplace";
  return (args: PyValue[], kw: Kw): PyValue => {
    noKw(fname, kw);
    checkPositional(fname, args.length, 2, 2);
    const heap = heapArg(fname, args[0], true);
    if (heap.items.length === 0) raiseIndexError("index out of range");
    const returnitem = heap.items[0];
    heap.items[0] = args[1];
    siftup(heap, 0, max);
    return returnitem;
  };
}

function pushpop(max: boolean) {
  const fname = max ? "heappushpop_max" : "heappushpop";
  return (args: PyValue[], kw: Kw): PyValue => {
    noKw(fname, kw);
    checkPositional(fname, args.length, 2, 2);
    const heap = heapArg(fname, args[0], true);
    const item = args[1];
    if (heap.items.length === 0) return item;
    const top = heap.items[0];
    const cmp = max ? lt(item, top) : lt(top, item);
    if (!cmp) return item;
    if (heap.items.length === 0) raiseIndexError("index out of range");
    const returnitem = heap.items[0];
    heap.items[0] = item;
    siftup(heap, 0, max);
    return returnitem;
  };
}

function heapifyFn(max: boolean) {
  const fname = max ? "heapify_max" : "heapify";
  return (args: PyValue[], kw: Kw): PyValue => {
    noKw(fname, kw);
    if (args.length !== 1)
      raiseTypeError(`_heapq.${fname}() takes exactly one argument (${args.length} given)`);
    heapify(heapArg(fname, args[0], false), max);
    return None;
  };
}

export function createHeapqModule(): PyModule {
  const m = newBuiltinModule(
    "_heapq",
    "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.",
  );
  addFunction(m, "heappush", push(false));
  addFunction(m, "heappush_max", push(true));
  addFunction(m, "heappop", pop(false));
  addFunction(m, "heappop_max", pop(true));
  addFunction(m, "heapreplace", replace(false));
  addFunction(m, "heapreplace_max", replace(true));
  addFunction(m, "heappushpop", pushpop(false));
  addFunction(m, "heappushpop_max", pushpop(true));
  addFunction(m, "heapify", heapifyFn(false));
  addFunction(m, "heapify_max", heapifyFn(true));
  m.dict.setStr(
    "__about__",
    "Heap queues\n\n[explanation by François Pinard]\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.",
  );
  return m;
}
