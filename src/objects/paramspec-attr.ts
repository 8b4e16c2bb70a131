// typing.ParamSpecArgs and typing.ParamSpecKwargs (Objects/typevarobject.c, paramspecattr_*):
// P.args and P.kwargs, two types with one layout (a reference back to the ParamSpec).
import { repr, richCompare } from "./abstract.ts";
import { bindArgs } from "./args.ts";
import { defineMembers, defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import { CompareOp, PyObject, type PyValue } from "./object.ts";
import { NotImplemented } from "./singletons.ts";
import type { PyType } from "./type.ts";
import { makeBuiltinType, objectType, typeOf } from "./typeobjects.ts";
import { PyTypeParam } from "./typevar.ts";

export const paramSpecArgsType = makeBuiltinType("typing.ParamSpecArgs", [objectType], 0);
export const paramSpecKwargsType = makeBuiltinType("typing.ParamSpecKwargs", [objectType], 0);

export class PyParamSpecAttr extends PyObject {
  readonly origin: PyValue;
  constructor(type: PyType, origin: PyValue) {
    super(type);
    this.origin = origin;
  }
}

export function newParamSpecAttr(type: PyType, origin: PyValue): PyParamSpecAttr {
  return new PyParamSpecAttr(type, origin);
}

/** paramspecargs_repr: `P.args` for a ParamSpec origin, else repr(origin).args. */
function attrRepr(self: PyValue, suffix: string): string {
  const o = (self as PyParamSpecAttr).origin;
  const name = o instanceof PyTypeParam && typeOf(o).name === "typing.ParamSpec" ? o.name : repr(o);
  return `${name}.${suffix}`;
}

for (const [t, suffix, what] of [
  [paramSpecArgsType, "args", "ParamSpecArgs"],
  [paramSpecKwargsType, "kwargs", "ParamSpecKwargs"],
] as const) {
  t.hasWeakref = true;
  t.tp_new = (type, args, kwnames) => {
    const [origin] = bindArgs(what.toLowerCase(), args, kwnames, {
      names: ["origin"],
      required: 1,
      posOnly: 0,
    });
    return new PyParamSpecAttr(type, origin as PyValue);
  };
  t.tp_repr = (self) => attrRepr(self, suffix);
  // paramspecattr_richcompare: same type and == origins.
  t.tp_richcompare = (a, b, op) => {
    if (typeOf(a) !== typeOf(b)) return NotImplemented;
    if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
    return richCompare((a as PyParamSpecAttr).origin, (b as PyParamSpecAttr).origin, op);
  };
  defineMembers(t, { __origin__: { get: (s) => (s as PyParamSpecAttr).origin } });
  defineMethods(t, {
    __mro_entries__() {
      raiseTypeError(`Cannot subclass an instance of ${what}`);
    },
  });
  t.attrs.set("__module__", "typing");
}
