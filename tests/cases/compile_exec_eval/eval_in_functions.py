x = "module x"


def f():
    x = "local x"
    return eval("x")


print(f())


def g():
    y = 5
    return eval("y + 1", globals(), locals())


print(g())


def h():
    z = 1
    exec("z = 2")
    return z


print(h())


def k():
    exec("w = 3")
    return locals()["w"] if "w" in locals() else "w missing"


print(k())


def scope():
    a = 1
    d = locals()
    exec("a = 100; b = 2", globals(), d)
    return a, d["a"], d["b"]


print(scope())
print(eval("[x for x in range(3)]"))
print(eval("(lambda: x)()"))
print(eval("x", {"x": "explicit"}))


class C:
    attr = "class attr"
    r = eval("attr")


print(C.r)
