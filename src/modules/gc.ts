// The `gc` module (Modules/gcmodule.c) over a JavaScript heap: memory is reclaimed by V8's
// collector, which Python code cannot drive, so the module keeps CPython's interface with
// honest answers: enable/disable/isenabled track a flag, collect() finds no unreachable Python
// cycles to report (returns 0), the thresholds and debug flags are stored, get_count() is
// (0, 0, 0), get_objects()/get_referrers() return empty lists (objects are not tracked),
// get_referents() lists what an object's __dict__ and container items refer to.
import { call, index, typeName } from "../objects/abstract.ts";
import { checkPositional } from "../objects/args.ts";
import { PyDict } from "../objects/dict.ts";
import { raiseTypeError, raiseValueError } from "../objects/errors.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { None } from "../objects/singletons.ts";
import { newTuple, PyTuple } from "../objects/tuple.ts";
import { addFunction, newBuiltinModule, noArgs, oneArg } from "./modutil.ts";

type Kw = readonly string[] | null;

const state = {
  enabled: true,
  debug: 0,
  threshold: [2000, 10, 0],
  frozen: 0,
};

function intArg(v: PyValue): number {
  const n = index(v);
  return typeof n === "bigint" ? Number(n) : n;
}

export function createGcModule(): PyModule {
  const m = newBuiltinModule(
    "gc",
    "This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n",
  );
  const callbacks = new PyList([]);
  const garbage = new PyList([]);
  m.dict.setStr("callbacks", callbacks);
  m.dict.setStr("garbage", garbage);
  m.dict.setStr("DEBUG_STATS", 1);
  m.dict.setStr("DEBUG_COLLECTABLE", 2);
  m.dict.setStr("DEBUG_UNCOLLECTABLE", 4);
  m.dict.setStr("DEBUG_SAVEALL", 32);
  m.dict.setStr("DEBUG_LEAK", 38);
  addFunction(m, "enable", (args, kw) => {
    noArgs("gc.enable", args, kw);
    state.enabled = true;
    return None;
  });
  addFunction(m, "disable", (args, kw) => {
    noArgs("gc.disable", args, kw);
    state.enabled = false;
    return None;
  });
  addFunction(m, "isenabled", (args, kw) => {
    noArgs("gc.isenabled", args, kw);
    return state.enabled;
  });
  addFunction(m, "collect", (args: PyValue[], kw: Kw) => {
    const nkw = kw === null ? 0 : kw.length;
    if (nkw > 0 && (nkw > 1 || kw?.[0] !== "generation"))
      raiseTypeError(`collect() got an unexpected keyword argument '${kw?.[0]}'`);
    checkPositional("collect", args.length, 0, 1);
    const gen = args.length ? intArg(args[0]) : 2;
    if (gen < 0 || gen > 2) raiseValueError("invalid generation");
    // gc.callbacks are called with ("start"|"stop", info) around a collection
    const info = new PyDict();
    info.setStr("generation", gen);
    info.setStr("collected", 0);
    info.setStr("uncollectable", 0);
    for (const cb of callbacks.items.slice()) call(cb, ["start", info]);
    for (const cb of callbacks.items.slice()) call(cb, ["stop", info]);
    return 0;
  });
  addFunction(m, "get_count", (args, kw) => {
    noArgs("gc.get_count", args, kw);
    return newTuple([0, 0, 0]);
  });
  addFunction(m, "get_threshold", (args, kw) => {
    noArgs("gc.get_threshold", args, kw);
    return newTuple(state.threshold.slice());
  });
  addFunction(m, "set_threshold", (args, kw) => {
    if (kw?.length) raiseTypeError("set_threshold() takes no keyword arguments");
    checkPositional("set_threshold", args.length, 1, 3);
    for (let i = 0; i < args.length; i++) state.threshold[i] = intArg(args[i]);
    return None;
  });
  addFunction(m, "get_debug", (args, kw) => {
    noArgs("gc.get_debug", args, kw);
    return state.debug;
  });
  addFunction(m, "set_debug", (args, kw) => {
    state.debug = intArg(oneArg("gc.set_debug", args, kw));
    return None;
  });
  addFunction(m, "get_stats", (args, kw) => {
    noArgs("gc.get_stats", args, kw);
    const gens: PyValue[] = [];
    for (let i = 0; i < 3; i++) {
      const d = new PyDict();
      d.setStr("collections", 0);
      d.setStr("collected", 0);
      d.setStr("uncollectable", 0);
      gens.push(d);
    }
    return new PyList(gens);
  });
  addFunction(m, "get_objects", (args, kw) => {
    if (kw !== null && kw.length > 0 && kw[0] !== "generation")
      raiseTypeError(`get_objects() got an unexpected keyword argument '${kw[0]}'`);
    checkPositional("get_objects", args.length, 0, 1);
    if (args.length && args[0] !== None) {
      const g = intArg(args[0]);
      if (g >= 3)
        raiseValueError(`generation parameter must be less than the number of available generations (3)`);
      if (g < 0) raiseValueError("generation parameter cannot be negative");
    }
    return new PyList([]);
  });
  addFunction(m, "get_referrers", () => new PyList([]));
  addFunction(m, "get_referents", (args, kw) => {
    if (kw?.length) raiseTypeError("get_referents() takes no keyword arguments");
    const out: PyValue[] = [];
    for (const o of args) {
      if (o instanceof PyTuple || o instanceof PyList) out.push(...o.items);
      else if (o instanceof PyDict) {
        for (let i = 0; i < o.keys.length; i++) {
          const k = o.keys[i];
          if (k === undefined) continue;
          out.push(k, o.values[i] as PyValue);
        }
      } else if (o instanceof PyObject) {
        if (o.dict !== null) out.push(o.dict);
        out.push(o.type);
      }
    }
    return new PyList(out);
  });
  addFunction(m, "is_tracked", (args, kw) => {
    const o = oneArg("gc.is_tracked", args, kw);
    // CPython tracks containers and instances, not atomic values
    return (
      typeof o === "object" &&
      !(o.type.name === "float" || o.type.name === "NoneType" || typeName(o) === "str")
    );
  });
  addFunction(m, "is_finalized", (args, kw) => {
    oneArg("gc.is_finalized", args, kw);
    return false;
  });
  addFunction(m, "freeze", (args, kw) => {
    noArgs("gc.freeze", args, kw);
    return None;
  });
  addFunction(m, "unfreeze", (args, kw) => {
    noArgs("gc.unfreeze", args, kw);
    state.frozen = 0;
    return None;
  });
  addFunction(m, "get_freeze_count", (args, kw) => {
    noArgs("gc.get_freeze_count", args, kw);
    return state.frozen;
  });
  return m;
}
