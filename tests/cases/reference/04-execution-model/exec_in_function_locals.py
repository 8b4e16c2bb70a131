# 4.2.4 Interaction with dynamic features: exec cannot create function locals
def f():
    exec("a = 5")
    try:
        return a
    except NameError as e:
        return "NameError: " + str(e)
print(f())
def g():
    ns = {}
    exec("a = 5", globals(), ns)
    return ns["a"]
print(g())
def h():
    x = 1
    exec("x = 2")
    return x
print(h())
def k():
    x = 1
    return eval("x + 1")
print(k())
def closure():
    y = 10
    def inner():
        return eval("y")
    return inner()
try:
    print(closure())
except NameError as e:
    print("NameError:", e)
def closure2():
    y = 10
    def inner():
        y
        return eval("y")
    return inner()
print(closure2())
g_ns = {"v": 1}
exec("def fn():\n    return v\n", g_ns)
print(g_ns["fn"]())
g_ns["v"] = 2
print(g_ns["fn"]())
l_ns = {}
exec("w = 3\ndef fn2():\n    return w\n", {}, l_ns)
try:
    l_ns["fn2"]()
except NameError as e:
    print("NameError:", e)
exec("class K:\n    a = 1\n    b = [a for _ in range(1)] if False else a\n", {}, l_ns)
print(l_ns["K"].b)
