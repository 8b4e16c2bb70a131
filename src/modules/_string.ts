// The `_string` module (Objects/unicodeobject.c + stringlib/unicode_format.h): the format-string
// parsers behind string.Formatter, reusing src/objects/str-format.ts's MarkupIterator. Errors are
// raised while iterating, as CPython does.

import { typeName } from "../objects/abstract.ts";
import { raiseTypeError } from "../objects/errors.ts";
import type { PyModule } from "../objects/module.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { readyAllTypes } from "../objects/slots.ts";
import { MarkupIterator, parseFieldName } from "../objects/str-format.ts";
import { newTuple } from "../objects/tuple.ts";
import { makeBuiltinType, objectType } from "../objects/typeobjects.ts";
import { addFunction, newBuiltinModule, oneArg } from "./modutil.ts";

export const formatterIteratorType = makeBuiltinType("formatteriterator", [objectType], 0);
export const fieldNameIteratorType = makeBuiltinType("fieldnameiterator", [objectType], 0);

class PyFormatterIterator extends PyObject {
  it: MarkupIterator;
  constructor(s: string) {
    super(formatterIteratorType);
    this.it = new MarkupIterator(s);
  }
}

formatterIteratorType.tp_iter = (self) => self;
formatterIteratorType.tp_iternext = (self) => {
  const p = (self as PyFormatterIterator).it.next();
  if (p === null) return undefined;
  if (p.fieldName === null) return newTuple([p.literal, None, None, None]);
  return newTuple([p.literal, p.fieldName, p.formatSpec, p.conversion === null ? None : p.conversion]);
};

class PyFieldNameIterator extends PyObject {
  name: string;
  rest: Array<[boolean, string | number]> | null;
  index: number;
  constructor(name: string) {
    super(fieldNameIteratorType);
    this.name = name;
    this.rest = null;
    this.index = 0;
  }
}

fieldNameIteratorType.tp_iter = (self) => self;
fieldNameIteratorType.tp_iternext = (self) => {
  const f = self as PyFieldNameIterator;
  if (f.rest === null) f.rest = parseFieldName(f.name).rest;
  if (f.index >= f.rest.length) return undefined;
  const [isAttr, key] = f.rest[f.index++];
  return newTuple([isAttr, key]);
};

function formatterParser(args: PyValue[], kw: readonly string[] | null): PyValue {
  const s = oneArg("_string.formatter_parser", args, kw);
  if (typeof s !== "string") raiseTypeError(`expected str, got ${typeName(s)}`);
  return new PyFormatterIterator(s);
}

function formatterFieldNameSplit(args: PyValue[], kw: readonly string[] | null): PyValue {
  const s = oneArg("_string.formatter_field_name_split", args, kw);
  if (typeof s !== "string") raiseTypeError(`expected str, got ${typeName(s)}`);
  let i = 0;
  while (i < s.length && s[i] !== "." && s[i] !== "[") i++;
  const head = s.slice(0, i);
  const first: PyValue = /^\d+$/.test(head) ? Number(head) : head;
  return newTuple([first, new PyFieldNameIterator(s)]);
}

export function createStringModule(): PyModule {
  const m = newBuiltinModule("_string", "string helper module");
  addFunction(m, "formatter_parser", formatterParser);
  addFunction(m, "formatter_field_name_split", formatterFieldNameSplit);
  readyAllTypes();
  return m;
}
