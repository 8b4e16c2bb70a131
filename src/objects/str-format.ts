// str.format, str.format_map and the parser behind `_string.formatter_parser`
// (Objects/stringlib/unicode_format.h), and format(value, spec) (PyObject_Format).
import { call, getAttr, getItem, repr, typeName } from "./abstract.ts";
import { noKeywords } from "./args.ts";
import { defineMethods } from "./descr.ts";
import { newException, raise, raiseTypeError, raiseValueError } from "./errors.ts";
import { PyExc_IndexError, PyExc_KeyError } from "./exceptions.ts";
import type { PyValue } from "./object.ts";
import { strValue } from "./str.ts";
import { strType, typeOf } from "./typeobjects.ts";

/** One parsed piece of a format string: literal text then (optionally) a replacement field. */
export interface FormatPiece {
  literal: string;
  /** null when the piece has no field (trailing literal). */
  fieldName: string | null;
  formatSpec: string;
  conversion: string | null;
}

/** MarkupIterator: splits a format string into pieces, with CPython's errors. */
export function parseFormatString(s: string): FormatPiece[] {
  const out: FormatPiece[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let literal = "";
    let fieldStart = -1;
    while (i < n) {
      const c = s[i];
      if (c === "{") {
        if (s[i + 1] === "{") {
          literal += "{";
          i += 2;
          continue;
        }
        fieldStart = i + 1;
        i++;
        break;
      }
      if (c === "}") {
        if (s[i + 1] === "}") {
          literal += "}";
          i += 2;
          continue;
        }
        raiseValueError("Single '}' encountered in format string");
      }
      literal += c;
      i++;
    }
    if (fieldStart < 0) {
      out.push({ literal, fieldName: null, formatSpec: "", conversion: null });
      break;
    }
    if (fieldStart >= n) raiseValueError("Single '{' encountered in format string");
    // Find the matching '}' counting nested braces; brackets in the field name are skipped.
    let depth = 1;
    let j = fieldStart;
    while (j < n) {
      const c = s[j];
      if (c === "[" && depth === 1) {
        while (j < n && s[j] !== "]") j++;
        if (j >= n) break;
      } else if (c === "{") depth++;
      else if (c === "}") {
        depth--;
        if (depth === 0) break;
      }
      j++;
    }
    if (depth !== 0 || j >= n) raiseValueError("expected '}' before end of string");
    const field = s.slice(fieldStart, j);
    i = j + 1;
    // Split field into name, conversion and spec.
    let k = 0;
    while (k < field.length) {
      const c = field[k];
      if (c === "[") {
        while (k < field.length && field[k] !== "]") k++;
        if (k < field.length) k++;
        continue;
      }
      if (c === ":" || c === "!") break;
      if (c === "{") raiseValueError("unexpected '{' in field name");
      k++;
    }
    const fieldName = field.slice(0, k);
    let conversion: string | null = null;
    let formatSpec = "";
    if (k < field.length) {
      if (field[k] === "!") {
        if (k + 1 >= field.length) raiseValueError("end of string while looking for conversion specifier");
        conversion = field[k + 1];
        if (k + 2 < field.length) {
          if (field[k + 2] !== ":") raiseValueError("expected ':' after conversion specifier");
          formatSpec = field.slice(k + 3);
        }
      } else formatSpec = field.slice(k + 1);
    }
    out.push({ literal, fieldName, formatSpec, conversion });
  }
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
  if (spec === "" && typeof value === "string") return value;
  const meth = typeOf(value).lookup("__format__");
  if (meth === undefined) raiseTypeError(`Type ${typeName(value)} doesn't define __format__`);
  const r = call(getAttr(value, "__format__"), [spec]);
  const s = strValue(r);
  if (s === undefined) raiseTypeError(`__format__ must return a str, not ${typeName(r)}`);
  return s;
}

/** `ascii()` hook: the builtins module installs the real one (it escapes non-ASCII). */
export const formatHooks = {
  ascii: (v: PyValue): string => repr(v),
  str: (v: PyValue): string => {
    const s = strValue(v);
    return s !== undefined ? s : (call(getAttr(v, "__str__"), []) as string);
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
  if (depth < 0) raiseValueError("Max string recursion exceeded");
  let out = "";
  for (const piece of parseFormatString(fmt)) {
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
    if (args.length !== 1) raiseTypeError(`format_map() takes exactly one argument (${args.length} given)`);
    const mapping = args[0];
    return vformat(strValue(self) as string, [], (name) => getItem(mapping, name), 2, { autoNumber: -2 });
  },
  __format__(self, args, kwnames) {
    noKeywords("str.__format__", kwnames);
    if (args.length !== 1) raiseTypeError(`__format__() takes exactly one argument (${args.length} given)`);
    const spec = strValue(args[0]);
    if (spec === undefined) raiseTypeError(`__format__() argument must be str, not ${typeName(args[0])}`);
    const s = strValue(self) as string;
    if (spec === "") return s;
    return strFormatSpecHook(s, spec);
  },
});

/** str.__format__ with a non-empty spec; installed from the shared format-spec implementation. */
export let strFormatSpecHook = (_s: string, spec: string): string =>
  raiseValueError(`Invalid format specifier '${spec}' for object of type 'str'`);
export function setStrFormatSpecHook(fn: typeof strFormatSpecHook): void {
  strFormatSpecHook = fn;
}
