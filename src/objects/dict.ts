// The dict object's layout and table. Iteration order is insertion order, as in CPython 3.7+
// (Objects/dictobject.c keeps an entries array in insertion order; the hash index only finds
// entries). Here the entries are three parallel arrays, and two indexes find them:
//   strIndex   exact JS-string keys (the overwhelmingly common case: attribute dicts, kwargs,
//              JSON) are found through a JS Map without computing Python's str hash;
//   hashIndex  every other key is bucketed by its Python hash and compared with ==, which is
//              what makes 1, 1.0 and True the same key.
// A key of another type can still equal a str key (a str subclass, or a class whose __eq__ and
// __hash__ say so); the slow path in findOther() handles that the way CPython does, by hash then ==.
import { PyObject, type PyValue } from "./object.ts";
import { type PyType, TPFLAGS_HEAPTYPE } from "./type.ts";
import { dictType, strType } from "./typeobjects.ts";

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

export class PyDict extends PyObject {
  /** Entry keys in insertion order; `undefined` marks a deleted entry. */
  keys: (PyValue | undefined)[];
  values: (PyValue | undefined)[];
  /** Python hash of each entry's key, or undefined for str keys whose hash was never needed. */
  hashes: (number | bigint | undefined)[];
  strIndex: Map<string, number>;
  hashIndex: Map<number, number[]> | null;
  /** Number of live entries. */
  size: number;
  /** Bumped on every insertion or deletion ("dictionary changed size during iteration"). */
  version: number;

  constructor(type: PyType = dictType) {
    super(type);
    this.keys = [];
    this.values = [];
    this.hashes = [];
    this.strIndex = new Map();
    this.hashIndex = null;
    this.size = 0;
    this.version = 0;
  }

  // ---- str-key fast paths (attribute dicts, globals, kwargs) ----

  getStr(key: string): PyValue | undefined {
    const i = this.strIndex.get(key);
    if (i !== undefined) return this.values[i];
    if (this.hashIndex !== null) {
      const j = this.findOther(key, dictHooks.strHash(key));
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
    if (this.hashIndex !== null) {
      const j = this.findOther(key, dictHooks.strHash(key));
      if (j >= 0) {
        this.values[j] = value;
        return;
      }
    }
    this.strIndex.set(key, this.keys.length);
    this.keys.push(key);
    this.values.push(value);
    this.hashes.push(undefined);
    this.size++;
    this.version++;
  }

  delStr(key: string): boolean {
    const i = this.strIndex.get(key);
    if (i !== undefined) {
      this.strIndex.delete(key);
      this.removeEntry(i);
      return true;
    }
    if (this.hashIndex !== null) {
      const h = dictHooks.strHash(key);
      const j = this.findOther(key, h);
      if (j >= 0) {
        this.unindexOther(j, h);
        this.removeEntry(j);
        return true;
      }
    }
    return false;
  }

  // ---- general keys ----

  /** d[key] lookup: the value, or undefined when absent. Raises (throws) if key is unhashable. */
  getItem(key: PyValue): PyValue | undefined {
    if (typeof key === "string") return this.getStr(key);
    const i = this.findOther(key, keyHash(key));
    return i >= 0 ? this.values[i] : undefined;
  }

  /** Like getItem, with the hash already computed (set/dict operations that hash once). */
  getItemWithHash(key: PyValue, hash: number | bigint): PyValue | undefined {
    if (typeof key === "string") return this.getStr(key);
    const i = this.findOther(key, hash);
    return i >= 0 ? this.values[i] : undefined;
  }

  setItem(key: PyValue, value: PyValue): void {
    if (typeof key === "string") {
      this.setStr(key, value);
      return;
    }
    const h = keyHash(key);
    const i = this.findOther(key, h);
    if (i >= 0) {
      this.values[i] = value;
      return;
    }
    const idx = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.hashes.push(h);
    if (this.hashIndex === null) this.hashIndex = new Map();
    const b = bucketOf(h);
    const bucket = this.hashIndex.get(b);
    if (bucket === undefined) this.hashIndex.set(b, [idx]);
    else bucket.push(idx);
    this.size++;
    this.version++;
  }

  /** Deletes key; returns false when it was absent. */
  delItem(key: PyValue): boolean {
    if (typeof key === "string") return this.delStr(key);
    const h = keyHash(key);
    const i = this.findOther(key, h);
    if (i < 0) return false;
    this.unindexOther(i, h);
    this.removeEntry(i);
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
    this.hashIndex = null;
    this.size = 0;
    this.version++;
  }

  /** The last live entry's index, or -1 (for popitem). */
  lastIndex(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== undefined) return i;
    return -1;
  }

  /** Removes the entry at index i (popitem, and deletions found by index). */
  removeAt(i: number): void {
    const k = this.keys[i] as PyValue;
    if (typeof k === "string" && this.strIndex.get(k) === i) this.strIndex.delete(k);
    else this.unindexOther(i, this.hashes[i] ?? dictHooks.hash(k));
    this.removeEntry(i);
  }

  // ---- internals ----

  /** Index of the entry whose key equals `key` (hash `h`) among the non-fast-path entries. */
  private findOther(key: PyValue, h: number | bigint): number {
    if (this.hashIndex !== null) {
      const bucket = this.hashIndex.get(bucketOf(h));
      if (bucket !== undefined) {
        for (let n = 0; n < bucket.length; n++) {
          const i = bucket[n];
          const k = this.keys[i] as PyValue;
          if (k === key) return i;
          const kh = this.hashes[i];
          if (kh === h || (typeof kh === "bigint" && typeof h === "bigint" && kh === h)) {
            if (dictHooks.eq(k, key)) return i;
          }
        }
      }
    }
    // A non-str key may still equal an exact-str key (a str subclass, or a custom __eq__).
    // Only a str subclass or a Python class can have such an __eq__: builtin keys (tuples, floats,
    // frozensets, None ...) never equal a str, and scanning the str keys for them would be O(n).
    if (typeof key === "object" && this.strIndex.size > 0) {
      const keyType = key.type;
      if ((keyType.flags & TPFLAGS_HEAPTYPE) !== 0 || keyType.isSubtypeOf(strType)) {
        for (const [s, i] of this.strIndex) {
          let sh = this.hashes[i];
          if (sh === undefined) sh = this.hashes[i] = dictHooks.strHash(s);
          if (sh === h && dictHooks.eq(s, key)) return i;
        }
      }
    }
    return -1;
  }

  private unindexOther(i: number, h: number | bigint): void {
    if (this.hashIndex === null) return;
    const b = bucketOf(h);
    const bucket = this.hashIndex.get(b);
    if (bucket === undefined) return;
    const at = bucket.indexOf(i);
    if (at >= 0) bucket.splice(at, 1);
    if (bucket.length === 0) this.hashIndex.delete(b);
  }

  private removeEntry(i: number): void {
    this.keys[i] = undefined;
    this.values[i] = undefined;
    this.hashes[i] = undefined;
    this.size--;
    this.version++;
    // Compact when more than half the entries are holes (dictresize in CPython).
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact();
  }

  private compact(): void {
    const keys: (PyValue | undefined)[] = [];
    const values: (PyValue | undefined)[] = [];
    const hashes: (number | bigint | undefined)[] = [];
    const strIndex = new Map<string, number>();
    let hashIndex: Map<number, number[]> | null = null;
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k === undefined) continue;
      const idx = keys.length;
      keys.push(k);
      values.push(this.values[i]);
      const h = this.hashes[i];
      hashes.push(h);
      if (typeof k === "string" && this.strIndex.get(k) === i) {
        strIndex.set(k, idx);
      } else {
        if (hashIndex === null) hashIndex = new Map();
        const b = bucketOf(h as number | bigint);
        const bucket = hashIndex.get(b);
        if (bucket === undefined) hashIndex.set(b, [idx]);
        else bucket.push(idx);
      }
    }
    this.keys = keys;
    this.values = values;
    this.hashes = hashes;
    this.strIndex = strIndex;
    this.hashIndex = hashIndex;
  }
}
