// typing.NoDefault (Objects/typevarobject.c): the marker for "this type parameter has no default".
import { defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import { PyObject } from "./object.ts";
import { makeBuiltinType, objectType } from "./typeobjects.ts";

export const noDefaultType = makeBuiltinType("NoDefaultType", [objectType], 0);

export const NoDefault = new PyObject(noDefaultType);

noDefaultType.tp_repr = () => "typing.NoDefault";
noDefaultType.tp_new = (_type, args) => {
  if (args.length) raiseTypeError("NoDefaultType takes no arguments");
  return NoDefault;
};
defineMethods(noDefaultType, {
  __reduce__: () => "NoDefault",
});
noDefaultType.attrs.set("__doc__", "The type of the NoDefault singleton.");
