// str.format, str.format_map and the parser behind `_string.formatter_parser`
// (Objects/stringlib/unicode_format.h), and format(value, spec) (PyObject_Format).
import { call, getAttr, getItem, str as pyStr, repr, typeName } from "./abstract.ts";
import { noKeywords } from "./args.ts";
import { defineMethods } from "./descr.ts";
import { newException, raise, raiseTypeError, raiseValueError } from "./errors.ts";
import { PyExc_IndexError, PyExc_KeyError } from "./exceptions.ts";
import type { PyValue } from "./object.ts";
import { asciiOf, strValue } from "./str.ts";
import { strType, typeOf } from "./typeobjects.ts";

/** One parsed piece of a format string: literal text then (optionally) a replacement field. */
export interface FormatPiece {
  literal: string;
  /** null when the piece has no field (trailing literal). */
  fieldName: string | null;
  formatSpec: string;
  conversion: string | null;
}

/** MarkupIterator (unicode_format.h): a cursor over a format string. */
export class MarkupIterator {
  pos = 0;
  constructor(readonly s: string) {}

  /** The next piece, or null at the end; errors are raised when reached, as CPython does. */
  next(): FormatPiece | null {
    const s = this.s;
    const end = s.length;
    if (this.pos >= end) return null;
    const start = this.pos;
    let c = "";
    let markupFollows = false;
    while (this.pos < end) {
      c = s[this.pos++];
      if (c === "{" || c === "}") {
        markupFollows = true;
        break;
      }
    }
    const atEnd = this.pos >= end;
    let len = this.pos - start;
    if (c === "}" && markupFollows && (atEnd || s[this.pos] !== "}"))
      raiseValueError("Single '}' encountered in format string");
    if (atEnd && c === "{" && markupFollows) raiseValueError("Single '{' encountered in format string");
    if (!atEnd && markupFollows) {
      if (s[this.pos] === c) {
        this.pos++;
        markupFollows = false;
      } else len--;
    }
    const literal = s.slice(start, start + len);
    if (!markupFollows) return { literal, fieldName: null, formatSpec: "", conversion: null };
    return this.parseField(literal);
  }

  /** parse_field: name up to ':' / '!' / '}', then conversion and spec with brace counting. */
  private parseField(literal: string): FormatPiece {
    const s = this.s;
    const end = s.length;
    const nameStart = this.pos;
    let c = "";
    while (this.pos < end) {
      c = s[this.pos++];
      if (c === "{") raiseValueError("unexpected '{' in field name");
      if (c === "[") {
        while (this.pos < end && s[this.pos] !== "]") this.pos++;
        continue;
      }
      if (c === "}" || c === ":" || c === "!") break;
    }
    const fieldName = s.slice(nameStart, this.pos - 1);
    let conversion: string | null = null;
    if (c === "!" || c === ":") {
      if (c === "!") {
        if (this.pos >= end) raiseValueError("end of string while looking for conversion specifier");
        conversion = s[this.pos++];
        if (this.pos < end) {
          const d = s[this.pos++];
          if (d === "}") return { literal, fieldName, formatSpec: "", conversion };
          if (d !== ":") raiseValueError("expected ':' after conversion specifier");
        }
      }
      const specStart = this.pos;
      let count = 1;
      while (this.pos < end) {
        const d = s[this.pos++];
        if (d === "{") count++;
        else if (d === "}") {
          count--;
          if (count === 0)
            return { literal, fieldName, formatSpec: s.slice(specStart, this.pos - 1), conversion };
        }
      }
      raiseValueError("unmatched '{' in format spec");
    }
    if (c !== "}") raiseValueError("expected '}' before end of string");
    return { literal, fieldName, formatSpec: "", conversion };
  }
}

/** All pieces of a format string (for `_string.formatter_parser`). */
export function parseFormatString(s: string): FormatPiece[] {
  const it = new MarkupIterator(s);
  const out: FormatPiece[] = [];
  for (let p = it.next(); p !== null; p = it.next()) out.push(p);
  return out;
}

/** FieldNameIterator: the first part and the .attr / [key] accessors of a field name. */
export function parseFieldName(name: string): {
  first: string | number;
  rest: Array<[boolean, string | number]>;
} {
  let i = 0;
  while (i < name.length && name[i] !== "." && name[i] !== "[") i++;
  const head = name.slice(0, i);
  const first: string | number = /^\d+$/.test(head) ? Number(head) : head;
  const rest: Array<[boolean, string | number]> = [];
  while (i < name.length) {
    const c = name[i];
    if (c === ".") {
      let j = i + 1;
      while (j < name.length && name[j] !== "." && name[j] !== "[") j++;
      const attr = name.slice(i + 1, j);
      if (attr === "") raiseValueError("Empty attribute in format string");
      rest.push([true, attr]);
      i = j;
    } else if (c === "[") {
      const j = name.indexOf("]", i + 1);
      if (j < 0) raiseValueError("Missing ']' in format string");
      const key = name.slice(i + 1, j);
      if (key === "") raiseValueError("Empty attribute in format string");
      rest.push([false, /^\d+$/.test(key) ? Number(key) : key]);
      i = j + 1;
      if (i < name.length && name[i] !== "." && name[i] !== "[")
        raiseValueError("Only '.' or '[' may follow ']' in format field specifier");
    } else {
      raiseValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return { first, rest };
}

/** format(value, spec): PyObject_Format, with the str fast path. */
export function formatValue(value: PyValue, spec: string): string {
  if (spec === "") {
    if (typeof value === "string") return value;
    if (typeof value === "number" || typeof value === "bigint") return formatHooks.str(value);
  }
  const meth = typeOf(value).lookup("__format__");
  if (meth === undefined) raiseTypeError(`Type ${typeName(value)} doesn't define __format__`);
  const r = call(getAttr(value, "__format__"), [spec]);
  const s = strValue(r);
  if (s === undefined) raiseTypeError(`__format__ must return a str, not ${typeName(r)}`);
  return s;
}

/** `ascii()` hook: the builtins module installs the real one (it escapes non-ASCII). */
export const formatHooks = {
  ascii: (v: PyValue): string => asciiOf(v),
  str: (v: PyValue): string => {
    const s = strValue(v);
    return s !== undefined ? s : pyStr(v);
  },
};

interface FormatState {
  autoNumber: number; // -1 manual, >= 0 next auto index, -2 unset
}

function vformat(
  fmt: string,
  args: readonly PyValue[],
  getKw: (name: string) => PyValue,
  depth: number,
  state: FormatState,
): string {
  if (depth <= 0) raiseValueError("Max string recursion exceeded");
  let out = "";
  const markup = new MarkupIterator(fmt);
  for (let piece = markup.next(); piece !== null; piece = markup.next()) {
    out += piece.literal;
    if (piece.fieldName === null) continue;
    const { first, rest } = parseFieldName(piece.fieldName);
    let obj: PyValue;
    if (first === "") {
      if (state.autoNumber === -1)
        raiseValueError("cannot switch from manual field specification to automatic field numbering");
      if (state.autoNumber === -2) state.autoNumber = 0;
      const idx = state.autoNumber++;
      if (idx >= args.length)
        raise(PyExc_IndexError, `Replacement index ${idx} out of range for positional args tuple`);
      obj = args[idx];
    } else if (typeof first === "number") {
      if (state.autoNumber >= 0)
        raiseValueError("cannot switch from automatic field numbering to manual field specification");
      state.autoNumber = -1;
      if (first >= args.length)
        raise(PyExc_IndexError, `Replacement index ${first} out of range for positional args tuple`);
      obj = args[first];
    } else {
      obj = getKw(first);
    }
    for (const [isAttr, key] of rest) {
      obj = isAttr ? getAttr(obj, key as string) : getItem(obj, key);
    }
    if (piece.conversion !== null) {
      switch (piece.conversion) {
        case "r":
          obj = repr(obj);
          break;
        case "s":
          obj = formatHooks.str(obj);
          break;
        case "a":
          obj = formatHooks.ascii(obj);
          break;
        default:
          raiseValueError(`Unknown conversion specifier ${piece.conversion}`);
      }
    }
    const spec = piece.formatSpec.includes("{")
      ? vformat(piece.formatSpec, args, getKw, depth - 1, state)
      : piece.formatSpec;
    out += formatValue(obj, spec);
  }
  return out;
}

export function strFormat(
  fmt: string,
  args: readonly PyValue[],
  kwargs: Map<string, PyValue> | null,
): string {
  return vformat(
    fmt,
    args,
    (name) => {
      const v = kwargs?.get(name);
      if (v === undefined) throw newException(PyExc_KeyError, name);
      return v;
    },
    2,
    { autoNumber: -2 },
  );
}

defineMethods(strType, {
  format(self, args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const pos = args.slice(0, args.length - nkw);
    let kw: Map<string, PyValue> | null = null;
    if (kwnames !== null && nkw > 0) {
      kw = new Map();
      for (let i = 0; i < nkw; i++) kw.set(kwnames[i], args[pos.length + i]);
    }
    return strFormat(strValue(self) as string, pos, kw);
  },
  format_map(self, args, kwnames) {
    noKeywords("str.format_map", kwnames);
    if (args.length !== 1)
      raiseTypeError(`str.format_map() takes exactly one argument (${args.length} given)`);
    const mapping = args[0];
    return vformat(strValue(self) as string, [], (name) => getItem(mapping, name), 2, { autoNumber: -2 });
  },
  __format__(self, args, kwnames) {
    noKeywords("str.__format__", kwnames);
    if (args.length !== 1)
      raiseTypeError(`str.__format__() takes exactly one argument (${args.length} given)`);
    const spec = strValue(args[0]);
    if (spec === undefined) raiseTypeError(`__format__() argument must be str, not ${typeName(args[0])}`);
    const s = strValue(self) as string;
    // formatter_unicode.c format_obj: an empty spec on a str subclass gives str(self).
    if (spec === "") return typeof self === "string" ? s : pyStr(self);
    return strFormatSpecHook(s, spec);
  },
});

/** str.__format__ with a non-empty spec; installed from the shared format-spec implementation. */
export let strFormatSpecHook = (_s: string, spec: string): string =>
  raiseValueError(`Invalid format specifier '${spec}' for object of type 'str'`);
export function setStrFormatSpecHook(fn: typeof strFormatSpecHook): void {
  strFormatSpecHook = fn;
}
