code = compile("counter += 1\nprint('run', counter)", "<code>", "exec")
ns = {"counter": 0}
for _ in range(3):
    exec(code, ns)
e = compile("a * 2", "<code>", "eval")
print([eval(e, {"a": i}) for i in range(4)])
print(e.co_names, e.co_consts, code.co_names)


def func():
    return "from func code"


print(eval(func.__code__))
print(exec(func.__code__))
nested = compile("def f():\n    return 42\n", "<nested>", "exec")
fcode = [c for c in nested.co_consts if hasattr(c, "co_code")][0]
print(fcode.co_name, fcode.co_filename, eval(fcode))
gen_code = compile("def g():\n    yield 1\n", "<g>", "exec")
gcode = [c for c in gen_code.co_consts if hasattr(c, "co_code")][0]
r = eval(gcode)
print(type(r).__name__, list(r))
print(compile("x", "<code>", "eval").co_filename, compile("x", b"bytes-name", "eval").co_filename)
c1 = compile("1", "<same>", "eval")
c2 = compile("1", "<same>", "eval")
print(c1 == c2, hash(c1) == hash(c2))
