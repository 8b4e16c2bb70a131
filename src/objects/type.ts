// The `type` object's data layout: name, bases, MRO, namespace and the slot table.
// Follows Objects/typeobject.c: builtin types fill their slots with TypeScript functions; for
// classes defined in Python, slots are filled with generic functions that look up the dunder
// method (slot_tp_repr, slot_nb_add, ... in typeobject.c; here in src/objects/slots.ts).
import { type CompareOp, PyObject, type PyValue } from "./object.ts";

/** Positional arguments then keyword values; `kwnames` names the trailing keyword values (vectorcall). */
export type CallFn = (callable: PyValue, args: PyValue[], kwnames: readonly string[] | null) => PyValue;
export type UnaryFn = (self: PyValue) => PyValue;
export type BinaryFn = (a: PyValue, b: PyValue) => PyValue;
export type TernaryFn = (a: PyValue, b: PyValue, c: PyValue) => PyValue;

// Type flags, as Include/object.h where a concept exists there.
export const TPFLAGS_HEAPTYPE = 1 << 9;
export const TPFLAGS_BASETYPE = 1 << 10;
export const TPFLAGS_IS_ABSTRACT = 1 << 20;
export const TPFLAGS_SEQUENCE = 1 << 5;
export const TPFLAGS_MAPPING = 1 << 6;
export const TPFLAGS_IMMUTABLETYPE = 1 << 8;
export const TPFLAGS_LONG_SUBCLASS = 1 << 24;
export const TPFLAGS_LIST_SUBCLASS = 1 << 25;
export const TPFLAGS_TUPLE_SUBCLASS = 1 << 26;
export const TPFLAGS_BYTES_SUBCLASS = 1 << 27;
export const TPFLAGS_UNICODE_SUBCLASS = 1 << 28;
export const TPFLAGS_DICT_SUBCLASS = 1 << 29;
export const TPFLAGS_BASE_EXC_SUBCLASS = 1 << 30;
export const TPFLAGS_TYPE_SUBCLASS = 1 << 31;
/** Calling the attribute with self prepended equals calling its __get__ result (functions, method descriptors). */
export const TPFLAGS_METHOD_DESCRIPTOR = 1 << 17;
/** The type cannot be instantiated from Python (no tp_new); set by readiness for static types off `object`. */
export const TPFLAGS_DISALLOW_INSTANTIATION = 1 << 7;
/** Slots inherited and wrapper descriptors created (PyType_Ready has run). */
export const TPFLAGS_READY = 1 << 12;

/**
 * Number slots (PyNumberMethods). Binary slots follow CPython's convention: the slot of either
 * operand's type is called with (left, right) and returns NotImplemented when it cannot handle them.
 */
export interface NumberSlots {
  nb_add: BinaryFn | null;
  nb_subtract: BinaryFn | null;
  nb_multiply: BinaryFn | null;
  nb_remainder: BinaryFn | null;
  nb_divmod: BinaryFn | null;
  nb_power: TernaryFn | null;
  nb_negative: UnaryFn | null;
  nb_positive: UnaryFn | null;
  nb_absolute: UnaryFn | null;
  nb_bool: ((self: PyValue) => boolean) | null;
  nb_invert: UnaryFn | null;
  nb_lshift: BinaryFn | null;
  nb_rshift: BinaryFn | null;
  nb_and: BinaryFn | null;
  nb_xor: BinaryFn | null;
  nb_or: BinaryFn | null;
  nb_int: UnaryFn | null;
  nb_float: UnaryFn | null;
  nb_inplace_add: BinaryFn | null;
  nb_inplace_subtract: BinaryFn | null;
  nb_inplace_multiply: BinaryFn | null;
  nb_inplace_remainder: BinaryFn | null;
  nb_inplace_power: TernaryFn | null;
  nb_inplace_lshift: BinaryFn | null;
  nb_inplace_rshift: BinaryFn | null;
  nb_inplace_and: BinaryFn | null;
  nb_inplace_xor: BinaryFn | null;
  nb_inplace_or: BinaryFn | null;
  nb_floor_divide: BinaryFn | null;
  nb_true_divide: BinaryFn | null;
  nb_inplace_floor_divide: BinaryFn | null;
  nb_inplace_true_divide: BinaryFn | null;
  nb_index: UnaryFn | null;
  nb_matrix_multiply: BinaryFn | null;
  nb_inplace_matrix_multiply: BinaryFn | null;
}

export function emptyNumberSlots(): NumberSlots {
  return {
    nb_add: null,
    nb_subtract: null,
    nb_multiply: null,
    nb_remainder: null,
    nb_divmod: null,
    nb_power: null,
    nb_negative: null,
    nb_positive: null,
    nb_absolute: null,
    nb_bool: null,
    nb_invert: null,
    nb_lshift: null,
    nb_rshift: null,
    nb_and: null,
    nb_xor: null,
    nb_or: null,
    nb_int: null,
    nb_float: null,
    nb_inplace_add: null,
    nb_inplace_subtract: null,
    nb_inplace_multiply: null,
    nb_inplace_remainder: null,
    nb_inplace_power: null,
    nb_inplace_lshift: null,
    nb_inplace_rshift: null,
    nb_inplace_and: null,
    nb_inplace_xor: null,
    nb_inplace_or: null,
    nb_floor_divide: null,
    nb_true_divide: null,
    nb_inplace_floor_divide: null,
    nb_inplace_true_divide: null,
    nb_index: null,
    nb_matrix_multiply: null,
    nb_inplace_matrix_multiply: null,
  };
}

/** Source of type version tags: every new type and every modification takes the next number. */
let nextTypeVersion = 1;

export class PyType extends PyObject {
  /** tp_name: for builtin types the dotted name CPython uses ("int", "collections.deque"). */
  name: string;
  qualname: string;
  /** tp_base: the "solid" base whose instance layout this type extends. */
  base: PyType | null;
  bases: PyType[];
  mro: PyType[];
  /** The type's namespace (what `type.__dict__` shows through a mappingproxy). */
  readonly attrs: Map<string, PyValue>;
  flags: number;
  /** True when instances carry a `__dict__` (heap types without `__slots__`, and e.g. functions). */
  hasInstanceDict: boolean;
  /**
   * True when the type's instances have a layout of their own that a sibling base cannot share
   * (CPython's shape_differs/solid_base): builtin types with their own TS class, and heap types
   * with non-empty __slots__. Computed when the type is readied unless set before.
   */
  ownLayout: boolean | null;
  /** Number of __slots__ member slots of instances, inherited ones included. */
  nslots: number;
  /** The names of the __slots__ this type itself added (for __class__ assignment checks). */
  slotNames: readonly string[];
  /** True when instances support weak references (`__weakref__`). */
  hasWeakref: boolean;
  /** Live subclasses, for cache invalidation and `__subclasses__()`. */
  readonly subclasses: Set<WeakRef<PyType>>;
  /** Memo of MRO lookups (_PyType_Lookup's method cache); `null` records "not found". */
  readonly lookupCache: Map<string, PyValue | null>;
  /**
   * tp_version_tag: a number no other type or earlier state of this type had; replaced by
   * modified() whenever the namespace, bases or MRO of this type or a base change. The VM's
   * inline caches (src/vm/icache.ts) are keyed by (type, version).
   */
  version: number;

  // The slot table (PyTypeObject's tp_* fields). null = not provided; inherited at readiness.
  tp_new: ((type: PyType, args: PyValue[], kwnames: readonly string[] | null) => PyValue) | null;
  tp_init: ((self: PyValue, args: PyValue[], kwnames: readonly string[] | null) => void) | null;
  tp_call: CallFn | null;
  tp_repr: ((self: PyValue) => string) | null;
  tp_str: ((self: PyValue) => string) | null;
  tp_hash: ((self: PyValue) => number | bigint) | null;
  tp_richcompare: ((self: PyValue, other: PyValue, op: CompareOp) => PyValue) | null;
  /** Attribute lookup: returns undefined for a plain "no such attribute" (the caller raises AttributeError). */
  tp_getattro: ((self: PyValue, name: string) => PyValue | undefined) | null;
  /** Attribute assignment; `value === null` deletes. */
  tp_setattro: ((self: PyValue, name: string, value: PyValue | null) => void) | null;
  tp_descr_get: ((self: PyValue, obj: PyValue | null, type: PyType | null) => PyValue) | null;
  tp_descr_set: ((self: PyValue, obj: PyValue, value: PyValue | null) => void) | null;
  tp_iter: UnaryFn | null;
  /** Next item, or undefined when exhausted (no StopIteration object is made on this path). */
  tp_iternext: ((self: PyValue) => PyValue | undefined) | null;
  /** len(): mp_length / sq_length. */
  mp_length: ((self: PyValue) => number) | null;
  mp_subscript: BinaryFn | null;
  /** `value === null` deletes. */
  mp_ass_subscript: ((self: PyValue, key: PyValue, value: PyValue | null) => void) | null;
  sq_contains: ((self: PyValue, item: PyValue) => boolean) | null;
  /** Called by the garbage collector's finaliser (see docs/architecture.md on __del__). */
  tp_finalize: ((self: PyValue) => void) | null;
  readonly nb: NumberSlots;

  constructor(metatype: PyType | null, name: string, bases: PyType[], flags = 0) {
    // `type` is its own metatype: the bootstrap passes null and fixes it up.
    super(metatype as PyType);
    this.name = name;
    const dot = name.lastIndexOf(".");
    this.qualname = dot >= 0 ? name.slice(dot + 1) : name;
    this.base = bases.length ? bases[0] : null;
    this.bases = bases;
    this.mro = [];
    this.attrs = new Map();
    this.flags = flags;
    this.hasInstanceDict = false;
    this.ownLayout = null;
    this.nslots = 0;
    this.slotNames = [];
    this.hasWeakref = false;
    this.subclasses = new Set();
    this.lookupCache = new Map();
    this.version = nextTypeVersion++;
    this.tp_new = null;
    this.tp_init = null;
    this.tp_call = null;
    this.tp_repr = null;
    this.tp_str = null;
    this.tp_hash = null;
    this.tp_richcompare = null;
    this.tp_getattro = null;
    this.tp_setattro = null;
    this.tp_descr_get = null;
    this.tp_descr_set = null;
    this.tp_iter = null;
    this.tp_iternext = null;
    this.mp_length = null;
    this.mp_subscript = null;
    this.mp_ass_subscript = null;
    this.sq_contains = null;
    this.tp_finalize = null;
    this.nb = emptyNumberSlots();
  }

  /** _PyType_Lookup: find `name` along the MRO, without invoking descriptors. */
  lookup(name: string): PyValue | undefined {
    const cached = this.lookupCache.get(name);
    if (cached !== undefined) return cached === null ? undefined : cached;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const v = mro[i].attrs.get(name);
      if (v !== undefined) {
        this.lookupCache.set(name, v);
        return v;
      }
    }
    this.lookupCache.set(name, null);
    return undefined;
  }

  /** Forget cached lookups here and in every subclass (type_modified in typeobject.c). */
  modified(): void {
    this.lookupCache.clear();
    this.version = nextTypeVersion++;
    for (const ref of this.subclasses) {
      const sub = ref.deref();
      if (sub === undefined) this.subclasses.delete(ref);
      else sub.modified();
    }
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * The C3 linearisation (Objects/typeobject.c: mro_implementation). Returns null when no
 * consistent order exists; the caller raises CPython's TypeError naming the bases.
 */
export function c3Linearize(type: PyType, bases: PyType[]): PyType[] | null {
  const seqs: PyType[][] = bases.map((b) => b.mro.slice());
  seqs.push(bases.slice());
  const result: PyType[] = [type];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let candidate: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        candidate = head;
        break;
      }
    }
    if (candidate === null) return null;
    result.push(candidate);
    for (const s of nonEmpty) if (s[0] === candidate) s.shift();
  }
}
