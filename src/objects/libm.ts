// Accurate elementary functions for the numeric types: pow, exp, log and hypot evaluated in
// double-double arithmetic (about 100 bits) and rounded once, so the results are the correctly
// rounded ones except in astronomically rare cases. CPython calls the C library (glibc natively,
// musl in the Pyodide oracle), whose pow/exp/log are accurate to about 0.52 ulp and so return
// the correctly rounded result in all but a tiny fraction of cases; V8's Math.pow/exp/log are
// fdlibm ports accurate only to about 1 ulp, which shows up in repr() of results.
//
// Double-double values are (hi, lo) pairs with |lo| <= ulp(hi)/2; the helpers return their
// result in the module registers H and L so that nothing is allocated.

let H = 0;
let L = 0;

const SPLIT = 134217729; // 2**27 + 1

function twoSum(a: number, b: number): void {
  const s = a + b;
  const bb = s - a;
  H = s;
  L = a - (s - bb) + (b - bb);
}

function quickTwoSum(a: number, b: number): void {
  const s = a + b;
  H = s;
  L = b - (s - a);
}

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  H = p;
  L = ah * bh - p + ah * bl + al * bh + al * bl;
}

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  twoSum(ah, bh);
  const sh = H;
  let sl = L;
  twoSum(al, bl);
  const th = H;
  const tl = L;
  sl += th;
  quickTwoSum(sh, sl);
  quickTwoSum(H, L + tl);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ph = H;
  const pl = L + (ah * bl + al * bh);
  quickTwoSum(ph, pl);
}

function ddMulD(ah: number, al: number, b: number): void {
  twoProd(ah, b);
  const ph = H;
  const pl = L + al * b;
  quickTwoSum(ph, pl);
}

function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -H, -L);
  const rh = H;
  const rl = L;
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -H, -L);
  const q3 = H / bh;
  quickTwoSum(q1, q2);
  ddAdd(H, L, q3, 0);
}

// ln 2 as a double-double
const LN2_HI = Math.LN2;
const LN2_LO = 2.3190468138462996e-17;

// 1/(2k+1) as double-doubles, for the atanh series of log
const LOG_TERMS = 23;
const INV_ODD_HI = new Float64Array(LOG_TERMS);
const INV_ODD_LO = new Float64Array(LOG_TERMS);
for (let k = 0; k < LOG_TERMS; k++) {
  ddDiv(1, 0, 2 * k + 1, 0);
  INV_ODD_HI[k] = H;
  INV_ODD_LO[k] = L;
}

// 1/n! as double-doubles, for the exp series
const EXP_TERMS = 12;
const INV_FACT_HI = new Float64Array(EXP_TERMS);
const INV_FACT_LO = new Float64Array(EXP_TERMS);
{
  let fh = 1;
  let fl = 0;
  for (let n = 1; n < EXP_TERMS; n++) {
    ddMulD(fh, fl, n);
    fh = H;
    fl = L;
    ddDiv(1, 0, fh, fl);
    INV_FACT_HI[n] = H;
    INV_FACT_LO[n] = L;
  }
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** log(x) for a finite x > 0, as a double-double in H, L. */
function ddLog(x: number): void {
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 54;
    e = -54;
  }
  f64[0] = x;
  const hi = u32[HI_WORD];
  e += ((hi >>> 20) & 0x7ff) - 1023;
  // m = x / 2**e in [1, 2): replace the exponent field by 1023
  u32[HI_WORD] = (hi & 0x800fffff) | 0x3ff00000;
  let m = f64[0];
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  // log m = 2 atanh(s), s = (m - 1) / (m + 1)
  twoSum(m, 1);
  ddDiv(m - 1, 0, H, L);
  const sh = H;
  const sl = L;
  ddMul(sh, sl, sh, sl);
  const s2h = H;
  const s2l = L;
  let ph = INV_ODD_HI[LOG_TERMS - 1];
  let pl = INV_ODD_LO[LOG_TERMS - 1];
  for (let k = LOG_TERMS - 2; k >= 0; k--) {
    ddMul(ph, pl, s2h, s2l);
    ddAdd(H, L, INV_ODD_HI[k], INV_ODD_LO[k]);
    ph = H;
    pl = L;
  }
  ddMul(ph, pl, sh, sl);
  const lmh = H * 2;
  const lml = L * 2;
  ddMulD(LN2_HI, LN2_LO, e);
  ddAdd(H, L, lmh, lml);
}

/**
 * exp(th + tl) rounded to a double (inf on overflow, 0 on underflow); `sign` is 1 or -1 and is
 * applied before the final scaling so that signed zeros come out right.
 */
function ddExpToDouble(th: number, tl: number, sign: number): number {
  if (th > 709.8) return sign * Infinity;
  if (th < -745.2) return sign * 0;
  const k = Math.round(th / LN2_HI);
  // r = t - k ln2
  ddMulD(LN2_HI, LN2_LO, k);
  ddAdd(th, tl, -H, -L);
  // r / 1024, then expm1 by its Taylor series, then square ten times: (1+u)^2 - 1 = 2u + u^2
  const rh = H / 1024;
  const rl = L / 1024;
  let uh = INV_FACT_HI[EXP_TERMS - 1];
  let ul = INV_FACT_LO[EXP_TERMS - 1];
  for (let n = EXP_TERMS - 2; n >= 1; n--) {
    ddMul(uh, ul, rh, rl);
    ddAdd(H, L, INV_FACT_HI[n], INV_FACT_LO[n]);
    uh = H;
    ul = L;
  }
  ddMul(uh, ul, rh, rl);
  uh = H;
  ul = L;
  for (let i = 0; i < 10; i++) {
    ddMul(uh, ul, uh, ul);
    ddAdd(H, L, 2 * uh, 2 * ul);
    uh = H;
    ul = L;
  }
  ddAdd(1, 0, uh, ul);
  const vh = H * sign;
  const vl = L * sign;
  // scale by 2**k in two exact steps
  const k1 = k >> 1;
  const k2 = k - k1;
  if (k < -1021) return roundSubnormal(vh, vl, k);
  return (vh + vl) * 2 ** k1 * 2 ** k2;
}

/**
 * (vh + vl) * 2**k rounded once (ties to even) where the result may be subnormal: counted in
 * units of 2**-1074, the value is (vh + vl) * 2**(k + 1074), rounded to an integer.
 */
function roundSubnormal(vh: number, vl: number, k: number): number {
  const neg = vh < 0;
  if (neg) {
    vh = -vh;
    vl = -vl;
  }
  const t = k + 1074;
  if (t < -2) return neg ? -0 : 0; // below a quarter of the smallest subnormal
  const a = vh * 2 ** t; // exact: a power-of-two scaling of a value near 1
  const b = vl * 2 ** t;
  const fl = Math.floor(a);
  const frac = a - fl + b;
  let n = fl;
  if (frac > 0.5 || (frac === 0.5 && fl % 2 === 1)) n += 1;
  else if (frac < 0 && frac < -0.5) n -= 1;
  else if (frac < 0 && frac === -0.5 && fl % 2 === 1) n -= 1;
  const r = n * 5e-324;
  return neg ? -r : r;
}

/** exp(x), correctly rounded in practice. */
export function accurateExp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x === 0) return 1;
  return ddExpToDouble(x, 0, 1);
}

/** log(x), correctly rounded in practice. */
export function accurateLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  ddLog(x);
  return H + L;
}

/**
 * x ** y for finite x > 0 and finite y, y != 0 (the special cases are the caller's):
 * exp(y * log(x)) in double-double, rounded once. `negate` gives -(x ** y).
 */
export function accuratePow(x: number, y: number, negate = false): number {
  if (x === 1) return negate ? -1 : 1;
  if (Math.abs(y) > 2 ** 900) {
    // far beyond the range where the result is neither 0 nor inf (and twoProd would overflow)
    return ddExpToDouble(y * Math.log(x), 0, negate ? -1 : 1);
  }
  ddLog(x);
  ddMulD(H, L, y);
  return ddExpToDouble(H, L, negate ? -1 : 1);
}

/** hypot(x, y), correctly rounded in practice (the sum of squares in double-double). */
export function accurateHypot(x: number, y: number): number {
  x = Math.abs(x);
  y = Math.abs(y);
  if (x === Infinity || y === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x < y) {
    const t = x;
    x = y;
    y = t;
  }
  if (y === 0) return x;
  // scale into a safe range
  let scale = 1;
  if (x > 2 ** 500) {
    x *= 2 ** -600;
    y *= 2 ** -600;
    scale = 2 ** 600;
  } else if (x < 2 ** -500) {
    x *= 2 ** 600;
    y *= 2 ** 600;
    scale = 2 ** -600;
  }
  twoProd(x, x);
  const ah = H;
  const al = L;
  twoProd(y, y);
  ddAdd(ah, al, H, L);
  const sh = H;
  const sl = L;
  // sqrt of a double-double: one Newton step from the double sqrt
  const r = Math.sqrt(sh);
  twoProd(r, r);
  ddAdd(sh, sl, -H, -L);
  const corr = (H + L) / (2 * r);
  return (r + corr) * scale;
}

/**
 * x ** y for 2**-100 < x < 2**100 and y an integer or half-integer with |y| <= 8: the power and
 * square root in double-double (relative error below 2**-98), rounded once. This is the fast path
 * of float `**` (`x ** 2`, `x ** -1.5`, `x ** 0.5`); it gives the correctly rounded result, as
 * accuratePow does, and returns NaN when that rounding is not certain (the result is within
 * 2**-90 of a halfway point, or a power of two), so the caller falls back to the general path.
 */
export function fastPow(x: number, y: number): number {
  if (!(x > 7.888609052210118e-31 && x < 1.2676506002282294e30)) return Number.NaN;
  const ay = y < 0 ? -y : y;
  let n = Math.floor(ay);
  // p = x ** n by binary powering
  let ph = 1;
  let pl = 0;
  let bh = x;
  let bl = 0;
  while (n > 0) {
    if (n & 1) {
      ddMul(ph, pl, bh, bl);
      ph = H;
      pl = L;
    }
    n >>= 1;
    if (n > 0) {
      ddMul(bh, bl, bh, bl);
      bh = H;
      bl = L;
    }
  }
  if (ay - Math.floor(ay) === 0.5) {
    // sqrt(x) as a double-double: the correctly rounded root and one Newton correction
    const sh = Math.sqrt(x);
    twoProd(sh, sh);
    const sl = (x - H - L) / (2 * sh);
    ddMul(ph, pl, sh, sl);
    ph = H;
    pl = L;
  }
  if (y < 0) {
    ddDiv(1, 0, ph, pl);
    ph = H;
    pl = L;
  }
  const r = ph + pl;
  f64[0] = r;
  const hi = u32[HI_WORD];
  const lo = u32[1 - HI_WORD];
  if ((hi & 0xfffff) === 0 && lo === 0) return Number.NaN;
  // half an ulp of r: the power of two with exponent field (exp(r) - 53)
  u32[HI_WORD] = (hi & 0x7ff00000) - (53 << 20);
  u32[1 - HI_WORD] = 0;
  const halfUlp = f64[0];
  const d = ph - r + pl;
  const gap = (d < 0 ? -d : d) - halfUlp;
  if ((gap < 0 ? -gap : gap) <= r * 8.077935669463161e-28) return Number.NaN;
  return r;
}

// ---------------------------------------------------------------- sin, cos as musl computes them
// The oracle (CPython in Emscripten) links musl, whose sin/cos (fdlibm kernels with musl's own
// argument reduction, src/math/__rem_pio2.c, __sin.c, __cos.c) differ from V8's Math.sin/cos in
// the last bit for some arguments; _Py_c_pow's result shows it (complex/pow.py).

const RP_Y = new Float64Array(2);
const rpView = new DataView(new ArrayBuffer(8));
function highWord(x: number): number {
  rpView.setFloat64(0, x);
  return rpView.getUint32(0);
}
const TOINT = 1.5 * 2 ** 52;
const PIO4 = 0.7853981633974483;
const INVPIO2 = 0.6366197723675814;
const PIO2_1 = 1.5707963267341256;
const PIO2_1T = 6.077100506506192e-11;
const PIO2_2 = 6.077100506303966e-11;
const PIO2_2T = 2.0222662487959506e-21;
const PIO2_3 = 2.0222662487111665e-21;
const PIO2_3T = 8.4784276603689e-32;

/** musl __rem_pio2 for |x| < 2**20 * pi/2: n, with x - n*pi/2 in RP_Y[0] + RP_Y[1]. */
function remPio2(x: number, ix: number): number {
  // the small cases, except near multiples of pi/2 where musl takes the medium path
  const sign = x < 0;
  if (ix <= 0x400f6a7a) {
    if ((ix & 0xfffff) !== 0x921fb) return smallReduce(x, sign, ix <= 0x4002d97c ? 1 : 2);
  } else if (ix <= 0x401c463b) {
    if (ix <= 0x4015fdbc) {
      if (ix !== 0x4012d97c) return smallReduce(x, sign, 3);
    } else if (ix !== 0x401921fb) return smallReduce(x, sign, 4);
  }
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
  let y0 = r - w;
  const ex = ix >>> 20;
  let ey = (highWord(y0) >>> 20) & 0x7ff;
  if (ex - ey > 16) {
    let t = r;
    w = fn * PIO2_2;
    r = t - w;
    w = fn * PIO2_2T - (t - r - w);
    y0 = r - w;
    ey = (highWord(y0) >>> 20) & 0x7ff;
    if (ex - ey > 49) {
      t = r;
      w = fn * PIO2_3;
      r = t - w;
      w = fn * PIO2_3T - (t - r - w);
      y0 = r - w;
    }
  }
  RP_Y[0] = y0;
  RP_Y[1] = r - y0 - w;
  return n;
}

function smallReduce(x: number, sign: boolean, k: number): number {
  if (!sign) {
    const z = x - k * PIO2_1;
    const y0 = z - k * PIO2_1T;
    RP_Y[0] = y0;
    RP_Y[1] = z - y0 - k * PIO2_1T;
    return k;
  }
  const z = x + k * PIO2_1;
  const y0 = z + k * PIO2_1T;
  RP_Y[0] = y0;
  RP_Y[1] = z - y0 + k * PIO2_1T;
  return -k;
}

/** musl __cos (fdlibm kernel) on [-pi/4, pi/4]. */
function kCos(x: number, y: number): number {
  const z = x * x;
  let w = z * z;
  const r =
    z * (0.0416666666666666 + z * (-0.001388888888887411 + z * 2.480158728947673e-5)) +
    w * w * (-2.7557314351390663e-7 + z * (2.087572321298175e-9 + z * -1.1359647557788195e-11));
  const hz = 0.5 * z;
  w = 1.0 - hz;
  return w + (1.0 - w - hz + (z * r - x * y));
}

/** musl __sin (fdlibm kernel) on [-pi/4, pi/4]. */
function kSin(x: number, y: number, iy: number): number {
  const z = x * x;
  const w = z * z;
  const r =
    0.00833333333332249 +
    z * (-0.0001984126982985795 + z * 2.7557313707070068e-6) +
    z * w * (-2.5050760253406863e-8 + z * 1.58969099521155e-10);
  const v = z * x;
  if (iy === 0) return x + v * (-0.16666666666666632 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * -0.16666666666666632);
}

/** cos(x) as musl computes it (Math.cos beyond 2**20 * pi/2, where musl's large reduction applies). */
export function muslCos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e46a09e) return 1.0;
    return kCos(x, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  if (ix >= 0x413921fb) return Math.cos(x);
  const n = remPio2(x, ix);
  switch (n & 3) {
    case 0:
      return kCos(RP_Y[0], RP_Y[1]);
    case 1:
      return -kSin(RP_Y[0], RP_Y[1], 1);
    case 2:
      return -kCos(RP_Y[0], RP_Y[1]);
    default:
      return kSin(RP_Y[0], RP_Y[1], 1);
  }
}

/** sin(x) as musl computes it (Math.sin beyond 2**20 * pi/2). */
export function muslSin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    if (ix < 0x3e500000) return x;
    return kSin(x, 0, 0);
  }
  if (ix >= 0x7ff00000) return x - x;
  if (ix >= 0x413921fb) return Math.sin(x);
  const n = remPio2(x, ix);
  switch (n & 3) {
    case 0:
      return kSin(RP_Y[0], RP_Y[1], 1);
    case 1:
      return kCos(RP_Y[0], RP_Y[1]);
    case 2:
      return -kSin(RP_Y[0], RP_Y[1], 1);
    default:
      return -kCos(RP_Y[0], RP_Y[1]);
  }
}
