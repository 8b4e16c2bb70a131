// re.Match (sre.c match_* and _sre_SRE_Match_*): groups by number or name, spans, expand(),
// regs, lastindex/lastgroup, repr; pattern_new_match (a Match from a successful state); the
// replacement templates (_sre.template, compile_template, expand_template) shared with sub().
import { call, getAttr, repr, typeName } from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { asBytesLike } from "../../objects/bytes-methods.ts";
import { defineClassMethods, defineGetSets, defineMembers, defineMethods } from "../../objects/descr.ts";
import { PyDict } from "../../objects/dict.ts";
import { raise, raiseIndexError, raiseRuntimeError, raiseTypeError } from "../../objects/errors.ts";
import * as E from "../../objects/exceptions.ts";
import type { PyValue } from "../../objects/object.ts";
import { objectHooks } from "../../objects/object-type.ts";
import { asSsize, asSsizeOverflow, genericAliasHook, isIndex } from "../../objects/sequtil.ts";
import { None } from "../../objects/singletons.ts";
import { PyStr } from "../../objects/str.ts";
import { newTuple } from "../../objects/tuple.ts";
import { bytesType, intType, typeOf } from "../../objects/typeobjects.ts";
import { SRE_ERROR_MEMORY, SRE_ERROR_RECURSION_LIMIT } from "./constants.ts";
import type { SreState } from "./engine.ts";
import { currentLength, getSlice, type Subject } from "./subject.ts";
import { matchType, PyMatch, type PyPattern, PyTemplate } from "./types.ts";

type Kw = readonly string[] | null;

/** pattern_error: the exception for a negative matcher status. */
export function patternError(status: number): never {
  if (status === SRE_ERROR_RECURSION_LIMIT) raise(E.PyExc_RecursionError, "maximum recursion limit exceeded");
  if (status === SRE_ERROR_MEMORY) raise(E.PyExc_MemoryError, "");
  raiseRuntimeError("internal error in regular expression engine");
}

/** pattern_new_match: a Match for status > 0, None for 0, the error otherwise. */
export function newMatch(
  pattern: PyPattern,
  state: SreState,
  subj: Subject,
  string: PyValue,
  status: number,
): PyValue {
  if (status > 0) {
    const groups = pattern.groups;
    const mark = new Int32Array(2 * (groups + 1));
    mark[0] = state.start;
    mark[1] = state.ptr;
    const smark = state.mark;
    const lastmark = state.lastmark;
    for (let i = 0, j = 0; i < groups; i++, j += 2) {
      if (j + 1 <= lastmark && smark[j] >= 0 && smark[j + 1] >= 0) {
        mark[j + 2] = smark[j];
        mark[j + 3] = smark[j + 1];
        if (mark[j + 2] > mark[j + 3])
          raise(
            E.PyExc_SystemError,
            "The span of capturing group is wrong, please report a bug for the re module.",
          );
      } else {
        mark[j + 2] = mark[j + 3] = -1;
      }
    }
    return new PyMatch(pattern, string, subj, mark, state.pos, state.endpos, state.lastindex);
  }
  if (status === 0) return None;
  patternError(status);
}

function self(v: PyValue): PyMatch {
  return v as PyMatch;
}

/** match_getslice_by_index. */
export function matchGroupByIndex(m: PyMatch, index: number, def: PyValue): PyValue {
  const k = index * 2;
  if (m.string === None || m.mark[k] < 0) return def;
  const length = currentLength(m.subj, m.string);
  const i = Math.min(m.mark[k], length);
  const j = Math.min(m.mark[k + 1], length);
  return getSlice(m.subj, m.string, i, j);
}

/** match_getindex: a group number from an int or a group name; IndexError when there is none. */
function matchIndex(m: PyMatch, index: PyValue | undefined): number {
  if (index === undefined) return 0;
  let i = -1;
  if (isIndex(index)) {
    i = asSsize(index, null);
  } else if (m.pattern.groupindex !== null) {
    const v = m.pattern.groupindex.getItem(index);
    if (v !== undefined && (typeof v === "number" || typeof v === "bigint")) i = Number(v);
  }
  if (i < 0 || i >= m.groups) raiseIndexError("no such group");
  return i;
}

function matchGroup(m: PyMatch, index: PyValue, def: PyValue): PyValue {
  return matchGroupByIndex(m, matchIndex(m, index), def);
}

function pair(a: number, b: number): PyValue {
  return newTuple([a, b]);
}

function noKw(fname: string, kwnames: Kw): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${fname}() takes no keyword arguments`);
}

/** The optional positional-only group argument of start/end/span. */
function groupArg(fname: string, args: PyValue[], kwnames: Kw): PyValue | undefined {
  noKw(fname, kwnames);
  if (args.length > 1) raiseTypeError(`${fname} expected at most 1 argument, got ${args.length}`);
  return args.length === 1 ? args[0] : undefined;
}

// ---------------------------------------------------------------- templates

/** _sre.template(pattern, template): [literal1, group1, ..., literalN] compiled. */
export function makeTemplate(template: PyValue): PyTemplate {
  const items = (template as unknown as { items: PyValue[] }).items;
  const n = items.length;
  if ((n & 1) === 0 || n < 1) raiseTypeError("invalid template");
  const indices: number[] = [];
  const literals: (PyValue | null)[] = [];
  for (let i = 0; i < (n - 1) / 2; i++) {
    const idx = items[2 * i + 1];
    if (typeof idx !== "number" && typeof idx !== "bigint" && typeof idx !== "boolean" && !isIntSubclass(idx))
      raiseTypeError("an integer is required");
    const index = asSsizeOverflow(idx);
    if (index < 0) raiseTypeError("invalid template");
    indices.push(index);
    const lit = items[2 * i + 2];
    const empty =
      (typeof lit === "string" && lit.length === 0) ||
      (lit instanceof PyStr && lit.value.length === 0) ||
      (lit instanceof PyBytes && lit.data.length === 0);
    literals.push(empty ? null : lit);
  }
  return new PyTemplate(items[0], indices, literals);
}

function isIntSubclass(v: PyValue): boolean {
  return typeOf(v).isSubtypeOf(intType);
}

let compileTemplateFn: PyValue | null = null;

function isExactStr(v: PyValue): boolean {
  return typeof v === "string";
}

/** compile_template: re._compile_template(pattern, template), as a Template. */
export function compileTemplate(pattern: PyPattern, template: PyValue): PyTemplate {
  if (compileTemplateFn === null)
    compileTemplateFn = getAttr(objectHooks.importModule("re"), "_compile_template");
  const func = compileTemplateFn;
  let result: PyValue;
  try {
    result = call(func, [pattern, template]);
  } catch (e) {
    if (!(e instanceof E.PyBaseException) || !e.type.isSubtypeOf(E.PyExc_TypeError)) throw e;
    // an unhashable replacement (e.g. bytearray): convert it to str or bytes and repeat
    let converted: PyValue;
    if (template instanceof PyStr && !isExactStr(template)) converted = template.value;
    else if (
      !(template instanceof PyBytes && template.type === bytesType) &&
      asBytesLike(template) !== undefined
    )
      converted = new PyBytes((asBytesLike(template) as Uint8Array).slice());
    else throw e;
    result = call(func, [pattern, converted]);
  }
  if (!(result instanceof PyTemplate))
    raiseRuntimeError(`the result of compiling a replacement string is ${typeName(result)}`);
  return result;
}

/** Joins str parts (PyUnicode_Join's checks). */
export function joinStr(parts: PyValue[]): string {
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (typeof p === "string") out += p;
    else if (p instanceof PyStr) out += p.value;
    else raiseTypeError(`sequence item ${i}: expected str instance, ${typeName(p)} found`);
  }
  return out;
}

/** Joins bytes-like parts (PyBytes_Join's checks). */
export function joinBytes(parts: PyValue[]): PyBytes {
  if (parts.length === 1 && parts[0] instanceof PyBytes && parts[0].type === bytesType) return parts[0];
  const datas: Uint8Array[] = [];
  let n = 0;
  for (let i = 0; i < parts.length; i++) {
    const d = asBytesLike(parts[i]);
    if (d === undefined)
      raiseTypeError(`sequence item ${i}: expected a bytes-like object, ${typeName(parts[i])} found`);
    datas.push(d);
    n += d.length;
  }
  const out = new Uint8Array(n);
  let k = 0;
  for (const d of datas) {
    out.set(d, k);
    k += d.length;
  }
  return new PyBytes(out);
}

/** expand_template. */
export function expandTemplate(t: PyTemplate, m: PyMatch): PyValue {
  if (t.indices.length === 0) return t.literal;
  const out: PyValue[] = [t.literal];
  for (let i = 0; i < t.indices.length; i++) {
    const index = t.indices[i];
    if (index >= m.groups) raiseIndexError("no such group");
    const item = matchGroupByIndex(m, index, None);
    if (item !== None) out.push(item);
    const lit = t.literals[i];
    if (lit !== null) out.push(lit);
  }
  const lit = t.literal;
  if (typeof lit === "string" || lit instanceof PyStr) return joinStr(out);
  return joinBytes(out);
}

// ---------------------------------------------------------------- Match methods

defineMethods(matchType, {
  group(s, args, kwnames) {
    noKw("group", kwnames);
    const m = self(s);
    if (args.length === 0) return matchGroupByIndex(m, 0, None);
    if (args.length === 1) return matchGroup(m, args[0], None);
    return newTuple(args.map((a) => matchGroup(m, a, None)));
  },
  start(s, args, kwnames) {
    const m = self(s);
    const i = matchIndex(m, groupArg("start", args, kwnames));
    return m.mark[i * 2];
  },
  end(s, args, kwnames) {
    const m = self(s);
    const i = matchIndex(m, groupArg("end", args, kwnames));
    return m.mark[i * 2 + 1];
  },
  span(s, args, kwnames) {
    const m = self(s);
    const i = matchIndex(m, groupArg("span", args, kwnames));
    return pair(m.mark[i * 2], m.mark[i * 2 + 1]);
  },
  groups(s, args, kwnames) {
    const m = self(s);
    const [d] = bindArgs("groups", args, kwnames, { names: ["default"], required: 0, posOnly: 0 });
    const def = d === undefined ? None : d;
    const out: PyValue[] = [];
    for (let i = 1; i < m.groups; i++) out.push(matchGroupByIndex(m, i, def));
    return newTuple(out);
  },
  groupdict(s, args, kwnames) {
    const m = self(s);
    const [d] = bindArgs("groupdict", args, kwnames, { names: ["default"], required: 0, posOnly: 0 });
    const def = d === undefined ? None : d;
    const result = new PyDict();
    const gi = m.pattern.groupindex;
    if (gi === null) return result;
    const keys = gi.keys.slice();
    for (const key of keys) {
      if (key === undefined) continue;
      result.setItem(key, matchGroup(m, key, def));
    }
    return result;
  },
  expand(s, args, kwnames) {
    const m = self(s);
    const [template] = bindArgs("expand", args, kwnames, { names: ["template"], required: 1, posOnly: 0 });
    const filter = compileTemplate(m.pattern, template as PyValue);
    return expandTemplate(filter, m);
  },
  __copy__(s, args, kwnames) {
    noKw("__copy__", kwnames);
    if (args.length !== 0) raiseTypeError(`Match.__copy__() takes no arguments (${args.length} given)`);
    return s;
  },
  __deepcopy__(s, args, kwnames) {
    noKw("__deepcopy__", kwnames);
    if (args.length !== 1)
      raiseTypeError(`Match.__deepcopy__() takes exactly one argument (${args.length} given)`);
    return s;
  },
});

defineClassMethods(matchType, {
  __class_getitem__(cls, args) {
    if (args.length !== 1)
      raiseTypeError(`Match.__class_getitem__() takes exactly one argument (${args.length} given)`);
    return genericAliasHook(cls, args[0]);
  },
});

function matchRegs(m: PyMatch): PyValue {
  if (m.regs !== null) return m.regs;
  const items: PyValue[] = [];
  for (let i = 0; i < m.groups; i++) items.push(pair(m.mark[i * 2], m.mark[i * 2 + 1]));
  m.regs = newTuple(items);
  return m.regs;
}

defineGetSets(matchType, {
  lastindex: { get: (s) => (self(s).lastindex >= 0 ? self(s).lastindex : None) },
  lastgroup: {
    get: (s) => {
      const m = self(s);
      const ig = m.pattern.indexgroup;
      if (ig !== null && m.lastindex >= 0 && m.lastindex < ig.items.length) return ig.items[m.lastindex];
      return None;
    },
  },
  regs: { get: (s) => matchRegs(self(s)) },
});

defineMembers(matchType, {
  string: { get: (s) => self(s).string },
  re: { get: (s) => self(s).pattern },
  pos: { get: (s) => self(s).pos },
  endpos: { get: (s) => self(s).endpos },
});

matchType.mp_subscript = (s, key) => matchGroup(self(s), key, None);

/** PyUnicode_FromFormat's %.NR: the repr cut to n code points. */
export function reprTruncated(v: PyValue, n: number): string {
  const r = repr(v);
  if (r.length <= n) return r;
  return Array.from(r).slice(0, n).join("");
}

matchType.tp_repr = (s) => {
  const m = self(s);
  const group0 = matchGroupByIndex(m, 0, None);
  return `<${m.type.name} object; span=(${m.mark[0]}, ${m.mark[1]}), match=${reprTruncated(group0, 50)}>`;
};
