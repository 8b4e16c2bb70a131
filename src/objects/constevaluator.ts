// _typing._ConstEvaluator (Objects/typevarobject.c): what evaluate_bound/evaluate_default/
// evaluate_value return when the value was given directly rather than as a lazy function.
import { index, repr } from "./abstract.ts";
import { noKeywords } from "./args.ts";
import { raiseTypeError } from "./errors.ts";
import { PyObject, type PyValue } from "./object.ts";
import { PyTuple } from "./tuple.ts";
import { TPFLAGS_DISALLOW_INSTANTIATION } from "./type.ts";
import { makeBuiltinType, objectType } from "./typeobjects.ts";
import { typingTypeRepr } from "./typing-call.ts";

export const constEvaluatorType = makeBuiltinType(
  "_typing._ConstEvaluator",
  [objectType],
  TPFLAGS_DISALLOW_INSTANTIATION,
);

/** annotationlib.Format.STRING */
const FORMAT_STRING = 4;

export class PyConstEvaluator extends PyObject {
  readonly value: PyValue;
  constructor(value: PyValue) {
    super(constEvaluatorType);
    this.value = value;
  }
}

constEvaluatorType.tp_repr = (self) => `<constevaluator ${repr((self as PyConstEvaluator).value)}>`;
constEvaluatorType.tp_call = (self, args, kwnames) => {
  noKeywords("constevaluator.__call__", kwnames);
  if (args.length !== 1)
    raiseTypeError(`constevaluator.__call__() takes exactly 1 argument (${args.length} given)`);
  const format = index(args[0]);
  const value = (self as PyConstEvaluator).value;
  if (format === FORMAT_STRING) {
    if (value instanceof PyTuple) return `(${value.items.map(typingTypeRepr).join(", ")})`;
    return typingTypeRepr(value);
  }
  return value;
};
constEvaluatorType.attrs.set("__doc__", "Internal type for implementing evaluation functions.");
