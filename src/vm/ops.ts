// Operations the eval loop needs that the object protocol (src/objects/abstract.ts) does not
// provide (yet): unary operators, the ternary power operator, format(), conversion for f-strings,
// the exception helpers of Python/ceval.c (NameError with .name, unbound local/free messages),
// and the conversion of JS errors into Python exceptions.
import {
  binaryOp,
  call,
  getAttr,
  inplaceOp,
  isTrue,
  lookupAttr,
  repr,
  str,
  typeName,
} from "../objects/abstract.ts";
import type { PyCode } from "../objects/code.ts";
import { newException, raiseTypeError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyBaseException } from "../objects/exceptions.ts";
import type { PyValue } from "../objects/object.ts";
import { None, NotImplemented } from "../objects/singletons.ts";
import { strValue } from "../objects/str.ts";
import { type BinaryFn, type NumberSlots, PyType, type TernaryFn } from "../objects/type.ts";
import { typeOf } from "../objects/typeobjects.ts";

// ---------------------------------------------------------------- unary operators

export function negative(v: PyValue): PyValue {
  if (typeof v === "number") return v === 0 ? 0 : -v;
  if (typeof v === "boolean") return v ? -1 : 0;
  if (typeof v === "bigint") return normBig(-v);
  const f = typeOf(v).nb.nb_negative;
  if (f === null) raiseTypeError(`bad operand type for unary -: '${typeName(v)}'`);
  return f(v);
}

export function positive(v: PyValue): PyValue {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const f = typeOf(v).nb.nb_positive;
  if (f === null) raiseTypeError(`bad operand type for unary +: '${typeName(v)}'`);
  return f(v);
}

export function invert(v: PyValue): PyValue {
  if (typeof v === "number" && v >= -0x40000000 && v <= 0x3fffffff) return ~v;
  if (typeof v === "boolean") {
    // bool's own slot warns (DeprecationWarning) before inverting the int.
    const f = typeOf(v).nb.nb_invert;
    return f !== null ? f(v) : v ? -2 : -1;
  }
  if (typeof v === "bigint") return normBig(~v);
  if (typeof v === "number") return normBig(~BigInt(v));
  const f = typeOf(v).nb.nb_invert;
  if (f === null) raiseTypeError(`bad operand type for unary ~: '${typeName(v)}'`);
  return f(v);
}

function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

// ---------------------------------------------------------------- binary operators

/** ternary_op (Objects/abstract.c) for pow(v, w, z) and v ** w. */
export function power(v: PyValue, w: PyValue, z: PyValue, inplace: boolean): PyValue {
  const vt = typeOf(v);
  const wt = typeOf(w);
  if (inplace) {
    const f = vt.nb.nb_inplace_power;
    if (f !== null) {
      const x = f(v, w, z);
      if (x !== NotImplemented) return x;
    }
  }
  const slotv: TernaryFn | null = vt.nb.nb_power;
  let slotw: TernaryFn | null = wt !== vt ? wt.nb.nb_power : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && wt.isSubtypeOf(vt)) {
      const x = slotw(v, w, z);
      if (x !== NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(v, w, z);
    if (x !== NotImplemented) return x;
  }
  if (slotw !== null) {
    const x = slotw(v, w, z);
    if (x !== NotImplemented) return x;
  }
  if (z !== None) {
    const zt = typeOf(z);
    const slotz = zt.nb.nb_power;
    if (slotz !== null && slotz !== slotv && slotz !== slotw) {
      const x = slotz(v, w, z);
      if (x !== NotImplemented) return x;
    }
    raiseTypeError(
      `unsupported operand type(s) for ** or pow(): '${vt.name}', '${wt.name}', '${typeOf(z).name}'`,
    );
  }
  raiseTypeError(
    `unsupported operand type(s) for ${inplace ? "**=" : "** or pow()"}: '${vt.name}' and '${wt.name}'`,
  );
}

type BinarySlot = {
  [K in keyof NumberSlots]: NumberSlots[K] extends BinaryFn | null ? K : never;
}[keyof NumberSlots];

// Indexed by BINARY_OP's oparg (NB_ADD .. NB_XOR, then the in-place forms).
const NB_SLOT: readonly BinarySlot[] = [
  "nb_add",
  "nb_and",
  "nb_floor_divide",
  "nb_lshift",
  "nb_matrix_multiply",
  "nb_multiply",
  "nb_remainder",
  "nb_or",
  "nb_add", // NB_POWER: handled by power()
  "nb_rshift",
  "nb_subtract",
  "nb_true_divide",
  "nb_xor",
];
const NB_ISLOT: readonly BinarySlot[] = [
  "nb_inplace_add",
  "nb_inplace_and",
  "nb_inplace_floor_divide",
  "nb_inplace_lshift",
  "nb_inplace_matrix_multiply",
  "nb_inplace_multiply",
  "nb_inplace_remainder",
  "nb_inplace_or",
  "nb_inplace_add",
  "nb_inplace_rshift",
  "nb_inplace_subtract",
  "nb_inplace_true_divide",
  "nb_inplace_xor",
];
const NB_SYM = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];

/** The generic path of BINARY_OP (everything but NB_SUBSCR). */
export function binaryOpGeneric(op: number, v: PyValue, w: PyValue): PyValue {
  if (op < 13) {
    if (op === 8) return power(v, w, None, false);
    return binaryOp(v, w, NB_SLOT[op], NB_SYM[op]);
  }
  const b = op - 13;
  if (b === 8) return power(v, w, None, true);
  return inplaceOp(v, w, NB_ISLOT[b], NB_SLOT[b], `${NB_SYM[b]}=`);
}

// ---------------------------------------------------------------- formatting

/** PyObject_Format: format(value, spec). */
export function format(v: PyValue, spec: string): PyValue {
  if (spec === "" && typeof v === "string") return v;
  if (spec === "" && typeof v === "number") return String(v);
  if (spec === "" && typeof v === "bigint") return str(v); // int's str applies the digit limit
  const t = typeOf(v);
  const meth = t.lookup("__format__");
  if (meth === undefined) raiseTypeError(`Type ${t.name} doesn't define __format__`);
  const res = call(bindSpecial(meth, v, t), [spec]);
  // PyUnicode_Check: a str subclass is an acceptable result
  if (typeof res !== "string" && strValue(res) === undefined) {
    raiseTypeError(`__format__ must return a str, not ${typeName(res)}`);
  }
  return res;
}

/** Binds a descriptor found on the type to the instance (for special method calls). */
export function bindSpecial(descr: PyValue, self: PyValue, t: PyType): PyValue {
  const get = typeOf(descr).tp_descr_get;
  return get === null ? descr : get(descr, self, t);
}

/** ascii(): repr with non-ASCII characters escaped. */
export function ascii(v: PyValue): string {
  const r = repr(v);
  let out = "";
  for (const ch of r) {
    const c = ch.codePointAt(0) as number;
    if (c < 128) out += ch;
    else if (c < 0x100) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c < 0x10000) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += `\\U${c.toString(16).padStart(8, "0")}`;
  }
  return out;
}

export function convertValue(v: PyValue, oparg: number): PyValue {
  if (oparg === 1) return str(v);
  if (oparg === 2) return repr(v);
  return ascii(v);
}

// ---------------------------------------------------------------- exceptions

export function newNameError(type: PyType, msg: string, name: string): PyBaseException {
  const exc = newException(type, msg);
  setExcAttr(exc, "name", name);
  return exc;
}

/** Sets an attribute of an exception instance (name, obj, value...) without going through setattr. */
export let setExcAttr = (exc: PyBaseException, name: string, value: PyValue): void => {
  const t = typeOf(exc);
  if (t.tp_setattro !== null) {
    t.tp_setattro(exc, name, value);
  }
};
export function setExcAttrHook(fn: typeof setExcAttr): void {
  setExcAttr = fn;
}

export function raiseNameError(name: string): never {
  throw newNameError(E.PyExc_NameError, `name '${name}' is not defined`, name);
}

export function raiseUnboundLocal(name: string): never {
  // _PyEval_FormatExcCheckArg sets .name only on a NameError proper: UnboundLocalError.name is None
  throw newException(
    E.PyExc_UnboundLocalError,
    `cannot access local variable '${name}' where it is not associated with a value`,
  );
}

/** format_exc_unbound (Python/ceval.c): a cell or free variable read while empty. */
export function raiseUnboundDeref(code: PyCode, index: number, firstFree: number): never {
  const name = code.co_localsplusnames[index];
  if (index < firstFree) raiseUnboundLocal(name);
  throw newNameError(
    E.PyExc_NameError,
    `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
    name,
  );
}

/** True when `v` is an exception class (a subclass of BaseException). */
export function isExceptionClass(v: PyValue): v is PyType {
  return v instanceof PyType && v.isSubtypeOf(E.PyExc_BaseException);
}

/**
 * Turns anything thrown inside the VM into a Python exception: Python exceptions pass through,
 * a JS stack overflow becomes RecursionError, any other JS error SystemError naming the place.
 */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return newException(E.PyExc_RecursionError, "maximum recursion depth exceeded");
  }
  let where = "";
  if (e instanceof Error && e.stack) {
    const line = e.stack.split("\n").find((l) => l.trim().startsWith("at "));
    if (line) where = ` (${line.trim()})`;
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return newException(E.PyExc_SystemError, `internal error in typhon: ${msg}${where}`);
}

/** _PyErr_SetObject's context chaining: exc.__context__ = the handled exception, breaking cycles. */
export function chainContext(exc: PyBaseException, handled: PyValue): void {
  if (handled === None || handled === exc || !(handled instanceof PyBaseException)) return;
  let o: PyBaseException = handled;
  for (let guard = 0; guard < 100000; guard++) {
    const ctx = o.context;
    if (!(ctx instanceof PyBaseException)) break;
    if (ctx === exc) {
      o.context = None;
      break;
    }
    o = ctx;
  }
  exc.context = handled;
}

/** Instantiates an exception class (raise X) or checks an instance (raise X()). */
export function makeRaisable(v: PyValue, what: "raise" | "cause"): PyValue {
  if (v instanceof PyBaseException) return v;
  if (isExceptionClass(v)) {
    const inst = call(v, []);
    if (!(inst instanceof PyBaseException)) {
      raiseTypeError(
        `calling ${repr(v)} should have returned an instance of BaseException, not ${repr(typeOf(inst))}`,
      );
    }
    return inst;
  }
  if (what === "cause") {
    if (v === None) return None;
    raiseTypeError("exception causes must derive from BaseException");
  }
  raiseTypeError("exceptions must derive from BaseException");
}

/** The value of a StopIteration (its .value, or args[0], or None). */
export function stopIterationValue(exc: PyBaseException): PyValue {
  const v = lookupAttr(exc, "value");
  if (v !== undefined) return v;
  return exc.args.items.length > 0 ? exc.args.items[0] : None;
}

/** _PyObject_FunctionStr: how CPython names a callable in argument errors ("mod.f()"). */
export function functionStr(f: PyValue): string {
  const qualname = lookupAttr(f, "__qualname__");
  if (typeof qualname !== "string") return `${typeName(f)} object`;
  const module = lookupAttr(f, "__module__");
  if (typeof module === "string" && module !== "builtins") return `${module}.${qualname}()`;
  return `${qualname}()`;
}

export { getAttr, isTrue };
