// string.templatelib.Interpolation (Objects/interpolationobject.c): one `{expr!c:spec}` of a
// t-string: the value, the expression's source text, the conversion ('s'/'r'/'a' or None) and
// the format spec (itself already formatted, as its own interpolations are evaluated first).
import { repr, typeName } from "./abstract.ts";
import { bindArgs } from "./args.ts";
import { defineClassMethods, defineMembers, defineMethods } from "./descr.ts";
import { raiseSystemError, raiseTypeError, raiseValueError } from "./errors.ts";
import { newGenericAlias } from "./genericalias.ts";
import { PyObject, type PyValue } from "./object.ts";
import { None } from "./singletons.ts";
import { newTuple } from "./tuple.ts";
import type { PyType } from "./type.ts";
import { makeBuiltinType, objectType } from "./typeobjects.ts";

export const interpolationType = makeBuiltinType("string.templatelib.Interpolation", [objectType], 0);

export class PyInterpolation extends PyObject {
  readonly value: PyValue;
  readonly expression: PyValue;
  readonly conversion: PyValue;
  readonly formatSpec: PyValue;
  constructor(type: PyType, value: PyValue, expression: PyValue, conversion: PyValue, formatSpec: PyValue) {
    super(type);
    this.value = value;
    this.expression = expression;
    this.conversion = conversion;
    this.formatSpec = formatSpec;
  }
}

/** _PyInterpolation_Build (BUILD_INTERPOLATION): conversion is FVC_NONE 0, STR 1, REPR 2, ASCII 3. */
export function buildInterpolation(value: PyValue, expr: PyValue, conversion: number, formatSpec: PyValue) {
  let conv: PyValue = None;
  if (conversion !== 0) {
    conv = conversion === 1 ? "s" : conversion === 2 ? "r" : conversion === 3 ? "a" : "";
    if (conv === "") raiseSystemError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
  }
  return new PyInterpolation(interpolationType, value, expr, conv, formatSpec);
}

/** _PyArg_BadArgument names None as "None" and other objects by their type. */
function argTypeName(v: PyValue): string {
  return v === None ? "None" : typeName(v);
}

function ip(self: PyValue): PyInterpolation {
  if (!(self instanceof PyInterpolation))
    raiseTypeError(
      `descriptor requires a 'string.templatelib.Interpolation' object but received '${typeName(self)}'`,
    );
  return self;
}

interpolationType.tp_new = (type, args, kwnames) => {
  const [value, expression, conversion, formatSpec] = bindArgs("Interpolation", args, kwnames, {
    names: ["value", "expression", "conversion", "format_spec"],
    required: 1,
    posOnly: 0,
  });
  const expr = expression ?? "";
  if (typeof expr !== "string")
    raiseTypeError(`Interpolation() argument 'expression' must be str, not ${argTypeName(expr)}`);
  // _conversion_converter
  const conv = conversion ?? None;
  if (conv !== None) {
    if (typeof conv !== "string")
      raiseTypeError(`Interpolation() argument 'conversion' must be str, not ${argTypeName(conv)}`);
    if (conv !== "s" && conv !== "r" && conv !== "a")
      raiseValueError("Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
  }
  const spec = formatSpec ?? "";
  if (typeof spec !== "string")
    raiseTypeError(`Interpolation() argument 'format_spec' must be str, not ${argTypeName(spec)}`);
  return new PyInterpolation(type, value as PyValue, expr, conv, spec);
};

interpolationType.tp_repr = (self) => {
  const i = ip(self);
  return `${i.type.qualname}(${repr(i.value)}, ${repr(i.expression)}, ${repr(i.conversion)}, ${repr(i.formatSpec)})`;
};

defineMembers(interpolationType, {
  value: { get: (s) => ip(s).value },
  expression: { get: (s) => ip(s).expression },
  conversion: { get: (s) => ip(s).conversion },
  format_spec: { get: (s) => ip(s).formatSpec },
});

defineClassMethods(interpolationType, {
  __class_getitem__: (cls, args) => newGenericAlias(cls, args[0]),
});
defineMethods(interpolationType, {
  __reduce__(self) {
    const i = ip(self);
    return newTuple([i.type, newTuple([i.value, i.expression, i.conversion, i.formatSpec])]);
  },
});

interpolationType.attrs.set("__match_args__", newTuple(["value", "expression", "conversion", "format_spec"]));
interpolationType.attrs.set("__doc__", "Interpolation object");
