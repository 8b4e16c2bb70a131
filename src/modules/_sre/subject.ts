// The string a pattern runs on (sre.c getstring / getslice): a str becomes an Int32Array of its
// code points, a bytes-like object an Int32Array of its bytes. Positions are code point indexes;
// for a str holding surrogate pairs `u16` maps a code point index to its UTF-16 index, for slicing.
// The last few conversions of immutable subjects (str, bytes) are cached, so that calling
// `p.match(text, pos)` in a loop over a long text does not convert the text each time.
import { typeName } from "../../objects/abstract.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { asBytesLike } from "../../objects/bytes-methods.ts";
import { raiseTypeError } from "../../objects/errors.ts";
import type { PyValue } from "../../objects/object.ts";
import { hasSurrogates, PyStr } from "../../objects/str.ts";
import { bytesType } from "../../objects/typeobjects.ts";

export interface Subject {
  readonly chars: Int32Array;
  readonly isBytes: boolean;
  /** The text of a str subject (null for bytes). */
  readonly text: string | null;
  /** Code point index -> UTF-16 index, when the text has surrogates (else null). */
  readonly u16: Int32Array | null;
}

const CACHE_SIZE = 4;
const cacheKeys: unknown[] = [];
const cacheValues: Subject[] = [];

function remember(key: unknown, subj: Subject): Subject {
  if (cacheKeys.length >= CACHE_SIZE) {
    cacheKeys.shift();
    cacheValues.shift();
  }
  cacheKeys.push(key);
  cacheValues.push(subj);
  return subj;
}

function lookup(key: unknown): Subject | undefined {
  for (let i = cacheKeys.length - 1; i >= 0; i--) if (cacheKeys[i] === key) return cacheValues[i];
  return undefined;
}

export function strSubject(s: string): Subject {
  const hit = lookup(s);
  if (hit !== undefined) return hit;
  const n = s.length;
  let subj: Subject;
  if (!hasSurrogates(s)) {
    const chars = new Int32Array(n);
    for (let i = 0; i < n; i++) chars[i] = s.charCodeAt(i);
    subj = { chars, isBytes: false, text: s, u16: null };
  } else {
    const cps: number[] = [];
    const offs: number[] = [];
    for (let i = 0; i < n; ) {
      const c = s.codePointAt(i) as number;
      offs.push(i);
      cps.push(c);
      i += c > 0xffff ? 2 : 1;
    }
    offs.push(n);
    subj = { chars: Int32Array.from(cps), isBytes: false, text: s, u16: Int32Array.from(offs) };
  }
  // Caching tiny strings costs more than converting them.
  return n >= 64 ? remember(s, subj) : subj;
}

function bytesSubject(data: Uint8Array): Subject {
  return { chars: Int32Array.from(data), isBytes: true, text: null, u16: null };
}

/** The subject for a str or bytes-like object, or undefined when `v` is neither. */
export function tryGetSubject(v: PyValue): Subject | undefined {
  if (typeof v === "string") return strSubject(v);
  if (v instanceof PyStr) return strSubject(v.value);
  if (v instanceof PyBytes) {
    const hit = lookup(v);
    if (hit !== undefined) return hit;
    const subj = bytesSubject(v.data);
    return v.data.length >= 64 ? remember(v, subj) : subj;
  }
  const data = asBytesLike(v);
  if (data === undefined) return undefined;
  return bytesSubject(data);
}

/** getstring(): the subject, or TypeError for anything but str and bytes-like objects. */
export function getSubject(v: PyValue): Subject {
  const s = tryGetSubject(v);
  if (s === undefined) raiseTypeError(`expected string or bytes-like object, got '${typeName(v)}'`);
  return s;
}

/** True when `v` is a str (or subclass) or a bytes-like object, and which. */
export function kindOf(v: PyValue): "str" | "bytes" | null {
  if (typeof v === "string" || v instanceof PyStr) return "str";
  if (v instanceof PyBytes || asBytesLike(v) !== undefined) return "bytes";
  return null;
}

/** The text of a str subject between code point indexes i and j. */
export function textSlice(subj: Subject, i: number, j: number): string {
  const text = subj.text as string;
  const u16 = subj.u16;
  if (u16 === null) return text.slice(i, j);
  return text.slice(u16[i], u16[j]);
}

/**
 * getslice(): string[i:j] as a str or bytes. For bytes the data is read again from the object
 * (a bytearray may have changed since it was matched), and an exact bytes object sliced whole is
 * returned as is.
 */
export function getSlice(subj: Subject, string: PyValue, i: number, j: number): PyValue {
  if (!subj.isBytes) return textSlice(subj, i, j);
  if (string instanceof PyBytes) {
    if (string.type === bytesType && i === 0 && j === string.data.length) return string;
    return new PyBytes(string.data.slice(i, j));
  }
  const data = asBytesLike(string);
  if (data === undefined) return new PyBytes(new Uint8Array(0));
  return new PyBytes(data.slice(i, j));
}

/** The current length of the subject object in characters (bytes may have been resized). */
export function currentLength(subj: Subject, string: PyValue): number {
  if (!subj.isBytes) return subj.chars.length;
  if (string instanceof PyBytes) return string.data.length;
  const data = asBytesLike(string);
  return data === undefined ? 0 : data.length;
}
