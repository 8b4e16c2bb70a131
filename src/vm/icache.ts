// Inline caches for the eval loop, in the spirit of PEP 659 (Python/specialize.c) but shaped for
// V8: instead of rewriting instructions, each code object gets a side array `code.vmCache`
// indexed by instruction offset, holding one small monomorphic record per global, name or
// attribute site, made the first time the site runs. The loop checks a record's guards inline
// and falls back to the generic path (which refills the record) when they fail.
//
// Guards:
// - globals and names: the dict's identity and the key at the cached entry index (an entry
//   keeps its index until it is deleted or the dict compacted); for a name found in the
//   builtins, also the globals' `version` (bumped by src/objects/dict.ts on every insertion or
//   deletion, never on a value update). The value is read from the entry each time.
// - attributes: the type's identity and version tag (`PyType.version`, replaced by
//   `PyType.modified()` on any change to the namespace, bases or MRO of the type or a base), and
//   for a descriptor found on the type, the version of the descriptor's own type. The instance
//   dict is read each time (with the entry index of the last hit as a hint).
import type { PyCode } from "../objects/code.ts";
import type { PyDict } from "../objects/dict.ts";
import type { PyValue } from "../objects/object.ts";
import { genericGetAttr, genericSetAttr } from "../objects/object-type.ts";
import { type PyType, TPFLAGS_METHOD_DESCRIPTOR } from "../objects/type.ts";
import { typeOf } from "../objects/typeobjects.ts";

/** The inline cache array of `code`, made on first use. */
export function cachesOf(code: PyCode): unknown[] {
  let c = code.vmCache;
  if (c === null) {
    c = new Array(code.co_code.length).fill(undefined);
    code.vmCache = c;
  }
  return c;
}

/** A site refilled this many times (a megamorphic site) stops caching. */
const MAX_MISSES = 32;

// ---------------------------------------------------------------- globals and names

/**
 * LOAD_GLOBAL, and LOAD_NAME/STORE_NAME where locals are the globals (module bodies): the value
 * is `dict.values[idx]` while the entry at `idx` of `dict` still has the name as its key (an
 * exact str key: the dict's one entry for it), and, when the name was found in the builtins
 * (`dict !== globals`), `globals` is the frame's globals at version `gver` (the name was not
 * added to them). Checking the key rather than the version keeps the site valid while other
 * names come and go (`except E as e` deletes `e` from a module's globals every time).
 */
export class GlobalCache {
  globals: PyDict;
  gver: number;
  dict: PyDict;
  dver: number;
  idx: number;
  misses: number;
  constructor(globals: PyDict, dict: PyDict, idx: number) {
    this.globals = globals;
    this.gver = globals.version;
    this.dict = dict;
    this.dver = dict.version;
    this.idx = idx;
    this.misses = 0;
  }
}

function setGlobalCache(caches: unknown[], at: number, globals: PyDict, dict: PyDict, idx: number): void {
  const c = caches[at] as GlobalCache | undefined;
  if (c === undefined) {
    caches[at] = new GlobalCache(globals, dict, idx);
    return;
  }
  if (++c.misses > MAX_MISSES) return;
  c.globals = globals;
  c.gver = globals.version;
  c.dict = dict;
  c.dver = dict.version;
  c.idx = idx;
}

/**
 * The generic lookup of a global (globals, then builtins) that (re)fills the site's cache;
 * undefined when the name is in neither (the caller raises NameError).
 */
export function loadGlobalMiss(
  caches: unknown[],
  at: number,
  globals: PyDict,
  builtins: PyDict,
  name: string,
): PyValue | undefined {
  const i = globals.strIndex.get(name);
  if (i !== undefined) {
    setGlobalCache(caches, at, globals, globals, i);
    return globals.values[i];
  }
  // A str-equal key of a Python class: found by the general lookup, not cached.
  if (globals.exotic > 0) {
    const v = globals.getStr(name);
    if (v !== undefined) return v;
  }
  const j = builtins.strIndex.get(name);
  if (j !== undefined) {
    if (globals.exotic === 0) setGlobalCache(caches, at, globals, builtins, j);
    return builtins.values[j];
  }
  return builtins.getStr(name);
}

/** STORE_NAME into module globals: fills the site's cache with the entry the value went to. */
export function storeNameMiss(caches: unknown[], at: number, dict: PyDict, name: string, v: PyValue): void {
  dict.setStr(name, v);
  const c = caches[at] as GlobalCache | undefined;
  if (c !== undefined && c.misses > MAX_MISSES) return;
  const i = dict.strIndex.get(name);
  if (i !== undefined) setGlobalCache(caches, at, dict, dict, i);
}

// ---------------------------------------------------------------- attributes

/** LOAD_ATTR kinds. */
/** No attribute of that name on the type: the instance dict's entry. */
export const ATTR_INSTANCE = 1;
/** A function or method descriptor on the type, not shadowed: the method form pushes (descr, self). */
export const ATTR_METHOD = 2;
/** A data descriptor on the type (property, __slots__ member, getset): its __get__. */
export const ATTR_DATA = 3;
/** Another attribute of the type: the instance dict's entry if any, else the attribute (through __get__). */
export const ATTR_CLASS = 4;
/** STORE_ATTR: into the instance dict (no data descriptor on the type). */
export const STORE_DICT = 5;
/** STORE_ATTR: through a data descriptor's __set__. */
export const STORE_DESCR = 6;

export class AttrCache {
  /** The owner's type, or null when the site is not cached. */
  type: PyType | null;
  version: number;
  kind: number;
  descr: PyValue | null;
  /** typeOf(descr) and its version when it matters (ATTR_DATA, ATTR_CLASS, STORE_*), else null. */
  dtype: PyType | null;
  dver: number;
  get: PyType["tp_descr_get"];
  set: PyType["tp_descr_set"];
  /** Index of the attribute in the instance dict at the last hit (a hint). */
  idx: number;
  misses: number;
  constructor() {
    this.type = null;
    this.version = 0;
    this.kind = 0;
    this.descr = null;
    this.dtype = null;
    this.dver = 0;
    this.get = null;
    this.set = null;
    this.idx = 0;
    this.misses = 0;
  }
}

function attrCacheAt(caches: unknown[], at: number): AttrCache | null {
  let c = caches[at] as AttrCache | undefined;
  if (c === undefined) {
    c = new AttrCache();
    caches[at] = c;
  } else if (++c.misses > MAX_MISSES) {
    c.type = null;
    return null;
  }
  return c;
}

/** Fills the LOAD_ATTR cache at `at` for `owner.name` (after the generic lookup succeeded). */
export function fillLoadAttr(
  caches: unknown[],
  at: number,
  owner: PyValue,
  name: string,
  methodForm: boolean,
): void {
  const c = attrCacheAt(caches, at);
  if (c === null) return;
  c.type = null;
  const t = typeOf(owner);
  if (t.tp_getattro !== genericGetAttr) return;
  const descr = t.lookup(name);
  c.descr = null;
  c.dtype = null;
  c.get = null;
  c.set = null;
  if (descr === undefined) {
    if (typeof owner !== "object" || owner.dict === null) return;
    c.kind = ATTR_INSTANCE;
    const i = owner.dict.strIndex.get(name);
    c.idx = i === undefined ? 0 : i;
  } else {
    const dt = typeOf(descr);
    c.descr = descr;
    c.get = dt.tp_descr_get;
    if (dt.tp_descr_get !== null && dt.tp_descr_set !== null) c.kind = ATTR_DATA;
    else if (methodForm && dt.flags & TPFLAGS_METHOD_DESCRIPTOR) c.kind = ATTR_METHOD;
    else c.kind = ATTR_CLASS;
    c.dtype = dt;
    c.dver = dt.version;
  }
  c.type = t;
  c.version = t.version;
}

/** Fills the STORE_ATTR cache at `at` for `owner.name = v` (after the generic store succeeded). */
export function fillStoreAttr(caches: unknown[], at: number, owner: PyValue, name: string): void {
  const c = attrCacheAt(caches, at);
  if (c === null) return;
  c.type = null;
  if (typeof owner !== "object") return;
  const t = owner.type;
  if (t.tp_setattro !== genericSetAttr) return;
  const descr = t.lookup(name);
  c.descr = null;
  c.dtype = null;
  c.get = null;
  c.set = null;
  if (descr !== undefined) {
    const dt = typeOf(descr);
    c.dtype = dt;
    c.dver = dt.version;
    if (dt.tp_descr_set !== null) {
      c.kind = STORE_DESCR;
      c.descr = descr;
      c.set = dt.tp_descr_set;
      c.type = t;
      c.version = t.version;
      return;
    }
  }
  const d = owner.dict;
  if (d === null) return;
  c.kind = STORE_DICT;
  const i = d.strIndex.get(name);
  c.idx = i === undefined ? 0 : i;
  c.type = t;
  c.version = t.version;
}
