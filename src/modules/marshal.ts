// The `marshal` module (Python/marshal.c): the value serialisation .pyc files use. Typhon writes no
// .pyc files and reads none (sys.implementation.cache_tag has no compiled files to match), so
// this covers the data types only: None, bool, int, float, complex, str, bytes, tuple, list,
// dict, set, frozenset, Ellipsis and StopIteration, in CPython's format (version 5, with refs).
import { typeName } from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { PyBytes } from "../objects/bytes.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyDict } from "../objects/dict.ts";
import { raise, raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { PyFloat } from "../objects/float.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import type { PyValue } from "../objects/object.ts";
import { newFrozenSet, newSet, PySet, setItems } from "../objects/set.ts";
import { Ellipsis, None } from "../objects/singletons.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import {
  bytesType,
  dictType,
  frozensetType,
  listType,
  setType,
  tupleType,
  typeOf,
} from "../objects/typeobjects.ts";
import { addFunctions, newBuiltinModule } from "./modutil.ts";

const VERSION = 5;

class Writer {
  out: number[] = [];
  byte(b: number): void {
    this.out.push(b & 0xff);
  }
  i32(n: number): void {
    for (let i = 0; i < 4; i++) this.byte(n >> (8 * i));
  }
  bytes(b: Uint8Array | number[]): void {
    for (const x of b) this.out.push(x);
  }
  value(v: PyValue, depth: number): void {
    if (depth > 2000) raiseValueError("object too deeply nested to marshal");
    if (v === None) {
      this.byte(0x4e);
      return;
    }
    if (v === true) {
      this.byte(0x54);
      return;
    }
    if (v === false) {
      this.byte(0x46);
      return;
    }
    if (v === Ellipsis) {
      this.byte(0x2e);
      return;
    }
    if (typeof v === "number" && Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff) {
      this.byte(0x69);
      this.i32(v);
      return;
    }
    if (typeof v === "number" || typeof v === "bigint") {
      // TYPE_LONG: 15-bit digits, sign in the digit count
      let n = BigInt(v);
      const neg = n < 0n;
      if (neg) n = -n;
      const digits: number[] = [];
      while (n > 0n) {
        digits.push(Number(n & 0x7fffn));
        n >>= 15n;
      }
      this.byte(0x6c);
      this.i32(neg ? -digits.length : digits.length);
      for (const d of digits) {
        this.byte(d);
        this.byte(d >> 8);
      }
      return;
    }
    if (typeof v === "string") {
      const b = new TextEncoder().encode(v);
      this.byte(0x75);
      this.i32(b.length);
      this.bytes(b);
      return;
    }
    const t = typeOf(v);
    if (v instanceof PyFloat && t === typeOf(new PyFloat(0))) {
      this.byte(0x67);
      const dv = new DataView(new ArrayBuffer(8));
      dv.setFloat64(0, v.value, true);
      this.bytes(new Uint8Array(dv.buffer));
      return;
    }
    if (v instanceof PyComplex) {
      this.byte(0x79);
      const dv = new DataView(new ArrayBuffer(16));
      dv.setFloat64(0, v.real, true);
      dv.setFloat64(8, v.imag, true);
      this.bytes(new Uint8Array(dv.buffer));
      return;
    }
    if (v instanceof PyBytes && t === bytesType) {
      this.byte(0x73);
      this.i32(v.data.length);
      this.bytes(v.data);
      return;
    }
    if (v instanceof PyTuple && t === tupleType) {
      this.byte(0x28);
      this.i32(v.items.length);
      for (const x of v.items) this.value(x, depth + 1);
      return;
    }
    if (v instanceof PyList && t === listType) {
      this.byte(0x5b);
      this.i32(v.items.length);
      for (const x of v.items) this.value(x, depth + 1);
      return;
    }
    if (v instanceof PyDict && t === dictType) {
      this.byte(0x7b);
      for (let i = 0; i < v.keys.length; i++) {
        const k = v.keys[i];
        if (k === undefined) continue;
        this.value(k, depth + 1);
        this.value(v.values[i] as PyValue, depth + 1);
      }
      this.byte(0x30);
      return;
    }
    if (v instanceof PySet && (t === setType || t === frozensetType)) {
      const items = setItems(v);
      this.byte(t === setType ? 0x3c : 0x3e);
      this.i32(items.length);
      for (const x of items) this.value(x, depth + 1);
      return;
    }
    raiseValueError("unmarshallable object");
  }
}

class Reader {
  pos = 0;
  refs: PyValue[] = [];
  constructor(readonly data: Uint8Array) {}
  byte(): number {
    if (this.pos >= this.data.length) raise(E.PyExc_EOFError, "EOF read where object expected");
    return this.data[this.pos++];
  }
  i32(): number {
    if (this.pos + 4 > this.data.length) raise(E.PyExc_EOFError, "marshal data too short");
    const d = this.data;
    const p = this.pos;
    this.pos += 4;
    return d[p] | (d[p + 1] << 8) | (d[p + 2] << 16) | (d[p + 3] << 24);
  }
  take(n: number): Uint8Array {
    if (n < 0 || this.pos + n > this.data.length) raise(E.PyExc_EOFError, "marshal data too short");
    const b = this.data.slice(this.pos, this.pos + n);
    this.pos += n;
    return b;
  }
  value(): PyValue {
    const code = this.byte();
    const flag = code & 0x80;
    const type = code & 0x7f;
    let slot = -1;
    if (flag) {
      slot = this.refs.length;
      this.refs.push(None);
    }
    const v = this.read(type);
    if (slot >= 0) this.refs[slot] = v;
    return v;
  }
  read(type: number): PyValue {
    const dec = () => new TextDecoder().decode(this.take(this.i32()));
    const latin = (n: number) => String.fromCharCode(...this.take(n));
    switch (type) {
      case 0x30:
        raiseTypeError("NULL object in marshal data for object");
        break;
      case 0x4e:
        return None;
      case 0x54:
        return true;
      case 0x46:
        return false;
      case 0x2e:
        return Ellipsis;
      case 0x53:
        return E.PyExc_StopIteration;
      case 0x69:
        return this.i32();
      case 0x6c: {
        const n = this.i32();
        let r = 0n;
        const ds: number[] = [];
        for (let i = 0; i < Math.abs(n); i++) {
          const b = this.take(2);
          ds.push(b[0] | (b[1] << 8));
        }
        for (let i = ds.length - 1; i >= 0; i--) r = (r << 15n) | BigInt(ds[i]);
        if (n < 0) r = -r;
        return r >= BigInt(Number.MIN_SAFE_INTEGER) && r <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(r) : r;
      }
      case 0x67:
        return new PyFloat(new DataView(this.take(8).buffer).getFloat64(0, true));
      case 0x79: {
        const dv = new DataView(this.take(16).buffer);
        return new PyComplex(dv.getFloat64(0, true), dv.getFloat64(8, true));
      }
      case 0x73:
        return new PyBytes(this.take(this.i32()));
      case 0x75:
      case 0x74:
        return dec();
      case 0x61:
      case 0x41:
        return latin(this.i32());
      case 0x7a:
      case 0x5a:
        return latin(this.byte());
      case 0x29: {
        const n = this.byte();
        const items: PyValue[] = [];
        for (let i = 0; i < n; i++) items.push(this.value());
        return newTuple(items);
      }
      case 0x28:
      case 0x5b:
      case 0x3c:
      case 0x3e: {
        const n = this.i32();
        if (n < 0) raiseValueError("bad marshal data (list size out of range)");
        const items: PyValue[] = [];
        for (let i = 0; i < n; i++) items.push(this.value());
        if (type === 0x28) return newTuple(items);
        if (type === 0x5b) return new PyList(items);
        return type === 0x3c ? newSet(items) : newFrozenSet(items);
      }
      case 0x7b: {
        const d = new PyDict();
        for (;;) {
          if (this.data[this.pos] === 0x30) {
            this.pos++;
            break;
          }
          const k = this.value();
          d.setItem(k, this.value());
        }
        return d;
      }
      case 0x72: {
        const i = this.i32();
        if (i < 0 || i >= this.refs.length) raiseValueError("bad marshal data (invalid reference)");
        return this.refs[i];
      }
      case 0x63:
        raiseValueError("bad marshal data (code objects are not supported)");
    }
    raiseValueError("bad marshal data (unknown type code)");
  }
}

function bytesArg(fname: string, v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (typeof v === "object" && "data" in v && (v as { data: unknown }).data instanceof Uint8Array)
    return (v as unknown as { data: Uint8Array }).data;
  raiseTypeError(`${fname}() argument must be bytes-like object, not ${typeName(v)}`);
}

export function createMarshalModule(): PyModule {
  const m = newBuiltinModule(
    "marshal",
    "This module contains functions that can read and write Python values in\na binary format.",
  );
  m.dict.setStr("version", VERSION);
  addFunctions(m, {
    dumps(args, kw) {
      const [value] = bindArgs("dumps", args, kw, {
        names: ["value", "version", "allow_code"],
        required: 1,
        posOnly: 2,
        kwOnlyFrom: 2,
      });
      const w = new Writer();
      w.value(value as PyValue, 0);
      return new PyBytes(new Uint8Array(w.out));
    },
    loads(args, kw) {
      const [bytes] = bindArgs("loads", args, kw, {
        names: ["bytes", "allow_code"],
        required: 1,
        posOnly: 1,
        kwOnlyFrom: 1,
      });
      const r = new Reader(bytesArg("loads", bytes as PyValue));
      return r.value();
    },
  });
  return m;
}
