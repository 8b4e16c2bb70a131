// re.Pattern (sre.c pattern_* and _sre_SRE_Pattern_*): match, fullmatch, search, findall,
// finditer, scanner, split, sub and subn, with CPython's argument handling, the empty-match rules
// (must_advance) and the replacement kinds of pattern_subx (literal, template, callable); repr,
// equality and hash.
import { getAttr, hash, richCompareBool } from "../../objects/abstract.ts";
import { bindArgs } from "../../objects/args.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { defineClassMethods, defineGetSets, defineMembers, defineMethods } from "../../objects/descr.ts";
import { PyDict } from "../../objects/dict.ts";
import { raise, raiseTypeError } from "../../objects/errors.ts";
import * as E from "../../objects/exceptions.ts";
import { hashBytes } from "../../objects/hash.ts";
import { PyCallIter } from "../../objects/iterobject.ts";
import { newList } from "../../objects/list.ts";
import { PyMappingProxy } from "../../objects/mappingproxy.ts";
import { CompareOp, type PyValue } from "../../objects/object.ts";
import { asSsizeOverflow, genericAliasHook } from "../../objects/sequtil.ts";
import { None, NotImplemented } from "../../objects/singletons.ts";
import { newTuple } from "../../objects/tuple.ts";
import { typeOf } from "../../objects/typeobjects.ts";
import {
  SRE_FLAG_ASCII,
  SRE_FLAG_DEBUG,
  SRE_FLAG_DOTALL,
  SRE_FLAG_IGNORECASE,
  SRE_FLAG_LOCALE,
  SRE_FLAG_MULTILINE,
  SRE_FLAG_UNICODE,
  SRE_FLAG_VERBOSE,
} from "./constants.ts";
import { type SreState, sreMatch, sreSearch } from "./engine.ts";
import {
  compileTemplate,
  expandTemplate,
  joinBytes,
  joinStr,
  newMatch,
  patternError,
  reprTruncated,
} from "./match.ts";
import { newScanner, stateInit } from "./scanner.ts";
import { getSlice, type Subject, tryGetSubject } from "./subject.ts";
import { type PyMatch, PyPattern, type PyTemplate, patternType } from "./types.ts";

type Kw = readonly string[] | null;

const SSIZE_MAX = Number.MAX_SAFE_INTEGER;

function self(v: PyValue): PyPattern {
  return v as PyPattern;
}

/** (string, pos=0, endpos=sys.maxsize) of match/fullmatch/search/findall/finditer/scanner. */
function stringPosArgs(fname: string, args: PyValue[], kwnames: Kw): [PyValue, number, number] {
  const [string, pos, endpos] = bindArgs(fname, args, kwnames, {
    names: ["string", "pos", "endpos"],
    required: 1,
    posOnly: 0,
  });
  return [
    string as PyValue,
    pos === undefined ? 0 : asSsizeOverflow(pos),
    endpos === undefined ? SSIZE_MAX : asSsizeOverflow(endpos),
  ];
}

/** state_getslice: group `index` of the state's current match (empty string or None if unset). */
function stateGetSlice(
  state: SreState,
  subj: Subject,
  string: PyValue,
  index: number,
  empty: boolean,
): PyValue {
  const k = (index - 1) * 2;
  const mark = state.mark;
  let i: number;
  let j: number;
  if (k >= state.lastmark || mark[k] < 0 || mark[k + 1] < 0) {
    if (!empty) return None;
    i = j = 0;
  } else {
    i = mark[k];
    j = mark[k + 1];
    if (i > j)
      raise(
        E.PyExc_SystemError,
        "The span of capturing group is wrong, please report a bug for the re module.",
      );
  }
  return getSlice(subj, string, i, j);
}

function doMatch(s: PyValue, args: PyValue[], kwnames: Kw, fname: string, full: boolean): PyValue {
  const p = self(s);
  const [string, pos, endpos] = stringPosArgs(fname, args, kwnames);
  const [state, subj] = stateInit(p, string, pos, endpos);
  state.ptr = state.start;
  state.matchAll = full;
  const status = sreMatch(state, p.code, 0, true);
  return newMatch(p, state, subj, string, status);
}

function callable(v: PyValue): boolean {
  return typeOf(v).tp_call !== null;
}

/** pattern_subx: sub() and subn(). */
function subx(p: PyPattern, ptemplate: PyValue, string: PyValue, count: number, subn: boolean): PyValue {
  const LITERAL = 0;
  const TEMPLATE = 1;
  const CALLABLE = 2;
  let filterType: number;
  let filter: PyValue = ptemplate;
  if (callable(ptemplate)) {
    filterType = CALLABLE;
  } else {
    // not callable: a literal string unless it has a backslash
    const t = tryGetSubject(ptemplate);
    const literal = t !== undefined && t.chars.indexOf(92) < 0;
    if (literal) {
      filterType = LITERAL;
    } else {
      const tmpl = compileTemplate(p, ptemplate);
      if (tmpl.indices.length === 0) {
        filter = tmpl.literal;
        filterType = LITERAL;
      } else {
        filter = tmpl;
        filterType = TEMPLATE;
      }
    }
  }

  const [state, subj] = stateInit(p, string, 0, SSIZE_MAX);
  const list: PyValue[] = [];
  let n = 0;
  let i = 0;
  const code = p.code;
  while (count === 0 || n < count) {
    state.reset();
    state.ptr = state.start;
    const status = sreSearch(state, code);
    if (status <= 0) {
      if (status === 0) break;
      patternError(status);
    }
    const b = state.start;
    const e = state.ptr;
    if (i < b) list.push(getSlice(subj, string, i, b));
    let item: PyValue;
    if (filterType !== LITERAL) {
      const match = newMatch(p, state, subj, string, 1) as PyMatch;
      if (filterType === TEMPLATE) item = expandTemplate(filter as PyTemplate, match);
      else item = callFilter(filter, match);
    } else {
      item = filter;
    }
    if (item !== None) list.push(item);
    i = e;
    n++;
    state.mustAdvance = state.ptr === state.start;
    state.start = state.ptr;
  }
  if (i < state.endpos) list.push(getSlice(subj, string, i, state.endpos));

  let result: PyValue;
  if (subj.isBytes) result = list.length === 0 ? new PyBytes(new Uint8Array(0)) : joinBytes(list);
  else result = list.length === 0 ? "" : joinStr(list);
  return subn ? newTuple([result, n]) : result;
}

function callFilter(filter: PyValue, match: PyMatch): PyValue {
  const t = typeOf(filter);
  return (t.tp_call as NonNullable<typeof t.tp_call>)(filter, [match], null);
}

function subArgs(fname: string, args: PyValue[], kwnames: Kw): [PyValue, PyValue, number] {
  const [repl, string, count] = bindArgs(fname, args, kwnames, {
    names: ["repl", "string", "count"],
    required: 2,
    posOnly: 0,
  });
  return [repl as PyValue, string as PyValue, count === undefined ? 0 : asSsizeOverflow(count)];
}

defineMethods(patternType, {
  match(s, args, kwnames) {
    return doMatch(s, args, kwnames, "match", false);
  },
  fullmatch(s, args, kwnames) {
    return doMatch(s, args, kwnames, "fullmatch", true);
  },
  search(s, args, kwnames) {
    const p = self(s);
    const [string, pos, endpos] = stringPosArgs("search", args, kwnames);
    const [state, subj] = stateInit(p, string, pos, endpos);
    const status = sreSearch(state, p.code);
    return newMatch(p, state, subj, string, status);
  },
  sub(s, args, kwnames) {
    const [repl, string, count] = subArgs("sub", args, kwnames);
    return subx(self(s), repl, string, count, false);
  },
  subn(s, args, kwnames) {
    const [repl, string, count] = subArgs("subn", args, kwnames);
    return subx(self(s), repl, string, count, true);
  },
  findall(s, args, kwnames) {
    const p = self(s);
    const [string, pos, endpos] = stringPosArgs("findall", args, kwnames);
    const [state, subj] = stateInit(p, string, pos, endpos);
    const out: PyValue[] = [];
    const code = p.code;
    const groups = p.groups;
    while (state.start <= state.end) {
      state.reset();
      state.ptr = state.start;
      const status = sreSearch(state, code);
      if (status <= 0) {
        if (status === 0) break;
        patternError(status);
      }
      let item: PyValue;
      if (groups === 0) {
        item = getSlice(subj, string, state.start, state.ptr);
      } else if (groups === 1) {
        item = stateGetSlice(state, subj, string, 1, true);
      } else {
        const items: PyValue[] = [];
        for (let i = 0; i < groups; i++) items.push(stateGetSlice(state, subj, string, i + 1, true));
        item = newTuple(items);
      }
      out.push(item);
      state.mustAdvance = state.ptr === state.start;
      state.start = state.ptr;
    }
    return newList(out);
  },
  split(s, args, kwnames) {
    const p = self(s);
    const [string, ms] = bindArgs("split", args, kwnames, {
      names: ["string", "maxsplit"],
      required: 1,
      posOnly: 0,
    });
    const maxsplit = ms === undefined ? 0 : asSsizeOverflow(ms);
    const str = string as PyValue;
    const [state, subj] = stateInit(p, str, 0, SSIZE_MAX);
    const out: PyValue[] = [];
    const code = p.code;
    let n = 0;
    let last = state.start;
    while (maxsplit === 0 || n < maxsplit) {
      state.reset();
      state.ptr = state.start;
      const status = sreSearch(state, code);
      if (status <= 0) {
        if (status === 0) break;
        patternError(status);
      }
      // the segment before this match, then the groups
      out.push(getSlice(subj, str, last, state.start));
      for (let i = 0; i < p.groups; i++) out.push(stateGetSlice(state, subj, str, i + 1, false));
      n++;
      state.mustAdvance = state.ptr === state.start;
      last = state.start = state.ptr;
    }
    out.push(getSlice(subj, str, last, state.endpos));
    return newList(out);
  },
  finditer(s, args, kwnames) {
    const [string, pos, endpos] = stringPosArgs("finditer", args, kwnames);
    const scanner = newScanner(self(s), string, pos, endpos);
    return new PyCallIter(getAttr(scanner, "search"), None);
  },
  scanner(s, args, kwnames) {
    const [string, pos, endpos] = stringPosArgs("scanner", args, kwnames);
    return newScanner(self(s), string, pos, endpos);
  },
  __copy__(s, args, kwnames) {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 0)
      raiseTypeError(`Pattern.__copy__() takes no arguments (${args.length} given)`);
    return s;
  },
  __deepcopy__(s, args, kwnames) {
    if (kwnames !== null && kwnames.length > 0)
      raiseTypeError("Pattern.__deepcopy__() takes no keyword arguments");
    if (args.length !== 1)
      raiseTypeError(`Pattern.__deepcopy__() takes exactly one argument (${args.length} given)`);
    return s;
  },
});

defineClassMethods(patternType, {
  __class_getitem__(cls, args) {
    if (args.length !== 1)
      raiseTypeError(`Pattern.__class_getitem__() takes exactly one argument (${args.length} given)`);
    return genericAliasHook(cls, args[0]);
  },
});

defineGetSets(patternType, {
  groupindex: {
    get: (s) => {
      const gi = self(s).groupindex;
      return gi === null ? new PyDict() : new PyMappingProxy(gi, null);
    },
  },
});

defineMembers(patternType, {
  pattern: { get: (s) => self(s).pattern },
  flags: { get: (s) => self(s).flags },
  groups: { get: (s) => self(s).groups },
});

const FLAG_NAMES: [string, number][] = [
  ["re.IGNORECASE", SRE_FLAG_IGNORECASE],
  ["re.LOCALE", SRE_FLAG_LOCALE],
  ["re.MULTILINE", SRE_FLAG_MULTILINE],
  ["re.DOTALL", SRE_FLAG_DOTALL],
  ["re.UNICODE", SRE_FLAG_UNICODE],
  ["re.VERBOSE", SRE_FLAG_VERBOSE],
  ["re.DEBUG", SRE_FLAG_DEBUG],
  ["re.ASCII", SRE_FLAG_ASCII],
];

patternType.tp_repr = (s) => {
  const p = self(s);
  let flags = p.flags;
  // omit re.UNICODE for valid string patterns
  if (p.isbytes === 0 && (flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII)) === SRE_FLAG_UNICODE)
    flags &= ~SRE_FLAG_UNICODE;
  const items: string[] = [];
  for (const [name, value] of FLAG_NAMES) {
    if (flags & value) {
      items.push(name);
      flags &= ~value;
    }
  }
  if (flags) items.push(`0x${(flags >>> 0).toString(16)}`);
  const src = reprTruncated(p.pattern, 200);
  return items.length > 0 ? `re.compile(${src}, ${items.join("|")})` : `re.compile(${src})`;
};

patternType.tp_hash = (s) => {
  const p = self(s);
  let h = BigInt(hash(p.pattern));
  const bytes = new Uint8Array(p.code.buffer, p.code.byteOffset, p.code.byteLength);
  h ^= BigInt(hashBytes(bytes));
  h ^= BigInt(p.flags);
  h ^= BigInt(p.isbytes);
  h ^= BigInt(p.code.length);
  h = BigInt.asIntN(64, h);
  if (h === -1n) h = -2n;
  return h >= BigInt(Number.MIN_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
};

patternType.tp_richcompare = (l, r, op) => {
  if (op !== CompareOp.EQ && op !== CompareOp.NE) return NotImplemented;
  if (!(r instanceof PyPattern) || r.type !== patternType) return NotImplemented;
  if (l === r) return op === CompareOp.EQ;
  const a = self(l);
  let cmp = a.flags === r.flags && a.isbytes === r.isbytes && a.code.length === r.code.length;
  if (cmp) {
    for (let i = 0; i < a.code.length; i++) {
      if (a.code[i] !== r.code[i]) {
        cmp = false;
        break;
      }
    }
  }
  if (cmp) cmp = richCompareBool(a.pattern, r.pattern, CompareOp.EQ);
  return op === CompareOp.NE ? !cmp : cmp;
};
