// Loads the object model: every type file fills its type's slots and methods when imported, so
// this module imports them all, in dependency order. Add your file's import here with a single
// small edit (never rewrite this file: several engineers add lines to it).
import "./dict.ts";
import "./abstract.ts";
import "./object-type.ts";
import "./descr-methods.ts";
import "./type-type.ts";
import "./method.ts";
import "./staticmethod.ts";
import "./classmethod.ts";
import "./property.ts";
import "./super.ts";
import "./cell.ts";
import "./module.ts";
import "./mappingproxy.ts";
import "./none.ts";
import "./exception-methods.ts";
import "./union.ts";
import { readyAllTypes } from "./slots.ts";
import "./str.ts";
import "./bytes-type.ts";
import "./bytearray.ts";
import "./memoryview.ts";
import "./str-format.ts";
import "./printf-format.ts";
import "./hash.ts";
import "./int.ts";
import "./bool.ts";
import "./float-methods.ts";
import "./complex-methods.ts";
import "./slice.ts";
import "./list.ts";
import "./set.ts";
import "./tuple-methods.ts";
import "./dict-methods.ts";
import "./range.ts";
import "./code-type.ts";
import "./iterobject.ts";
import "./enumobject.ts";
import "./bltin-iters.ts";
import "./genericalias.ts";

export * from "./object.ts";
export * from "./typeobjects.ts";

// PyType_Ready for every builtin type loaded above (slot inheritance, wrapper descriptors).
// Modules outside src/objects that create builtin types call readyAllTypes() again (idempotent).
readyAllTypes();
