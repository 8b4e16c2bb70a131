// The `_sre` module (Modules/_sre/sre.c, CPython 3.14): the regular expression engine that the
// stdlib's re package (re/_parser.py, re/_compiler.py) compiles patterns for. compile() turns
// the code list into a Pattern (after _validate), template() compiles replacement templates, and
// the case helpers serve the compiler. The matcher is engine.ts; Pattern, Match and Scanner are
// pattern.ts, match.ts and scanner.ts.
import { index, typeName } from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import { PyDict } from "../../objects/dict.ts";
import { raise, raiseRuntimeError, raiseTypeError } from "../../objects/errors.ts";
import * as E from "../../objects/exceptions.ts";
import { PyList } from "../../objects/list.ts";
import type { PyModule } from "../../objects/module.ts";
import type { PyValue } from "../../objects/object.ts";
import { asSsizeOverflow } from "../../objects/sequtil.ts";
import { None } from "../../objects/singletons.ts";
import { PyTuple } from "../../objects/tuple.ts";
import { intType, typeOf } from "../../objects/typeobjects.ts";
import { addFunction, newBuiltinModule, noArgs } from "../modutil.ts";
import { lowerAscii, lowerUnicode, upperUnicode } from "./chars.ts";
import { CODESIZE, MAGIC, MAXGROUPS, MAXREPEAT } from "./constants.ts";
import { makeTemplate } from "./match.ts";
import "./pattern.ts";
import "./scanner.ts";
import { tryGetSubject } from "./subject.ts";
import { PyPattern } from "./types.ts";
import { validate } from "./validate.ts";

type Kw = readonly string[] | null;

const COPYRIGHT = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

/** The `int` argument converter (a C int through __index__). */
function cInt(v: PyValue): number {
  const i = index(v);
  if (typeof i === "bigint" || i > 2147483647 || i < -2147483648)
    raise(E.PyExc_OverflowError, "Python int too large to convert to C int");
  return i;
}

/** PyLong_AsUnsignedLong then the SRE_CODE range check. */
function codeWord(v: PyValue): number {
  if (typeof v !== "number" && typeof v !== "bigint" && typeof v !== "boolean") {
    if (!typeOf(v).isSubtypeOf(intType)) raiseTypeError("an integer is required");
  }
  const i = index(v);
  if (i < 0) raise(E.PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (typeof i === "bigint" && i > 0xffffffffffffffffn)
    raise(E.PyExc_OverflowError, "int too big to convert");
  if (i > MAXREPEAT) raise(E.PyExc_OverflowError, "regular expression code size limit exceeded");
  return Number(i);
}

function badArgument(fname: string, arg: string, expected: string, v: PyValue): never {
  raiseTypeError(`${fname}() argument ${arg} must be ${expected}, not ${typeName(v)}`);
}

function sreCompile(args: PyValue[], kwnames: Kw): PyValue {
  const [pattern, flagsArg, codeArg, groupsArg, gi, ig] = bindArgs("compile", args, kwnames, {
    names: ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"],
    required: 6,
    posOnly: 0,
  }) as PyValue[];
  const flags = cInt(flagsArg);
  if (!(codeArg instanceof PyList)) badArgument("compile", "'code'", "list", codeArg);
  const groups = asSsizeOverflow(groupsArg);
  if (!(gi instanceof PyDict)) badArgument("compile", "'groupindex'", "dict", gi);
  if (!(ig instanceof PyTuple)) badArgument("compile", "'indexgroup'", "tuple", ig);
  const items = codeArg.items;
  const code = new Uint32Array(items.length);
  for (let i = 0; i < items.length; i++) code[i] = codeWord(items[i]);
  let isbytes = -1;
  if (pattern !== None) {
    const subj = tryGetSubject(pattern);
    if (subj === undefined)
      raiseTypeError(`expected string or bytes-like object, got '${typeName(pattern)}'`);
    isbytes = subj.isBytes ? 1 : 0;
  }
  const groupindex = gi.size > 0 ? gi : null;
  const indexgroup = groupindex !== null && ig.items.length > 0 ? ig : null;
  if (!validate(code, groups)) raiseRuntimeError("invalid SRE code");
  return new PyPattern(code, groups, groupindex, indexgroup, pattern, flags, isbytes);
}

function sreTemplate(args: PyValue[], kwnames: Kw): PyValue {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError("template() takes no keyword arguments");
  if (args.length !== 2) raiseTypeError(`template expected 2 arguments, got ${args.length}`);
  if (!(args[1] instanceof PyList)) badArgument("template", "2", "list", args[1]);
  return makeTemplate(args[1]);
}

function oneInt(fname: string, args: PyValue[], kwnames: Kw): number {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${fname}() takes no keyword arguments`);
  if (args.length !== 1) raiseTypeError(`${fname}() takes exactly one argument (${args.length} given)`);
  return cInt(args[0]);
}

export function createSreModule(): PyModule {
  const m = newBuiltinModule("_sre");
  addFunction(m, "compile", sreCompile);
  addFunction(m, "template", sreTemplate);
  addFunction(m, "getcodesize", (args, kwnames) => {
    noArgs("getcodesize", args, kwnames);
    return CODESIZE;
  });
  addFunction(m, "ascii_iscased", (args, kwnames) => {
    const ch = oneInt("ascii_iscased", args, kwnames) >>> 0;
    return ch < 128 && ((ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122));
  });
  addFunction(m, "unicode_iscased", (args, kwnames) => {
    const ch = oneInt("unicode_iscased", args, kwnames) >>> 0;
    return ch !== lowerUnicode(ch) || ch !== upperUnicode(ch);
  });
  addFunction(m, "ascii_tolower", (args, kwnames) => {
    const ch = oneInt("ascii_tolower", args, kwnames);
    return ch < 0 ? ch : lowerAscii(ch);
  });
  addFunction(m, "unicode_tolower", (args, kwnames) => {
    const ch = oneInt("unicode_tolower", args, kwnames);
    return ch < 0 ? ch : lowerUnicode(ch);
  });
  m.dict.setStr("MAGIC", MAGIC);
  m.dict.setStr("CODESIZE", CODESIZE);
  m.dict.setStr("MAXREPEAT", MAXREPEAT);
  m.dict.setStr("MAXGROUPS", MAXGROUPS);
  m.dict.setStr("copyright", COPYRIGHT);
  return m;
}
