// The object layouts of the _sre types (Modules/_sre/sre.h): re.Pattern, re.Match,
// _sre.SRE_Scanner and _sre.SRE_Template, and their (empty) type objects. Behaviour is in
// pattern.ts, match.ts and scanner.ts.
import type { PyDict } from "../../objects/dict.ts";
import { PyObject, type PyValue } from "../../objects/object.ts";
import type { PyTuple } from "../../objects/tuple.ts";
import { makeBuiltinType, objectType } from "../../objects/typeobjects.ts";
import type { SetTables, SreState } from "./engine.ts";
import type { Subject } from "./subject.ts";

const FINAL = 0;

export const patternType = makeBuiltinType("re.Pattern", [objectType], FINAL);
export const matchType = makeBuiltinType("re.Match", [objectType], FINAL);
export const scannerType = makeBuiltinType("_sre.SRE_Scanner", [objectType], FINAL);
export const templateType = makeBuiltinType("_sre.SRE_Template", [objectType], FINAL);
patternType.hasWeakref = true;

/** PatternObject. */
export class PyPattern extends PyObject {
  readonly code: Uint32Array;
  /** Number of capturing groups. */
  readonly groups: number;
  /** Name -> group number, or null when there are no named groups. */
  readonly groupindex: PyDict | null;
  /** Group number -> name (a tuple), or null. */
  readonly indexgroup: PyTuple | null;
  /** The pattern source (str, bytes or None). */
  readonly pattern: PyValue;
  readonly flags: number;
  /** 1 for a bytes pattern, 0 for str, -1 when the source is None. */
  readonly isbytes: number;
  /** The matcher's membership tables of the pattern's sets (engine.ts inSet). */
  readonly tables: SetTables = [];
  constructor(
    code: Uint32Array,
    groups: number,
    groupindex: PyDict | null,
    indexgroup: PyTuple | null,
    pattern: PyValue,
    flags: number,
    isbytes: number,
  ) {
    super(patternType);
    this.code = code;
    this.groups = groups;
    this.groupindex = groupindex;
    this.indexgroup = indexgroup;
    this.pattern = pattern;
    this.flags = flags;
    this.isbytes = isbytes;
  }
}

/** MatchObject. */
export class PyMatch extends PyObject {
  readonly string: PyValue;
  readonly subj: Subject;
  regs: PyTuple | null = null;
  readonly pattern: PyPattern;
  readonly pos: number;
  readonly endpos: number;
  /** Last index marker seen by the engine (-1 if none). */
  readonly lastindex: number;
  /** Number of groups, group 0 included. */
  readonly groups: number;
  /** Start and end of each group (-1 when the group did not participate). */
  readonly mark: Int32Array;
  constructor(
    pattern: PyPattern,
    string: PyValue,
    subj: Subject,
    mark: Int32Array,
    pos: number,
    endpos: number,
    lastindex: number,
  ) {
    super(matchType);
    this.pattern = pattern;
    this.string = string;
    this.subj = subj;
    this.mark = mark;
    this.groups = pattern.groups + 1;
    this.pos = pos;
    this.endpos = endpos;
    this.lastindex = lastindex;
  }
}

/** ScannerObject: a search state kept between calls. */
export class PyScanner extends PyObject {
  readonly pattern: PyPattern;
  readonly string: PyValue;
  readonly subj: Subject;
  readonly state: SreState;
  executing = false;
  /** state->start == NULL: the scan is over. */
  done = false;
  constructor(pattern: PyPattern, string: PyValue, subj: Subject, state: SreState) {
    super(scannerType);
    this.pattern = pattern;
    this.string = string;
    this.subj = subj;
    this.state = state;
  }
}

/** TemplateObject: a compiled replacement string, [literal, group, literal, group, ...]. */
export class PyTemplate extends PyObject {
  readonly literal: PyValue;
  readonly indices: number[];
  /** The literal after each group reference, null when empty. */
  readonly literals: (PyValue | null)[];
  constructor(literal: PyValue, indices: number[], literals: (PyValue | null)[]) {
    super(templateType);
    this.literal = literal;
    this.indices = indices;
    this.literals = literals;
  }
}
