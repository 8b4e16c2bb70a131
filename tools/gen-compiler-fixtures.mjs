#!/usr/bin/env node
// Generates the compiler's unit-test fixtures from the oracle (CPython 3.14): for each snippet,
// CPython's AST (as JSON, see tests/unit/compiler-ast-json.ts) and what CPython's compiler makes of
// it. Expected values are never typed by hand.
//
//   tests/unit/fixtures/compiler-symtable.json  symtable.symtable(): every scope, its symbols' flags
//   tests/unit/fixtures/compiler-errors.json    compile(): the SyntaxError (msg, positions)
//   tests/unit/fixtures/compiler-tables.json    co_linetable/co_positions(), co_exceptiontable/entries
//   tests/unit/fixtures/compiler-warnings.json  compile()'s SyntaxWarnings, and the error under -W error
//
//   node tools/gen-compiler-fixtures.mjs
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runOracle } from "./oracle.mjs";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "tests/unit/fixtures");
const astJsonPy = fs
  .readFileSync(path.join(ROOT, "tests/unit/compiler-ast-json.ts"), "utf8")
  .match(/AST_TO_JSON_PY = `([\s\S]*?)`;/)[1];

const SYMTABLE_CASES = [
  "x = 1\ndef f(a, b=2, *c, d, **e):\n    y = a\n    return x + y",
  "def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return v\n    return inner",
  "def f():\n    global g\n    g = 1\n    h = 2\n    class C:\n        h = 3\n        def m(self):\n            return h + super().m()\n    return C",
  "class A:\n    x = 1\n    y = [x for _ in range(3)]\n    z = (x for _ in range(3))\n    def f(self): return __class__",
  "def f(a):\n    return [b for b in a if (c := b)] + [c]",
  "def f(xs):\n    return [lambda: x for x in xs]",
  "def f():\n    x = 1\n    return {k: x for k in range(3)}, {x for _ in ()}, [[y for y in z] for z in ()]",
  "[i for i in range(3)]\n{j: j for j in ()}\n(k for k in ())\ndef g():\n    yield from (m for m in ())",
  "import os, os.path as p\nfrom a import b as c, d\nfrom . import e",
  "try:\n    pass\nexcept E as err:\n    pass\nwith a as (b, c):\n    pass\nfor i, *j in x:\n    del i",
  "match x:\n    case [a, *b] | {'k': a, **b}:\n        pass\n    case C(d, e=f) as g:\n        pass",
  "def f[T: int, *Ts, **P](a: T) -> T: return a\nclass C[U]:\n    def m(self) -> U: pass\ntype A[V] = list[V]\ntype B = int",
  "x: int = 1\nclass C:\n    y: str\n    if z:\n        w: int = 2\ndef f():\n    v: int = 3",
  "async def f():\n    async for x in y:\n        await x\n    async with a as b:\n        pass\n    return [c async for c in d]",
  "def f():\n    def g():\n        def h():\n            return a\n        return h\n    a = 1\n    return g",
  "class C:\n    __p = 1\n    def __m(self, __a):\n        return self.__p + __a\n    def n(self):\n        __q = 2\n        return __q",
  "def f(*, a=1, b):\n    def g(c=a, *d):\n        return b\n    return g\nlambda x, y=1: x + y",
  "def f():\n    exec('x = 1')\n    return locals()\nclass D(Base, metaclass=M):\n    pass",
  "def outer():\n    x = 1\n    class C:\n        x = 2\n        def f(self):\n            return x\n        g = [x for _ in ()]\n    return C",
  "from __future__ import annotations\nx: int = 1\ndef outer():\n    T = 1\n    def f(a: T, *b: U) -> T: pass\n    v: T = 2\n    return f\nclass C:\n    y: T\n    if y:\n        z: int",
];

const ERROR_CASES = [
  "def f():\n    x = 1\n    global x",
  "def f():\n    print(x)\n    global x",
  "def f(x):\n    global x",
  "def f():\n    x: int\n    global x",
  "def f():\n    x = 1\n    nonlocal x",
  "nonlocal x",
  "def f():\n    nonlocal y",
  "def f():\n    global x\n    nonlocal x",
  "def f(a, a): pass",
  "lambda a, a: 0",
  "return 1",
  "class C:\n    return 2",
  "break",
  "continue",
  "while x:\n    def f():\n        break",
  "for x in y:\n    class C:\n        continue",
  "yield 1",
  "class C:\n    yield 1",
  "await x",
  "def f():\n    await x",
  "def f():\n    [x for x in (yield)]",
  "[(yield x) for x in y]",
  "{(yield x) for x in y}",
  "{x: (yield) for x in y}",
  "((yield x) for x in y)",
  "[i := 0 for i in range(5)]",
  "[j for i in range(5) for j in (i := range(3))]",
  "[x for x in (y := range(3))]",
  "class C:\n    [(z := 1) for q in ()]",
  "def f():\n    [(i := 1) for i in range(3)]",
  "def f():\n    from os import *",
  "async def f():\n    yield 1\n    return 2",
  "async def f():\n    yield from x",
  "def f():\n    async with x: pass",
  "def f():\n    async for x in y: pass",
  "def f():\n    return [x async for x in y]",
  "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
  "try:\n    pass\nexcept* ValueError:\n    break",
  "for x in y:\n    try:\n        pass\n    except* E:\n        continue",
  "def f():\n    try:\n        pass\n    except* E:\n        return",
  "f(a=1, a=2)",
  "f(x, __debug__=1)",
  "__debug__ = 1",
  "del __debug__",
  "def f(__debug__): pass",
  "match x:\n    case a:\n        pass\n    case b:\n        pass",
  "match x:\n    case _:\n        pass\n    case 1:\n        pass",
  "match x:\n    case [a, a]:\n        pass",
  "match x:\n    case {1: a, 1: b}:\n        pass",
  "match x:\n    case C(a=1, a=2):\n        pass",
  "match x:\n    case [a] | [b]:\n        pass",
  "match x:\n    case a | 1:\n        pass",
  "*a = 1",
  "a, *b, *c = d",
  "print(*a for a in b)",
  "from __future__ import braces",
  "from __future__ import spam",
  "x = 1\nfrom __future__ import annotations",
  "def f[T](x: (yield)): pass",
  "type X = (yield)",
  "class C[T: (yield)]: pass",
  "def f[T = (await x)](): pass",
  "type X[T] = [(y := 1) for _ in ()]",
  "x: (yield) = 1",
  "def f[__classdict__](): pass",
  "def f[T, T](): pass",
  "def f[T=int, U](): pass",
  "def f():\n    x = 1\n    def g[T]():\n        nonlocal T",
  "class C[T]:\n    nonlocal T",
  "def f():\n    async def g(): pass\n    [await x for x in y]",
  "x.__debug__ = 1",
  "import a as __debug__",
  "from a import b as __debug__",
  "for __debug__ in x: pass",
  "with a as __debug__: pass",
  "def __debug__(): pass",
  "class __debug__: pass",
  "lambda __debug__: 0",
  "def f(*, __debug__=1): pass",
  "def f(**__debug__): pass",
  "match x:\n    case __debug__:\n        pass",
  "match x:\n    case C(__debug__=1):\n        pass",
  "[x for __debug__ in y]",
  "f(**{}, __debug__=1)",
  "class C:\n    def f(self):\n        nonlocal __class__",
  "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
  "def f(a):\n    nonlocal a",
  "def f():\n    def g(x):\n        nonlocal x",
  "async def f():\n    def g():\n        await x",
  "async def f():\n    lambda: await x",
  "async def f():\n    [x async for x in y]\n    return [[x async for x in y] for z in w]",
  "def f():\n    return [[x async for x in y] for z in w]",
  "def f():\n    return (x async for x in y)",
  "(x async for x in y)",
  "[x async for x in y]",
  "def f():\n    yield\n    return 1\nasync def g():\n    yield\n    return",
  "class C:\n    x = [(yield) for y in z]",
  "try:\n    pass\nexcept* ValueError:\n    pass\nexcept* TypeError:\n    def f():\n        return 1",
  "def f():\n    for x in y:\n        try:\n            pass\n        except* E:\n            def g():\n                return\n            break",
  "a, *b, *c, d = e",
  "[*a, *b] = c",
  "del (a, *b)",
  "x = [*a for a in b]",
  "f(x for x in y, 1)",
  "print(f'{__debug__}')",
  "match x:\n    case {**rest, 'a': 1}:\n        pass",
  "match x:\n    case {'a': 1, 'a': 2}:\n        pass",
  "match x:\n    case {1: a, True: b}:\n        pass",
  "match x:\n    case {f(): 1}:\n        pass",
  "match x:\n    case [*a, *b]:\n        pass",
  "match x:\n    case a if a:\n        pass\n    case b:\n        pass",
  "match x:\n    case _ | 1:\n        pass",
  "match x:\n    case (a | b) | c:\n        pass",
  "match x:\n    case [a, (a | b)]:\n        pass",
  "match x:\n    case a as a:\n        pass",
  "def f[T](): type T = int",
  "type X[T, *T] = int",
  "class C[T]:\n    type U[T] = T",
  "def f():\n    type X[T] = (yield)",
];

const WARNING_CASES = [
  "x is 1",
  "x is not 'a'",
  "if x is ():\n    pass",
  "1 < x is 2.0",
  "x is None is True",
  "(1)(2)",
  "[1, 2](3)",
  "f'{x}'()",
  "{1}[0]",
  "(x for x in y)[0]",
  "None[1]",
  "[1, 2]['a']",
  "'abc'[1.5]",
  "(1, 2)[()]",
  "x[1]; 'ab'[x]",
  "assert (x, 'msg')",
  "def f():\n    try:\n        pass\n    finally:\n        return 1",
  "for i in x:\n    try:\n        pass\n    finally:\n        break",
  "while x:\n    try:\n        pass\n    finally:\n        continue",
  "try:\n    pass\nfinally:\n    for i in x:\n        break\n    def g():\n        return 2",
  "def f():\n    try:\n        pass\n    finally:\n        while x:\n            return 3",
];

const TABLE_CASES = [
  "x = 1\ny = x + 2\nprint(x,\n      y)",
  "def f(a):\n    try:\n        return a / 0\n    except ZeroDivisionError as e:\n        raise ValueError from e\n    finally:\n        print('x')",
  "def g():\n    for i in range(10):\n        with open(i) as f:\n            yield f.read()",
  "async def h(x):\n    async with x as y:\n        async for z in y:\n            await z",
  "very_long_name_to_push_columns_far_to_the_right_of_the_line_so_columns_exceed_eighty = 1; y = very_long_name_to_push_columns_far_to_the_right_of_the_line_so_columns_exceed_eighty",
  "x = [\n  1,\n  2,\n  3,\n]\n\n\n\n\ny = 2",
];

const PY = `${astJsonPy}
import json, symtable, dis, sys
def ste(t):
    return {
        "type": t.get_type().value if hasattr(t.get_type(), "value") else t.get_type(),
        "name": t.get_name(),
        "lineno": t.get_lineno(),
        "symbols": {s.get_name(): s._Symbol__flags for s in t.get_symbols()},
        "children": [ste(c) for c in t.get_children()],
    }
def positions(co):
    out = {"linetable": list(co.co_linetable), "firstlineno": co.co_firstlineno,
           "ncode": len(co.co_code) // 2, "positions": [list(p) for p in co.co_positions()],
           "lines": [list(x) for x in co.co_lines()],
           "exceptiontable": list(co.co_exceptiontable),
           "entries": [[e.start // 2, e.end // 2, e.target // 2, e.depth, e.lasti] for e in dis._parse_exception_table(co)]}
    return out
def codes(co):
    yield co
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            yield from codes(c)
data = json.load(open(sys.argv[0].replace("gen.py", "input.json")))
res = {"symtable": [], "errors": [], "tables": []}
import ast
for src in data["symtable"]:
    res["symtable"].append({"source": src, "ast": to_json(ast.parse(src)), "table": ste(symtable.symtable(src, "<case>", "exec"))})
res["parse_errors"] = []
for src in data["errors"]:
    try:
        tree = ast.parse(src)
    except SyntaxError:
        res["parse_errors"].append(src)  # the parser's business, not the compiler's
        continue
    try:
        compile(src, "<case>", "exec")
        err = None
    except SyntaxError as e:
        err = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
               "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    res["errors"].append({"source": src, "ast": to_json(tree), "error": err})
import warnings
res["warnings"] = []
for src in data["warnings"]:
    tree = ast.parse(src)
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        compile(src, "<case>", "exec")
    recorded = [{"category": w.category.__name__, "message": str(w.message), "lineno": w.lineno} for w in ws]
    err = None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            err = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                   "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    res["warnings"].append({"source": src, "ast": to_json(tree), "warnings": recorded, "error": err})
for src in data["tables"]:
    co = compile(src, "<case>", "exec")
    res["tables"].append({"source": src, "codes": [positions(c) for c in codes(co)]})
print(json.dumps(res))
`;

const dir = path.join(ROOT, ".cache", "gen-compiler-fixtures");
fs.mkdirSync(dir, { recursive: true });
const script = path.join(dir, "gen.py");
fs.writeFileSync(script, PY);
fs.writeFileSync(
  path.join(dir, "input.json"),
  JSON.stringify({
    symtable: SYMTABLE_CASES,
    errors: ERROR_CASES,
    tables: TABLE_CASES,
    warnings: WARNING_CASES,
  }),
);
const r = (await runOracle([script])).get(script);
if (r.error || r.status !== 0) throw new Error(`oracle failed: ${r.error ?? r.stderr}`);
const res = JSON.parse(r.stdout.toString("utf8"));
fs.mkdirSync(OUT, { recursive: true });
for (const key of ["symtable", "errors", "tables", "warnings"]) {
  fs.writeFileSync(path.join(OUT, `compiler-${key}.json`), `${JSON.stringify(res[key], null, 1)}\n`);
}
if (res.parse_errors.length)
  console.log(`note: dropped (parser errors):\n${res.parse_errors.join("\n---\n")}`);
const noError = res.errors.filter((e) => e.error === null).map((e) => e.source);
if (noError.length) console.log(`note: no error for ${noError.length} cases:\n${noError.join("\n---\n")}`);
console.log("wrote tests/unit/fixtures/compiler-{symtable,errors,tables,warnings}.json");
