// Code objects from JSON (tools/pycode-dump.py's format): lets the VM run bytecode that CPython
// compiled, for testing the VM independently of Typhon's compiler.

import { PyBytes } from "../objects/bytes.ts";
import { PyCode } from "../objects/code.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyFloat } from "../objects/float.ts";
import type { PyValue } from "../objects/object.ts";
import { newFrozenSet } from "../objects/set.ts";
import { Ellipsis, None } from "../objects/singletons.ts";
import { PySlice } from "../objects/slice.ts";
import { newTuple } from "../objects/tuple.ts";

export interface CodeJson {
  code: number[];
  consts: ConstJson[];
  names: string[];
  localsplusnames: string[];
  localspluskinds: number[];
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  stacksize: number;
  firstlineno: number;
  name: string;
  qualname: string;
  filename: string;
  linetable: string;
  exceptiontable: string;
}

type ConstJson =
  | { t: "None" | "Ellipsis" }
  | { t: "bool"; v: boolean }
  | { t: "int" | "float"; v: string }
  | { t: "complex"; re: string; im: string }
  | { t: "str"; v: string | number[] }
  | { t: "bytes"; v: string }
  | { t: "tuple" | "frozenset" | "slice"; v: ConstJson[] }
  | { t: "code"; v: CodeJson };

function hex(s: string): Uint8Array {
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function floatOf(s: string): number {
  if (s === "inf") return Number.POSITIVE_INFINITY;
  if (s === "-inf") return Number.NEGATIVE_INFINITY;
  if (s === "nan") return Number.NaN;
  return Number(s);
}

function constOf(c: ConstJson): PyValue {
  switch (c.t) {
    case "None":
      return None;
    case "Ellipsis":
      return Ellipsis;
    case "bool":
      return c.v;
    case "int": {
      const b = BigInt(c.v);
      return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
    }
    case "float":
      return new PyFloat(floatOf(c.v));
    case "complex":
      return new PyComplex(floatOf(c.re), floatOf(c.im));
    case "str":
      return typeof c.v === "string" ? c.v : String.fromCharCode(...c.v);
    case "bytes":
      return new PyBytes(hex(c.v));
    case "tuple":
      return newTuple(c.v.map(constOf));
    case "frozenset":
      return newFrozenSet(c.v.map(constOf));
    case "slice":
      return new PySlice(constOf(c.v[0]), constOf(c.v[1]), constOf(c.v[2]));
    case "code":
      return codeFromJson(c.v);
  }
}

export function codeFromJson(j: CodeJson): PyCode {
  return new PyCode({
    argcount: j.argcount,
    posonlyargcount: j.posonlyargcount,
    kwonlyargcount: j.kwonlyargcount,
    stacksize: j.stacksize,
    flags: j.flags,
    code: Uint16Array.from(j.code),
    consts: j.consts.map(constOf),
    names: j.names,
    localsplusnames: j.localsplusnames,
    localspluskinds: Uint8Array.from(j.localspluskinds),
    filename: j.filename,
    name: j.name,
    qualname: j.qualname,
    firstlineno: j.firstlineno,
    linetable: hex(j.linetable),
    exceptiontable: hex(j.exceptiontable),
  });
}
