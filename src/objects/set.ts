// set and frozenset (Objects/setobject.c), ported table and all so that iteration order is
// CPython's byte for byte: open addressing over a power-of-two table (PySet_MINSIZE 8), a run of
// LINEAR_PROBES (9) adjacent slots then perturbation (PERTURB_SHIFT 5), fill/used counts, dummy
// entries for deletions, set_table_resize's growth policy, and the merge/update/intersection/
// difference algorithms in CPython's order. Hashes are CPython's 64-bit hashes; each entry keeps
// its hash as two int32 halves so that probing does no bigint arithmetic.
import { hash, isTrue, iter, repr as reprOf, richCompareBool } from "./abstract.ts";
import { checkPositional } from "./args.ts";
import { defineClassMethods, defineMethods } from "./descr.ts";
import { dictHooks, PyDict } from "./dict.ts";
import { raiseTypeError } from "./errors.ts";
import * as E from "./exceptions.ts";
import { hashInt, hashParts, hashStrParts } from "./hash.ts";
import { newList } from "./list.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { genericAliasHook, reprEnter, reprLeave, tname } from "./sequtil.ts";
import { None, NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { dictType, frozensetType, makeBuiltinType, objectType, setType, typeOf } from "./typeobjects.ts";

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const TWO32 = 4294967296;

/** The dummy key that marks a deleted entry (its hash is -1). */
const DUMMY = new PyObject(objectType);

type Slot = PyValue | undefined;

export class PySet extends PyObject {
  /** The table: undefined = never used, DUMMY = deleted, else a key. */
  table: Slot[];
  hashHi: Int32Array;
  hashLo: Int32Array;
  mask: number;
  /** Active plus dummy entries. */
  fill: number;
  /** Active entries (len). */
  used: number;
  /** frozenset's cached hash, or null. */
  cachedHash: number | bigint | null;
  /** Where pop() starts its search. */
  finger: number;

  constructor(type: PyType = setType) {
    super(type);
    this.table = new Array<Slot>(MINSIZE).fill(undefined);
    this.hashHi = new Int32Array(MINSIZE);
    this.hashLo = new Int32Array(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.cachedHash = null;
    this.finger = 0;
  }
}

/** PyAnySet_Check. */
export function isAnySet(v: PyValue): v is PySet {
  return v instanceof PySet;
}

// The hash of the key being processed, as halves (module state: no allocation per call).
let hh = 0;
let hl = 0;

/** Computes the key's hash into hh/hl; raises TypeError for unhashable keys. */
function hashKey(key: PyValue): void {
  if (typeof key === "string") {
    hashStrParts(key);
    hh = hashParts[0];
    hl = hashParts[1];
    return;
  }
  if (typeof key === "number") splitHash(key === -1 ? -2 : key);
  else if (typeof key === "bigint") splitHash(hashInt(key));
  else {
    let h: number | bigint;
    try {
      h = hash(key);
    } catch (e) {
      throw dictHooks.unhashable(e, key, "a set element");
    }
    splitHash(h);
  }
}

function splitHash(h: number | bigint): void {
  if (typeof h === "number") {
    hl = h | 0;
    hh = Math.floor(h / TWO32) | 0;
  } else {
    const u = BigInt.asUintN(64, h);
    hl = Number(u & 0xffffffffn) | 0;
    hh = Number(u >> 32n) | 0;
  }
}

function hashValue(hi: number, lo: number): number | bigint {
  const r = hi * TWO32 + (lo >>> 0);
  if (r >= -Number.MAX_SAFE_INTEGER && r <= Number.MAX_SAFE_INTEGER) return r;
  return (BigInt(hi) << 32n) | BigInt(lo >>> 0);
}

/** Is `key` (hash hi/lo) in the table? set_lookkey; restarts if a comparison mutates the set. */
function lookkey(so: PySet, key: PyValue, hi: number, lo: number): number {
  for (;;) {
    const r = lookkeyOnce(so, key, hi, lo);
    if (r !== -2) return r;
  }
}

/** Index of the entry holding key, or -1 when absent, or -2 when the table changed under us. */
function lookkeyOnce(so: PySet, key: PyValue, hi: number, lo: number): number {
  let table = so.table;
  let mask = so.mask;
  let i = lo & mask;
  let ph = hi >>> 0;
  let pl = lo >>> 0;
  for (;;) {
    let e = i;
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    do {
      const k = table[e];
      if (k === undefined) return -1;
      if (so.hashLo[e] === lo && so.hashHi[e] === hi && k !== DUMMY) {
        if (k === key) return e;
        if (typeof k === "string" && typeof key === "string") {
          // two exact strs with equal hashes and different contents: not equal
        } else {
          const cmp = richCompareBool(k, key, CompareOp.EQ);
          if (table !== so.table || so.table[e] !== k) return -2;
          if (cmp) return e;
          table = so.table;
          mask = so.mask;
        }
      }
      e++;
    } while (probes--);
    pl = ((pl >>> 5) | (ph << 27)) >>> 0;
    ph = ph >>> 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

/** set_add_entry: inserts key (hash hi/lo) unless present; may resize. */
function addEntry(so: PySet, key: PyValue, hi: number, lo: number): void {
  restart: for (;;) {
    let mask = so.mask;
    let i = lo & mask;
    let freeslot = -1;
    let ph = hi >>> 0;
    let pl = lo >>> 0;
    for (;;) {
      let e = i;
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      do {
        const table = so.table;
        const k = table[e];
        if (k === undefined) {
          if (freeslot >= 0) {
            so.used++;
            so.table[freeslot] = key;
            so.hashHi[freeslot] = hi;
            so.hashLo[freeslot] = lo;
            return;
          }
          so.fill++;
          so.used++;
          table[e] = key;
          so.hashHi[e] = hi;
          so.hashLo[e] = lo;
          if (so.fill * 5 < mask * 3) return;
          tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
          return;
        }
        const ehi = so.hashHi[e];
        const elo = so.hashLo[e];
        if (elo === lo && ehi === hi && k !== DUMMY) {
          if (k === key) return;
          if (typeof k !== "string" || typeof key !== "string") {
            const cmp = richCompareBool(k, key, CompareOp.EQ);
            if (cmp) return;
            if (table !== so.table || so.table[e] !== k) continue restart;
            mask = so.mask;
          }
        } else if (k === DUMMY) {
          freeslot = e;
        }
        e++;
      } while (probes--);
      pl = ((pl >>> 5) | (ph << 27)) >>> 0;
      ph = ph >>> 5;
      i = (i * 5 + 1 + pl) & mask;
    }
  }
}

/** set_insert_clean: places a key known to be absent into a table with no dummies. */
function insertClean(
  table: Slot[],
  hiArr: Int32Array,
  loArr: Int32Array,
  mask: number,
  key: PyValue,
  hi: number,
  lo: number,
): void {
  let i = lo & mask;
  let ph = hi >>> 0;
  let pl = lo >>> 0;
  for (;;) {
    if (table[i] === undefined) {
      table[i] = key;
      hiArr[i] = hi;
      loArr[i] = lo;
      return;
    }
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        const e = i + j;
        if (table[e] === undefined) {
          table[e] = key;
          hiArr[e] = hi;
          loArr[e] = lo;
          return;
        }
      }
    }
    pl = ((pl >>> 5) | (ph << 27)) >>> 0;
    ph = ph >>> 5;
    i = (i * 5 + 1 + pl) & mask;
  }
}

/** set_table_resize: a table of the smallest power of two > minused, keys reinserted in table order. */
function tableResize(so: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldTable = so.table;
  const oldHi = so.hashHi;
  const oldLo = so.hashLo;
  const oldmask = so.mask;
  if (newsize === MINSIZE && oldmask === MINSIZE - 1 && so.fill === so.used) return;
  const table = new Array<Slot>(newsize).fill(undefined);
  const hiArr = new Int32Array(newsize);
  const loArr = new Int32Array(newsize);
  const newmask = newsize - 1;
  so.table = table;
  so.hashHi = hiArr;
  so.hashLo = loArr;
  so.mask = newmask;
  so.fill = so.used;
  for (let e = 0; e <= oldmask; e++) {
    const k = oldTable[e];
    if (k !== undefined && k !== DUMMY) insertClean(table, hiArr, loArr, newmask, k, oldHi[e], oldLo[e]);
  }
}

const DISCARD_NOTFOUND = false;
const DISCARD_FOUND = true;

function discardEntry(so: PySet, key: PyValue, hi: number, lo: number): boolean {
  const e = lookkey(so, key, hi, lo);
  if (e < 0) return DISCARD_NOTFOUND;
  so.table[e] = DUMMY;
  so.hashHi[e] = -1;
  so.hashLo[e] = -1;
  so.used--;
  return DISCARD_FOUND;
}

export function setAddKey(so: PySet, key: PyValue): void {
  hashKey(key);
  addEntry(so, key, hh, hl);
}

export function setContainsKey(so: PySet, key: PyValue): boolean {
  hashKey(key);
  return lookkey(so, key, hh, hl) >= 0;
}

export function setDiscardKey(so: PySet, key: PyValue): boolean {
  hashKey(key);
  return discardEntry(so, key, hh, hl);
}

function clearInternal(so: PySet): void {
  so.table = new Array<Slot>(MINSIZE).fill(undefined);
  so.hashHi = new Int32Array(MINSIZE);
  so.hashLo = new Int32Array(MINSIZE);
  so.mask = MINSIZE - 1;
  so.fill = 0;
  so.used = 0;
  so.cachedHash = null;
}

/** set_merge: adds every key of another set, copying the table when ours is empty and alike. */
function setMerge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) tableResize(so, (so.used + other.used) * 2);
  const ot = other.table;
  const ohi = other.hashHi;
  const olo = other.hashLo;
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = ot[i];
      if (k !== undefined) {
        so.table[i] = k;
        so.hashHi[i] = ohi[i];
        so.hashLo[i] = olo[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = ot[i];
      if (k !== undefined && k !== DUMMY)
        insertClean(so.table, so.hashHi, so.hashLo, so.mask, k, ohi[i], olo[i]);
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.table[i];
    if (k !== undefined && k !== DUMMY) addEntry(so, k, other.hashHi[i], other.hashLo[i]);
  }
}

/** The hash of a dict entry's key, as stored (str keys may not have one yet). */
function dictEntryHash(d: PyDict, i: number, k: PyValue): void {
  const h = d.hashes[i];
  if (h === undefined) hashKey(k);
  else splitHash(h);
}

/** set_update_internal: from a set, an exact dict (with its stored hashes), or any iterable. */
function updateInternal(so: PySet, other: PyValue): void {
  if (other instanceof PySet) {
    setMerge(so, other);
    return;
  }
  if (other instanceof PyDict && other.type === dictType) {
    const dictsize = other.size;
    if ((so.fill + dictsize) * 5 >= so.mask * 3) tableResize(so, (so.used + dictsize) * 2);
    const keys = other.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      dictEntryHash(other, i, k);
      addEntry(so, k, hh, hl);
    }
    return;
  }
  const it = iter(other);
  const f = typeOf(it).tp_iternext;
  if (f === null) raiseTypeError(`'${tname(it)}' object is not an iterator`);
  for (;;) {
    const k = f(it);
    if (k === undefined) return;
    setAddKey(so, k);
  }
}

/** make_new_set: a new set of `type` holding the items of `iterable` (null: empty). */
export function makeNewSet(type: PyType, iterable: PyValue | null): PySet {
  const so = new PySet(type);
  if (iterable !== null) updateInternal(so, iterable);
  return so;
}

function makeNewSetBasetype(type: PyType, iterable: PyValue | null): PySet {
  if (type !== setType && type !== frozensetType) {
    type = type.isSubtypeOf(setType) ? setType : frozensetType;
  }
  return makeNewSet(type, iterable);
}

/** A new exact set from JS values (for the VM's BUILD_SET and set displays). */
export function newSet(items: readonly PyValue[] = []): PySet {
  const so = new PySet(setType);
  for (let i = 0; i < items.length; i++) setAddKey(so, items[i]);
  return so;
}

export function newFrozenSet(items: readonly PyValue[] = []): PySet {
  const so = new PySet(frozensetType);
  for (let i = 0; i < items.length; i++) setAddKey(so, items[i]);
  return so;
}

/** The keys in iteration order. */
export function setItems(so: PySet): PyValue[] {
  const out: PyValue[] = [];
  const t = so.table;
  for (let i = 0; i <= so.mask; i++) {
    const k = t[i];
    if (k !== undefined && k !== DUMMY) out.push(k);
  }
  return out;
}

function swapBodies(a: PySet, b: PySet): void {
  const t = a.table;
  const h = a.hashHi;
  const l = a.hashLo;
  const m = a.mask;
  const f = a.fill;
  const u = a.used;
  a.table = b.table;
  a.hashHi = b.hashHi;
  a.hashLo = b.hashLo;
  a.mask = b.mask;
  a.fill = b.fill;
  a.used = b.used;
  b.table = t;
  b.hashHi = h;
  b.hashLo = l;
  b.mask = m;
  b.fill = f;
  b.used = u;
  if (a.type.isSubtypeOf(frozensetType) && b.type.isSubtypeOf(frozensetType)) {
    const x = a.cachedHash;
    a.cachedHash = b.cachedHash;
    b.cachedHash = x;
  } else {
    a.cachedHash = null;
    b.cachedHash = null;
  }
}

// ---------------------------------------------------------------- algorithms

function setCopy(so: PySet): PySet {
  return makeNewSetBasetype(so.type, so);
}

function setUnion(so: PySet, others: readonly PyValue[]): PySet {
  const result = setCopy(so);
  for (let i = 0; i < others.length; i++) {
    if (others[i] === so) continue;
    updateInternal(result, others[i]);
  }
  return result;
}

function setIntersection(so: PySet, other: PyValue): PySet {
  if (other === so) return setCopy(so);
  const result = makeNewSetBasetype(so.type, null);
  if (other instanceof PySet) {
    let a: PySet = so;
    let b: PySet = other;
    if (b.used > a.used) {
      a = other;
      b = so;
    }
    // iterate b, probe a
    for (let i = 0; i <= b.mask; i++) {
      const k = b.table[i];
      if (k === undefined || k === DUMMY) continue;
      const hi = b.hashHi[i];
      const lo = b.hashLo[i];
      if (lookkey(a, k, hi, lo) >= 0) addEntry(result, k, hi, lo);
    }
    return result;
  }
  const it = iter(other);
  const f = typeOf(it).tp_iternext;
  if (f === null) raiseTypeError(`'${tname(it)}' object is not an iterator`);
  for (;;) {
    const k = f(it);
    if (k === undefined) break;
    hashKey(k);
    const hi = hh;
    const lo = hl;
    if (lookkey(so, k, hi, lo) >= 0) {
      addEntry(result, k, hi, lo);
      if (result.used >= so.used) break;
    }
  }
  return result;
}

function setIntersectionMulti(so: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return setCopy(so);
  let result: PySet = so;
  for (let i = 0; i < others.length; i++) result = setIntersection(result, others[i]);
  return result;
}

function setIsdisjoint(so: PySet, other: PyValue): boolean {
  if (other === so) return so.used === 0;
  if (other instanceof PySet && (other.type === setType || other.type === frozensetType)) {
    let a: PySet = so;
    let b: PySet = other;
    if (b.used > a.used) {
      a = other;
      b = so;
    }
    for (let i = 0; i <= b.mask; i++) {
      const k = b.table[i];
      if (k === undefined || k === DUMMY) continue;
      if (lookkey(a, k, b.hashHi[i], b.hashLo[i]) >= 0) return false;
    }
    return true;
  }
  const it = iter(other);
  const f = typeOf(it).tp_iternext;
  if (f === null) raiseTypeError(`'${tname(it)}' object is not an iterator`);
  for (;;) {
    const k = f(it);
    if (k === undefined) return true;
    if (setContainsKey(so, k)) return false;
  }
}

function differenceUpdateInternal(so: PySet, other: PyValue): void {
  if (other === so) {
    clearInternal(so);
    return;
  }
  if (other instanceof PySet) {
    let o: PySet = other;
    if (o.used >> 3 > so.used) o = setIntersection(so, o);
    for (let i = 0; i <= o.mask; i++) {
      const k = o.table[i];
      if (k === undefined || k === DUMMY) continue;
      discardEntry(so, k, o.hashHi[i], o.hashLo[i]);
    }
  } else {
    const it = iter(other);
    const f = typeOf(it).tp_iternext;
    if (f === null) raiseTypeError(`'${tname(it)}' object is not an iterator`);
    for (;;) {
      const k = f(it);
      if (k === undefined) break;
      setDiscardKey(so, k);
    }
  }
  if (so.fill - so.used <= Math.floor(so.mask / 4)) return;
  tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

function copyAndDifference(so: PySet, other: PyValue): PySet {
  const result = setCopy(so);
  differenceUpdateInternal(result, other);
  return result;
}

function setDifference(so: PySet, other: PyValue): PySet {
  let otherSize: number;
  const isDict = other instanceof PyDict && other.type === dictType;
  if (other instanceof PySet) otherSize = other.used;
  else if (isDict) otherSize = (other as PyDict).size;
  else return copyAndDifference(so, other);
  if (so.used >> 2 > otherSize) return copyAndDifference(so, other);
  const result = makeNewSetBasetype(so.type, null);
  for (let i = 0; i <= so.mask; i++) {
    const k = so.table[i];
    if (k === undefined || k === DUMMY) continue;
    const hi = so.hashHi[i];
    const lo = so.hashLo[i];
    let present: boolean;
    if (isDict) present = (other as PyDict).getItemWithHash(k, hashValue(hi, lo)) !== undefined;
    else present = lookkey(other as PySet, k, hi, lo) >= 0;
    if (!present) addEntry(result, k, hi, lo);
  }
  return result;
}

function setDifferenceMulti(so: PySet, others: readonly PyValue[]): PySet {
  if (others.length === 0) return setCopy(so);
  const result = setDifference(so, others[0]);
  for (let i = 1; i < others.length; i++) differenceUpdateInternal(result, others[i]);
  return result;
}

function symmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  if (other === so) {
    clearInternal(so);
    return;
  }
  if (other instanceof PyDict && other.type === dictType) {
    const keys = other.keys;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (k === undefined) continue;
      dictEntryHash(other, i, k);
      const hi = hh;
      const lo = hl;
      if (!discardEntry(so, k, hi, lo)) addEntry(so, k, hi, lo);
    }
    return;
  }
  const o = other instanceof PySet ? other : makeNewSetBasetype(so.type, other);
  for (let i = 0; i <= o.mask; i++) {
    const k = o.table[i];
    if (k === undefined || k === DUMMY) continue;
    const hi = o.hashHi[i];
    const lo = o.hashLo[i];
    if (!discardEntry(so, k, hi, lo)) addEntry(so, k, hi, lo);
  }
}

function setSymmetricDifference(so: PySet, other: PyValue): PySet {
  const o = makeNewSetBasetype(so.type, other);
  symmetricDifferenceUpdate(o, so);
  return o;
}

function setIssubset(so: PySet, other: PyValue): boolean {
  if (!(other instanceof PySet)) {
    const tmp = setIntersection(so, other);
    return tmp.used === so.used;
  }
  if (so.used > other.used) return false;
  for (let i = 0; i <= so.mask; i++) {
    const k = so.table[i];
    if (k === undefined || k === DUMMY) continue;
    if (lookkey(other, k, so.hashHi[i], so.hashLo[i]) < 0) return false;
  }
  return true;
}

function setIssuperset(so: PySet, other: PyValue): boolean {
  if (other instanceof PySet) return setIssubset(other, so);
  const it = iter(other);
  const f = typeOf(it).tp_iternext;
  if (f === null) raiseTypeError(`'${tname(it)}' object is not an iterator`);
  for (;;) {
    const k = f(it);
    if (k === undefined) return true;
    if (!setContainsKey(so, k)) return false;
  }
}

function setRichCompare(v: PyValue, w: PyValue, op: CompareOp): PyValue {
  if (!(v instanceof PySet) || !(w instanceof PySet)) return NotImplemented;
  switch (op) {
    case CompareOp.EQ:
      if (v.used !== w.used) return false;
      if (v.cachedHash !== null && w.cachedHash !== null && v.cachedHash !== w.cachedHash) return false;
      return setIssubset(v, w);
    case CompareOp.NE:
      return !isTrue(setRichCompare(v, w, CompareOp.EQ));
    case CompareOp.LE:
      return setIssubset(v, w);
    case CompareOp.GE:
      return setIssuperset(v, w);
    case CompareOp.LT:
      if (v.used >= w.used) return false;
      return setIssubset(v, w);
    case CompareOp.GT:
      if (v.used <= w.used) return false;
      return setIssuperset(v, w);
  }
  return NotImplemented;
}

/** True for a TypeError raised because a set key was unhashable (set_contains's retry). */
function isTypeError(e: unknown): boolean {
  return e instanceof E.PyBaseException && e.type.isSubtypeOf(E.PyExc_TypeError);
}

/** `key in so`: a set key that is unhashable is looked up as a frozenset. */
export function setContains(so: PySet, key: PyValue): boolean {
  try {
    return setContainsKey(so, key);
  } catch (e) {
    if (!(key instanceof PySet && key.type.isSubtypeOf(setType)) || !isTypeError(e)) throw e;
    return setContainsKey(so, makeNewSet(frozensetType, key));
  }
}

function discardWithRetry(so: PySet, key: PyValue): boolean {
  try {
    return setDiscardKey(so, key);
  } catch (e) {
    if (!(key instanceof PySet && key.type.isSubtypeOf(setType)) || !isTypeError(e)) throw e;
    return setDiscardKey(so, makeNewSet(frozensetType, key));
  }
}

// ---------------------------------------------------------------- frozenset hash

const M64 = (1n << 64n) - 1n;

function shuffleBits(h: bigint): bigint {
  return ((h ^ 89869747n ^ ((h << 16n) & M64)) * 3644798167n) & M64;
}

function frozensetHash(so: PySet): number | bigint {
  if (so.cachedHash !== null) return so.cachedHash;
  let h = 0n;
  for (let i = 0; i <= so.mask; i++) {
    const k = so.table[i];
    if (k === undefined || k === DUMMY) continue;
    const eh = (BigInt(so.hashHi[i] >>> 0) << 32n) | BigInt(so.hashLo[i] >>> 0);
    h ^= shuffleBits(eh);
  }
  h ^= (BigInt(so.used + 1) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  let r: number | bigint;
  if (h === M64) r = 590923713;
  else {
    const s = BigInt.asIntN(64, h);
    r = s >= -9007199254740991n && s <= 9007199254740991n ? Number(s) : s;
  }
  so.cachedHash = r;
  return r;
}

// ---------------------------------------------------------------- iterator

export const setIteratorType = makeBuiltinType("set_iterator", [objectType], 0);

export class PySetIterator extends PyObject {
  set: PySet | null;
  siUsed: number;
  pos: number;
  len: number;
  constructor(so: PySet) {
    super(setIteratorType);
    this.set = so;
    this.siUsed = so.used;
    this.pos = 0;
    this.len = so.used;
  }
}

setIteratorType.tp_iter = (self) => self;
setIteratorType.tp_iternext = (selfv) => {
  const si = selfv as PySetIterator;
  const so = si.set;
  if (so === null) return undefined;
  if (si.siUsed !== so.used) {
    si.siUsed = -1;
    raiseRuntime("Set changed size during iteration");
  }
  let i = si.pos;
  const t = so.table;
  const mask = so.mask;
  while (i <= mask && (t[i] === undefined || t[i] === DUMMY)) i++;
  si.pos = i + 1;
  if (i > mask) {
    si.set = null;
    return undefined;
  }
  si.len--;
  return t[i] as PyValue;
};
defineMethods(setIteratorType, {
  __length_hint__(selfv) {
    const si = selfv as PySetIterator;
    return si.set !== null && si.siUsed === si.set.used ? si.len : 0;
  },
});

function raiseRuntime(msg: string): never {
  throw new E.PyBaseException(E.PyExc_RuntimeError, newTuple([msg]));
}

// ---------------------------------------------------------------- slots

function asSet(v: PyValue): PySet {
  return v as PySet;
}

function setRepr(selfv: PyValue): string {
  const so = asSet(selfv);
  const name = so.type.name;
  if (!reprEnter(so)) return `${name}(...)`;
  try {
    if (so.used === 0) return `${name}()`;
    const items = setItems(so);
    let body = "";
    for (let i = 0; i < items.length; i++) {
      if (i > 0) body += ", ";
      body += reprOf(items[i]);
    }
    if (so.type !== setType) return `${name}({${body}})`;
    return `{${body}}`;
  } finally {
    reprLeave(so);
  }
}

function initSlots(t: PyType): void {
  t.tp_repr = setRepr;
  t.tp_richcompare = setRichCompare;
  t.tp_iter = (self) => new PySetIterator(asSet(self));
  t.mp_length = (self) => asSet(self).used;
  t.sq_contains = (self, key) => setContains(asSet(self), key);
  t.nb.nb_subtract = (a, b) =>
    a instanceof PySet && b instanceof PySet ? setDifference(a, b) : NotImplemented;
  t.nb.nb_and = (a, b) => (a instanceof PySet && b instanceof PySet ? setIntersection(a, b) : NotImplemented);
  t.nb.nb_xor = (a, b) =>
    a instanceof PySet && b instanceof PySet ? setSymmetricDifference(a, b) : NotImplemented;
  t.nb.nb_or = (a, b) => {
    if (!(a instanceof PySet) || !(b instanceof PySet)) return NotImplemented;
    const result = setCopy(a);
    if (a !== b) updateInternal(result, b);
    return result;
  };
}
initSlots(setType);
initSlots(frozensetType);

setType.attrs.set("__hash__", None);
setType.nb.nb_inplace_subtract = (a, b) => {
  if (!(b instanceof PySet)) return NotImplemented;
  differenceUpdateInternal(asSet(a), b);
  return a;
};
setType.nb.nb_inplace_and = (a, b) => {
  if (!(b instanceof PySet)) return NotImplemented;
  const so = asSet(a);
  swapBodies(so, setIntersection(so, b));
  return a;
};
setType.nb.nb_inplace_xor = (a, b) => {
  if (!(b instanceof PySet)) return NotImplemented;
  symmetricDifferenceUpdate(asSet(a), b);
  return a;
};
setType.nb.nb_inplace_or = (a, b) => {
  if (!(b instanceof PySet)) return NotImplemented;
  updateInternal(asSet(a), b);
  return a;
};

frozensetType.tp_hash = (self) => frozensetHash(asSet(self));

function nkw(kwnames: readonly string[] | null): number {
  return kwnames === null ? 0 : kwnames.length;
}

setType.tp_new = (type) => makeNewSet(type, null);
setType.tp_init = (selfv, args, kwnames) => {
  const so = asSet(selfv);
  if (nkw(kwnames)) raiseTypeError("set() takes no keyword arguments");
  checkPositional(so.type.name, args.length, 0, 1);
  if (so.fill) clearInternal(so);
  so.cachedHash = null;
  if (args.length) updateInternal(so, args[0]);
};

frozensetType.tp_new = (type, args, kwnames) => {
  if ((type === frozensetType || type.tp_init === frozensetType.tp_init) && nkw(kwnames))
    raiseTypeError("frozenset() takes no keyword arguments");
  const npos = args.length - nkw(kwnames);
  checkPositional(type.name, npos, 0, 1);
  const iterable = npos ? args[0] : null;
  if (type !== frozensetType) return makeNewSet(type, iterable);
  if (iterable !== null && iterable instanceof PySet && iterable.type === frozensetType) return iterable;
  return makeNewSet(type, iterable);
};

// ---------------------------------------------------------------- methods

function methO(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (nkw(kwnames)) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function noArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  if (nkw(kwnames)) raiseTypeError(`${name}() takes no keyword arguments`);
  if (args.length) raiseTypeError(`${name}() takes no arguments (${args.length} given)`);
}

function varargs(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue[] {
  if (nkw(kwnames)) raiseTypeError(`${name}() takes no keyword arguments`);
  return args;
}

function setSizeof(so: PySet): number {
  return 200 + (so.mask + 1 > MINSIZE ? (so.mask + 1) * 16 : 0);
}

function setReduce(so: PySet): PyValue {
  const state = so.dict !== null ? so.dict : None;
  return newTuple([so.type, newTuple([newList(setItems(so))]), state]);
}

function commonMethods(t: PyType, q: string): void {
  defineMethods(t, {
    __contains__(self, args, kwnames) {
      return setContains(asSet(self), methO(`${q}.__contains__`, args, kwnames));
    },
    difference(self, args, kwnames) {
      return setDifferenceMulti(asSet(self), varargs(`${q}.difference`, args, kwnames));
    },
    intersection(self, args, kwnames) {
      return setIntersectionMulti(asSet(self), varargs(`${q}.intersection`, args, kwnames));
    },
    isdisjoint(self, args, kwnames) {
      return setIsdisjoint(asSet(self), methO(`${q}.isdisjoint`, args, kwnames));
    },
    issubset(self, args, kwnames) {
      return setIssubset(asSet(self), methO(`${q}.issubset`, args, kwnames));
    },
    issuperset(self, args, kwnames) {
      return setIssuperset(asSet(self), methO(`${q}.issuperset`, args, kwnames));
    },
    __reduce__(self, args, kwnames) {
      noArgs(`${q}.__reduce__`, args, kwnames);
      return setReduce(asSet(self));
    },
    __sizeof__(self, args, kwnames) {
      noArgs(`${q}.__sizeof__`, args, kwnames);
      return setSizeof(asSet(self));
    },
    symmetric_difference(self, args, kwnames) {
      return setSymmetricDifference(asSet(self), methO(`${q}.symmetric_difference`, args, kwnames));
    },
    union(self, args, kwnames) {
      return setUnion(asSet(self), varargs(`${q}.union`, args, kwnames));
    },
  });
  defineClassMethods(t, {
    __class_getitem__(cls, args, kwnames) {
      return genericAliasHook(cls, methO(`${q}.__class_getitem__`, args, kwnames));
    },
  });
}
commonMethods(setType, "set");
commonMethods(frozensetType, "frozenset");

defineMethods(setType, {
  add(self, args, kwnames) {
    const key = args.length === 1 && kwnames === null ? args[0] : methO("set.add", args, kwnames);
    setAddKey(asSet(self), key);
    return None;
  },
  clear(self, args, kwnames) {
    noArgs("set.clear", args, kwnames);
    clearInternal(asSet(self));
    return None;
  },
  copy(self, args, kwnames) {
    noArgs("set.copy", args, kwnames);
    return setCopy(asSet(self));
  },
  discard(self, args, kwnames) {
    discardWithRetry(asSet(self), methO("set.discard", args, kwnames));
    return None;
  },
  difference_update(self, args, kwnames) {
    const others = varargs("set.difference_update", args, kwnames);
    for (let i = 0; i < others.length; i++) differenceUpdateInternal(asSet(self), others[i]);
    return None;
  },
  intersection_update(self, args, kwnames) {
    const so = asSet(self);
    swapBodies(so, setIntersectionMulti(so, varargs("set.intersection_update", args, kwnames)));
    return None;
  },
  pop(self, args, kwnames) {
    noArgs("set.pop", args, kwnames);
    const so = asSet(self);
    if (so.used === 0) throw new E.PyBaseException(E.PyExc_KeyError, newTuple(["pop from an empty set"]));
    let e = so.finger & so.mask;
    const t = so.table;
    while (t[e] === undefined || t[e] === DUMMY) {
      e++;
      if (e > so.mask) e = 0;
    }
    const key = t[e] as PyValue;
    t[e] = DUMMY;
    so.hashHi[e] = -1;
    so.hashLo[e] = -1;
    so.used--;
    so.finger = e + 1;
    return key;
  },
  remove(self, args, kwnames) {
    const key = methO("set.remove", args, kwnames);
    if (!discardWithRetry(asSet(self), key)) throw new E.PyBaseException(E.PyExc_KeyError, newTuple([key]));
    return None;
  },
  symmetric_difference_update(self, args, kwnames) {
    symmetricDifferenceUpdate(asSet(self), methO("set.symmetric_difference_update", args, kwnames));
    return None;
  },
  update(self, args, kwnames) {
    const others = varargs("set.update", args, kwnames);
    for (let i = 0; i < others.length; i++) updateInternal(asSet(self), others[i]);
    return None;
  },
});

defineMethods(frozensetType, {
  copy(self, args, kwnames) {
    noArgs("frozenset.copy", args, kwnames);
    const so = asSet(self);
    if (so.type === frozensetType) return so;
    return setCopy(so);
  },
});

/** set.update(other) for one iterable. */
export function setUpdate(so: PySet, other: PyValue): void {
  updateInternal(so, other);
}

/** set.difference_update(other) for one iterable. */
export function setDifferenceUpdate(so: PySet, other: PyValue): void {
  differenceUpdateInternal(so, other);
}

/** set.symmetric_difference_update(other). */
export function setSymmetricDifferenceUpdate(so: PySet, other: PyValue): void {
  symmetricDifferenceUpdate(so, other);
}

/**
 * The frozenset constant CPython's compiler makes for a folded set display or `x in {...}`: built
 * once from the items in source order (optimize_lists_and_sets in Python/flowgraph.c, 3.14). Its
 * add_const merges it non-recursively, so unlike 3.13's merge_consts_recursive it is not rebuilt
 * from its own iteration order; the table layout, hence the order of a set built from it, is
 * that of the first build.
 */
export function frozensetConstant(items: readonly PyValue[]): PySet {
  return newFrozenSet(items);
}
