// ast.dump, as CPython 3.14's Lib/ast.py prints it, including Python's repr() of constant values
// (str quoting and escaping, float repr with its exponent rules, bytes, complex, big ints).

import { AST, ComplexValue, EllipsisValue, FloatValue } from "./ast.ts";

export interface DumpOptions {
  annotateFields?: boolean;
  includeAttributes?: boolean;
  /** A number of spaces or a string; undefined/null for the one-line form. */
  indent?: number | string | null;
  showEmpty?: boolean;
}

const NONPRINTABLE = /[\p{C}\p{Z}]/u;

/** Python's repr() of a str. */
export function reprStr(s: string): string {
  let quote = "'";
  if (s.indexOf("'") >= 0 && s.indexOf('"') < 0) quote = '"';
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    let ch = s[i]!;
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        ch = s.slice(i, i + 2);
        i++;
      }
    }
    if (c === 0x5c) out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else if (c < 0x7f) out += ch;
    else if (c !== 0x20 && ((c >= 0xd800 && c < 0xe000) || NONPRINTABLE.test(ch))) {
      if (c <= 0xff) out += `\\x${c.toString(16).padStart(2, "0")}`;
      else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, "0")}`;
      else out += `\\U${c.toString(16).padStart(8, "0")}`;
    } else out += ch;
  }
  return out + quote;
}

/** Python's repr() of bytes. */
export function reprBytes(b: Uint8Array): string {
  let quote = "'";
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 39) hasSingle = true;
    else if (c === 34) hasDouble = true;
  }
  if (hasSingle && !hasDouble) quote = '"';
  let out = `b${quote}`;
  for (const c of b) {
    if (c === 0x5c) out += "\\\\";
    else if (c === quote.charCodeAt(0)) out += `\\${quote}`;
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/** Python's float repr ('r' format); `addDot0` is false for the parts of a complex repr. */
export function reprFloat(x: number, addDot0 = true): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Number.POSITIVE_INFINITY) return "inf";
  if (x === Number.NEGATIVE_INFINITY) return "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (addDot0 ? ".0" : "");
  const sign = x < 0 ? "-" : "";
  const e = Math.abs(x).toExponential(); // shortest round-trip digits: d.ddde[+-]n
  const at = e.indexOf("e");
  const mant = e.slice(0, at);
  const exp = Number(e.slice(at + 1));
  const digits = mant.replace(".", "");
  const decpt = exp + 1;
  if (decpt <= -4 || decpt > 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ae = Math.abs(exp);
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${ae < 10 ? "0" : ""}${ae}`;
  }
  let s: string;
  if (decpt <= 0) s = `0.${"0".repeat(-decpt)}${digits}`;
  else if (decpt >= digits.length) s = digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  else s = `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  return sign + s;
}

function reprComplex(c: ComplexValue): string {
  const imag = `${reprFloat(c.imag, false)}j`;
  if (c.real === 0 && !Object.is(c.real, -0)) return imag;
  const re = reprFloat(c.real, false);
  const im = c.imag >= 0 || Number.isNaN(c.imag) ? `+${imag}` : imag;
  return `(${re}${im})`;
}

/** Python's repr() of a constant value as the AST holds it. */
export function reprValue(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (typeof v === "string") return reprStr(v);
  if (v instanceof FloatValue) return reprFloat(v.value);
  if (v instanceof ComplexValue) return reprComplex(v);
  if (v instanceof Uint8Array) return reprBytes(v);
  if (v instanceof EllipsisValue) return "Ellipsis";
  return String(v);
}

type NodeStatics = {
  _name: string;
  _fields: readonly string[];
  _attributes: readonly string[];
  _field_types: Readonly<Record<string, string>>;
  _none_default: readonly string[];
};

/** ast.dump(node, annotate_fields, include_attributes, indent=, show_empty=). */
export function dumpAst(node: AST, options: DumpOptions = {}): string {
  const annotate = options.annotateFields ?? true;
  const attrs = options.includeAttributes ?? false;
  const showEmpty = options.showEmpty ?? false;
  let indent: string | null = null;
  if (options.indent !== undefined && options.indent !== null) {
    indent = typeof options.indent === "number" ? " ".repeat(options.indent) : options.indent;
  }

  function format(value: unknown, level: number): [string, boolean] {
    let prefix = "";
    let sep = ", ";
    if (indent !== null) {
      level++;
      prefix = `\n${indent.repeat(level)}`;
      sep = `,\n${indent.repeat(level)}`;
    }
    if (value instanceof AST) {
      const cls = value.constructor as unknown as NodeStatics;
      const rec = value as unknown as Record<string, unknown>;
      const args: string[] = [];
      let argsBuffer: string[] = [];
      let allsimple = true;
      let keywords = annotate;
      for (const name of cls._fields) {
        if (!(name in rec)) {
          keywords = true;
          continue;
        }
        const v = rec[name];
        if ((v === null || v === undefined) && cls._none_default.includes(name)) {
          keywords = true;
          continue;
        }
        if (!showEmpty) {
          if (Array.isArray(v) && v.length === 0) {
            const ft = cls._field_types[name];
            if (ft?.startsWith("list[")) {
              if (!keywords) argsBuffer.push("[]");
              continue;
            }
          }
          if (!keywords) {
            args.push(...argsBuffer);
            argsBuffer = [];
          }
        }
        const [s, simple] = format(v, level);
        allsimple = allsimple && simple;
        args.push(keywords ? `${name}=${s}` : s);
      }
      if (attrs && cls._attributes.length) {
        for (const name of cls._attributes) {
          if (!(name in rec)) continue;
          const v = rec[name];
          if ((v === null || v === undefined) && cls._none_default.includes(name)) continue;
          const [s, simple] = format(v, level);
          allsimple = allsimple && simple;
          args.push(`${name}=${s}`);
        }
      }
      if (allsimple && args.length <= 3) return [`${cls._name}(${args.join(", ")})`, args.length === 0];
      return [`${cls._name}(${prefix}${args.join(sep)})`, false];
    }
    if (Array.isArray(value)) {
      if (value.length === 0) return ["[]", true];
      return [`[${prefix}${value.map((x) => format(x, level)[0]).join(sep)}]`, false];
    }
    return [reprValue(value), true];
  }

  return format(node, 0)[0];
}
