// Loads the object model: every type file fills its type's slots and methods when imported, so
// this module imports them all, in dependency order. Add your file's import here with a single
// small edit (never rewrite this file: several engineers add lines to it).
import "./dict.ts";
import "./abstract.ts";
import "./str.ts";
import "./bytes-type.ts";
import "./bytearray.ts";
import "./str-format.ts";
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

export * from "./object.ts";
export * from "./typeobjects.ts";
