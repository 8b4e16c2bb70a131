# 9.2 File input: compile(..., 'exec') accepts any sequence of statements
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
src = "x = 1\nif x:\n    y = 2\ndef f():\n    return x + y\nz = f()\n"
ns = {}
code = compile(src, "<file>", "exec")
print(type(code).__name__, code.co_filename, code.co_name)
print(exec(code, ns))
print(ns["x"], ns["y"], ns["z"], "__builtins__" in ns)
t(lambda: exec(compile("", "<e>", "exec"), {}))
t(lambda: exec(compile("\n\n# only a comment\n", "<e>", "exec"), {}))
t(lambda: exec(compile("pass", "<e>", "exec")))
t(lambda: compile("x = 1\n  y = 2\n", "<bad>", "exec"))
t(lambda: compile("if 1:\n", "<bad>", "exec"))
t(lambda: compile("1 +", "<bad>", "exec"))
# statements without a trailing newline are accepted
ns2 = {}
exec("a = 5\nb = a * 2", ns2)
print(ns2["a"], ns2["b"])
# an expression statement's value is discarded in exec mode
print(exec("1 + 1", {}))
# a code object from compile can run several times
c = compile("n.append(len(n))", "<c>", "exec")
n = []
for _ in range(3):
    exec(c)
print(n)
