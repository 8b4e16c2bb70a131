ns = {}
exec("""
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
f = outer()
""", ns)
print(ns["f"](), ns["f"].__code__.co_freevars)


def make():
    value = "captured"
    return eval("lambda: value")


try:
    print(make()())
except NameError as e:
    print("NameError:", e)


def make2():
    value = "captured"

    def inner():
        return value

    return inner


inner = make2()
code = inner.__code__
try:
    exec(code)
except TypeError as e:
    print("TypeError:", e)
print(eval(code, {}, None, closure=inner.__closure__) if False else "skip")
try:
    print(exec(code, {}, closure=inner.__closure__))
except TypeError as e:
    print("TypeError:", e)
try:
    exec(code, {}, closure=(1,))
except TypeError as e:
    print("TypeError:", e)
try:
    exec(code, {}, closure=())
except TypeError as e:
    print("TypeError:", e)
try:
    exec("x = 1", {}, closure=inner.__closure__)
except TypeError as e:
    print("TypeError:", e)
g = {}
exec("a = 1\ndef f():\n    global a\n    a += 1\n    return a\n", g)
print(g["f"](), g["a"])
loc = {}
exec("b = 10\ndef h():\n    return b\n", {}, loc)
try:
    loc["h"]()
except NameError as e:
    print("NameError:", e)
exec("c = [n for n in range(3)]\nd = [c2 * 2 for c2 in c]", {}, loc)
print(loc["c"], loc["d"])
