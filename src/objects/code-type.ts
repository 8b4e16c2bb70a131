// The Python-visible side of code objects (Objects/codeobject.c): the co_* attributes, co_lines(),
// co_positions(), repr, and equality/hash by content. The data and table decoders are in code.ts.
import { hash, richCompareBool } from "./abstract.ts";
import { PyBytes } from "./bytes.ts";
import { coLines, PyCode } from "./code.ts";
import { defineGetSets, defineMembers, defineMethods } from "./descr.ts";
import { warnEx } from "./errors.ts";
import { PyExc_DeprecationWarning } from "./exceptions.ts";
import { addressOf } from "./function.ts";
import { hashTuple } from "./hash.ts";
import { PyList } from "./list.ts";
import { CompareOp, type PyValue } from "./object.ts";
import { None, NotImplemented } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import { codeType } from "./typeobjects.ts";

function code(self: PyValue): PyCode {
  return self as PyCode;
}

/** co_code and the tables as bytes (the code units in little-endian order, as CPython stores them). */
function codeBytes(units: Uint16Array): PyBytes {
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    out[2 * i] = units[i] & 0xff;
    out[2 * i + 1] = units[i] >> 8;
  }
  return new PyBytes(out);
}

/**
 * decode_linetable (Objects/codeobject.c): the pre-3.10 line number table, (bytecode delta, line
 * delta) pairs, from the location table.
 */
function decodeLinetable(c: PyCode): PyBytes {
  const out: number[] = [];
  const pair = (a: number, b: number) => out.push(a & 0xff, b & 0xff);
  let codeOffset = 0;
  let line = c.co_firstlineno;
  const pos = c.positions;
  for (let i = 0; i < pos.length; i++) {
    const l = pos[i]!.lineno;
    // An entry without a line keeps the line computed so far (a zero line delta).
    if (l === null || l === line) continue;
    let bdelta = i * 2 - codeOffset;
    let ldelta = l - line;
    while (bdelta > 255) {
      pair(255, 0);
      bdelta -= 255;
    }
    while (ldelta > 127) {
      pair(bdelta, 127);
      bdelta = 0;
      ldelta -= 127;
    }
    while (ldelta < -128) {
      pair(bdelta, -128);
      bdelta = 0;
      ldelta += 128;
    }
    pair(bdelta, ldelta);
    codeOffset = i * 2;
    line = l;
  }
  return new PyBytes(new Uint8Array(out));
}

const strTuple = (names: readonly string[]) => newTuple(names.slice());

// code_memberlist (READONLY members: "readonly attribute") and code_getsetlist (codeobject.c).
defineMembers(codeType, {
  co_argcount: { get: (s) => code(s).co_argcount },
  co_posonlyargcount: { get: (s) => code(s).co_posonlyargcount },
  co_kwonlyargcount: { get: (s) => code(s).co_kwonlyargcount },
  co_stacksize: { get: (s) => code(s).co_stacksize },
  co_flags: { get: (s) => code(s).co_flags },
  co_nlocals: { get: (s) => code(s).co_nlocals },
  co_consts: { get: (s) => newTuple(code(s).co_consts.slice()) },
  co_names: { get: (s) => strTuple(code(s).co_names) },
  co_filename: { get: (s) => code(s).co_filename },
  co_name: { get: (s) => code(s).co_name },
  co_qualname: { get: (s) => code(s).co_qualname },
  co_firstlineno: { get: (s) => code(s).co_firstlineno },
  co_linetable: { get: (s) => new PyBytes(code(s).co_linetable.slice()) },
  co_exceptiontable: { get: (s) => new PyBytes(code(s).co_exceptiontable.slice()) },
});

defineGetSets(codeType, {
  co_lnotab: {
    get: (s) => {
      warnEx(PyExc_DeprecationWarning, "co_lnotab is deprecated, use co_lines instead.", 1);
      return decodeLinetable(code(s));
    },
  },
  co_varnames: { get: (s) => strTuple(code(s).co_varnames) },
  co_cellvars: { get: (s) => strTuple(code(s).co_cellvars) },
  co_freevars: { get: (s) => strTuple(code(s).co_freevars) },
  co_code: { get: (s) => codeBytes(code(s).co_code) },
});

defineMethods(codeType, {
  co_lines(self) {
    const items = coLines(code(self)).map(([start, end, line]) => newTuple([start, end, line ?? None]));
    const list = new PyList(items);
    return (list.type.tp_iter as NonNullable<typeof list.type.tp_iter>)(list);
  },
  co_positions(self) {
    const c = code(self);
    const items = c.positions.map((p) =>
      newTuple([p.lineno ?? None, p.end_lineno ?? None, p.col ?? None, p.end_col ?? None]),
    );
    const list = new PyList(items);
    return (list.type.tp_iter as NonNullable<typeof list.type.tp_iter>)(list);
  },
});

codeType.tp_repr = (self) => {
  const c = code(self);
  return `<code object ${c.co_name} at ${addressOf(c)}, file "${c.co_filename}", line ${c.co_firstlineno}>`;
};

/** code_richcompare: equal when name, counts, flags, first line, bytecode, consts and names agree. */
function sameCode(a: PyCode, b: PyCode): boolean {
  if (
    a.co_name !== b.co_name ||
    a.co_argcount !== b.co_argcount ||
    a.co_posonlyargcount !== b.co_posonlyargcount ||
    a.co_kwonlyargcount !== b.co_kwonlyargcount ||
    a.co_flags !== b.co_flags ||
    a.co_firstlineno !== b.co_firstlineno ||
    a.co_code.length !== b.co_code.length ||
    a.co_consts.length !== b.co_consts.length ||
    a.co_names.join("\0") !== b.co_names.join("\0") ||
    a.co_localsplusnames.join("\0") !== b.co_localsplusnames.join("\0") ||
    a.co_linetable.length !== b.co_linetable.length
  )
    return false;
  for (let i = 0; i < a.co_code.length; i++) if (a.co_code[i] !== b.co_code[i]) return false;
  for (let i = 0; i < a.co_linetable.length; i++) if (a.co_linetable[i] !== b.co_linetable[i]) return false;
  for (let i = 0; i < a.co_consts.length; i++) {
    const x = a.co_consts[i];
    const y = b.co_consts[i];
    if (typeof x !== typeof y || !richCompareBool(x, y, CompareOp.EQ)) return false;
  }
  return true;
}

codeType.tp_richcompare = (self, other, op) => {
  if ((op !== CompareOp.EQ && op !== CompareOp.NE) || !(other instanceof PyCode)) return NotImplemented;
  const eq = self === other || sameCode(code(self), other);
  return op === CompareOp.EQ ? eq : !eq;
};

codeType.tp_hash = (self) => {
  const c = code(self);
  return hashTuple([hash(c.co_name), c.co_argcount, c.co_flags, c.co_firstlineno, c.co_code.length]);
};
