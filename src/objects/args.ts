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
 * optional parameter that was not given.
 */
export function bindArgs(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  spec: ArgSpec,
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const kwOnlyFrom = spec.kwOnlyFrom ?? spec.names.length;
  const out: (PyValue | undefined)[] = new Array(spec.names.length).fill(undefined);
  if (npos > kwOnlyFrom) {
    const max = kwOnlyFrom;
    if (spec.required === max)
      raiseTypeError(
        `${fname}() takes ${max === 0 ? "no" : `exactly ${max}`} positional argument${max === 1 ? "" : "s"} (${npos} given)`,
      );
    raiseTypeError(
      `${fname}() takes at most ${max} positional argument${max === 1 ? "" : "s"} (${npos} given)`,
    );
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = (kwnames as readonly string[])[k];
    const idx = spec.names.indexOf(name);
    if (idx < 0 || idx < spec.posOnly) {
      if (idx >= 0 && idx < spec.posOnly)
        raiseTypeError(
          `${fname}() got some positional-only arguments passed as keyword arguments: '${name}'`,
        );
      raiseTypeError(`${fname}() got an unexpected keyword argument '${name}'`);
    }
    if (out[idx] !== undefined)
      raiseTypeError(`argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
    out[idx] = args[npos + k];
  }
  for (let i = 0; i < spec.required; i++) {
    if (out[i] === undefined) {
      if (i < spec.posOnly || spec.names[i] === "") {
        raiseTypeError(`${fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
      }
      raiseTypeError(`${fname}() missing required argument '${spec.names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}
