// None, NotImplemented and Ellipsis: one instance each of their final types.
import { PyObject } from "./object.ts";
import { ellipsisType, noneType, notImplementedType } from "./typeobjects.ts";

export const None = new PyObject(noneType);
export const NotImplemented = new PyObject(notImplementedType);
export const Ellipsis = new PyObject(ellipsisType);
