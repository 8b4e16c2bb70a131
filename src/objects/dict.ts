// The dict object's layout and table. Iteration order is insertion order, as in CPython 3.7+
// (Objects/dictobject.c keeps an entries array in insertion order; the hash index only finds
// entries). Here the entries are parallel arrays (keys, values, hashes; a deleted entry is a hole
// until the arrays are compacted), and three indexes find them by the stored key's kind:
//   strIndex   exact str keys (JS strings: attribute dicts, kwargs, JSON), through a JS Map,
//              without computing Python's str hash;
//   numIndex   keys whose value is a safe integer: ints, bools and integral floats, by that
//              number, so 1, 1.0 and True are one key with no hashing at all;
//   hashIndex  every other key (tuples, bigints, other floats, instances...) bucketed by its
//              Python hash, each bucket a chain through `chain`, compared with ==.
// A key of a Python class (a str/int subclass, or any class whose __eq__ and __hash__ say so) can
// equal a str or int key: such "exotic" keys are counted, and while there are any, str and int
// lookups also search the hash chains; an exotic key looks for equal str/int keys by its hash.
import { PyFloat } from "./float.ts";
import { PyObject, type PyValue } from "./object.ts";
import { type PyType, TPFLAGS_HEAPTYPE } from "./type.ts";
import { dictType, floatType, objectType, strType } from "./typeobjects.ts";

/** Hooks into the object protocol (src/objects/abstract.ts), installed there to avoid an import cycle. */
export const dictHooks = {
  hash: (_k: PyValue): number | bigint => {
    throw new Error("dict hooks not installed");
  },
  eq: (_a: PyValue, _b: PyValue): boolean => {
    throw new Error("dict hooks not installed");
  },
  strHash: (_s: string): number | bigint => {
    throw new Error("dict hooks not installed");
  },
  /** Rewrites an exact TypeError from hashing `key` (installed by src/objects/dict-methods.ts). */
  unhashable: (e: unknown, _key: PyValue, _what: string): unknown => e,
};

/**
 * hash(key) for use as a dict key: an exact TypeError (unhashable) is replaced by CPython 3.14's
 * "cannot use 'list' as a dict key (unhashable type: 'list')".
 */
export function keyHash(key: PyValue): number | bigint {
  if (typeof key === "number") return key === -1 ? -2 : key;
  try {
    return dictHooks.hash(key);
  } catch (e) {
    throw dictHooks.unhashable(e, key, "a dict key");
  }
}

function bucketOf(h: number | bigint): number {
  return typeof h === "number" ? h : Number(BigInt.asIntN(52, h));
}

/** The number a key is indexed by in numIndex (int, bool, integral float), or null. */
function numKey(key: PyValue): number | null {
  if (typeof key === "number") return key;
  if (typeof key === "boolean") return key ? 1 : 0;
  if (key instanceof PyFloat && key.type === floatType) {
    const v = key.value;
    if (Number.isSafeInteger(v)) return v + 0; // -0.0 is the key 0
  }
  return null;
}

function strEq(): PyValue | undefined {
  return strType.lookup("__eq__");
}

function strHashSlot(): PyValue | undefined {
  return strType.lookup("__hash__");
}

/**
 * A key of a Python class with its own __eq__: it may equal a str or int key. (Instances compared
 * by identity, the common case for objects used as keys, never do.)
 */
function isExotic(key: PyValue): boolean {
  if (typeof key !== "object") return false;
  const t = key.type;
  return (t.flags & TPFLAGS_HEAPTYPE) !== 0 && t.lookup("__eq__") !== objectType.lookup("__eq__");
}

export class PyDict extends PyObject {
  /** Entry keys in insertion order; `undefined` marks a deleted entry. */
  keys: (PyValue | undefined)[];
  values: (PyValue | undefined)[];
  /** Python hash of each hash-indexed entry's key (and of str keys once computed), else undefined. */
  hashes: (number | bigint | undefined)[];
  strIndex: Map<string, number>;
  numIndex: Map<number, number> | null;
  /** Bucket (from the hash) -> the first entry of its chain. */
  hashIndex: Map<number, number> | null;
  /** For hash-indexed entries: the next entry in the same bucket, or -1. */
  chain: number[];
  /** Live keys of Python classes (see the header). */
  exotic: number;
  /** Number of live entries. */
  size: number;
  /** No live entry at or after this index (a hint for lastIndex). */
  tail: number;
  /** Bumped on every insertion or deletion ("dictionary changed size during iteration"). */
  version: number;

  constructor(type: PyType = dictType) {
    super(type);
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.strIndex = new Map();
    this.numIndex = null;
    this.hashIndex = null;
    this.chain = [];
    this.exotic = 0;
    this.size = 0;
    this.tail = 0;
    this.version = 0;
  }

  // ---- str-key fast paths (attribute dicts, globals, kwargs) ----

  getStr(key: string): PyValue | undefined {
    const i = this.strIndex.get(key);
    if (i !== undefined) return this.values[i];
    if (this.exotic > 0) {
      const j = this.findChain(key, dictHooks.strHash(key));
      if (j >= 0) return this.values[j];
    }
    return undefined;
  }

  setStr(key: string, value: PyValue): void {
    const i = this.strIndex.get(key);
    if (i !== undefined) {
      this.values[i] = value;
      return;
    }
    if (this.exotic > 0) {
      const j = this.findChain(key, dictHooks.strHash(key));
      if (j >= 0) {
        this.values[j] = value;
        return;
      }
    }
    this.strIndex.set(key, this.keys.length);
    this.append(key, value, undefined);
  }

  delStr(key: string): boolean {
    const i = this.strIndex.get(key);
    if (i !== undefined) {
      this.strIndex.delete(key);
      this.removeEntry(i);
      return true;
    }
    if (this.exotic > 0) {
      const j = this.findChain(key, dictHooks.strHash(key));
      if (j >= 0) {
        this.removeAt(j);
        return true;
      }
    }
    return false;
  }

  // ---- general keys ----

  /** d[key] lookup: the value, or undefined when absent. Raises (throws) if key is unhashable. */
  getItem(key: PyValue): PyValue | undefined {
    if (typeof key === "string") return this.getStr(key);
    const i = this.find(key, undefined);
    return i >= 0 ? this.values[i] : undefined;
  }

  /** Like getItem, with the hash already computed (set/dict operations that hash once). */
  getItemWithHash(key: PyValue, hash: number | bigint): PyValue | undefined {
    if (typeof key === "string") return this.getStr(key);
    const i = this.find(key, hash);
    return i >= 0 ? this.values[i] : undefined;
  }

  setItem(key: PyValue, value: PyValue): void {
    if (typeof key === "string") {
      this.setStr(key, value);
      return;
    }
    const n = numKey(key);
    if (n !== null) {
      const idx = this.numIndex === null ? undefined : this.numIndex.get(n);
      if (idx !== undefined) {
        this.values[idx] = value;
        return;
      }
      if (this.exotic > 0) {
        const j = this.findChain(key, n === -1 ? -2 : n);
        if (j >= 0) {
          this.values[j] = value;
          return;
        }
      }
      if (this.numIndex === null) this.numIndex = new Map();
      this.numIndex.set(n, this.keys.length);
      this.append(key, value, undefined);
      return;
    }
    const h = keyHash(key);
    const i = this.findOther(key, h);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    const idx = this.keys.length;
    this.append(key, value, h);
    this.link(idx, h);
    if (isExotic(key)) this.exotic++;
  }

  /** Deletes key; returns false when it was absent. */
  delItem(key: PyValue): boolean {
    if (typeof key === "string") return this.delStr(key);
    const i = this.find(key, undefined);
    if (i < 0) return false;
    this.removeAt(i);
    return true;
  }

  contains(key: PyValue): boolean {
    return this.getItem(key) !== undefined;
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.strIndex = new Map();
    this.numIndex = null;
    this.hashIndex = null;
    this.chain = [];
    this.exotic = 0;
    this.size = 0;
    this.tail = 0;
    this.version++;
  }

  /**
   * The last live entry's index, or -1 (for popitem). Holes stay in place (an iterator must still
   * see an entry added after them, "keys changed during iteration"); `tail` remembers how far the
   * trailing holes reach, so draining a dict with popitem() stays linear.
   */
  lastIndex(): number {
    let i = Math.min(this.tail, this.keys.length) - 1;
    while (i >= 0 && this.keys[i] === undefined) i--;
    this.tail = i + 1;
    return i;
  }

  /** Removes the entry at index i (popitem, and deletions found by index). */
  removeAt(i: number): void {
    const k = this.keys[i] as PyValue;
    this.unindex(i, k);
    this.removeEntry(i);
  }

  // ---- internals ----

  private append(key: PyValue, value: PyValue, h: number | bigint | undefined): void {
    this.keys.push(key);
    this.values.push(value);
    this.hashes.push(h);
    this.chain.push(-1);
    this.size++;
    this.tail = this.keys.length;
    this.version++;
  }

  /** Index of the entry equal to a non-str key, or -1 (`h`: its hash when already known). */
  private find(key: PyValue, h: number | bigint | undefined): number {
    const n = numKey(key);
    if (n !== null) {
      const idx = this.numIndex === null ? undefined : this.numIndex.get(n);
      if (idx !== undefined) return idx;
      if (this.exotic > 0) return this.findChain(key, n === -1 ? -2 : n);
      return -1;
    }
    return this.findOther(key, h === undefined ? keyHash(key) : h);
  }

  /** A hash-indexed key: its chain, then (for keys of Python classes) equal str and int keys. */
  private findOther(key: PyValue, h: number | bigint): number {
    const i = this.findChain(key, h);
    if (i >= 0 || !isExotic(key)) return i;
    // An instance of a str subclass that keeps str's == and hash equals exactly the equal str.
    const t = (key as PyObject).type;
    if (t.isSubtypeOf(strType) && t.lookup("__eq__") === strEq() && t.lookup("__hash__") === strHashSlot()) {
      const v = (key as unknown as { value: unknown }).value;
      if (typeof v === "string") {
        const j = this.strIndex.get(v);
        return j === undefined ? -1 : j;
      }
    }
    if (this.numIndex !== null && typeof h === "number") {
      if (h !== -1) {
        const j = this.numIndex.get(h);
        if (j !== undefined && dictHooks.eq(this.keys[j] as PyValue, key)) return j;
      }
      if (h === -2) {
        const j = this.numIndex.get(-1);
        if (j !== undefined && dictHooks.eq(this.keys[j] as PyValue, key)) return j;
      }
    }
    if (this.strIndex.size > 0) {
      for (const [s, j] of this.strIndex) {
        let sh = this.hashes[j];
        if (sh === undefined) sh = this.hashes[j] = dictHooks.strHash(s);
        if (sh === h && dictHooks.eq(s, key)) return j;
      }
    }
    return -1;
  }

  /** Search the hash chain of h for key (identity, then equal hash and ==). */
  private findChain(key: PyValue, h: number | bigint): number {
    if (this.hashIndex === null) return -1;
    let i = this.hashIndex.get(bucketOf(h));
    const version = this.version;
    while (i !== undefined && i >= 0) {
      const k = this.keys[i] as PyValue;
      if (k === key) return i;
      if (this.hashes[i] === h) {
        const eq = dictHooks.eq(k, key);
        // __eq__ changed the dict: start over, as CPython's lookup does.
        if (this.version !== version) return this.findChain(key, h);
        if (eq) return i;
      }
      i = this.chain[i];
    }
    return -1;
  }

  /** Appends entry idx to its bucket's chain: equal-hash keys are compared in insertion order, as CPython's probing does. */
  private link(idx: number, h: number | bigint): void {
    if (this.hashIndex === null) this.hashIndex = new Map();
    const b = bucketOf(h);
    this.chain[idx] = -1;
    const head = this.hashIndex.get(b);
    if (head === undefined) {
      this.hashIndex.set(b, idx);
      return;
    }
    let j: number = head;
    for (;;) {
      const next: number = this.chain[j];
      if (next < 0) break;
      j = next;
    }
    this.chain[j] = idx;
  }

  /** Removes entry i (whose key is k) from the index that holds it. */
  private unindex(i: number, k: PyValue): void {
    if (typeof k === "string") {
      if (this.strIndex.get(k) === i) this.strIndex.delete(k);
      return;
    }
    const n = numKey(k);
    if (n !== null) {
      if (this.numIndex !== null && this.numIndex.get(n) === i) this.numIndex.delete(n);
      return;
    }
    if (isExotic(k) && this.exotic > 0) this.exotic--;
    if (this.hashIndex === null) return;
    const b = bucketOf(this.hashes[i] as number | bigint);
    let j = this.hashIndex.get(b);
    let prev = -1;
    while (j !== undefined && j >= 0) {
      if (j === i) {
        const next = this.chain[i];
        if (prev < 0) {
          if (next < 0) this.hashIndex.delete(b);
          else this.hashIndex.set(b, next);
        } else this.chain[prev] = next;
        return;
      }
      prev = j;
      j = this.chain[j];
    }
  }

  private removeEntry(i: number): void {
    this.keys[i] = undefined;
    this.values[i] = undefined;
    this.hashes[i] = undefined;
    this.chain[i] = -1;
    this.size--;
    this.version++;
    // Compact when more than half the entries are holes (dictresize in CPython).
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
  }

  private compact(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    const oldHashes = this.hashes;
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.chain = [];
    this.strIndex = new Map();
    this.numIndex = null;
    this.hashIndex = null;
    for (let i = 0; i < oldKeys.length; i++) {
      const k = oldKeys[i];
      if (k === undefined) continue;
      const idx = this.keys.length;
      this.keys.push(k);
      this.values.push(oldValues[i]);
      const h = oldHashes[i];
      this.hashes.push(h);
      this.chain.push(-1);
      if (typeof k === "string") {
        this.strIndex.set(k, idx);
        continue;
      }
      const n = numKey(k);
      if (n !== null) {
        if (this.numIndex === null) this.numIndex = new Map();
        this.numIndex.set(n, idx);
      } else this.link(idx, h as number | bigint);
    }
    this.tail = this.keys.length;
  }
}
