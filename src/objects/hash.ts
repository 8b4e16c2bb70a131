// Hashing exactly as a 64-bit CPython 3.14 (with PYTHONHASHSEED=0 unless setHashSeed says otherwise):
//   Python/pyhash.c        siphash13 over the bytes of str (UCS1/UCS2/UCS4 by max code point)
//                          and bytes, with the all-zero key (seed 0 memsets _Py_HashSecret);
//                          Py_HASH_CUTOFF is 0; the empty input hashes to 0; -1 becomes -2
//   Objects/longobject.c   long_hash: value modulo 2**61 - 1, sign kept, -1 -> -2
//   Python/pyhash.c        _Py_HashDouble: the same modulus over the float's exact value,
//                          inf -> 314159, nan -> the object's identity hash
//   Objects/complexobject.c complex_hash: hash(re) + 1000003 * hash(im), wrapping at 2**64
//   Objects/tupleobject.c  tuplehash: the xxHash-style accumulation of the item hashes
//
// 64-bit arithmetic is done on pairs of 32-bit halves (hi signed or unsigned, lo unsigned) held in
// local variables, so that the hot paths (str hashing for sets, tuple hashing) allocate nothing
// except the final bigint when the 64-bit result is not a safe integer.
import { dictHooks } from "./dict.ts";
import { objectId } from "./function.ts";
import type { PyObject } from "./object.ts";

export const HASH_BITS = 61;
export const HASH_MODULUS = 2n ** 61n - 1n;
export const HASH_INF = 314159;
export const HASH_IMAG = 1000003;

const TWO32 = 4294967296;
const SAFE_MAX = Number.MAX_SAFE_INTEGER;

/** The last 64-bit hash computed by hashStrParts/hashBytesParts: [hi, lo] as int32 each. */
export const hashParts = new Int32Array(2);

/** A signed 64-bit value given as halves, as a Python int (number when safe, else bigint). */
export function int64FromParts(hi: number, lo: number): number | bigint {
  const r = (hi | 0) * TWO32 + (lo >>> 0);
  if (r >= -SAFE_MAX && r <= SAFE_MAX) return r;
  return (BigInt(hi | 0) << 32n) | BigInt(lo >>> 0);
}

// ------------------------------------------------------------------ siphash13

// The message as little-endian 32-bit words, zero-padded to a multiple of 8 bytes (reused;
// grown on demand).
let words = new Int32Array(256);

function ensureWords(nbytes: number): Int32Array {
  const n = ((nbytes + 7) >> 3) * 2 + 2;
  if (words.length < n) {
    let size = words.length;
    while (size < n) size *= 2;
    words = new Int32Array(size);
  }
  return words;
}

/**
 * The siphash key (_Py_HashSecret.siphash.k0/k1) as little-endian 32-bit words k0lo, k0hi, k1lo,
 * k1hi. All zero for PYTHONHASHSEED=0 (randomisation disabled); see setHashSeed.
 */
const secret = new Int32Array(4);

/**
 * Python/bootstrap_hash.c _Py_HashRandomization_Init: seed 0 disables randomisation (zero key); a
 * seed 1..4294967295 fills the secret with lcg_urandom(seed); null means random (PYTHONHASHSEED
 * unset or "random").
 */
export function setHashSeed(seed: number | null): void {
  const bytes = new Uint8Array(24);
  if (seed === null) globalThis.crypto.getRandomValues(bytes);
  else if (seed !== 0) {
    let x = seed >>> 0;
    for (let i = 0; i < bytes.length; i++) {
      x = (Math.imul(x, 214013) + 2531011) >>> 0;
      bytes[i] = (x >>> 16) & 0xff;
    }
  }
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) secret[i] = view.getInt32(i * 4, true);
}

// HALF_ROUND(a,b,c,d,s,t): a += b; c += d; b = rotl(b,s) ^ a; d = rotl(d,t) ^ c; a = rotl(a,32)
// SINGLE_ROUND = HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
// 64-bit values are (hi, lo) int32 pairs; a carry out of the low half is (lo >>> 0) < (a >>> 0).

/**
 * siphash13 with k0 = k1 = 0 over the first `len` bytes held in `words`; the 64-bit result goes
 * to hashParts. (Python/pyhash.c: siphash13, with the "modified" final xor of all four lanes.)
 */
function siphash13(w: Int32Array, len: number): void {
  // v0 = 0x736f6d6570736575 ^ k0, v1 = 0x646f72616e646f6d ^ k1, v2 = 0x6c7967656e657261 ^ k0,
  // v3 = 0x7465646279746573 ^ k1
  let v0h = (0x736f6d65 ^ secret[1]) | 0;
  let v0l = (0x70736575 ^ secret[0]) | 0;
  let v1h = (0x646f7261 ^ secret[3]) | 0;
  let v1l = (0x6e646f6d ^ secret[2]) | 0;
  let v2h = (0x6c796765 ^ secret[1]) | 0;
  let v2l = (0x6e657261 ^ secret[0]) | 0;
  let v3h = (0x74656462 ^ secret[3]) | 0;
  let v3l = (0x79746573 ^ secret[2]) | 0;
  let th = 0;
  let tl = 0;
  const nfull = len >> 3;
  // Each 8-byte word, then the final block (the 0-7 remaining bytes, zero-padded, and the length
  // in the top byte), goes through one SINGLE_ROUND; the finalisation adds three more.
  for (let i = 0; i <= nfull; i++) {
    const ml = w[2 * i];
    const mh = i < nfull ? w[2 * i + 1] : w[2 * i + 1] | ((len & 0xff) << 24);
    v3h ^= mh;
    v3l ^= ml;
    tl = (v0l + v1l) | 0;
    v0h = (v0h + v1h + (tl >>> 0 < v0l >>> 0 ? 1 : 0)) | 0;
    v0l = tl;
    tl = (v2l + v3l) | 0;
    v2h = (v2h + v3h + (tl >>> 0 < v2l >>> 0 ? 1 : 0)) | 0;
    v2l = tl;
    th = (v1h << 13) | (v1l >>> 19);
    tl = (v1l << 13) | (v1h >>> 19);
    v1h = th ^ v0h;
    v1l = tl ^ v0l;
    th = (v3h << 16) | (v3l >>> 16);
    tl = (v3l << 16) | (v3h >>> 16);
    v3h = th ^ v2h;
    v3l = tl ^ v2l;
    th = v0h;
    v0h = v0l;
    v0l = th;
    tl = (v2l + v1l) | 0;
    v2h = (v2h + v1h + (tl >>> 0 < v2l >>> 0 ? 1 : 0)) | 0;
    v2l = tl;
    tl = (v0l + v3l) | 0;
    v0h = (v0h + v3h + (tl >>> 0 < v0l >>> 0 ? 1 : 0)) | 0;
    v0l = tl;
    th = (v1h << 17) | (v1l >>> 15);
    tl = (v1l << 17) | (v1h >>> 15);
    v1h = th ^ v2h;
    v1l = tl ^ v2l;
    th = (v3h << 21) | (v3l >>> 11);
    tl = (v3l << 21) | (v3h >>> 11);
    v3h = th ^ v0h;
    v3l = tl ^ v0l;
    th = v2h;
    v2h = v2l;
    v2l = th;
    v0h ^= mh;
    v0l ^= ml;
  }
  v2l ^= 0xff;
  for (let r = 0; r < 3; r++) {
    tl = (v0l + v1l) | 0;
    v0h = (v0h + v1h + (tl >>> 0 < v0l >>> 0 ? 1 : 0)) | 0;
    v0l = tl;
    tl = (v2l + v3l) | 0;
    v2h = (v2h + v3h + (tl >>> 0 < v2l >>> 0 ? 1 : 0)) | 0;
    v2l = tl;
    th = (v1h << 13) | (v1l >>> 19);
    tl = (v1l << 13) | (v1h >>> 19);
    v1h = th ^ v0h;
    v1l = tl ^ v0l;
    th = (v3h << 16) | (v3l >>> 16);
    tl = (v3l << 16) | (v3h >>> 16);
    v3h = th ^ v2h;
    v3l = tl ^ v2l;
    th = v0h;
    v0h = v0l;
    v0l = th;
    tl = (v2l + v1l) | 0;
    v2h = (v2h + v1h + (tl >>> 0 < v2l >>> 0 ? 1 : 0)) | 0;
    v2l = tl;
    tl = (v0l + v3l) | 0;
    v0h = (v0h + v3h + (tl >>> 0 < v0l >>> 0 ? 1 : 0)) | 0;
    v0l = tl;
    th = (v1h << 17) | (v1l >>> 15);
    tl = (v1l << 17) | (v1h >>> 15);
    v1h = th ^ v2h;
    v1l = tl ^ v2l;
    th = (v3h << 21) | (v3l >>> 11);
    tl = (v3l << 21) | (v3h >>> 11);
    v3h = th ^ v0h;
    v3l = tl ^ v0l;
    th = v2h;
    v2h = v2l;
    v2l = th;
  }
  const rh = v0h ^ v1h ^ v2h ^ v3h;
  let rl = v0l ^ v1l ^ v2l ^ v3l;
  // _Py_HashBytes: -1 is reserved for errors.
  if (rh === -1 && rl === -1) rl = -2;
  hashParts[0] = rh;
  hashParts[1] = rl;
}

/** siphash13 of a str's CPython storage (UCS1/UCS2/UCS4 by max code point); result in hashParts. */
export function hashStrParts(s: string): void {
  const n = s.length;
  if (n === 0) {
    hashParts[0] = 0;
    hashParts[1] = 0;
    return;
  }
  let max = 0;
  let astral = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > max) max = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral = true;
        break;
      }
    }
  }
  if (max < 256) {
    // UCS1: one byte per character, four to a word
    const w = ensureWords(n);
    const nw = (n + 3) >> 2;
    for (let k = 0, i = 0; k < nw; k++, i += 4) {
      let x = s.charCodeAt(i);
      if (i + 1 < n) x |= s.charCodeAt(i + 1) << 8;
      if (i + 2 < n) x |= s.charCodeAt(i + 2) << 16;
      if (i + 3 < n) x |= s.charCodeAt(i + 3) << 24;
      w[k] = x;
    }
    w[nw] = 0;
    w[nw + 1] = 0;
    siphash13(w, n);
  } else if (!astral) {
    // UCS2: two code units per word
    const w = ensureWords(n * 2);
    const nw = (n + 1) >> 1;
    for (let k = 0, i = 0; k < nw; k++, i += 2) {
      let x = s.charCodeAt(i);
      if (i + 1 < n) x |= s.charCodeAt(i + 1) << 16;
      w[k] = x;
    }
    w[nw] = 0;
    w[nw + 1] = 0;
    siphash13(w, n * 2);
  } else {
    // UCS4: one code point per word (surrogate pairs combined)
    const w = ensureWords(n * 4);
    let k = 0;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      w[k++] = c;
    }
    w[k] = 0;
    w[k + 1] = 0;
    siphash13(w, k * 4);
  }
}

/** hash(s) for a str, as CPython (64-bit, PYTHONHASHSEED=0). */
export function hashStr(s: string): number | bigint {
  hashStrParts(s);
  return int64FromParts(hashParts[0], hashParts[1]);
}

/** siphash13 of raw bytes; result in hashParts. */
export function hashBytesParts(b: Uint8Array): void {
  const n = b.length;
  if (n === 0) {
    hashParts[0] = 0;
    hashParts[1] = 0;
    return;
  }
  const w = ensureWords(n);
  const nw = (n + 3) >> 2;
  for (let k = 0, i = 0; k < nw; k++, i += 4) {
    let x = b[i];
    if (i + 1 < n) x |= b[i + 1] << 8;
    if (i + 2 < n) x |= b[i + 2] << 16;
    if (i + 3 < n) x |= b[i + 3] << 24;
    w[k] = x;
  }
  w[nw] = 0;
  w[nw + 1] = 0;
  siphash13(w, n);
}

/** _Py_KeyedHash: siphash13 with k0 = key, k1 = 0 (for _imp.source_hash); [hi, lo] in hashParts. */
export function keyedHashBytes(key: bigint, b: Uint8Array): void {
  const saved = secret.slice();
  const k = BigInt.asUintN(64, key);
  secret[0] = Number(k & 0xffffffffn) | 0;
  secret[1] = Number(k >> 32n) | 0;
  secret[2] = 0;
  secret[3] = 0;
  try {
    const n = b.length;
    const w = ensureWords(n);
    const nw = (n + 3) >> 2;
    for (let i = 0; i < nw + 2; i++) w[i] = 0;
    for (let i = 0; i < n; i++) w[i >> 2] |= b[i] << (8 * (i & 3));
    siphash13(w, n);
  } finally {
    secret.set(saved);
  }
}

/** hash(b) for bytes (and memoryview of bytes), as CPython. */
export function hashBytes(b: Uint8Array): number | bigint {
  hashBytesParts(b);
  return int64FromParts(hashParts[0], hashParts[1]);
}

// ------------------------------------------------------------------ numbers

const MOD_BIG = HASH_MODULUS;

/** hash(int): |v| mod (2**61 - 1) with the sign of v; -1 -> -2. */
export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const neg = v < 0n;
  let m = (neg ? -v : v) % MOD_BIG;
  if (neg) m = -m;
  if (m === -1n) return -2;
  const n = Number(m);
  return n >= -SAFE_MAX && n <= SAFE_MAX ? n : m;
}

/**
 * Identity hash of an object (PyObject_GenericHash / _Py_HashPointer), used for nan: the object's
 * id() rotated right by 4 bits, as object.__hash__ does (src/objects/object-type.ts).
 */
export function identityHash(obj: PyObject): number {
  return Math.floor(objectId(obj) / 16);
}

/** hash(float) (_Py_HashDouble). `inst` supplies the identity hash for nan. */
export function hashFloat(v: number, inst: PyObject | null = null): number | bigint {
  if (Number.isInteger(v)) {
    if (v >= -SAFE_MAX && v <= SAFE_MAX) return v === -1 ? -2 : v + 0;
    return hashInt(BigInt(v));
  }
  if (Number.isNaN(v)) return inst === null ? 0 : identityHash(inst);
  if (v === Infinity) return HASH_INF;
  if (v === -Infinity) return -HASH_INF;
  // A finite non-integer: v = m * 2**e exactly, with m an odd integer below 2**53 and e < 0.
  // hash = sign * (m * 2**e mod P), where 2**-k mod P is 2**(61 - k mod 61).
  const neg = v < 0;
  let a = neg ? -v : v;
  let e = 0;
  while (!Number.isInteger(a)) {
    // Scale by 2**k exactly; a has at most 1074 fractional bits.
    a *= 2 ** 32;
    e -= 32;
  }
  // a is now an integer (maybe > 2**53 but exact: scaling by powers of two is exact).
  let m = BigInt(a) % MOD_BIG;
  // multiply by 2**e mod P with e < 0: rotate left by (e mod 61) within 61 bits.
  let r = e % HASH_BITS;
  if (r < 0) r += HASH_BITS;
  const rb = BigInt(r);
  m = ((m << rb) & MOD_BIG) | (m >> (61n - rb));
  if (m >= MOD_BIG) m -= MOD_BIG;
  if (neg) m = -m;
  if (m === -1n) return -2;
  const n = Number(m);
  return n >= -SAFE_MAX && n <= SAFE_MAX ? n : m;
}

/** hash(complex): hash(re) + 1000003 * hash(im), modulo 2**64 as signed; -1 -> -2. */
export function hashComplex(re: number, im: number, inst: PyObject | null = null): number | bigint {
  const hr = hashFloat(re, inst);
  const hi = hashFloat(im, inst);
  if (typeof hr === "number" && typeof hi === "number") {
    const r = hr + HASH_IMAG * hi;
    if (r >= -SAFE_MAX && r <= SAFE_MAX) return r === -1 ? -2 : r;
  }
  const c = BigInt.asIntN(64, BigInt(hr) + BigInt(HASH_IMAG) * BigInt(hi));
  if (c === -1n) return -2;
  const n = Number(c);
  return n >= -SAFE_MAX && n <= SAFE_MAX ? n : c;
}

// ------------------------------------------------------------------ tuple

// Low 64 bits of a 64x64 product, on 16-bit limbs (results in mulHi/mulLo).
let mulHi = 0;
let mulLo = 0;
function mul64(ah: number, al: number, bh: number, bl: number): void {
  const a48 = ah >>> 16;
  const a32 = ah & 0xffff;
  const a16 = al >>> 16;
  const a00 = al & 0xffff;
  const b48 = bh >>> 16;
  const b32 = bh & 0xffff;
  const b16 = bl >>> 16;
  const b00 = bl & 0xffff;
  let c48 = 0;
  let c32 = 0;
  let c16 = 0;
  let c00 = a00 * b00;
  c16 += c00 >>> 16;
  c00 &= 0xffff;
  c16 += a16 * b00;
  c32 += c16 >>> 16;
  c16 &= 0xffff;
  c16 += a00 * b16;
  c32 += c16 >>> 16;
  c16 &= 0xffff;
  c32 += a32 * b00;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c32 += a16 * b16;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c32 += a00 * b32;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
  c48 &= 0xffff;
  mulHi = (c48 << 16) | c32;
  mulLo = (c16 << 16) | c00;
}

// _PyHASH_XXPRIME_1 = 11400714785074694791 = 0x9E3779B185EBCA87
// _PyHASH_XXPRIME_2 = 14029467366897019727 = 0xC2B2AE3D27D4EB4F
// _PyHASH_XXPRIME_5 = 2870177450012600261  = 0x27D4EB2F165667C5
const P1H = 0x9e3779b1 | 0;
const P1L = 0x85ebca87 | 0;
const P2H = 0xc2b2ae3d | 0;
const P2L = 0x27d4eb4f | 0;
const P5H = 0x27d4eb2f | 0;
const P5L = 0x165667c5 | 0;

/** hash(tuple) from its items' hashes (Objects/tupleobject.c: tuple_hash, 64-bit). */
export function hashTuple(itemHashes: ArrayLike<number | bigint>): number | bigint {
  let acch = P5H;
  let accl = P5L;
  const n = itemHashes.length;
  for (let i = 0; i < n; i++) {
    const h = itemHashes[i];
    let lh: number;
    let ll: number;
    if (typeof h === "number") {
      ll = h | 0;
      lh = Math.floor(h / TWO32) | 0;
    } else {
      const u = BigInt.asUintN(64, h);
      ll = Number(u & 0xffffffffn) | 0;
      lh = Number(u >> 32n) | 0;
    }
    // acc += lane * PRIME_2
    mul64(lh, ll, P2H, P2L);
    let s = (accl >>> 0) + (mulLo >>> 0);
    acch = (acch + mulHi + ((s / TWO32) | 0)) | 0;
    accl = s | 0;
    // acc = rotl(acc, 31)
    const th = (acch << 31) | (accl >>> 1);
    const tl = (accl << 31) | (acch >>> 1);
    acch = th;
    accl = tl;
    // acc *= PRIME_1
    mul64(acch, accl, P1H, P1L);
    acch = mulHi;
    accl = mulLo;
    s = 0;
  }
  // acc += len ^ (PRIME_5 ^ 3527539)
  const kl = P5L ^ 3527539 ^ n;
  const kh = P5H;
  const s = (accl >>> 0) + (kl >>> 0);
  acch = (acch + kh + ((s / TWO32) | 0)) | 0;
  accl = s | 0;
  if (acch === -1 && accl === -1) return 1546275796;
  return int64FromParts(acch, accl);
}

dictHooks.strHash = hashStr;
