// string.templatelib.Template (Objects/templateobject.c): what a t-string evaluates to. `strings`
// always has one more item than `interpolations`; iteration yields them interleaved, skipping
// empty strings. Only Template + Template concatenates (3.14 rejects Template + str both ways).
import { getAttr, repr, typeName } from "./abstract.ts";
import { defineClassMethods, defineGetSets, defineMembers, defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import { newGenericAlias } from "./genericalias.ts";
import { interpolationType, type PyInterpolation } from "./interpolation.ts";
import { PyObject, type PyValue } from "./object.ts";
import { objectHooks } from "./object-type.ts";
import { NotImplemented } from "./singletons.ts";
import { strValue } from "./str.ts";
import { newTuple, type PyTuple } from "./tuple.ts";
import { makeBuiltinType, objectType, typeOf } from "./typeobjects.ts";

export const templateType = makeBuiltinType("string.templatelib.Template", [objectType], 0);
export const templateIterType = makeBuiltinType("string.templatelib.TemplateIter", [objectType], 0);

export class PyTemplate extends PyObject {
  readonly strings: PyTuple;
  readonly interpolations: PyTuple;
  constructor(strings: PyTuple, interpolations: PyTuple) {
    super(templateType);
    this.strings = strings;
    this.interpolations = interpolations;
  }
}

/** _PyTemplate_Build (BUILD_TEMPLATE). */
export function buildTemplate(strings: PyValue, interpolations: PyValue): PyTemplate {
  return new PyTemplate(strings as PyTuple, interpolations as PyTuple);
}

function tp(self: PyValue): PyTemplate {
  if (!(self instanceof PyTemplate))
    raiseTypeError(
      `descriptor requires a 'string.templatelib.Template' object but received '${typeName(self)}'`,
    );
  return self;
}

// template_new: strings and Interpolations in any order; adjacent strings are joined and an empty
// string is put between adjacent interpolations and at either end.
templateType.tp_new = (_type, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError("Template.__new__ only accepts *args arguments");
  const strings: PyValue[] = [];
  const interps: PyValue[] = [];
  let lastWasStr = false;
  for (const item of args) {
    const s = strValue(item);
    if (s !== undefined) {
      // A str subclass is kept as is unless it is joined to its neighbour (PyUnicode_Concat).
      if (lastWasStr) strings[strings.length - 1] = (strValue(strings[strings.length - 1]) as string) + s;
      else strings.push(item);
      lastWasStr = true;
    } else if (typeof item === "object" && typeOf(item) === interpolationType) {
      if (!lastWasStr) strings.push("");
      interps.push(item);
      lastWasStr = false;
    } else {
      raiseTypeError(
        `Template.__new__ *args need to be of type 'str' or 'Interpolation', got ${typeName(item)}`,
      );
    }
  }
  if (!lastWasStr) strings.push("");
  return new PyTemplate(newTuple(strings), newTuple(interps));
};

templateType.tp_repr = (self) => {
  const t = tp(self);
  return `${t.type.qualname}(strings=${repr(t.strings)}, interpolations=${repr(t.interpolations)})`;
};

class PyTemplateIter extends PyObject {
  readonly strings: readonly PyValue[];
  readonly interps: readonly PyValue[];
  si = 0;
  ii = 0;
  fromStrings = true;
  constructor(t: PyTemplate) {
    super(templateIterType);
    this.strings = t.strings.items;
    this.interps = t.interpolations.items;
  }
}

templateType.tp_iter = (self) => new PyTemplateIter(tp(self));
templateIterType.tp_iter = (self) => self;
// templateiter_next: a string (unless empty), then an interpolation, alternately.
templateIterType.tp_iternext = (self) => {
  const it = self as PyTemplateIter;
  if (it.fromStrings) {
    it.fromStrings = false;
    if (it.si >= it.strings.length) return undefined;
    const s = it.strings[it.si++];
    if (strValue(s) !== "") return s;
  }
  it.fromStrings = true;
  if (it.ii >= it.interps.length) return undefined;
  return it.interps[it.ii++];
};

// _PyTemplate_Concat is sq_concat: Template + Template only.
templateType.nb.nb_add = (a, b) => {
  if (a instanceof PyTemplate && b instanceof PyTemplate) {
    const ls = a.strings.items;
    const rs = b.strings.items;
    const strings = [
      ...ls.slice(0, -1),
      (strValue(ls[ls.length - 1]) as string) + (strValue(rs[0]) as string),
      ...rs.slice(1),
    ];
    return new PyTemplate(
      newTuple(strings),
      newTuple([...a.interpolations.items, ...b.interpolations.items]),
    );
  }
  if (a instanceof PyTemplate)
    raiseTypeError(
      `can only concatenate string.templatelib.Template (not "${typeName(b)}") to string.templatelib.Template`,
    );
  return NotImplemented;
};

defineMembers(templateType, {
  strings: { get: (s) => tp(s).strings },
  interpolations: { get: (s) => tp(s).interpolations },
});

defineGetSets(templateType, {
  values: { get: (s) => newTuple(tp(s).interpolations.items.map((i) => (i as PyInterpolation).value)) },
});

defineMethods(templateType, {
  __reduce__(self) {
    const t = tp(self);
    const mod = objectHooks.importModule("string.templatelib");
    return newTuple([getAttr(mod, "_template_unpickle"), newTuple([t.strings, t.interpolations])]);
  },
});
defineClassMethods(templateType, {
  __class_getitem__: (cls, args) => newGenericAlias(cls, args[0]),
});

templateType.attrs.set("__doc__", "Template object");
templateIterType.attrs.set("__doc__", "Template iterator object");
