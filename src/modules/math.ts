// The `math` module (Modules/mathmodule.c, CPython 3.14): every function and constant, with
// CPython's special-value rules ("math domain error", "math range error" and 3.14's
// "expected ..., got X" messages), exact integer functions on bigints, fsum (Shewchuk's exact
// partials), the scaled vector norm of hypot/dist, CPython's own gamma/lgamma (Lanczos) and
// the fdlibm/musl erf/erfc that CPython gets from the C library on Linux.
import { binaryOp, call, index, iter, lookupSpecial, next, toArray, typeName } from "../objects/abstract.ts";
import { bindArgs, checkPositional } from "../objects/args.ts";
import { raise, raiseOverflowError, raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyFloat } from "../objects/float.ts";
import { floatRepr, floatToInt } from "../objects/float-methods.ts";
import { absInt, floorDivInt, mulInt } from "../objects/int.ts";
import { accurateExp, accurateLog, accuratePow } from "../objects/libm.ts";
import type { PyModule } from "../objects/module.ts";
import { asIntValue, bitLength, type IntValue, intToFloat, normInt } from "../objects/numeric.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { floatType, typeOf } from "../objects/typeobjects.ts";
import { addFunctions, newBuiltinModule, noKwargs, oneArg } from "./modutil.ts";

type Args = PyValue[];
type Kw = readonly string[] | null;

// ---------------------------------------------------------------- conversions

/** PyFloat_AsDouble with "must be real number, not X". */
export function asDoubleArg(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return intToFloat(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  const t = typeOf(v);
  if (t.nb.nb_float !== null) {
    const r = t.nb.nb_float(v);
    if (!(r instanceof PyFloat))
      raiseTypeError(`${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    return r.value;
  }
  if (t.nb.nb_index !== null) return intToFloat(index(v));
  raiseTypeError(`must be real number, not ${t.name}`);
}

function f(x: number): PyFloat {
  return new PyFloat(x);
}

/** PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0): repr of a float. */
function fmt(x: number): string {
  return floatRepr(x);
}

function domainError(): never {
  raiseValueError("math domain error");
}
function rangeError(): never {
  raiseOverflowError("math range error");
}

/**
 * math_1: a libm function of one double. A nan from a non-nan argument, or an infinity from a
 * finite one without `canOverflow`, is a domain error (with 3.14's message when given).
 */
function math1(
  name: string,
  fn: (x: number) => number,
  canOverflow: boolean,
  errMsg: string | null,
): (args: Args, kw: Kw) => PyValue {
  const qual = `math.${name}`;
  return (args, kw) => {
    const x = asDoubleArg(oneArg(qual, args, kw));
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) {
      if (errMsg !== null) raiseValueError(errMsg.replace("%s", fmt(x)));
      domainError();
    }
    if (!Number.isFinite(r) && Number.isFinite(x)) {
      if (canOverflow) rangeError();
      if (errMsg !== null) raiseValueError(errMsg.replace("%s", fmt(x)));
      domainError();
    }
    return f(r);
  };
}

/** math_2: a libm function of two doubles. */
function math2(name: string, fn: (x: number, y: number) => number): (args: Args, kw: Kw) => PyValue {
  return (args, kw) => {
    noKwargs(name, kw);
    checkPositional(name, args.length, 2, 2);
    const x = asDoubleArg(args[0]);
    const y = asDoubleArg(args[1]);
    const r = fn(x, y);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) domainError();
    } else if (!Number.isFinite(r)) {
      if (Number.isFinite(x) && Number.isFinite(y)) rangeError();
    }
    return f(r);
  };
}

// ---------------------------------------------------------------- bits of doubles

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0;
const LO = LITTLE ? 0 : 1;

function highWord(x: number): number {
  F64[0] = x;
  return U32[HI];
}
function clearLowWord(x: number): number {
  F64[0] = x;
  U32[LO] = 0;
  return F64[0];
}

/** frexp(x) for finite nonzero x: [m, e] with 0.5 <= |m| < 1. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  F64[0] = x;
  let e = (U32[HI] >>> 20) & 0x7ff;
  if (e === 0) {
    // subnormal: normalise first
    F64[0] = x * 2 ** 64;
    e = ((U32[HI] >>> 20) & 0x7ff) - 64;
  }
  U32[HI] = (U32[HI] & 0x800fffff) | (1022 << 20);
  return [F64[0], e - 1022];
}

/** ldexp(x, e): exact, with a single rounding when the result is subnormal. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexp(x);
  const ne = ex + e; // x * 2**e == m * 2**ne, 0.5 <= |m| < 1
  if (ne > 1024) return m > 0 ? Infinity : -Infinity;
  if (ne > 1023) return m * 2 * 2 ** (ne - 1);
  if (ne >= -1021) return m * 2 ** ne;
  if (ne < -1100) return m * 0;
  return m * 2 ** (ne + 1074) * 2 ** -1074;
}

/** nextafter(x, y) (C99). */
export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 2 ** -1074 : -(2 ** -1074);
  F64[0] = x;
  let hi = U32[HI];
  let lo = U32[LO];
  if (x < y === x > 0) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi = (hi + 1) >>> 0;
  } else {
    if (lo === 0) hi = (hi - 1) >>> 0;
    lo = (lo - 1) >>> 0;
  }
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0];
}

// ---------------------------------------------------------------- double-double helpers

let DH = 0;
let DL = 0;
const SPLIT = 134217729;

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  DH = p;
  DL = ah * bh - p + ah * bl + al * bh + al * bl;
}

/** Exact product of two doubles as (DH, DL), with scaling when Dekker's split would overflow. */
function exactProd(a: number, b: number): void {
  if (Math.abs(a) > 2 ** 995 || Math.abs(b) > 2 ** 995) {
    const [ma, ea] = frexp(a);
    const [mb, eb] = frexp(b);
    twoProd(ma, mb);
    const h = ldexp(DH, ea + eb);
    const l = ldexp(DL, ea + eb);
    DH = h;
    DL = l;
    return;
  }
  twoProd(a, b);
}

// ---------------------------------------------------------------- fsum

/** math.fsum over JS numbers (Shewchuk's partials, CPython's final half-even correction). */
export function fsumNumbers(values: ArrayLike<number>): number {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (let k = 0; k < values.length; k++) {
    let x = values[k];
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) raiseOverflowError("intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  return fsumFinish(p, specialSum, infSum);
}

function fsumFinish(p: number[], specialSum: number, infSum: number): number {
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) raiseValueError("-inf + inf in fsum");
    return specialSum;
  }
  let hi = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function mathFsum(args: Args, kw: Kw): PyValue {
  const seq = oneArg("math.fsum", args, kw);
  const it = iter(seq);
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (;;) {
    const item = next(it);
    if (item === undefined) break;
    let x = asDoubleArg(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const yr = hi - x;
      const lo = y - yr;
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) raiseOverflowError("intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  return f(fsumFinish(p, specialSum, infSum));
}

// ---------------------------------------------------------------- gamma, lgamma (mathmodule.c)

const LANCZOS_N = 13;
const lanczosG = 6.02468004077673;
const lanczosGMinusHalf = 5.52468004077673;
const lanczosNum = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721, 6039542586.352028,
  1439720407.3117216, 248874557.86205417, 31426415.585400194, 2876370.6289353725, 186056.26539522348,
  8071.672002365816, 210.82427775157936, 2.5066282746310002,
];
const lanczosDen = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
  32670.0, 1925.0, 66.0, 1.0,
];
const gammaIntegral = [
  1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
  6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
  121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1.1240007277776077e21,
];
const PI = Math.PI;
const LOGPI = 1.1447298858494002;

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5.0) {
    for (let i = LANCZOS_N; --i >= 0; ) {
      num = num * x + lanczosNum[i];
      den = den * x + lanczosDen[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_N; i++) {
      num = num / x + lanczosNum[i];
      den = den / x + lanczosDen[i];
    }
  }
  return num / den;
}

function fmod(x: number, y: number): number {
  return x % y;
}

function sinpi(x: number): number {
  const y = fmod(Math.abs(x), 2.0);
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = Math.sin(PI * y);
      break;
    case 1:
      r = Math.cos(PI * (y - 0.5));
      break;
    case 2:
      r = Math.sin(PI * (1.0 - y));
      break;
    case 3:
      r = -Math.cos(PI * (y - 1.5));
      break;
    default:
      r = Math.sin(PI * (y - 2.0));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

function cpow(x: number, y: number): number {
  return accuratePow(x, y);
}

/** errno-like flag set by tgamma/lgamma: 0, EDOM (1) or ERANGE (2). */
let mErrno = 0;

function tgamma(x: number): number {
  mErrno = 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    mErrno = 1;
    return Number.NaN;
  }
  if (x === 0) {
    mErrno = 1;
    return Object.is(x, -0) ? -Infinity : Infinity;
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      mErrno = 1;
      return Number.NaN;
    }
    if (x <= gammaIntegral.length) return gammaIntegral[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) mErrno = 2;
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    mErrno = 2;
    return Infinity;
  }
  const y = absx + lanczosGMinusHalf;
  let z: number;
  if (absx > lanczosGMinusHalf) {
    const q = y - absx;
    z = q - lanczosGMinusHalf;
  } else {
    const q = y - lanczosGMinusHalf;
    z = q - absx;
  }
  z = (z * lanczosG) / y;
  let r: number;
  if (x < 0.0) {
    r = ((-PI / sinpi(absx) / absx) * accurateExp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= cpow(y, absx - 0.5);
    else {
      const sqrtpow = cpow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / accurateExp(y);
    r += z * r;
    if (absx < 140.0) r *= cpow(y, absx - 0.5);
    else {
      const sqrtpow = cpow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) mErrno = 2;
  return r;
}

function lgamma(x: number): number {
  mErrno = 0;
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return x;
    return Infinity;
  }
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) {
      mErrno = 1;
      return Infinity;
    }
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -accurateLog(absx);
  let r = accurateLog(lanczosSum(absx)) - lanczosG;
  r += (absx - 0.5) * (accurateLog(absx + lanczosG - 0.5) - 1);
  if (x < 0.0) r = LOGPI - accurateLog(Math.abs(sinpi(absx))) - accurateLog(absx) - r;
  if (!Number.isFinite(r)) mErrno = 2;
  return r;
}

// ---------------------------------------------------------------- erf, erfc (musl / fdlibm)

const erx = 0.8450629115104675;
const efx8 = 1.0270333367641007;
const pp0 = 0.12837916709551256;
const pp1 = -0.3250421072470015;
const pp2 = -0.02848174957559851;
const pp3 = -0.005770270296489442;
const pp4 = -0.000023763016656650163;
const qq1 = 0.39791722395915535;
const qq2 = 0.0650222499887673;
const qq3 = 0.005081306281875766;
const qq4 = 0.00013249473800432164;
const qq5 = -0.000003960228278775368;
const pa0 = -0.0023621185607526594;
const pa1 = 0.41485611868374833;
const pa2 = -0.3722078760357013;
const pa3 = 0.31834661990116175;
const pa4 = -0.11089469428239668;
const pa5 = 0.035478304325618236;
const pa6 = -0.002166375594868791;
const qa1 = 0.10642088040084423;
const qa2 = 0.540397917702171;
const qa3 = 0.07182865441419627;
const qa4 = 0.12617121980876164;
const qa5 = 0.01363708391202905;
const qa6 = 0.011984499846799107;
const ra0 = -0.009864944034847148;
const ra1 = -0.6938585727071818;
const ra2 = -10.558626225323291;
const ra3 = -62.375332450326006;
const ra4 = -162.39666946257347;
const ra5 = -184.60509290671104;
const ra6 = -81.2874355063066;
const ra7 = -9.814329344169145;
const sa1 = 19.651271667439257;
const sa2 = 137.65775414351904;
const sa3 = 434.56587747522923;
const sa4 = 645.3872717332679;
const sa5 = 429.00814002756783;
const sa6 = 108.63500554177944;
const sa7 = 6.570249770319282;
const sa8 = -0.0604244152148581;
const rb0 = -0.0098649429247001;
const rb1 = -0.799283237680523;
const rb2 = -17.757954917754752;
const rb3 = -160.63638485582192;
const rb4 = -637.5664433683896;
const rb5 = -1025.0951316110772;
const rb6 = -483.5191916086514;
const sb1 = 30.33806074348246;
const sb2 = 325.7925129965739;
const sb3 = 1536.729586084437;
const sb4 = 3199.8582195085955;
const sb5 = 2553.0504064331644;
const sb6 = 474.52854120695537;
const sb7 = -22.44095244658582;

function erfc1(x: number): number {
  const s = Math.abs(x) - 1;
  const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
  const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
  return 1 - erx - P / Q;
}

function erfc2(ix: number, x: number): number {
  if (ix < 0x3ff40000) return erfc1(x);
  x = Math.abs(x);
  const s = 1 / (x * x);
  let R: number;
  let S: number;
  if (ix < 0x4006db6d) {
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1.0 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1.0 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  const z = clearLowWord(x);
  return (accurateExp(-z * z - 0.5625) * accurateExp((z - x) * (z + x) + R / S)) / x;
}

export function erf(x: number): number {
  let ix = highWord(x);
  const sign = ix >>> 31;
  ix &= 0x7fffffff;
  if (ix >= 0x7ff00000) return 1 - 2 * sign + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return 0.125 * (8 * x + efx8 * x);
    const z = x * x;
    const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    const s = 1.0 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    const y = r / s;
    return x + x * y;
  }
  const y = ix < 0x40180000 ? 1 - erfc2(ix, x) : 1 - 2 ** -1022;
  return sign ? -y : y;
}

export function erfc(x: number): number {
  let ix = highWord(x);
  const sign = ix >>> 31;
  ix &= 0x7fffffff;
  if (ix >= 0x7ff00000) return 2 * sign + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const z = x * x;
    const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    const s = 1.0 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    const y = r / s;
    if (sign || ix < 0x3fd00000) return 1.0 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ix < 0x403c0000) return sign ? 2 - erfc2(ix, x) : erfc2(ix, x);
  return sign ? 2 - 2 ** -1022 : 2 ** -1022 * 2 ** -1022;
}

/** math_1a: functions that report errors through errno (gamma, lgamma). */
function math1a(name: string, fn: (x: number) => number, errMsg: string): (args: Args, kw: Kw) => PyValue {
  const qual = `math.${name}`;
  return (args, kw) => {
    const x = asDoubleArg(oneArg(qual, args, kw));
    const r = fn(x);
    if (mErrno === 1) raiseValueError(errMsg.replace("%s", fmt(x)));
    if (mErrno === 2 && Math.abs(r) >= 1.5) rangeError();
    return f(r);
  };
}

// ---------------------------------------------------------------- sin, cos, tan (musl / FreeBSD)
// V8's Math.sin/cos/tan use the original fdlibm kernels; the C library of the reference build
// (musl, like FreeBSD's libm) has revised kernels whose last bit differs in a few percent of
// cases. These are ports of musl's __rem_pio2 (up to |x| ~ 2**20 * pi/2; beyond, V8's reduction
// is used), __sin, __cos and __tan.

const S1 = -0.16666666666666632;
const S2 = 0.00833333333332249;
const S3 = -0.0001984126982985795;
const S4 = 0.0000027557313707070068;
const S5 = -2.5050760253406863e-8;
const S6 = 1.58969099521155e-10;
const C1 = 0.0416666666666666;
const C2 = -0.001388888888887411;
const C3 = 0.00002480158728947673;
const C4 = -2.7557314351390663e-7;
const C5 = 2.087572321298175e-9;
const C6 = -1.1359647557788195e-11;

function kSin(x: number, y: number, iy: number): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  if (iy === 0) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

function kCos(x: number, y: number): number {
  const z = x * x;
  let w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  w = 1.0 - hz;
  return w + (1.0 - w - hz + (z * r - x * y));
}

const T = [
  0.3333333333333341, 0.13333333333320124, 0.05396825397622605, 0.021869488294859542, 0.0088632398235993,
  0.0035920791075913124, 0.0014562094543252903, 0.0005880412408202641, 0.0002464631348184699,
  0.00007817944429395571, 0.00007140724913826082, -0.000018558637485527546, 0.00002590730518636337,
];
const PIO4 = 0.7853981633974483;
const PIO4LO = 3.061616997868383e-17;

function kTan(x: number, y: number, odd: number): number {
  const hx = highWord(x);
  const big = (hx & 0x7fffffff) >= 0x3fe59428;
  let sign = 0;
  if (big) {
    sign = hx >>> 31;
    if (sign) {
      x = -x;
      y = -y;
    }
    x = PIO4 - x + (PIO4LO - y);
    y = 0.0;
  }
  const z = x * x;
  let w = z * z;
  let r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
  let v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
  let s = z * x;
  r = y + z * (s * (r + v) + y) + s * T[0];
  w = x + r;
  if (big) {
    s = 1 - 2 * odd;
    v = s - 2.0 * (x + (r - (w * w) / (w + s)));
    return sign ? -v : v;
  }
  if (!odd) return w;
  const w0 = clearLowWord(w);
  v = r - (w0 - x);
  const a = -1.0 / w;
  const a0 = clearLowWord(a);
  return a0 + a * (1.0 + a0 * w0 + a0 * v);
}

const TOINT = 1.5 / 2 ** -52;
const INVPIO2 = 0.6366197723675814;
const PIO2_1 = 1.5707963267341256;
const PIO2_1T = 6.077100506506192e-11;
const PIO2_2 = 6.077100506303966e-11;
const PIO2_2T = 2.0222662487959506e-21;
const PIO2_3 = 2.0222662487111665e-21;
const PIO2_3T = 8.4784276603689e-32;

let Y0 = 0;
let Y1 = 0;

/** __rem_pio2's cases for |x| up to about 9pi/4: x - k*pi/2 in two parts. */
function remSmall(x: number, sign: number, k: number): number {
  if (!sign) {
    const z = x - k * PIO2_1;
    Y0 = z - k * PIO2_1T;
    Y1 = z - Y0 - k * PIO2_1T;
    return k;
  }
  const z = x + k * PIO2_1;
  Y0 = z + k * PIO2_1T;
  Y1 = z - Y0 + k * PIO2_1T;
  return -k;
}

/** __rem_pio2 for |x| < 2**20 * pi/2: x = n*pi/2 + (Y0 + Y1); returns n, or null beyond. */
function remPio2(x: number): number | null {
  const hx = highWord(x);
  const sign = hx >>> 31;
  const ix = hx & 0x7fffffff;
  let medium = false;
  if (ix <= 0x400f6a7a) {
    if ((ix & 0xfffff) === 0x921fb) medium = true;
    else return remSmall(x, sign, ix <= 0x4002d97c ? 1 : 2);
  } else if (ix <= 0x401c463b) {
    if (ix <= 0x4015fdbc) {
      if (ix === 0x4012d97c) medium = true;
      else return remSmall(x, sign, 3);
    } else {
      if (ix === 0x401921fb) medium = true;
      else return remSmall(x, sign, 4);
    }
  }
  if (!medium && ix >= 0x413921fb) return null;
  let fn = x * INVPIO2 + TOINT - TOINT;
  let n = fn | 0;
  let r = x - fn * PIO2_1;
  let w = fn * PIO2_1T;
  if (r - w < -PIO4) {
    n--;
    fn--;
    r = x - fn * PIO2_1;
    w = fn * PIO2_1T;
  } else if (r - w > PIO4) {
    n++;
    fn++;
    r = x - fn * PIO2_1;
    w = fn * PIO2_1T;
  }
  Y0 = r - w;
  const ex = ix >>> 20;
  let ey = (highWord(Y0) >>> 20) & 0x7ff;
  if (ex - ey > 16) {
    let t = r;
    w = fn * PIO2_2;
    r = t - w;
    w = fn * PIO2_2T - (t - r - w);
    Y0 = r - w;
    ey = (highWord(Y0) >>> 20) & 0x7ff;
    if (ex - ey > 49) {
      t = r;
      w = fn * PIO2_3;
      r = t - w;
      w = fn * PIO2_3T - (t - r - w);
      Y0 = r - w;
    }
  }
  Y1 = r - Y0 - w;
  return n;
}

export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e500000) return x;
    return kSin(x, 0.0, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  if (n === null) return Math.sin(x);
  switch (n & 3) {
    case 0:
      return kSin(Y0, Y1, 1);
    case 1:
      return kCos(Y0, Y1);
    case 2:
      return -kSin(Y0, Y1, 1);
    default:
      return -kCos(Y0, Y1);
  }
}

export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e46a09e) return 1.0;
    return kCos(x, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  if (n === null) return Math.cos(x);
  switch (n & 3) {
    case 0:
      return kCos(Y0, Y1);
    case 1:
      return -kSin(Y0, Y1, 1);
    case 2:
      return -kCos(Y0, Y1);
    default:
      return kSin(Y0, Y1, 1);
  }
}

export function tan(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e400000) return x;
    return kTan(x, 0.0, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  const n = remPio2(x);
  if (n === null) return Math.tan(x);
  return kTan(Y0, Y1, n & 1);
}

// ---------------------------------------------------------------- log1p (musl / FreeBSD)

const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;

/** log1p as musl computes it (V8's older fdlibm log1p differs in the last bit now and then). */
export function log1p(x: number): number {
  F64[0] = x;
  const hx = U32[HI];
  let k = 1;
  let c = 0;
  let f = 0;
  if (hx < 0x3fda827a || hx >>> 31) {
    if (hx >= 0xbff00000) {
      if (x === -1) return -Infinity;
      return Number.NaN;
    }
    if ((hx << 1) >>> 0 < 0x3ca00000 * 2) return x;
    if (hx <= 0xbfd2bec4) {
      k = 0;
      c = 0;
      f = x;
    }
  } else if (hx >= 0x7ff00000) return x;
  if (k) {
    F64[0] = 1 + x;
    const uf = F64[0];
    let hu = U32[HI];
    hu = (hu + (0x3ff00000 - 0x3fe6a09e)) >>> 0;
    k = (hu >>> 20) - 0x3ff;
    if (k < 54) {
      c = k >= 2 ? 1 - (uf - x) : x - (uf - 1);
      c /= uf;
    } else c = 0;
    hu = (hu & 0x000fffff) + 0x3fe6a09e;
    U32[HI] = hu;
    f = F64[0] - 1;
  }
  const hfsq = 0.5 * f * f;
  const s = f / (2.0 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  const R = t2 + t1;
  const dk = k;
  return s * (hfsq + R) + (dk * LN2_LO + c) - hfsq + f + dk * LN2_HI;
}

// ---------------------------------------------------------------- hyperbolic functions (musl)
// musl's formulas over expm1/log1p (fdlibm, as V8's) and exp/log (correctly rounded in practice,
// as accurateExp/accurateLog): V8's own Math.cosh/tanh/asinh/acosh differ in the last bit.

const LN2 = Math.LN2;

/** __expo2: exp(x)/2 * (2*sign/2) for x >= log(DBL_MAX), without intermediate overflow. */
function expo2(x: number, sign: number): number {
  const scale = 2 ** 1021;
  return accurateExp(x - 1416.0996898839683) * (sign * scale) * scale;
}

function absBits(x: number): [number, number] {
  const hx = highWord(x);
  return [hx >>> 31, hx & 0x7fffffff];
}

export function cosh(x: number): number {
  const [, w] = absBits(x);
  x = Math.abs(x);
  if (w < 0x3fe62e42) {
    if (w < 0x3ff00000 - (26 << 20)) return 1;
    const t = Math.expm1(x);
    return 1 + (t * t) / (2 * (1 + t));
  }
  if (w < 0x40862e42) {
    const t = accurateExp(x);
    return 0.5 * (t + 1 / t);
  }
  return expo2(x, 1.0);
}

export function sinh(x: number): number {
  const [sign, w] = absBits(x);
  const h = sign ? -0.5 : 0.5;
  const absx = Math.abs(x);
  if (w < 0x40862e42) {
    const t = Math.expm1(absx);
    if (w < 0x3ff00000) {
      if (w < 0x3ff00000 - (26 << 20)) return x;
      return h * (2 * t - (t * t) / (t + 1));
    }
    return h * (t + t / (t + 1));
  }
  return expo2(absx, 2 * h);
}

export function tanh(x: number): number {
  const [sign, w] = absBits(x);
  x = Math.abs(x);
  let t: number;
  if (w > 0x3fe193ea) {
    if (w > 0x40340000) t = 1 - 0 / x;
    else {
      t = Math.expm1(2 * x);
      t = 1 - 2 / (t + 2);
    }
  } else if (w > 0x3fd058ae) {
    t = Math.expm1(2 * x);
    t = t / (t + 2);
  } else if (w >= 0x00100000) {
    t = Math.expm1(-2 * x);
    t = -t / (t + 2);
  } else t = x;
  return sign ? -t : t;
}

export function asinh(x: number): number {
  const hx = highWord(x);
  const e = (hx >>> 20) & 0x7ff;
  const s = hx >>> 31;
  x = Math.abs(x);
  if (e >= 0x3ff + 26) x = accurateLog(x) + LN2;
  else if (e >= 0x3ff + 1) x = accurateLog(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
  else if (e >= 0x3ff - 26) x = log1p(x + (x * x) / (Math.sqrt(x * x + 1) + 1));
  return s ? -x : x;
}

export function acosh(x: number): number {
  const e = (highWord(x) >>> 20) & 0x7ff;
  if (x < 1) return Number.NaN;
  if (e < 0x3ff + 1) return log1p(x - 1 + Math.sqrt((x - 1) * (x - 1) + 2 * (x - 1)));
  if (e < 0x3ff + 26) return accurateLog(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  return accurateLog(x) + LN2;
}

export function atanh(x: number): number {
  const hx = highWord(x);
  const e = (hx >>> 20) & 0x7ff;
  const s = hx >>> 31;
  let y = Math.abs(x);
  if (y > 1) return Number.NaN;
  if (e < 0x3ff - 1) {
    if (e >= 0x3ff - 32) y = 0.5 * log1p(2 * y + (2 * y * y) / (1 - y));
  } else y = 0.5 * log1p(2 * (y / (1 - y)));
  return s ? -y : y;
}

// ---------------------------------------------------------------- elementary functions

function mLog(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return accurateLog(x);
    return x === 0 ? -Infinity : Number.NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return Number.NaN;
}
function mLog2(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) || x > 0 ? x : Number.NaN;
  if (x > 0) {
    const [m, e] = frexp(x);
    if (m === 0.5) return e - 1;
    return Math.log2(x);
  }
  return x === 0 ? -Infinity : Number.NaN;
}
const Lg1 = 0.6666666666666735;
const Lg2 = 0.3999999999940942;
const Lg3 = 0.2857142874366239;
const Lg4 = 0.22222198432149784;
const Lg5 = 0.1818357216161805;
const Lg6 = 0.15313837699209373;
const Lg7 = 0.14798198605116586;
const ivln10hi = 0.4342944818781689;
const ivln10lo = 2.5082946711645275e-11;
const log10_2hi = 0.30102999566361177;
const log10_2lo = 3.694239077158931e-13;

/** log10 of a finite x > 0 (musl's log10, the C library of the reference build). */
function log10Pos(x: number): number {
  F64[0] = x;
  let hx = U32[HI];
  let k = 0;
  if (hx < 0x00100000) {
    k -= 54;
    x *= 2 ** 54;
    F64[0] = x;
    hx = U32[HI];
  } else if (hx === 0x3ff00000 && U32[LO] === 0) return 0;
  hx = (hx + (0x3ff00000 - 0x3fe6a09e)) >>> 0;
  k += (hx >>> 20) - 0x3ff;
  hx = (hx & 0x000fffff) + 0x3fe6a09e;
  U32[HI] = hx;
  x = F64[0];
  const fm = x - 1.0;
  const hfsq = 0.5 * fm * fm;
  const s = fm / (2.0 + fm);
  const z = s * s;
  let w = z * z;
  const t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  const t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  const R = t2 + t1;
  let hi = fm - hfsq;
  hi = clearLowWord(hi);
  const lo = fm - hi - hfsq + s * (hfsq + R);
  let valHi = hi * ivln10hi;
  const dk = k;
  const y = dk * log10_2hi;
  let valLo = dk * log10_2lo + (lo + hi) * ivln10lo + lo * ivln10hi;
  w = y + valHi;
  valLo += y - w + valHi;
  valHi = w;
  return valLo + valHi;
}

function mLog10(x: number): number {
  if (Number.isFinite(x)) {
    if (x > 0) return log10Pos(x);
    return x === 0 ? -Infinity : Number.NaN;
  }
  if (Number.isNaN(x) || x > 0) return x;
  return Number.NaN;
}
function mLog1p(x: number): number {
  return log1p(x);
}

function mAtan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  const xPos = x > 0 || Object.is(x, 0);
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysign(xPos ? 0.25 * PI : 0.75 * PI, y);
    return copysign(0.5 * PI, y);
  }
  if (!Number.isFinite(x) || y === 0) return xPos ? copysign(0, y) : copysign(PI, y);
  return Math.atan2(y, x);
}

export function copysign(x: number, y: number): number {
  const neg = y < 0 || Object.is(y, -0) || (Number.isNaN(y) && highWord(y) >>> 31 === 1);
  const ax = Math.abs(x);
  return neg ? -ax : ax;
}

function mRemainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return Number.NaN;
    const absx = Math.abs(x);
    const absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return Number.NaN;
  return x;
}

function mFmod(x: number, y: number): number {
  // fmod(x, inf) == x for finite x; fmod(inf, y) is invalid
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return x;
  return x % y;
}

function isOddInteger(y: number): boolean {
  return Number.isFinite(y) && Math.abs(y) % 2 === 1;
}

function mExp2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Math.floor(x)) {
    if (x > 1023) return Infinity;
    if (x < -1074) return 0;
    return ldexp(1, x);
  }
  if (x > 1024) return Infinity;
  if (x < -1080) return 0;
  return accuratePow(2, x);
}

function mExp(x: number): number {
  return accurateExp(x);
}

// ---------------------------------------------------------------- integer functions

function asInt(v: PyValue): IntValue {
  return index(v);
}

function isNeg(v: IntValue): boolean {
  return typeof v === "number" ? v < 0 : v < 0n;
}
function isZero(v: IntValue): boolean {
  return v === 0;
}

export function gcdInt(a: IntValue, b: IntValue): IntValue {
  if (typeof a === "number" && typeof b === "number") {
    let x = Math.abs(a);
    let y = Math.abs(b);
    while (y !== 0) {
      const t: number = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = BigInt(a);
  let y = BigInt(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return normInt(x);
}

function mathGcd(args: Args, kw: Kw): PyValue {
  noKwargs("gcd", kw);
  if (args.length === 0) return 0;
  let res: IntValue = asInt(args[0]);
  if (args.length === 1) return absInt(res);
  for (let i = 1; i < args.length; i++) {
    const x = asInt(args[i]);
    if (res === 1) continue;
    res = gcdInt(res, x);
  }
  return res;
}

function mathLcm(args: Args, kw: Kw): PyValue {
  noKwargs("lcm", kw);
  if (args.length === 0) return 1;
  let res: IntValue = asInt(args[0]);
  if (args.length === 1) return absInt(res);
  for (let i = 1; i < args.length; i++) {
    const x = asInt(args[i]);
    if (res === 0) continue;
    if (isZero(x)) {
      res = 0;
      continue;
    }
    const g = gcdInt(res, x);
    res = absInt(mulInt(floorDivInt(res, g), x));
  }
  return res;
}

/** isqrt of a nonnegative bigint. */
export function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  if (n < 2n ** 52n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  // Newton from an upper bound
  const bits = bitLength(n);
  let x = 1n << BigInt(Math.ceil(bits / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function mathIsqrt(args: Args, kw: Kw): PyValue {
  const n = asInt(oneArg("math.isqrt", args, kw));
  if (isNeg(n)) raiseValueError("isqrt() argument must be nonnegative");
  if (typeof n === "number") {
    let r = Math.floor(Math.sqrt(n));
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  return normInt(isqrtBig(n));
}

/** Product of the integers in [lo, hi) as a bigint (binary splitting). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n <= 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

const LONG_MAX = 9223372036854775807n;

function mathFactorial(args: Args, kw: Kw): PyValue {
  const v = oneArg("math.factorial", args, kw);
  const n = asInt(v);
  if (isNeg(n)) raiseValueError("factorial() not defined for negative values");
  if (typeof n === "bigint") {
    if (n > LONG_MAX) raiseOverflowError(`factorial() argument should not exceed ${LONG_MAX}`);
    raise(E.PyExc_MemoryError, "");
  }
  if (n <= 18) {
    let p = 1;
    for (let i = 2; i <= n; i++) p *= i;
    return p;
  }
  return normInt(rangeProduct(2n, BigInt(n) + 1n));
}

function perm(n: bigint, k: bigint): bigint {
  return rangeProduct(n - k + 1n, n + 1n);
}

function comb(n: bigint, k: bigint): bigint {
  if (k > n - k) k = n - k;
  if (k < 0n) return 0n;
  if (k === 0n) return 1n;
  return perm(n, k) / rangeProduct(1n, k + 1n);
}

function mathComb(args: Args, kw: Kw): PyValue {
  noKwargs("comb", kw);
  checkPositional("comb", args.length, 2, 2);
  const n = BigInt(asInt(args[0]));
  const k = BigInt(asInt(args[1]));
  if (n < 0n) raiseValueError("n must be a non-negative integer");
  if (k < 0n) raiseValueError("k must be a non-negative integer");
  if (k > n) return 0;
  return normInt(comb(n, k));
}

function mathPerm(args: Args, kw: Kw): PyValue {
  noKwargs("perm", kw);
  checkPositional("perm", args.length, 1, 2);
  const n = BigInt(asInt(args[0]));
  if (args.length === 1 || args[1] === None) {
    return mathFactorial([normInt(n)], null);
  }
  const k = BigInt(asInt(args[1]));
  if (n < 0n) raiseValueError("n must be a non-negative integer");
  if (k < 0n) raiseValueError("k must be a non-negative integer");
  if (k > n) return 0;
  return normInt(perm(n, k));
}

// ---------------------------------------------------------------- rounding

function mathCeil(args: Args, kw: Kw): PyValue {
  const x = oneArg("math.ceil", args, kw);
  if (x instanceof PyFloat && x.type === floatType) return floatToInt(Math.ceil(x.value));
  if (typeof x === "number" || typeof x === "bigint") return x;
  const m = lookupSpecial(x, "__ceil__");
  if (m !== undefined) return call(m, []);
  return floatToInt(Math.ceil(asDoubleArg(x)));
}

function mathFloor(args: Args, kw: Kw): PyValue {
  const x = oneArg("math.floor", args, kw);
  if (x instanceof PyFloat && x.type === floatType) return floatToInt(Math.floor(x.value));
  if (typeof x === "number" || typeof x === "bigint") return x;
  const m = lookupSpecial(x, "__floor__");
  if (m !== undefined) return call(m, []);
  return floatToInt(Math.floor(asDoubleArg(x)));
}

function mathTrunc(args: Args, kw: Kw): PyValue {
  const x = oneArg("math.trunc", args, kw);
  if (x instanceof PyFloat && x.type === floatType) return floatToInt(Math.trunc(x.value));
  if (typeof x === "number" || typeof x === "bigint") return x;
  const m = lookupSpecial(x, "__trunc__");
  if (m === undefined) raiseTypeError(`type ${typeName(x)} doesn't define __trunc__ method`);
  return call(m, []);
}

// ---------------------------------------------------------------- the rest

function mathLogHelper(arg: PyValue, fn: (x: number) => number): number {
  const iv = asIntValue(arg);
  if (iv !== undefined) {
    if (typeof iv === "number" ? iv <= 0 : iv < 0n) raiseValueError("expected a positive input");
    if (typeof iv === "bigint") {
      const x = Number(iv);
      if (!Number.isFinite(x)) {
        // log(m * 2**e) = log(m) + e * log(2)
        // _PyLong_Frexp: iv = m * 2**e with 0.5 <= m < 1
        const e = bitLength(iv);
        const shift = BigInt(e - 64);
        const m = Number(iv >> shift) / 2 ** 64;
        return fn(m) + fn(2.0) * e;
      }
      return fn(x);
    }
    return fn(iv);
  }
  const x = asDoubleArg(arg);
  const r = fn(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) raiseValueError(`expected a positive input, got ${fmt(x)}`);
  if (!Number.isFinite(r) && Number.isFinite(x)) raiseValueError(`expected a positive input, got ${fmt(x)}`);
  return r;
}

function mathLog(args: Args, kw: Kw): PyValue {
  noKwargs("log", kw);
  checkPositional("log", args.length, 1, 2);
  const num = mathLogHelper(args[0], mLog);
  if (args.length === 1) return f(num);
  const den = mathLogHelper(args[1], mLog);
  if (den === 0) raise(E.PyExc_ZeroDivisionError, "division by zero");
  return f(num / den);
}

function logFn(name: string, fn: (x: number) => number): (args: Args, kw: Kw) => PyValue {
  return (args, kw) => f(mathLogHelper(oneArg(`math.${name}`, args, kw), fn));
}

function mathPow(args: Args, kw: Kw): PyValue {
  noKwargs("pow", kw);
  checkPositional("pow", args.length, 2, 2);
  const x = asDoubleArg(args[0]);
  const y = asDoubleArg(args[1]);
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) r = y === 0 ? 1 : x;
    else if (Number.isNaN(y)) r = x === 1 ? 1 : y;
    else if (!Number.isFinite(x)) {
      const oddY = isOddInteger(y);
      if (y > 0) r = oddY ? x : Math.abs(x);
      else if (y === 0) r = 1;
      else r = oddY ? copysign(0, x) : 0;
    } else {
      if (Math.abs(x) === 1) r = 1;
      else if (y > 0 && Math.abs(x) > 1) r = y;
      else if (y < 0 && Math.abs(x) < 1) r = -y;
      else r = 0;
    }
    return f(r);
  }
  if (y === 0) return f(1);
  if (x === 0) {
    if (y < 0) domainError();
    return f(isOddInteger(y) ? x : 0);
  }
  if (x < 0) {
    if (y !== Math.floor(y)) domainError();
    r = accuratePow(-x, y, isOddInteger(y));
  } else r = accuratePow(x, y);
  if (!Number.isFinite(r)) rangeError();
  return f(r);
}

function mathLdexp(args: Args, kw: Kw): PyValue {
  noKwargs("ldexp", kw);
  checkPositional("ldexp", args.length, 2, 2);
  const x = asDoubleArg(args[0]);
  const iv = asIntValue(args[1]);
  if (iv === undefined) raiseTypeError("Expected an int as second argument to ldexp.");
  if (x === 0 || !Number.isFinite(x)) return f(x);
  let e: number;
  if (typeof iv === "bigint") e = iv > 0n ? 1e6 : -1e6;
  else e = iv;
  const r = ldexp(x, e);
  if (!Number.isFinite(r)) rangeError();
  return f(r);
}

function mathFrexp(args: Args, kw: Kw): PyValue {
  const x = asDoubleArg(oneArg("math.frexp", args, kw));
  const [m, e] = frexp(x);
  return newTuple([f(m), e]);
}

function mathModf(args: Args, kw: Kw): PyValue {
  const x = asDoubleArg(oneArg("math.modf", args, kw));
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return newTuple([f(x), f(x)]);
    return newTuple([f(copysign(0, x)), f(x)]);
  }
  const ip = Math.trunc(x);
  const frac = copysign(x - ip, x);
  return newTuple([f(frac), f(ip === 0 ? copysign(0, x) : ip)]);
}

function mathIsclose(args: Args, kw: Kw): PyValue {
  const [a0, b0, rt, at] = bindArgs("isclose", args, kw, {
    names: ["a", "b", "rel_tol", "abs_tol"],
    required: 2,
    posOnly: 0,
    kwOnlyFrom: 2,
  });
  const a = asDoubleArg(a0 as PyValue);
  const b = asDoubleArg(b0 as PyValue);
  const relTol = rt === undefined ? 1e-9 : asDoubleArg(rt);
  const absTol = at === undefined ? 0.0 : asDoubleArg(at);
  if (relTol < 0 || absTol < 0) raiseValueError("tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

function mathNextafter(args: Args, kw: Kw): PyValue {
  const npos = kw === null ? args.length : args.length - kw.length;
  if (npos !== 2) raiseTypeError(`nextafter() takes exactly 2 positional arguments (${npos} given)`);
  const [x0, y0, st] = bindArgs("nextafter", args, kw, {
    names: ["x", "y", "steps"],
    required: 2,
    posOnly: 2,
    kwOnlyFrom: 2,
  });
  const x = asDoubleArg(x0 as PyValue);
  const y = asDoubleArg(y0 as PyValue);
  if (st === undefined || st === None) return f(nextafter(x, y));
  const steps = asInt(st);
  if (isNeg(steps)) raiseValueError("steps must be a non-negative integer");
  if (steps === 0 || Number.isNaN(x)) return f(x);
  if (Number.isNaN(y)) return f(y);
  return f(stepToward(x, y, BigInt(steps)));
}

const I64 = new BigInt64Array(F64.buffer);
function ordered(x: number): bigint {
  F64[0] = x;
  const b = I64[0];
  return b < 0n ? -(b & 0x7fffffffffffffffn) : b;
}
function fromOrdered(o: bigint): number {
  I64[0] = o < 0n ? -o | -0x8000000000000000n : o;
  return F64[0];
}
function stepToward(x: number, y: number, nb: bigint): number {
  const ox = ordered(x);
  const oy = ordered(y);
  let r: bigint;
  if (oy > ox) r = oy - ox <= nb ? oy : ox + nb;
  else r = ox - oy <= nb ? oy : ox - nb;
  if (r === oy) return y;
  if (r === 0n && ox !== 0n) return ox < 0n ? -0 : 0;
  return fromOrdered(r);
}

function mathUlp(args: Args, kw: Kw): PyValue {
  let x = asDoubleArg(oneArg("math.ulp", args, kw));
  if (Number.isNaN(x)) return f(x);
  x = Math.abs(x);
  if (!Number.isFinite(x)) return f(x);
  const x2 = nextafter(x, Infinity);
  if (!Number.isFinite(x2)) return f(x - nextafter(x, -Infinity));
  return f(x2 - x);
}

/** vector_norm (mathmodule.c): accurate sqrt of a sum of squares of finite |values| <= max. */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNan) return Number.NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const DBL_MIN = 2 ** -1022;
    for (let i = 0; i < n; i++) vec[i] /= DBL_MIN;
    return DBL_MIN * vectorNorm(vec, max / DBL_MIN, foundNan);
  }
  const scale = ldexp(1.0, -maxE);
  let csum = 1.0;
  let frac1 = 0.0;
  let frac2 = 0.0;
  for (let i = 0; i < n; i++) {
    const x = vec[i] * scale;
    twoProd(x, x);
    const prHi = DH;
    const prLo = DL;
    const smHi = csum + prHi;
    const smLo = csum - smHi + prHi;
    csum = smHi;
    frac1 += prLo;
    frac2 += smLo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  twoProd(-h, h);
  const prHi = DH;
  const prLo = DL;
  const smHi = csum + prHi;
  const smLo = csum - smHi + prHi;
  csum = smHi;
  frac1 += prLo;
  frac2 += smLo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

function mathHypot(args: Args, kw: Kw): PyValue {
  noKwargs("hypot", kw);
  const vec: number[] = new Array(args.length);
  let max = 0;
  let foundNan = false;
  for (let i = 0; i < args.length; i++) {
    const x = Math.abs(asDoubleArg(args[i]));
    vec[i] = x;
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
  }
  return f(vectorNorm(vec, max, foundNan));
}

function mathDist(args: Args, kw: Kw): PyValue {
  noKwargs("dist", kw);
  checkPositional("dist", args.length, 2, 2);
  const p = args[0] instanceof PyTuple ? args[0].items : toArray(args[0]);
  const q = args[1] instanceof PyTuple ? args[1].items : toArray(args[1]);
  if (p.length !== q.length) raiseValueError("both points must have the same number of dimensions");
  const vec: number[] = new Array(p.length);
  let max = 0;
  let foundNan = false;
  for (let i = 0; i < p.length; i++) {
    const x = Math.abs(asDoubleArg(p[i]) - asDoubleArg(q[i]));
    vec[i] = x;
    foundNan ||= Number.isNaN(x);
    if (x > max) max = x;
  }
  return f(vectorNorm(vec, max, foundNan));
}

function mathProd(args: Args, kw: Kw): PyValue {
  const [iterable, start] = bindArgs("prod", args, kw, {
    names: ["", "start"],
    required: 1,
    posOnly: 1,
    kwOnlyFrom: 1,
  });
  let result: PyValue = start === undefined ? 1 : start;
  const it = iter(iterable as PyValue);
  for (;;) {
    const item = next(it);
    if (item === undefined) return result;
    if (typeof result === "number" && typeof item === "number") {
      const r = result * item;
      if (Number.isSafeInteger(r)) {
        result = r === 0 ? 0 : r;
        continue;
      }
    }
    result = binaryOp(result, item, "nb_multiply", "*");
  }
}

function mathSumprod(args: Args, kw: Kw): PyValue {
  noKwargs("sumprod", kw);
  checkPositional("sumprod", args.length, 2, 2);
  const pIt = iter(args[0]);
  const qIt = iter(args[1]);
  const ps: PyValue[] = [];
  const qs: PyValue[] = [];
  for (;;) {
    const p = next(pIt);
    const q = next(qIt);
    if (p === undefined || q === undefined) {
      if (p !== undefined || q !== undefined) raiseValueError("Inputs are not the same length");
      break;
    }
    ps.push(p);
    qs.push(q);
  }
  // all exact ints: exact integer sum; exact floats and safe ints: correctly rounded sum
  let allInt = true;
  let allNum = true;
  let anyFloat = false;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i];
    const q = qs[i];
    const pi = typeof p === "number" || typeof p === "bigint" || typeof p === "boolean";
    const qi = typeof q === "number" || typeof q === "bigint" || typeof q === "boolean";
    const pf = p instanceof PyFloat && p.type === floatType;
    const qf = q instanceof PyFloat && q.type === floatType;
    if (!(pi && qi)) allInt = false;
    if (
      !(
        (pf || typeof p === "number" || typeof p === "boolean") &&
        (qf || typeof q === "number" || typeof q === "boolean")
      )
    )
      allNum = false;
    if (pf || qf) anyFloat = true;
  }
  if (allInt) {
    let total = 0n;
    for (let i = 0; i < ps.length; i++)
      total += BigInt(asIntValue(ps[i]) as IntValue) * BigInt(asIntValue(qs[i]) as IntValue);
    return normInt(total);
  }
  if (allNum && anyFloat) {
    const parts: number[] = [];
    for (let i = 0; i < ps.length; i++) {
      const a = asDoubleArg(ps[i]);
      const b = asDoubleArg(qs[i]);
      const prod = a * b;
      if (!Number.isFinite(prod) || !Number.isFinite(a) || !Number.isFinite(b)) {
        parts.push(prod);
        continue;
      }
      exactProd(a, b);
      parts.push(DH);
      if (DL !== 0) parts.push(DL);
    }
    if (parts.some((v) => !Number.isFinite(v))) {
      let s = 0;
      for (const v of parts) s += v;
      return f(s);
    }
    return f(fsumNumbers(parts));
  }
  let total: PyValue = 0;
  for (let i = 0; i < ps.length; i++) {
    const prod = binaryOp(ps[i], qs[i], "nb_multiply", "*");
    total = binaryOp(total, prod, "nb_add", "+");
  }
  return total;
}

function mathFma(args: Args, kw: Kw): PyValue {
  noKwargs("fma", kw);
  checkPositional("fma", args.length, 3, 3);
  const x = asDoubleArg(args[0]);
  const y = asDoubleArg(args[1]);
  const z = asDoubleArg(args[2]);
  let r: number;
  const naive = x * y + z;
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z) || x === 0 || y === 0) {
    r = x === 0 || y === 0 ? (Number.isFinite(x) && Number.isFinite(y) ? x * y + z : naive) : naive;
  } else {
    exactProd(x, y);
    if (!Number.isFinite(DH)) r = DH;
    else if (z === 0) r = DH + DL;
    else r = fsumNumbers([DH, DL, z]);
  }
  if (!Number.isFinite(r)) {
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z))
        raiseValueError("invalid operation in fma");
    } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z))
      raiseOverflowError("overflow in fma");
  }
  return f(r);
}

function mathDegrees(args: Args, kw: Kw): PyValue {
  return f(asDoubleArg(oneArg("math.degrees", args, kw)) * (180.0 / PI));
}
function mathRadians(args: Args, kw: Kw): PyValue {
  return f(asDoubleArg(oneArg("math.radians", args, kw)) * (PI / 180.0));
}
function mathIsfinite(args: Args, kw: Kw): PyValue {
  return Number.isFinite(asDoubleArg(oneArg("math.isfinite", args, kw)));
}
function mathIsnan(args: Args, kw: Kw): PyValue {
  return Number.isNaN(asDoubleArg(oneArg("math.isnan", args, kw)));
}
function mathIsinf(args: Args, kw: Kw): PyValue {
  const x = asDoubleArg(oneArg("math.isinf", args, kw));
  return x === Infinity || x === -Infinity;
}

export function createMathModule(): PyModule {
  const m = newBuiltinModule(
    "math",
    "This module provides access to the mathematical functions\ndefined by the C standard.",
  );
  addFunctions(m, {
    acos: math1("acos", Math.acos, false, "expected a number in range from -1 up to 1, got %s"),
    acosh: math1("acosh", acosh, false, "expected argument value not less than 1, got %s"),
    asin: math1("asin", Math.asin, false, "expected a number in range from -1 up to 1, got %s"),
    asinh: math1("asinh", asinh, false, null),
    atan: math1("atan", Math.atan, false, null),
    atan2: math2("atan2", mAtan2),
    atanh: math1("atanh", atanh, false, "expected a number between -1 and 1, got %s"),
    cbrt: math1("cbrt", Math.cbrt, false, null),
    ceil: mathCeil,
    comb: mathComb,
    copysign: math2("copysign", copysign),
    cos: math1("cos", cos, false, "expected a finite input, got %s"),
    cosh: math1("cosh", cosh, true, null),
    degrees: mathDegrees,
    dist: mathDist,
    erf: math1("erf", erf, false, null),
    erfc: math1("erfc", erfc, false, null),
    exp: math1("exp", mExp, true, null),
    exp2: math1("exp2", mExp2, true, null),
    expm1: math1("expm1", Math.expm1, true, null),
    fabs: math1("fabs", Math.abs, false, null),
    factorial: mathFactorial,
    floor: mathFloor,
    fma: mathFma,
    fmod: math2("fmod", mFmod),
    frexp: mathFrexp,
    fsum: mathFsum,
    gamma: math1a("gamma", tgamma, "expected a noninteger or positive integer, got %s"),
    gcd: mathGcd,
    hypot: mathHypot,
    isclose: mathIsclose,
    isfinite: mathIsfinite,
    isinf: mathIsinf,
    isnan: mathIsnan,
    isqrt: mathIsqrt,
    lcm: mathLcm,
    ldexp: mathLdexp,
    lgamma: math1a("lgamma", lgamma, "expected a noninteger or positive integer, got %s"),
    log: mathLog,
    log10: logFn("log10", mLog10),
    log1p: math1("log1p", mLog1p, false, "expected argument value > -1, got %s"),
    log2: logFn("log2", mLog2),
    modf: mathModf,
    nextafter: mathNextafter,
    perm: mathPerm,
    pow: mathPow,
    prod: mathProd,
    radians: mathRadians,
    remainder: math2("remainder", mRemainder),
    sin: math1("sin", sin, false, "expected a finite input, got %s"),
    sinh: math1("sinh", sinh, true, null),
    sqrt: math1("sqrt", Math.sqrt, false, "expected a nonnegative input, got %s"),
    sumprod: mathSumprod,
    tan: math1("tan", tan, false, "expected a finite input, got %s"),
    tanh: math1("tanh", tanh, false, null),
    trunc: mathTrunc,
    ulp: mathUlp,
  });
  const d = m.dict;
  d.setStr("pi", f(Math.PI));
  d.setStr("e", f(Math.E));
  d.setStr("tau", f(2 * Math.PI));
  d.setStr("inf", f(Infinity));
  d.setStr("nan", f(Number.NaN));
  return m;
}
