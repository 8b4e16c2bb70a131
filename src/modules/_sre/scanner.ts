// _sre.SRE_Scanner (sre.c scanner_*): a search state kept between calls to match() and
// search(), each starting where the previous match ended; Pattern.finditer iterates `search`.

import { defineMembers, defineMethods } from "../../objects/descr.ts";
import { raiseTypeError, raiseValueError } from "../../objects/errors.ts";
import type { PyValue } from "../../objects/object.ts";
import { None } from "../../objects/singletons.ts";
import { SreState, sreMatch, sreSearch } from "./engine.ts";
import { newMatch } from "./match.ts";
import { getSubject, type Subject } from "./subject.ts";
import { type PyPattern, PyScanner, scannerType } from "./types.ts";

/** state_init: a state over `string` for `pattern`, with the str/bytes kind checks. */
export function stateInit(
  pattern: PyPattern,
  string: PyValue,
  pos: number,
  endpos: number,
): [SreState, Subject] {
  const subj = getSubject(string);
  if (subj.isBytes && pattern.isbytes === 0)
    raiseTypeError("cannot use a string pattern on a bytes-like object");
  if (!subj.isBytes && pattern.isbytes > 0)
    raiseTypeError("cannot use a bytes pattern on a string-like object");
  return [new SreState(subj.chars, pattern.groups, pos, endpos, pattern.tables), subj];
}

/** pattern_scanner. */
export function newScanner(pattern: PyPattern, string: PyValue, pos: number, endpos: number): PyScanner {
  const [state, subj] = stateInit(pattern, string, pos, endpos);
  return new PyScanner(pattern, string, subj, state);
}

function scan(s: PyValue, args: PyValue[], kwnames: readonly string[] | null, name: string, search: boolean) {
  if ((kwnames !== null && kwnames.length > 0) || args.length !== 0)
    raiseTypeError(`${name}() takes no arguments (${args.length} given)`);
  const sc = s as PyScanner;
  if (sc.executing) raiseValueError("regular expression scanner already executing");
  if (sc.done) return None;
  sc.executing = true;
  try {
    const state = sc.state;
    state.reset();
    state.ptr = state.start;
    const code = sc.pattern.code;
    const status = search ? sreSearch(state, code) : sreMatch(state, code, 0, true);
    const m = newMatch(sc.pattern, state, sc.subj, sc.string, status);
    if (status === 0) {
      sc.done = true;
    } else {
      state.mustAdvance = state.ptr === state.start;
      state.start = state.ptr;
    }
    return m;
  } finally {
    sc.executing = false;
  }
}

defineMethods(scannerType, {
  match(s, args, kwnames) {
    return scan(s, args, kwnames, "match", false);
  },
  search(s, args, kwnames) {
    return scan(s, args, kwnames, "search", true);
  },
});

defineMembers(scannerType, {
  pattern: { get: (s) => (s as PyScanner).pattern },
});
