// The `_typing` module (Modules/_typingmodule.c): the C-level typing objects that Lib/typing.py
// imports (TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs/Kwargs, TypeAliasType, Generic, Union,
// NoDefault) and `_idfunc`, NewType's fast identity.
import { genericType } from "../objects/generic.ts";
import type { PyModule } from "../objects/module.ts";
import { NoDefault } from "../objects/nodefault.ts";
import { paramSpecType } from "../objects/paramspec.ts";
import { paramSpecArgsType, paramSpecKwargsType } from "../objects/paramspec-attr.ts";
import { readyAllTypes } from "../objects/slots.ts";
import { typeAliasType } from "../objects/typealias.ts";
import { typeVarType } from "../objects/typevar.ts";
import { typeVarTupleType } from "../objects/typevartuple.ts";
import { unionType } from "../objects/union.ts";
import { addFunction, newBuiltinModule, oneArg } from "./modutil.ts";

export function createTypingModule(): PyModule {
  const m = newBuiltinModule("_typing", "Accelerators for the typing module.\n");
  addFunction(m, "_idfunc", (args, kw) => oneArg("_typing._idfunc", args, kw));
  readyAllTypes();
  const d = m.dict;
  d.setStr("TypeVar", typeVarType);
  d.setStr("ParamSpec", paramSpecType);
  d.setStr("TypeVarTuple", typeVarTupleType);
  d.setStr("ParamSpecArgs", paramSpecArgsType);
  d.setStr("ParamSpecKwargs", paramSpecKwargsType);
  d.setStr("TypeAliasType", typeAliasType);
  d.setStr("Generic", genericType);
  d.setStr("Union", unionType);
  d.setStr("NoDefault", NoDefault);
  return m;
}
