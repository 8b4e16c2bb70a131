// The `_contextvars` module (Python/context.c): Context, ContextVar, Token and copy_context. A
// context's variables are a JS Map replaced (never mutated) on each set, so copies share storage
// the way CPython's HAMT does; with one thread there is one current context.
import { call, iter, repr, typeName } from "../objects/abstract.ts";
import { bindArgs } from "../objects/args.ts";
import { defineClassMethods, defineGetSets, defineMethods } from "../objects/descr.ts";
import { newException, raise, raiseTypeError, raiseValueError } from "../objects/errors.ts";
import * as E from "../objects/exceptions.ts";
import { addressOf } from "../objects/function.ts";
import { PyList } from "../objects/list.ts";
import type { PyModule } from "../objects/module.ts";
import { PyObject, type PyValue } from "../objects/object.ts";
import { genericAliasHook } from "../objects/sequtil.ts";
import { None } from "../objects/singletons.ts";
import { newTuple } from "../objects/tuple.ts";
import { makeBuiltinType, objectType } from "../objects/typeobjects.ts";
import { addFunction, newBuiltinModule, noArgs, oneArg } from "./modutil.ts";

const FINAL = 0;
export const contextType = makeBuiltinType("_contextvars.Context", [objectType], FINAL);
export const contextVarType = makeBuiltinType("_contextvars.ContextVar", [objectType], FINAL);
export const tokenType = makeBuiltinType("_contextvars.Token", [objectType], FINAL);
const missingType = makeBuiltinType("Token.MISSING", [objectType], FINAL);
const MISSING = new PyObject(missingType);
missingType.tp_repr = () => "<Token.MISSING>";

class PyContext extends PyObject {
  vars = new Map<PyContextVar, PyValue>();
  entered = false;
  prev: PyContext | null = null;
  constructor() {
    super(contextType);
  }
}
class PyContextVar extends PyObject {
  constructor(
    readonly name: string,
    readonly dflt: PyValue | null,
  ) {
    super(contextVarType);
  }
}
class PyToken extends PyObject {
  used = false;
  constructor(
    readonly ctx: PyContext,
    readonly v: PyContextVar,
    readonly old: PyValue,
  ) {
    super(tokenType);
  }
}

let current: PyContext | null = null;
function currentContext(): PyContext {
  if (current === null) current = new PyContext();
  return current;
}

function copyContext(ctx: PyContext): PyContext {
  const c = new PyContext();
  c.vars = ctx.vars;
  return c;
}

function asCtx(v: PyValue): PyContext {
  if (!(v instanceof PyContext)) raiseTypeError(`an instance of Context was expected, got ${typeName(v)}`);
  return v;
}
function asVar(v: PyValue): PyContextVar {
  if (!(v instanceof PyContextVar))
    raiseTypeError(`an instance of ContextVar was expected, got ${typeName(v)}`);
  return v;
}

function varSet(v: PyContextVar, value: PyValue): PyToken {
  const ctx = currentContext();
  const old = ctx.vars.has(v) ? (ctx.vars.get(v) as PyValue) : MISSING;
  const m = new Map(ctx.vars);
  m.set(v, value);
  ctx.vars = m;
  return new PyToken(ctx, v, old);
}

function varReset(v: PyContextVar, tok: PyValue): void {
  if (!(tok instanceof PyToken)) raiseTypeError(`an instance of Token was expected, got ${typeName(tok)}`);
  if (tok.used) raise(E.PyExc_RuntimeError, `${repr(tok)} has already been used once`);
  if (tok.v !== v) raiseValueError(`${repr(tok)} was created by a different ContextVar`);
  const ctx = currentContext();
  if (tok.ctx !== ctx) raiseValueError(`${repr(tok)} was created in a different Context`);
  tok.used = true;
  const m = new Map(ctx.vars);
  if (tok.old === MISSING) m.delete(v);
  else m.set(v, tok.old);
  ctx.vars = m;
}

contextType.tp_new = (_type, args, kwnames) => {
  if (args.length > 0 || (kwnames !== null && kwnames.length > 0))
    raiseTypeError("Context() does not accept any arguments");
  return new PyContext();
};
contextType.mp_length = (self) => asCtx(self).vars.size;
contextType.mp_subscript = (self, key) => {
  const v = asVar(key);
  const ctx = asCtx(self);
  if (!ctx.vars.has(v)) throw newException(E.PyExc_KeyError, v);
  return ctx.vars.get(v) as PyValue;
};
contextType.tp_iter = (self) => iter(new PyList([...asCtx(self).vars.keys()]));
defineMethods(contextType, {
  run(self, args, kwnames) {
    const ctx = asCtx(self);
    if (args.length - (kwnames?.length ?? 0) < 1)
      raiseTypeError("run() missing 1 required positional argument");
    if (ctx.entered) raise(E.PyExc_RuntimeError, `cannot enter context: ${repr(ctx)} is already entered`);
    ctx.prev = currentContext();
    ctx.entered = true;
    current = ctx;
    try {
      return call(args[0], args.slice(1), kwnames);
    } finally {
      current = ctx.prev;
      ctx.prev = null;
      ctx.entered = false;
    }
  },
  copy(self, args, kw) {
    noArgs("copy", args, kw);
    return copyContext(asCtx(self));
  },
  get(self, args, kwnames) {
    const [key, dflt] = bindArgs("get", args, kwnames, {
      names: ["key", "default"],
      required: 1,
      posOnly: 2,
    });
    const ctx = asCtx(self);
    const v = asVar(key as PyValue);
    return ctx.vars.has(v) ? (ctx.vars.get(v) as PyValue) : (dflt ?? None);
  },
  __contains__(self, args) {
    return asCtx(self).vars.has(asVar(args[0]));
  },
  keys: (self) => new PyList([...asCtx(self).vars.keys()]),
  values: (self) => new PyList([...asCtx(self).vars.values()]),
  items: (self) => new PyList([...asCtx(self).vars].map(([k, v]) => newTuple([k, v]))),
});

contextVarType.tp_new = (_type, args, kwnames) => {
  const [name, dflt] = bindArgs("ContextVar", args, kwnames, {
    names: ["name", "default"],
    required: 1,
    posOnly: 1,
    kwOnlyFrom: 1,
  });
  if (typeof name !== "string") raiseTypeError("context variable name must be a str");
  return new PyContextVar(name, dflt ?? null);
};
contextVarType.tp_repr = (self) => {
  const v = self as PyContextVar;
  const d = v.dflt === null ? "" : ` default=${repr(v.dflt)}`;
  return `<ContextVar name=${repr(v.name)}${d} at ${addressOf(v)}>`;
};
defineGetSets(contextVarType, { name: { get: (s) => asVar(s).name } });
defineMethods(contextVarType, {
  get(self, args, kwnames) {
    const [dflt] = bindArgs("get", args, kwnames, { names: ["default"], required: 0, posOnly: 1 });
    const v = asVar(self);
    const ctx = currentContext();
    if (ctx.vars.has(v)) return ctx.vars.get(v) as PyValue;
    if (dflt !== undefined) return dflt;
    if (v.dflt !== null) return v.dflt;
    throw newException(E.PyExc_LookupError, v);
  },
  set(self, args, kw) {
    return varSet(asVar(self), oneArg("set", args, kw));
  },
  reset(self, args, kw) {
    varReset(asVar(self), oneArg("reset", args, kw));
    return None;
  },
});
defineClassMethods(contextVarType, {
  __class_getitem__: (cls, args) => genericAliasHook(cls, args[0]),
});

tokenType.tp_repr = (self) => {
  const t = self as PyToken;
  return `<Token${t.used ? " used" : ""} var=${repr(t.v)} at ${addressOf(t)}>`;
};
defineGetSets(tokenType, {
  var: { get: (s) => (s as PyToken).v },
  old_value: { get: (s) => (s as PyToken).old },
});
defineMethods(tokenType, {
  __enter__: (self) => self,
  __exit__(self) {
    const t = self as PyToken;
    varReset(t.v, t);
    return None;
  },
});
defineClassMethods(tokenType, {
  __class_getitem__: (cls, args) => genericAliasHook(cls, args[0]),
});
tokenType.attrs.set("MISSING", MISSING);

export function createContextvarsModule(): PyModule {
  const m = newBuiltinModule("_contextvars", "Context Variables");
  m.dict.setStr("Context", contextType);
  m.dict.setStr("ContextVar", contextVarType);
  m.dict.setStr("Token", tokenType);
  addFunction(m, "copy_context", (args, kw) => {
    noArgs("copy_context", args, kw);
    return copyContext(currentContext());
  });
  return m;
}
