// Argument parsing for builtin functions and methods, giving the TypeError messages CPython's
// Argument Clinic generates (Python/getargs.c: _PyArg_UnpackKeywords, _PyArg_CheckPositional).
import { raiseTypeError } from "./errors.ts";
import type { PyValue } from "./object.ts";

export interface ArgSpec {
  /** Parameter names in order (positional-only ones first; use "" names for positional-only without names). */
  names: readonly string[];
  /** How many leading parameters are required. */
  required: number;
  /** How many leading parameters are positional-only. */
  posOnly: number;
  /** Index from which parameters are keyword-only (default: names.length, none). */
  kwOnlyFrom?: number;
}

/** For `f()` that accepts no keyword arguments. */
export function noKeywords(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) raiseTypeError(`${fname}() takes no keyword arguments`);
}

/** _PyArg_CheckPositional: `fname` takes between min and max positional arguments. */
export function checkPositional(fname: string, nargs: number, min: number, max: number): void {
  if (nargs < min) {
    if (min === max && min === 1) raiseTypeError(`${fname}() takes exactly one argument (${nargs} given)`);
    raiseTypeError(
      `${fname} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${nargs}`,
    );
  }
  if (nargs > max) {
    if (max === 0) raiseTypeError(`${fname}() takes no arguments (${nargs} given)`);
    if (min === max && max === 1) raiseTypeError(`${fname}() takes exactly one argument (${nargs} given)`);
    raiseTypeError(
      `${fname} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${nargs}`,
    );
  }
}

/**
 * Binds vectorcall arguments to a parameter list; returns one slot per name, `undefined` for an
 * optional parameter that was not given. The checks and messages follow _PyArg_UnpackKeywords
 * (Python/getargs.c), in its order.
 */
export function bindArgs(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  spec: ArgSpec,
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const nargs = args.length - nkw;
  const maxargs = spec.names.length;
  const maxpos = spec.kwOnlyFrom ?? maxargs;
  const minpos = Math.min(spec.required, maxpos);
  const minposonly = Math.min(spec.posOnly, spec.required);
  const s = (n: number) => (n === 1 ? "" : "s");
  if (nargs + nkw > maxargs)
    raiseTypeError(
      `${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${s(maxargs)} (${nargs + nkw} given)`,
    );
  if (nargs > maxpos) {
    if (maxpos === 0) raiseTypeError(`${fname}() takes no positional arguments`);
    raiseTypeError(
      `${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${s(maxpos)} (${nargs} given)`,
    );
  }
  if (nargs < minposonly)
    raiseTypeError(
      `${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${s(minposonly)} (${nargs} given)`,
    );
  const out: (PyValue | undefined)[] = new Array(maxargs).fill(undefined);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  let used = 0;
  for (let i = Math.max(nargs, spec.posOnly); i < maxargs; i++) {
    let v: PyValue | undefined;
    if (nkw > 0) {
      const k = (kwnames as readonly string[]).indexOf(spec.names[i]);
      if (k >= 0) v = args[nargs + k];
    }
    if (v !== undefined) {
      out[i] = v;
      used++;
    } else if (i < spec.required) {
      raiseTypeError(`${fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
    }
  }
  if (used < nkw) {
    const names = kwnames as readonly string[];
    for (let i = spec.posOnly; i < nargs; i++)
      if (names.includes(spec.names[i]))
        raiseTypeError(`argument for ${fname}() given by name ('${spec.names[i]}') and position (${i + 1})`);
    for (const name of names) {
      const idx = spec.names.indexOf(name);
      if (idx >= 0 && idx < spec.posOnly && name !== "")
        raiseTypeError(
          `${fname}() got some positional-only arguments passed as keyword arguments: '${name}'`,
        );
      if (idx < 0) raiseTypeError(`${fname}() got an unexpected keyword argument '${name}'`);
    }
  }
  return out;
}
