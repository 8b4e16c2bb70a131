// Argument binding for calls to Python functions: initialize_locals and its error reporters in
// Python/ceval.c (missing_arguments, too_many_positional, positional_only_passed_as_keyword),
// with CPython's exact TypeError messages.

import { CO_VARARGS, CO_VARKEYWORDS } from "../objects/code.ts";
import { PyDict } from "../objects/dict.ts";
import { raiseTypeError } from "../objects/errors.ts";
import type { PyFunction } from "../objects/function.ts";
import type { PyValue } from "../objects/object.ts";
import { EMPTY_TUPLE, PyTuple } from "../objects/tuple.ts";
import type { Slot } from "./frame.ts";

/**
 * Binds positional arguments src[start .. start+argcount) and keyword values that follow them
 * (named by kwnames) into localsplus, filling defaults; raises TypeError as CPython does.
 */
export function bindArguments(
  func: PyFunction,
  localsplus: Slot[],
  src: readonly Slot[],
  start: number,
  argcount: number,
  kwnames: readonly string[] | null,
): void {
  const co = func.code;
  const coArgcount = co.co_argcount;
  const flags = co.co_flags;
  const totalArgs = coArgcount + co.co_kwonlyargcount;

  // Fast path: exact positional arguments, no keywords, no *args/**kwargs.
  if (kwnames === null && argcount === coArgcount && (flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0) {
    for (let i = 0; i < argcount; i++) localsplus[i] = src[start + i];
    if (co.co_kwonlyargcount === 0) return;
  }

  let kwdict: PyDict | null = null;
  if (flags & CO_VARKEYWORDS) {
    kwdict = new PyDict();
    localsplus[flags & CO_VARARGS ? totalArgs + 1 : totalArgs] = kwdict;
  }
  const n = Math.min(argcount, coArgcount);
  for (let j = 0; j < n; j++) localsplus[j] = src[start + j];
  if (flags & CO_VARARGS) {
    localsplus[totalArgs] =
      argcount > n ? new PyTuple(src.slice(start + n, start + argcount) as PyValue[]) : EMPTY_TUPLE;
  }

  if (kwnames !== null) {
    const names = co.co_localsplusnames;
    const posonly = co.co_posonlyargcount;
    for (let i = 0; i < kwnames.length; i++) {
      const keyword = kwnames[i];
      const value = src[start + argcount + i] as PyValue;
      let j = posonly;
      for (; j < totalArgs; j++) if (names[j] === keyword) break;
      if (j >= totalArgs) {
        if (kwdict === null) {
          if (posonly) positionalOnlyPassedAsKeyword(func, kwnames);
          raiseTypeError(`${func.qualname}() got an unexpected keyword argument '${keyword}'`);
        }
        kwdict.setItem(keyword, value);
        continue;
      }
      if (localsplus[j] !== null) {
        raiseTypeError(`${func.qualname}() got multiple values for argument '${keyword}'`);
      }
      localsplus[j] = value;
    }
  }

  if (argcount > coArgcount && !(flags & CO_VARARGS)) {
    tooManyPositional(func, argcount, localsplus);
  }

  if (argcount < coArgcount) {
    const defaults = func.defaults;
    const defcount = defaults === null ? 0 : defaults.items.length;
    const m = coArgcount - defcount;
    let missing = 0;
    for (let i = argcount; i < m; i++) if (localsplus[i] === null) missing++;
    if (missing) missingArguments(func, missing, defcount, localsplus);
    if (defcount) {
      const defs = (defaults as PyTuple).items;
      for (let i = n > m ? n - m : 0; i < defcount; i++) {
        if (localsplus[m + i] === null) localsplus[m + i] = defs[i];
      }
    }
  }

  if (co.co_kwonlyargcount > 0) {
    let missing = 0;
    const names = co.co_localsplusnames;
    const kwdefs = func.kwdefaults;
    for (let i = coArgcount; i < totalArgs; i++) {
      if (localsplus[i] !== null) continue;
      if (kwdefs !== null) {
        const def = kwdefs.getStr(names[i]);
        if (def !== undefined) {
          localsplus[i] = def;
          continue;
        }
      }
      missing++;
    }
    if (missing) missingArguments(func, missing, -1, localsplus);
  }
}

function repr(s: string): string {
  // Parameter names are identifiers: their repr is the name in single quotes.
  return `'${s}'`;
}

function formatMissing(func: PyFunction, kind: string, names: string[]): never {
  let nameStr: string;
  const len = names.length;
  if (len === 1) nameStr = names[0];
  else if (len === 2) nameStr = `${names[0]} and ${names[1]}`;
  else nameStr = `${names.slice(0, len - 2).join(", ")}, ${names[len - 2]}, and ${names[len - 1]}`;
  raiseTypeError(
    `${func.qualname}() missing ${len} required ${kind} argument${len === 1 ? "" : "s"}: ${nameStr}`,
  );
}

function missingArguments(func: PyFunction, _missing: number, defcount: number, localsplus: Slot[]): never {
  const co = func.code;
  const positional = defcount !== -1;
  let start: number;
  let end: number;
  if (positional) {
    start = 0;
    end = co.co_argcount - defcount;
  } else {
    start = co.co_argcount;
    end = start + co.co_kwonlyargcount;
  }
  const names: string[] = [];
  for (let i = start; i < end; i++) {
    if (localsplus[i] === null) names.push(repr(co.co_localsplusnames[i]));
  }
  formatMissing(func, positional ? "positional" : "keyword-only", names);
}

function tooManyPositional(func: PyFunction, given: number, localsplus: Slot[]): never {
  const co = func.code;
  const coArgcount = co.co_argcount;
  let kwonlyGiven = 0;
  for (let i = coArgcount; i < coArgcount + co.co_kwonlyargcount; i++) {
    if (localsplus[i] !== null) kwonlyGiven++;
  }
  const defcount = func.defaults === null ? 0 : func.defaults.items.length;
  let sig: string;
  let plural: boolean;
  if (defcount) {
    plural = true;
    sig = `from ${coArgcount - defcount} to ${coArgcount}`;
  } else {
    plural = coArgcount !== 1;
    sig = `${coArgcount}`;
  }
  const kwonlySig = kwonlyGiven
    ? ` positional argument${given !== 1 ? "s" : ""} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven !== 1 ? "s" : ""})`
    : "";
  raiseTypeError(
    `${func.qualname}() takes ${sig} positional argument${plural ? "s" : ""} but ${given}${kwonlySig} ${
      given === 1 && !kwonlyGiven ? "was" : "were"
    } given`,
  );
}

function positionalOnlyPassedAsKeyword(func: PyFunction, kwnames: readonly string[]): void {
  const co = func.code;
  const names: string[] = [];
  for (let k = 0; k < co.co_posonlyargcount; k++) {
    const posonlyName = co.co_localsplusnames[k];
    for (const kw of kwnames) if (kw === posonlyName) names.push(kw);
  }
  if (names.length) {
    raiseTypeError(
      `${func.qualname}() got some positional-only arguments passed as keyword arguments: '${names.join(", ")}'`,
    );
  }
}
