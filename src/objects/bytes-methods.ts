// Algorithms shared by bytes and bytearray (Objects/bytes_methods.c, Objects/bytesobject.c).
// They work on Uint8Array views; `make` builds a result of the receiver's kind.
import { index, isTrue, iter, next, typeName } from "./abstract.ts";
import { bindArgs, checkPositional } from "./args.ts";
import { PyBytes } from "./bytes.ts";
import { raiseOverflowError, raiseTypeError, raiseValueError } from "./errors.ts";
import { PyObject, type PyValue } from "./object.ts";
import { None } from "./singletons.ts";
import { typeOf } from "./typeobjects.ts";

/** The buffer of a bytes-like object, or undefined (bytearray/memoryview register via bytesLikeHooks). */
export const bytesLikeHooks: Array<(v: PyValue) => Uint8Array | undefined> = [];

export function asBytesLike(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.data;
  if (typeof v !== "object") return undefined;
  for (const h of bytesLikeHooks) {
    const r = h(v);
    if (r !== undefined) return r;
  }
  return undefined;
}

export function needBytesLike(v: PyValue, what = "a bytes-like object is required"): Uint8Array {
  const b = asBytesLike(v);
  if (b === undefined) raiseTypeError(`${what}, not '${typeName(v)}'`);
  return b;
}

/**
 * bytes_repr; `bytearray` (bytearray_repr) escapes a single quote even inside double quotes.
 */
export function bytesRepr(data: Uint8Array, prefix = "b", alwaysEscapeSingle = false): string {
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < data.length; i++) {
    if (data[i] === 0x27) hasSingle = true;
    else if (data[i] === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = `${prefix}${String.fromCharCode(quote)}`;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === quote || c === 0x5c || (alwaysEscapeSingle && c === 0x27)) out += `\\${String.fromCharCode(c)}`;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

export function repeatBytes(a: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || a.length === 0) return new Uint8Array(0);
  const out = new Uint8Array(a.length * n);
  for (let i = 0; i < n; i++) out.set(a, i * a.length);
  return out;
}

/** A single byte value from an int argument ("byte must be in range(0, 256)"). */
export function byteValue(v: PyValue): number {
  if (
    typeof v !== "number" &&
    typeof v !== "bigint" &&
    typeof v !== "boolean" &&
    typeOf(v).nb.nb_index === null
  )
    raiseTypeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  const n = index(v);
  if (typeof n === "bigint" || n < 0 || n > 255) raiseValueError("byte must be in range(0, 256)");
  return n as number;
}

/**
 * Bytes from an iterable of ints (bytes(iterable), bytearray.extend). `what` is "byte" for
 * bytearray's _getbytevalue message, "bytes" for bytes().
 */
export function bytesFromIterable(v: PyValue, what = "bytes"): Uint8Array {
  const out: number[] = [];
  const it = iter(v);
  for (;;) {
    const x = next(it);
    if (x === undefined) break;
    if (typeof x === "number" && x >= 0 && x <= 255) {
      out.push(x);
      continue;
    }
    if (
      typeof x !== "number" &&
      typeof x !== "bigint" &&
      typeof x !== "boolean" &&
      typeOf(x).nb.nb_index === null
    )
      raiseTypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
    const n = index(x);
    if (typeof n === "bigint" || n < 0 || n > 255) raiseValueError(`${what} must be in range(0, 256)`);
    out.push(n as number);
  }
  return Uint8Array.from(out);
}

function clampRange(n: number, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  const conv = (v: PyValue): number => {
    const i = index(v);
    return typeof i === "bigint" ? (i < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : i;
  };
  let a = start === undefined || start === None ? 0 : conv(start);
  let b = end === undefined || end === None ? n : conv(end);
  if (b > n) b = n;
  else if (b < 0) b = Math.max(0, b + n);
  if (a < 0) a = Math.max(0, a + n);
  return [a, b];
}

/** The needle of find/count/index: bytes-like or an int byte value. */
function needle(v: PyValue): Uint8Array {
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean")
    return Uint8Array.of(byteValue(v));
  const b = asBytesLike(v);
  if (b === undefined) {
    if (typeOf(v).nb.nb_index !== null) return Uint8Array.of(byteValue(v));
    raiseTypeError(`argument should be integer or bytes-like object, not '${typeName(v)}'`);
  }
  return b;
}

export function indexOf(hay: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  const m = sub.length;
  outer: for (let i = from; i + m <= to; i++) {
    for (let k = 0; k < m; k++) if (hay[i + k] !== sub[k]) continue outer;
    return i;
  }
  return -1;
}

export function lastIndexOf(hay: Uint8Array, sub: Uint8Array, from: number, to: number): number {
  const m = sub.length;
  outer: for (let i = to - m; i >= from; i--) {
    for (let k = 0; k < m; k++) if (hay[i + k] !== sub[k]) continue outer;
    return i;
  }
  return -1;
}

export function find(data: Uint8Array, args: PyValue[], fname: string, reverse: boolean): number {
  checkPositional(fname, args.length, 1, 3);
  const sub = needle(args[0]);
  const [a, b] = clampRange(data.length, args[1], args[2]);
  if (a > data.length) return -1;
  return reverse ? lastIndexOf(data, sub, a, b) : indexOf(data, sub, a, b);
}

export function count(data: Uint8Array, args: PyValue[]): number {
  checkPositional("count", args.length, 1, 3);
  const sub = needle(args[0]);
  const [a, b] = clampRange(data.length, args[1], args[2]);
  if (a > data.length || a > b) return 0;
  if (sub.length === 0) return b - a + 1;
  let n = 0;
  for (let i = indexOf(data, sub, a, b); i >= 0; i = indexOf(data, sub, i + sub.length, b)) n++;
  return n;
}

export function startsEnds(data: Uint8Array, args: PyValue[], fname: string, atEnd: boolean): boolean {
  checkPositional(fname, args.length, 1, 3);
  const prefix = args[0];
  const items: PyValue[] =
    typeOf(prefix).name === "tuple" ? [...(prefix as unknown as { items: PyValue[] }).items] : [prefix];
  const [a, b] = clampRange(data.length, args[1], args[2]);
  for (const p of items) {
    const pb = asBytesLike(p);
    if (pb === undefined) {
      if (p === prefix)
        raiseTypeError(`${fname} first arg must be bytes or a tuple of bytes, not ${typeName(prefix)}`);
      raiseTypeError(`a bytes-like object is required, not '${typeName(p)}'`);
    }
    if (a > data.length || b - a < pb.length) continue;
    const at = atEnd ? b - pb.length : a;
    let ok = true;
    for (let k = 0; k < pb.length; k++)
      if (data[at + k] !== pb[k]) {
        ok = false;
        break;
      }
    if (ok) return true;
  }
  return false;
}

const isSpaceByte = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isUpperByte = (c: number) => c >= 65 && c <= 90;
const isLowerByte = (c: number) => c >= 97 && c <= 122;
const isDigitByte = (c: number) => c >= 48 && c <= 57;
const isAlphaByte = (c: number) => isUpperByte(c) || isLowerByte(c);

export function splitWhitespace(data: Uint8Array, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  const n = data.length;
  while (i < n) {
    while (i < n && isSpaceByte(data[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      // stringlib split_whitespace: the remainder keeps its trailing whitespace.
      out.push(data.slice(i));
      return out;
    }
    const s = i;
    while (i < n && !isSpaceByte(data[i])) i++;
    out.push(data.slice(s, i));
  }
  return out;
}

export function split(
  data: Uint8Array,
  args: PyValue[],
  kwnames: readonly string[] | null,
  reverse: boolean,
): Uint8Array[] {
  const [sep, maxsplit] = bindArgs(reverse ? "rsplit" : "split", args, kwnames, {
    names: ["sep", "maxsplit"],
    required: 0,
    posOnly: 0,
  });
  let max = -1;
  if (maxsplit !== undefined) {
    const m = index(maxsplit);
    max = typeof m === "bigint" ? (m < 0n ? -1 : Number.MAX_SAFE_INTEGER) : m;
  }
  if (sep === undefined || sep === None) {
    if (!reverse) return splitWhitespace(data, max);
    const rev = splitWhitespace(data.slice().reverse(), max);
    return rev.map((p) => p.reverse()).reverse();
  }
  const d = needBytesLike(sep);
  if (d.length === 0) raiseValueError("empty separator");
  const out: Uint8Array[] = [];
  if (!reverse) {
    let pos = 0;
    while (max < 0 || out.length < max) {
      const j = indexOf(data, d, pos, data.length);
      if (j < 0) break;
      out.push(data.slice(pos, j));
      pos = j + d.length;
    }
    out.push(data.slice(pos));
    return out;
  }
  let end = data.length;
  while (max < 0 || out.length < max) {
    const j = lastIndexOf(data, d, 0, end);
    if (j < 0) break;
    out.push(data.slice(j + d.length, end));
    end = j;
  }
  out.push(data.slice(0, end));
  return out.reverse();
}

export function strip(
  data: Uint8Array,
  chars: PyValue | undefined,
  left: boolean,
  right: boolean,
): Uint8Array {
  let a = 0;
  let b = data.length;
  if (chars === undefined || chars === None) {
    if (left) while (a < b && isSpaceByte(data[a])) a++;
    if (right) while (b > a && isSpaceByte(data[b - 1])) b--;
  } else {
    const set = needBytesLike(chars);
    if (left) while (a < b && set.includes(data[a])) a++;
    if (right) while (b > a && set.includes(data[b - 1])) b--;
  }
  return data.slice(a, b);
}

export function replace(data: Uint8Array, args: PyValue[]): Uint8Array {
  checkPositional("replace", args.length, 2, 3);
  const old = needBytesLike(args[0]);
  const rep = needBytesLike(args[1]);
  let max = -1;
  if (args.length > 2) {
    const m = index(args[2]);
    max = typeof m === "bigint" ? (m < 0n ? -1 : Number.MAX_SAFE_INTEGER) : m;
  }
  if (max < 0) max = Number.MAX_SAFE_INTEGER;
  const out: number[] = [];
  if (old.length === 0) {
    let done = 0;
    for (let i = 0; i <= data.length; i++) {
      if (done < max) {
        for (const x of rep) out.push(x);
        done++;
      }
      if (i < data.length) out.push(data[i]);
    }
    return Uint8Array.from(out);
  }
  let pos = 0;
  for (let done = 0; done < max; done++) {
    const j = indexOf(data, old, pos, data.length);
    if (j < 0) break;
    for (let k = pos; k < j; k++) out.push(data[k]);
    for (const x of rep) out.push(x);
    pos = j + old.length;
  }
  for (let k = pos; k < data.length; k++) out.push(data[k]);
  return Uint8Array.from(out);
}

export function join(sep: Uint8Array, iterable: PyValue): Uint8Array {
  const parts: Uint8Array[] = [];
  const it = iter(iterable);
  let total = 0;
  for (let i = 0; ; i++) {
    const x = next(it);
    if (x === undefined) break;
    const b = asBytesLike(x);
    if (b === undefined)
      raiseTypeError(`sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
    parts.push(b);
    total += b.length + (i > 0 ? sep.length : 0);
  }
  const out = new Uint8Array(total);
  let o = 0;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.set(sep, o);
      o += sep.length;
    }
    out.set(p, o);
    o += p.length;
  });
  return out;
}

export function mapBytes(data: Uint8Array, f: (c: number) => number): Uint8Array {
  const out = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) out[i] = f(data[i]);
  return out;
}

export const toUpper = (c: number) => (isLowerByte(c) ? c - 32 : c);
export const toLower = (c: number) => (isUpperByte(c) ? c + 32 : c);

export function title(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length);
  let prev = false;
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    out[i] = prev ? toLower(c) : toUpper(c);
    prev = isAlphaByte(c);
  }
  return out;
}

export function capitalize(data: Uint8Array): Uint8Array {
  const out = mapBytes(data, toLower);
  if (out.length) out[0] = toUpper(data[0]);
  return out;
}

export function predicate(data: Uint8Array, kind: string): boolean {
  if (kind === "isascii") return data.every((c) => c < 128);
  if (data.length === 0) return false;
  switch (kind) {
    case "isalpha":
      return data.every(isAlphaByte);
    case "isalnum":
      return data.every((c) => isAlphaByte(c) || isDigitByte(c));
    case "isdigit":
      return data.every(isDigitByte);
    case "isspace":
      return data.every(isSpaceByte);
    case "isupper":
      return data.some(isUpperByte) && !data.some(isLowerByte);
    case "islower":
      return data.some(isLowerByte) && !data.some(isUpperByte);
    default: {
      // istitle
      let cased = false;
      let prev = false;
      for (const c of data) {
        if (isUpperByte(c)) {
          if (prev) return false;
          prev = cased = true;
        } else if (isLowerByte(c)) {
          if (!prev) return false;
          prev = cased = true;
        } else prev = false;
      }
      return cased;
    }
  }
}

export function pad(data: Uint8Array, args: PyValue[], fname: string, where: "l" | "r" | "c"): Uint8Array {
  checkPositional(fname, args.length, 1, 2);
  const w = Number(index(args[0]));
  let fill = 32;
  if (args.length > 1) {
    const f = asBytesLike(args[1]);
    if (f === undefined)
      raiseTypeError(`${fname}() argument 2 must be a byte string of length 1, not ${typeName(args[1])}`);
    if (f.length !== 1)
      raiseTypeError(
        `${fname}(): argument 2 must be a byte string of length 1, not a ${typeName(args[1])} object of length ${f.length}`,
      );
    fill = f[0];
  }
  const n = data.length;
  if (w <= n) return data.slice();
  const total = w - n;
  const left = where === "r" ? total : where === "l" ? 0 : Math.floor(total / 2) + (total & w & 1);
  const out = new Uint8Array(w).fill(fill);
  out.set(data, left);
  return out;
}

export function zfill(data: Uint8Array, width: PyValue): Uint8Array {
  const w = Number(index(width));
  if (w <= data.length) return data.slice();
  const out = new Uint8Array(w).fill(48);
  const signed = data.length > 0 && (data[0] === 43 || data[0] === 45);
  out.set(data.subarray(signed ? 1 : 0), w - data.length + (signed ? 1 : 0));
  if (signed) out[0] = data[0];
  return out;
}

export function splitlines(data: Uint8Array, keepends: boolean): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 0;
  let s = 0;
  while (i < data.length) {
    const c = data[i];
    if (c === 10 || c === 13) {
      let eol = i + 1;
      if (c === 13 && data[i + 1] === 10) eol = i + 2;
      out.push(data.slice(s, keepends ? eol : i));
      i = s = eol;
    } else i++;
  }
  if (s < data.length) out.push(data.slice(s));
  return out;
}

export function expandtabs(data: Uint8Array, tabsize: number): Uint8Array {
  const out: number[] = [];
  let col = 0;
  for (const c of data) {
    if (c === 9) {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        for (let k = 0; k < n; k++) out.push(32);
        col += n;
      }
    } else {
      out.push(c);
      col = c === 10 || c === 13 ? 0 : col + 1;
    }
  }
  return Uint8Array.from(out);
}

export function hex(data: Uint8Array, args: PyValue[], kwnames: readonly string[] | null): string {
  const [sep, bytesPerSep] = bindArgs("hex", args, kwnames, {
    names: ["sep", "bytes_per_sep"],
    required: 0,
    posOnly: 0,
  });
  const h = Array.from(data, (c) => c.toString(16).padStart(2, "0"));
  if (sep === undefined) return h.join("");
  let s: string;
  // Python/pystrhex.c _Py_strhex_impl: len() first, then the ASCII check.
  if (typeof sep === "string") s = sep;
  else if (sep instanceof PyObject && typeOf(sep).mp_length !== null) {
    const b = asBytesLike(sep);
    if (b === undefined) raiseTypeError(`sep must be str or bytes.`);
    s = String.fromCharCode(...b);
  } else raiseTypeError(`object of type '${typeName(sep)}' has no len()`);
  if ([...s].length !== 1) raiseValueError("sep must be length 1.");
  if (s.charCodeAt(0) > 127) raiseValueError("sep must be ASCII.");
  const perv = bytesPerSep === undefined ? 1 : index(bytesPerSep);
  if (typeof perv === "bigint" || perv > 2147483647 || perv < -2147483648)
    raiseOverflowError("Python int too large to convert to C int");
  let per = perv;
  if (per === 0) return h.join("");
  const groups: string[] = [];
  const fromRight = per > 0;
  per = Math.abs(per);
  if (fromRight) {
    for (let end = h.length; end > 0; end -= per)
      groups.unshift(h.slice(Math.max(0, end - per), end).join(""));
  } else {
    for (let st = 0; st < h.length; st += per) groups.push(h.slice(st, st + per).join(""));
  }
  return groups.join(s);
}

export function fromhex(s: string): Uint8Array {
  const out: number[] = [];
  let i = 0;
  const isHex = (c: string) => /^[0-9a-fA-F]$/.test(c);
  while (i < s.length) {
    if (/\s/.test(s[i]) && s[i] !== "\x1c") {
      i++;
      continue;
    }
    if (!isHex(s[i]) || i + 1 >= s.length || !isHex(s[i + 1])) {
      const pos = !isHex(s[i]) ? i : i + 1;
      if (pos >= s.length) raiseValueError(`fromhex() arg must contain an even number of hexadecimal digits`);
      raiseValueError(`non-hexadecimal number found in fromhex() arg at position ${pos}`);
    }
    out.push(Number.parseInt(s.slice(i, i + 2), 16));
    i += 2;
  }
  return Uint8Array.from(out);
}

export function translate(data: Uint8Array, args: PyValue[], kwnames: readonly string[] | null): Uint8Array {
  const [table, del] = bindArgs("translate", args, kwnames, {
    names: ["", "delete"],
    required: 1,
    posOnly: 1,
  });
  let map: Uint8Array | null = null;
  if (table !== None) {
    map = needBytesLike(table as PyValue);
    if (map.length !== 256) raiseValueError("translation table must be 256 characters long");
  }
  const delset = del === undefined ? null : needBytesLike(del);
  const out: number[] = [];
  for (const c of data) {
    if (delset?.includes(c)) continue;
    out.push(map ? map[c] : c);
  }
  return Uint8Array.from(out);
}

export function maketrans(from: PyValue, to: PyValue): Uint8Array {
  const a = needBytesLike(from);
  const b = needBytesLike(to);
  if (a.length !== b.length) raiseValueError("maketrans arguments must have same length");
  const out = new Uint8Array(256);
  for (let i = 0; i < 256; i++) out[i] = i;
  for (let i = 0; i < a.length; i++) out[a[i]] = b[i];
  return out;
}

export function isTruthy(v: PyValue | undefined): boolean {
  return v !== undefined && isTrue(v);
}
