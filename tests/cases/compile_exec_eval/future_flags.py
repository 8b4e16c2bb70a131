CO_FUTURE_ANNOTATIONS = 0x1000000
PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

src = "def f(x: undefined_name) -> int: pass\nann = f.__annotations__ if False else None\n"
c = compile("def f(x: undefined_name): pass\n", "<f>", "exec", CO_FUTURE_ANNOTATIONS)
ns = {}
exec(c, ns)
print(ns["f"].__annotations__)
c = compile("def f(x: undefined_name): pass\n", "<f>", "exec")
ns = {}
exec(c, ns)
try:
    print(ns["f"].__annotations__)
except NameError as e:
    print("NameError:", e)
c = compile("from __future__ import annotations\ndef f(x: y.z[int]): pass\n", "<f>", "exec")
print(bool(c.co_flags & CO_FUTURE_ANNOTATIONS))
c2 = compile("def g(a: b): pass", "<f>", "exec", c.co_flags & CO_FUTURE_ANNOTATIONS, dont_inherit=True)
ns = {}
exec(c2, ns)
print(ns["g"].__annotations__)
for flags in [0x1, 0x10, 0x20000000]:
    try:
        compile("1", "<f>", "exec", flags)
        print(hex(flags), "accepted")
    except ValueError as e:
        print(hex(flags), "ValueError:", e)
try:
    compile("from __future__ import braces", "<f>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("from __future__ import nonexistent", "<f>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile("x = 1\nfrom __future__ import annotations", "<f>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
try:
    compile("1 +", "<f>", "exec", PyCF_ALLOW_INCOMPLETE_INPUT)
except SyntaxError as e:
    print("SyntaxError:", e.msg)
