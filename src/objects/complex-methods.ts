// The complex type's behaviour (Objects/complexobject.c): arithmetic with CPython's algorithms
// (_Py_c_prod with the C11 Annex G recovery of infinities, _Py_c_quot, _Py_c_pow, c_powi, and
// 3.14's mixed complex/real operations), repr, hash, comparison, complex() construction.
import { call, typeName } from "./abstract.ts";
import { bindArgs } from "./args.ts";
import { PyComplex } from "./complex.ts";
import { defineClassMethods, defineMembers, defineMethods } from "./descr.ts";
import { raiseOverflowError, raiseTypeError, raiseValueError, raiseZeroDivisionError } from "./errors.ts";
import { PyExc_DeprecationWarning } from "./exceptions.ts";
import { PyFloat } from "./float.ts";
import { DTSF_SIGN, doubleToString, formatComplex } from "./format-spec.ts";
import { hashComplex } from "./hash.ts";
import { accurateExp, accurateHypot, accurateLog, accuratePow, muslCos, muslSin } from "./libm.ts";
import {
  applyDocs,
  asIntValue,
  compareIntFloat,
  intToFloat,
  noArgs,
  numericHooks,
  oneArg,
  stripPySpace,
  toAsciiDigitsAndSpaces,
} from "./numeric.ts";
import { NUMERIC_DOCS } from "./numeric-docs.ts";
import { CompareOp, type PyValue } from "./object.ts";
import { None, NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { complexType, floatType, strType, typeOf } from "./typeobjects.ts";

function copysign(v: number, s: number): number {
  const a = Math.abs(v);
  return s < 0 || Object.is(s, -0) ? -a : a;
}

// Results of the complex kernels, in two module variables (no allocation in the kernels).
let RE = 0;
let IM = 0;

/** _Py_c_prod */
function cProd(a: number, b: number, c: number, d: number): void {
  const ac = a * c;
  const bd = b * d;
  const ad = a * d;
  const bc = b * c;
  RE = ac - bd;
  IM = ad + bc;
  if (Number.isNaN(RE) && Number.isNaN(IM)) {
    let recalc = false;
    if ((!Number.isFinite(a) && !Number.isNaN(a)) || (!Number.isFinite(b) && !Number.isNaN(b))) {
      a = copysign(Number.isFinite(a) || Number.isNaN(a) ? 0 : 1, a);
      b = copysign(Number.isFinite(b) || Number.isNaN(b) ? 0 : 1, b);
      if (Number.isNaN(c)) c = copysign(0, c);
      if (Number.isNaN(d)) d = copysign(0, d);
      recalc = true;
    }
    if ((!Number.isFinite(c) && !Number.isNaN(c)) || (!Number.isFinite(d) && !Number.isNaN(d))) {
      c = copysign(Number.isFinite(c) || Number.isNaN(c) ? 0 : 1, c);
      d = copysign(Number.isFinite(d) || Number.isNaN(d) ? 0 : 1, d);
      if (Number.isNaN(a)) a = copysign(0, a);
      if (Number.isNaN(b)) b = copysign(0, b);
      recalc = true;
    }
    const isInf = (x: number) => x === Infinity || x === -Infinity;
    if (!recalc && (isInf(ac) || isInf(bd) || isInf(ad) || isInf(bc))) {
      if (Number.isNaN(a)) a = copysign(0, a);
      if (Number.isNaN(b)) b = copysign(0, b);
      if (Number.isNaN(c)) c = copysign(0, c);
      if (Number.isNaN(d)) d = copysign(0, d);
      recalc = true;
    }
    if (recalc) {
      RE = Infinity * (a * c - b * d);
      IM = Infinity * (a * d + b * c);
    }
  }
}

function isInf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

/** _Py_c_quot; returns false for division by zero (errno EDOM). */
function cQuot(ar: number, ai: number, br: number, bi: number): boolean {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  let ok = true;
  if (absBr >= absBi) {
    if (absBr === 0) {
      ok = false;
      RE = 0;
      IM = 0;
    } else {
      const ratio = bi / br;
      const denom = br + bi * ratio;
      RE = (ar + ai * ratio) / denom;
      IM = (ai - ar * ratio) / denom;
    }
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    RE = (ar * ratio + ai) / denom;
    IM = (ai * ratio - ar) / denom;
  } else {
    RE = Number.NaN;
    IM = Number.NaN;
  }
  if (Number.isNaN(RE) && Number.isNaN(IM)) {
    if ((isInf(ar) || isInf(ai)) && Number.isFinite(br) && Number.isFinite(bi)) {
      const x = copysign(isInf(ar) ? 1 : 0, ar);
      const y = copysign(isInf(ai) ? 1 : 0, ai);
      RE = Infinity * (x * br + y * bi);
      IM = Infinity * (y * br - x * bi);
    } else if ((isInf(absBr) || isInf(absBi)) && Number.isFinite(ar) && Number.isFinite(ai)) {
      const x = copysign(isInf(br) ? 1 : 0, br);
      const y = copysign(isInf(bi) ? 1 : 0, bi);
      RE = 0 * (ar * x + ai * y);
      IM = 0 * (ai * x - ar * y);
    }
  }
  return ok;
}

/** C's pow(x, y) for x >= 0 (as _Py_c_pow uses it). */
function libmPow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === 0) return y < 0 ? Infinity : 0;
  if (x === Infinity) return y < 0 ? 0 : Infinity;
  if (y === Infinity) return x < 1 ? 0 : Infinity;
  if (y === -Infinity) return x < 1 ? Infinity : 0;
  return accuratePow(x, y);
}

/** _Py_c_pow; returns false on EDOM (zero to a negative or complex power). */
function cPow(ar: number, ai: number, br: number, bi: number): boolean {
  if (br === 0 && bi === 0) {
    RE = 1;
    IM = 0;
    return true;
  }
  if (ar === 0 && ai === 0) {
    RE = 0;
    IM = 0;
    return !(bi !== 0 || br < 0);
  }
  const vabs = accurateHypot(ar, ai);
  let len = libmPow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= accurateExp(at * bi);
    phase += bi * accurateLog(vabs);
  }
  // musl's cos/sin, as the oracle's libm computes them (Math.cos/sin differ in the last bit)
  RE = len * muslCos(phase);
  IM = len * muslSin(phase);
  return true;
}

/** c_powu: x ** n for n > 0 by repeated squaring with _Py_c_prod. */
function cPowu(xr: number, xi: number, n: number): void {
  let rr = 1;
  let ri = 0;
  let pr = xr;
  let pi = xi;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) {
      cProd(rr, ri, pr, pi);
      rr = RE;
      ri = IM;
    }
    mask <<= 1;
    cProd(pr, pi, pr, pi);
    pr = RE;
    pi = IM;
  }
  RE = rr;
  IM = ri;
}

/** complex ** complex as complex_pow (without a modulus): [re, im]. */
export function complexPowValues(ar: number, ai: number, br: number, bi: number): [number, number] {
  let ok = true;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) cPowu(ar, ai, n);
    else if (n === 0) {
      RE = 1;
      IM = 0;
    } else {
      cPowu(ar, ai, -n);
      ok = cQuot(1, 0, RE, IM);
    }
  } else ok = cPow(ar, ai, br, bi);
  if (!ok) raiseZeroDivisionError("zero to a negative or complex power");
  if (isInf(RE) || isInf(IM)) raiseOverflowError("complex exponentiation");
  return [RE, IM];
}

// ---------------------------------------------------------------- operands

/** A complex operand: [re, im, isReal] or undefined for other types. */
let OR = 0;
let OI = 0;
let OREAL = false;
function operand(v: PyValue): boolean {
  if (v instanceof PyComplex) {
    OR = v.real;
    OI = v.imag;
    OREAL = false;
    return true;
  }
  if (v instanceof PyFloat) {
    OR = v.value;
    OI = 0;
    OREAL = true;
    return true;
  }
  const i = asIntValue(v);
  if (i === undefined) return false;
  OR = intToFloat(i);
  OI = 0;
  OREAL = true;
  return true;
}

function cx(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}

type Bin = (ar: number, ai: number, aReal: boolean, br: number, bi: number, bReal: boolean) => PyValue;
function complexBinary(f: Bin): (a: PyValue, b: PyValue) => PyValue {
  return (a, b) => {
    if (!operand(a)) return NotImplemented;
    const ar = OR;
    const ai = OI;
    const aReal = OREAL;
    if (!operand(b)) return NotImplemented;
    return f(ar, ai, aReal, OR, OI, OREAL);
  };
}

const nb = complexType.nb;
nb.nb_add = complexBinary((ar, ai, aReal, br, bi, bReal) => {
  if (aReal) return cx(ar + br, bi); // _Py_rc_sum
  if (bReal) return cx(ar + br, ai); // _Py_cr_sum
  return cx(ar + br, ai + bi);
});
nb.nb_subtract = complexBinary((ar, ai, aReal, br, bi, bReal) => {
  if (aReal) return cx(ar - br, -bi); // _Py_rc_diff
  if (bReal) return cx(ar - br, ai); // _Py_cr_diff
  return cx(ar - br, ai - bi);
});
nb.nb_multiply = complexBinary((ar, ai, aReal, br, bi, bReal) => {
  if (aReal) return cx(ar * br, ar * bi);
  if (bReal) return cx(ar * br, ai * br);
  cProd(ar, ai, br, bi);
  return cx(RE, IM);
});
/** _Py_rc_quot: a real number divided by a complex one; false for division by zero. */
function rcQuot(a: number, br: number, bi: number): boolean {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  let ok = true;
  if (absBr >= absBi) {
    if (absBr === 0) {
      ok = false;
      RE = 0;
      IM = 0;
    } else {
      const ratio = bi / br;
      const denom = br + bi * ratio;
      RE = a / denom;
      IM = (-a * ratio) / denom;
    }
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    RE = (a * ratio) / denom;
    IM = -a / denom;
  } else {
    RE = Number.NaN;
    IM = Number.NaN;
  }
  if (Number.isNaN(RE) && Number.isNaN(IM) && Number.isFinite(a) && (isInf(absBr) || isInf(absBi))) {
    const x = copysign(isInf(br) ? 1 : 0, br);
    const y = copysign(isInf(bi) ? 1 : 0, bi);
    RE = 0 * (a * x);
    IM = 0 * (-a * y);
  }
  return ok;
}

nb.nb_true_divide = complexBinary((ar, ai, aReal, br, bi, bReal) => {
  if (aReal && !bReal) {
    if (!rcQuot(ar, br, bi)) raiseZeroDivisionError("division by zero");
    return cx(RE, IM);
  }
  if (bReal) {
    // _Py_cr_quot
    if (br === 0) raiseZeroDivisionError("division by zero");
    return cx(ar / br, ai / br);
  }
  if (!cQuot(ar, ai, br, bi)) raiseZeroDivisionError("division by zero");
  return cx(RE, IM);
});
nb.nb_power = (a, b, m) => {
  if (m !== None) raiseValueError("complex modulo");
  if (!operand(a)) return NotImplemented;
  const ar = OR;
  const ai = OI;
  if (!operand(b)) return NotImplemented;
  const [re, im] = complexPowValues(ar, ai, OR, OI);
  return cx(re, im);
};
nb.nb_negative = (a) => cx(-(a as PyComplex).real, -(a as PyComplex).imag);
nb.nb_positive = (a) =>
  a instanceof PyComplex && a.type === complexType ? a : cx((a as PyComplex).real, (a as PyComplex).imag);
nb.nb_absolute = (a) => new PyFloat(complexAbs((a as PyComplex).real, (a as PyComplex).imag));
nb.nb_bool = (a) => (a as PyComplex).real !== 0 || (a as PyComplex).imag !== 0;

export function complexAbs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (isInf(re) || isInf(im)) return Infinity;
    return Number.NaN;
  }
  const r = accurateHypot(re, im);
  if (!Number.isFinite(r)) raiseOverflowError("absolute value too large");
  return r;
}

/** repr(complex) */
export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return `${doubleToString(im, "r", 0, 0)}j`;
  return `(${doubleToString(re, "r", 0, 0)}${doubleToString(im, "r", 0, DTSF_SIGN)}j)`;
}

complexType.tp_repr = (a) => complexRepr((a as PyComplex).real, (a as PyComplex).imag);
complexType.tp_hash = (a) => hashComplex((a as PyComplex).real, (a as PyComplex).imag, a as PyComplex);
complexType.tp_richcompare = (a, b, op) => {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  const s = a as PyComplex;
  let eq: boolean;
  const i = asIntValue(b);
  if (i !== undefined) {
    eq = s.imag === 0 && compareIntFloat(i, s.real) === 0;
  } else if (b instanceof PyFloat) {
    eq = s.real === b.value && s.imag === 0;
  } else if (b instanceof PyComplex) {
    eq = s.real === b.real && s.imag === b.imag;
  } else return NotImplemented;
  return op === CompareOp.EQ ? eq : !eq;
};

// ---------------------------------------------------------------- complex()

const NUM =
  "(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|inf(?:inity)?|nan)";
const REAL_ONLY = new RegExp(`^([+-]?${NUM})$`, "i");
const IMAG_ONLY = new RegExp(`^([+-]?)(${NUM})?j$`, "i");
const BOTH = new RegExp(`^([+-]?${NUM})([+-])(${NUM})?j$`, "i");

function parseNum(s: string): number {
  const t = s.replace(/_/g, "").toLowerCase();
  const neg = t[0] === "-";
  const body = t[0] === "-" || t[0] === "+" ? t.slice(1) : t;
  let v: number;
  if (body === "inf" || body === "infinity") v = Infinity;
  else if (body === "nan") v = Number.NaN;
  else v = Number(body);
  return neg ? -v : v;
}

/** complex(str): [re, im], or ValueError "complex() arg is a malformed string". */
export function parseComplexString(text: string): [number, number] {
  let s = toAsciiDigitsAndSpaces(text);
  if (s.indexOf("_") >= 0) {
    // _Py_string_to_number_with_underscores: only between digits, then removed.
    let prev = "";
    let bad = false;
    for (let i = 0; i < s.length && !bad; i++) {
      const ch = s[i];
      const prevDigit = prev >= "0" && prev <= "9";
      if (ch === "_") bad = !prevDigit;
      else if (prev === "_" && !(ch >= "0" && ch <= "9")) bad = true;
      prev = ch;
    }
    if (bad || prev === "_") {
      const r = strType.tp_repr;
      raiseValueError(`could not convert string to complex: ${r !== null ? r(text) : `'${text}'`}`);
    }
    s = s.replace(/_/g, "");
  }
  s = stripPySpace(s);
  if (s.startsWith("(") && s.endsWith(")")) s = stripPySpace(s.slice(1, -1));
  let m = REAL_ONLY.exec(s);
  if (m !== null) return [parseNum(m[1]), 0];
  m = BOTH.exec(s);
  if (m !== null) {
    const im = m[3] === undefined ? 1 : parseNum(m[3]);
    return [parseNum(m[1]), m[2] === "-" ? -im : im];
  }
  m = IMAG_ONLY.exec(s);
  if (m !== null) {
    const im = m[2] === undefined ? 1 : parseNum(m[2]);
    return [0, m[1] === "-" ? -im : im];
  }
  raiseValueError("complex() arg is a malformed string");
}

function strValueOf(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "object" && v.type.isSubtypeOf(strType)) {
    const value = (v as unknown as { value?: unknown }).value;
    if (typeof value === "string") return value;
  }
  return undefined;
}

/** A real number's double via __float__ / __index__; undefined if it is not one. */
function realValue(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = asIntValue(v);
  if (i !== undefined) return intToFloat(i);
  if (typeof v !== "object") return undefined;
  const t = v.type;
  if (t.nb.nb_float !== null) {
    const r = t.nb.nb_float(v);
    if (!(r instanceof PyFloat))
      raiseTypeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  if (t.nb.nb_index !== null) {
    const r = asIntValue(t.nb.nb_index(v));
    if (r !== undefined) return intToFloat(r);
  }
  return undefined;
}

/** __complex__, if the type defines it. */
function trySpecial(v: PyValue): PyComplex | undefined {
  if (typeof v !== "object" || v instanceof PyComplex) return undefined;
  const f = v.type.lookup("__complex__");
  if (f === undefined) return undefined;
  const r = call(f, [v]);
  if (!(r instanceof PyComplex)) raiseTypeError(`__complex__ returned non-complex (type ${typeName(r)})`);
  if (r.type !== complexType)
    numericHooks.warn(
      PyExc_DeprecationWarning,
      `__complex__ returned non-complex (type ${r.type.name}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.`,
      1,
    );
  return r;
}

function complexNew(type: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [r, i] = bindArgs("complex", args, kwnames, { names: ["real", "imag"], required: 0, posOnly: 0 });
  const make = (re: number, im: number) => new PyComplex(re, im, type);
  if (r === undefined && i === undefined) return make(0, 0);
  if (r !== undefined) {
    const s = strValueOf(r);
    if (s !== undefined) {
      if (i !== undefined) raiseTypeError("complex() argument 'real' must be a real number, not str");
      const [re, im] = parseComplexString(s);
      return make(re, im);
    }
  }
  if (i !== undefined && strValueOf(i) !== undefined)
    raiseTypeError("complex() argument 'imag' must be a real number, not str");
  if (
    r !== undefined &&
    i === undefined &&
    r instanceof PyComplex &&
    r.type === complexType &&
    type === complexType
  )
    return r;
  let crReal = 0;
  let crImag = 0;
  let crIsComplex = false;
  if (r !== undefined) {
    const special = trySpecial(r);
    const c = special ?? (r instanceof PyComplex ? r : undefined);
    if (c !== undefined && special === undefined && i !== undefined)
      numericHooks.warn(
        PyExc_DeprecationWarning,
        `complex() argument 'real' must be a real number, not ${typeName(r)}`,
        1,
      );
    if (c !== undefined) {
      crReal = c.real;
      crImag = c.imag;
      crIsComplex = true;
    } else {
      const x = realValue(r);
      if (x === undefined) {
        if (i === undefined)
          raiseTypeError(`complex() argument must be a string or a number, not ${typeName(r)}`);
        raiseTypeError(`complex() argument 'real' must be a real number, not ${typeName(r)}`);
      }
      crReal = x;
    }
  }
  let ciReal = 0;
  let ciImag = 0;
  let ciIsComplex = false;
  if (i === undefined) ciReal = crImag;
  else if (i instanceof PyComplex) {
    numericHooks.warn(
      PyExc_DeprecationWarning,
      `complex() argument 'imag' must be a real number, not ${typeName(i)}`,
      1,
    );
    ciReal = i.real;
    ciImag = i.imag;
    ciIsComplex = true;
  } else {
    const x = realValue(i);
    if (x === undefined)
      raiseTypeError(`complex() argument 'imag' must be a real number, not ${typeName(i)}`);
    ciReal = x;
  }
  if (ciIsComplex) crReal -= ciImag;
  if (crIsComplex && i !== undefined) ciReal += crImag;
  return make(crReal, ciReal);
}
complexType.tp_new = complexNew;

function cv(self: PyValue): PyComplex {
  return self as PyComplex;
}

defineMethods(complexType, {
  conjugate: noArgs("complex.conjugate", (self) => cx(cv(self).real, -cv(self).imag)),
  __complex__: noArgs("complex.__complex__", (self) =>
    cv(self).type === complexType ? self : cx(cv(self).real, cv(self).imag),
  ),
  __getnewargs__: noArgs("complex.__getnewargs__", (self) =>
    newTuple([new PyFloat(cv(self).real), new PyFloat(cv(self).imag)]),
  ),
  __format__: oneArg("complex.__format__", (self, spec) => {
    if (typeof spec !== "string") raiseTypeError(`__format__() argument must be str, not ${typeName(spec)}`);
    return formatComplex(cv(self).real, cv(self).imag, spec, cv(self).type.name, self);
  }),
});

defineClassMethods(complexType, {
  from_number: (cls, args, kw) => {
    if (kw !== null && kw.length > 0) raiseTypeError("complex.from_number() takes no keyword arguments");
    if (args.length !== 1)
      raiseTypeError(`complex.from_number() takes exactly one argument (${args.length} given)`);
    const x = args[0];
    if (strValueOf(x) !== undefined) raiseTypeError(`must be real number, not ${typeName(x)}`);
    const v = complexNew(complexType, [x], null) as PyComplex;
    return cls === complexType ? v : call(cls, [v]);
  },
});

// READONLY T_DOUBLE members in CPython (complex_members): member_descriptor, "readonly attribute".
defineMembers(complexType, {
  real: { get: (self) => new PyFloat(cv(self).real) },
  imag: { get: (self) => new PyFloat(cv(self).imag) },
});

void floatType;
void typeOf;

applyDocs(complexType, NUMERIC_DOCS.complex);
