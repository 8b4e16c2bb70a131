// Struct sequences (Objects/structseq.c): tuple subclasses with named fields, some of them
// visible as tuple items (n_sequence_fields) and the rest only as attributes (e.g.
// time.struct_time's tm_zone, tm_gmtoff). Used by time.struct_time; reusable for os.stat_result
// and the like.
import { repr, toArray, typeName } from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { defineGetSets, defineMethods } from "../objects/descr.ts";
import { PyDict } from "../objects/dict.ts";
import { raiseTypeError } from "../objects/errors.ts";
import type { PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import type { PyType } from "../objects/type.ts";
import { makeBuiltinType, tupleType } from "../objects/typeobjects.ts";

/** A struct sequence instance: `items` are the visible fields, `hidden` the others. */
export class PyStructSeq extends PyTuple {
  readonly hidden: PyValue[];
  constructor(type: PyType, items: PyValue[], hidden: PyValue[]) {
    super(items, type);
    this.hidden = hidden;
  }
}

export interface StructSeqType {
  type: PyType;
  fields: readonly string[];
  nSequence: number;
  /** Makes an instance from all field values (visible then hidden). */
  make(values: PyValue[]): PyStructSeq;
}

const FINAL = 0;

export function makeStructSeqType(name: string, fields: readonly string[], nSequence: number): StructSeqType {
  const t = makeBuiltinType(name, [tupleType], FINAL);
  const n = fields.length;
  const make = (values: PyValue[]): PyStructSeq =>
    new PyStructSeq(t, values.slice(0, nSequence), values.slice(nSequence, n));
  t.tp_new = (type, args, kwnames) => {
    const [seq, dict] = bindArgs(name.slice(name.lastIndexOf(".") + 1), args, kwnames, {
      names: ["sequence", "dict"],
      required: 1,
      posOnly: 0,
    });
    let items: PyValue[];
    try {
      items = toArray(seq as PyValue);
    } catch {
      raiseTypeError("constructor requires a sequence");
    }
    const len = items.length;
    if (len < nSequence) {
      if (nSequence === n) raiseTypeError(`${name}() takes a ${n}-sequence (${len}-sequence given)`);
      raiseTypeError(`${name}() takes an at least ${nSequence}-sequence (${len}-sequence given)`);
    }
    if (len > n) {
      if (nSequence === n) raiseTypeError(`${name}() takes a ${n}-sequence (${len}-sequence given)`);
      raiseTypeError(`${name}() takes an at most ${n}-sequence (${len}-sequence given)`);
    }
    const d = dict === undefined || dict === None ? null : dict;
    if (d !== null && !(d instanceof PyDict)) raiseTypeError(`${name}() takes a dict as second arg, if any`);
    const hidden: PyValue[] = [];
    for (let i = nSequence; i < n; i++) {
      if (i < len) hidden.push(items[i]);
      else hidden.push(d?.getStr(fields[i]) ?? None);
    }
    return new PyStructSeq(type, items.slice(0, nSequence), hidden);
  };
  t.tp_repr = (self) => {
    const s = self as PyStructSeq;
    const parts: string[] = [];
    for (let i = 0; i < nSequence; i++) parts.push(`${fields[i]}=${repr(s.items[i])}`);
    return `${name}(${parts.join(", ")})`;
  };
  const getsets: Record<string, { get: (self: PyValue) => PyValue }> = {};
  for (let i = 0; i < n; i++) {
    const idx = i;
    getsets[fields[i]] = {
      get: (self) => {
        if (!(self instanceof PyStructSeq))
          raiseTypeError(
            `descriptor '${fields[idx]}' requires a '${name}' object but received a '${typeName(self)}'`,
          );
        return idx < nSequence ? self.items[idx] : self.hidden[idx - nSequence];
      },
    };
  }
  defineGetSets(t, getsets);
  defineMethods(t, {
    __reduce__(self) {
      const s = self as PyStructSeq;
      const d = new PyDict();
      for (let i = nSequence; i < n; i++) d.setStr(fields[i], s.hidden[i - nSequence]);
      return newTuple([t, newTuple([newTuple(s.items), d])]);
    },
    __replace__(self, args, kwnames) {
      const s = self as PyStructSeq;
      if (args.length - (kwnames === null ? 0 : kwnames.length) > 0)
        raiseTypeError("__replace__() takes no positional arguments");
      const values = [...s.items, ...s.hidden];
      const npos = args.length - (kwnames?.length ?? 0);
      for (let k = 0; k < (kwnames?.length ?? 0); k++) {
        const f = fields.indexOf((kwnames as readonly string[])[k]);
        if (f < 0)
          raiseTypeError(
            `__replace__() got an unexpected keyword argument '${(kwnames as readonly string[])[k]}'`,
          );
        values[f] = args[npos + k];
      }
      return make(values);
    },
  });
  t.attrs.set("n_sequence_fields", nSequence);
  t.attrs.set("n_fields", n);
  t.attrs.set("n_unnamed_fields", 0);
  t.attrs.set("__match_args__", newTuple(fields.slice(0, nSequence)));
  return { type: t, fields, nSequence, make };
}
