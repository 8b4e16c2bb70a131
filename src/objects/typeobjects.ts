// The builtin type objects, created here as empty shells in one place so that every other file
// can import them without module cycles. Each type's behaviour (slots, methods) is filled in by
// its own file (int.ts, str.ts, ...), which imports its shell from here.
import type { PyValue } from "./object.ts";
import { c3Linearize, PyType, TPFLAGS_BASETYPE, TPFLAGS_IMMUTABLETYPE, TPFLAGS_SEQUENCE } from "./type.ts";

// Bootstrap: `type` is an instance of itself and a subclass of `object`.
export const objectType = new PyType(null, "object", [], TPFLAGS_BASETYPE | TPFLAGS_IMMUTABLETYPE);
export const typeType = new PyType(null, "type", [objectType], TPFLAGS_BASETYPE | TPFLAGS_IMMUTABLETYPE);
objectType.type = typeType;
typeType.type = typeType;
objectType.mro = [objectType];
typeType.mro = [typeType, objectType];

/** Creates a builtin (static, immutable) type shell with a computed MRO. */
export function makeBuiltinType(
  name: string,
  bases: PyType[] = [objectType],
  flags = TPFLAGS_BASETYPE,
): PyType {
  const t = new PyType(typeType, name, bases, flags | TPFLAGS_IMMUTABLETYPE);
  const mro = c3Linearize(t, bases);
  if (mro === null) throw new Error(`inconsistent MRO for builtin type ${name}`);
  t.mro = mro;
  for (const b of bases) b.subclasses.add(new WeakRef(t));
  return t;
}

const FINAL = 0; // a type that cannot be subclassed (no TPFLAGS_BASETYPE)

export const intType = makeBuiltinType("int");
export const boolType = makeBuiltinType("bool", [intType], FINAL);
export const floatType = makeBuiltinType("float");
export const complexType = makeBuiltinType("complex");
export const strType = makeBuiltinType("str");
export const bytesType = makeBuiltinType("bytes");
export const bytearrayType = makeBuiltinType("bytearray");
export const memoryviewType = makeBuiltinType("memoryview", [objectType], FINAL | TPFLAGS_SEQUENCE);
export const tupleType = makeBuiltinType("tuple");
export const listType = makeBuiltinType("list");
export const dictType = makeBuiltinType("dict");
export const setType = makeBuiltinType("set");
export const frozensetType = makeBuiltinType("frozenset");
export const rangeType = makeBuiltinType("range", [objectType], FINAL | TPFLAGS_SEQUENCE);
export const sliceType = makeBuiltinType("slice", [objectType], FINAL);
export const noneType = makeBuiltinType("NoneType", [objectType], FINAL);
export const notImplementedType = makeBuiltinType("NotImplementedType", [objectType], FINAL);
export const ellipsisType = makeBuiltinType("ellipsis", [objectType], FINAL);
export const moduleType = makeBuiltinType("module");
export const functionType = makeBuiltinType("function", [objectType], FINAL);
export const builtinFunctionType = makeBuiltinType("builtin_function_or_method", [objectType], FINAL);
export const methodType = makeBuiltinType("method", [objectType], FINAL);
export const methodDescriptorType = makeBuiltinType("method_descriptor", [objectType], FINAL);
export const classmethodDescriptorType = makeBuiltinType("classmethod_descriptor", [objectType], FINAL);
export const wrapperDescriptorType = makeBuiltinType("wrapper_descriptor", [objectType], FINAL);
export const methodWrapperType = makeBuiltinType("method-wrapper", [objectType], FINAL);
export const getsetDescriptorType = makeBuiltinType("getset_descriptor", [objectType], FINAL);
export const memberDescriptorType = makeBuiltinType("member_descriptor", [objectType], FINAL);
export const mappingproxyType = makeBuiltinType("mappingproxy", [objectType], FINAL);
export const propertyType = makeBuiltinType("property");
export const classmethodType = makeBuiltinType("classmethod");
export const staticmethodType = makeBuiltinType("staticmethod");
export const superType = makeBuiltinType("super");
export const cellType = makeBuiltinType("cell", [objectType], FINAL);
export const codeType = makeBuiltinType("code", [objectType], FINAL);
export const frameType = makeBuiltinType("frame", [objectType], FINAL);
export const tracebackType = makeBuiltinType("traceback", [objectType], FINAL);
export const generatorType = makeBuiltinType("generator", [objectType], FINAL);
export const coroutineType = makeBuiltinType("coroutine", [objectType], FINAL);
export const asyncGeneratorType = makeBuiltinType("async_generator", [objectType], FINAL);

/** type(v): the one place that maps the unboxed JS representations to their Python types. */
export function typeOf(v: PyValue): PyType {
  if (typeof v === "object") return v.type;
  if (typeof v === "number" || typeof v === "bigint") return intType;
  if (typeof v === "string") return strType;
  return boolType;
}
