// The PEP 695/696 intrinsics of CALL_INTRINSIC_1/2 (Python/intrinsics.c): type parameters, the
// Generic base of generic classes, type aliases, and the type parameters of generic functions.
// Numbers from Include/internal/pycore_intrinsics.h (src/compiler/opcodes.ts Intrinsic1/2).
import { Intrinsic1, Intrinsic2 } from "../compiler/opcodes.ts";
import { raiseTypeError } from "../objects/errors.ts";
import type { PyFunction } from "../objects/function.ts";
import { subscriptGeneric } from "../objects/generic.ts";
import type { PyValue } from "../objects/object.ts";
import { makeParamSpec } from "../objects/paramspec.ts";
import { readyAllTypes } from "../objects/slots.ts";
import { makeTypeAlias } from "../objects/typealias.ts";
import { makeTypeVar, PyTypeParam } from "../objects/typevar.ts";
import { makeTypeVarTuple } from "../objects/typevartuple.ts";
import "../objects/template.ts";
import { vmHooks } from "./eval.ts";

readyAllTypes();

/** _Py_set_typeparam_default */
function setTypeParamDefault(typeparam: PyValue, evaluateDefault: PyValue): PyValue {
  if (!(typeparam instanceof PyTypeParam)) raiseTypeError("Expected a type param");
  typeparam.evaluateDefault = evaluateDefault;
  return typeparam;
}

vmHooks.intrinsic1 = ((prev) => (op: number, v: PyValue) => {
  switch (op) {
    case Intrinsic1.INTRINSIC_TYPEVAR:
      return makeTypeVar(v as string, null, null);
    case Intrinsic1.INTRINSIC_PARAMSPEC:
      return makeParamSpec(v as string);
    case Intrinsic1.INTRINSIC_TYPEVARTUPLE:
      return makeTypeVarTuple(v as string);
    case Intrinsic1.INTRINSIC_SUBSCRIPT_GENERIC:
      return subscriptGeneric(v);
    case Intrinsic1.INTRINSIC_TYPEALIAS:
      return makeTypeAlias(v);
    default:
      return prev(op, v);
  }
})(vmHooks.intrinsic1);

vmHooks.intrinsic2 = ((prev) => (op: number, a: PyValue, b: PyValue) => {
  switch (op) {
    case Intrinsic2.INTRINSIC_TYPEVAR_WITH_BOUND:
      return makeTypeVar(a as string, b, null);
    case Intrinsic2.INTRINSIC_TYPEVAR_WITH_CONSTRAINTS:
      return makeTypeVar(a as string, null, b);
    case Intrinsic2.INTRINSIC_SET_FUNCTION_TYPE_PARAMS:
      (a as PyFunction).typeParams = b;
      return a;
    case Intrinsic2.INTRINSIC_SET_TYPEPARAM_DEFAULT:
      return setTypeParamDefault(a, b);
    default:
      return prev(op, a, b);
  }
})(vmHooks.intrinsic2);
