// None, NotImplemented and Ellipsis behaviour (Objects/object.c none_*, notimplemented_*;
// Objects/sliceobject.c ellipsis_*). The singletons themselves are in singletons.ts.

import { defineMethods } from "./descr.ts";
import { raiseTypeError } from "./errors.ts";
import type { PyValue } from "./object.ts";
import { Ellipsis, None, NotImplemented } from "./singletons.ts";
import type { PyType } from "./type.ts";
import { ellipsisType, noneType, notImplementedType } from "./typeobjects.ts";

function singletonNew(name: string, value: PyValue): PyType["tp_new"] {
  return (_type, args) => {
    if (args.length > 0) raiseTypeError(`${name} takes no arguments`);
    return value;
  };
}

noneType.tp_new = singletonNew("NoneType", None);
noneType.tp_repr = () => "None";
noneType.nb.nb_bool = () => false;
// Since 3.12 hash(None) is a constant rather than derived from its address.
noneType.tp_hash = () => 0xfca86420;

notImplementedType.tp_new = singletonNew("NotImplementedType", NotImplemented);
notImplementedType.tp_repr = () => "NotImplemented";
notImplementedType.nb.nb_bool = () =>
  raiseTypeError("NotImplemented should not be used in a boolean context");

ellipsisType.tp_new = singletonNew("EllipsisType", Ellipsis);
ellipsisType.tp_repr = () => "Ellipsis";

defineMethods(notImplementedType, { __reduce__: () => "NotImplemented" });
defineMethods(ellipsisType, { __reduce__: () => "Ellipsis" });
