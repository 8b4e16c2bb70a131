# globals()/locals()/vars() in module, function, class and comprehension scopes (PEP 667)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(globals() is vars(), locals() is globals())
def f(a, b=2):
    c = 3
    loc = locals()
    d = 4
    return sorted(loc), sorted(locals())
print(f(1))
def g():
    x = 1
    locals()["x"] = 99
    return x
print(g())
def h():
    y = 1
    def inner():
        return y
    return sorted(locals())
print(h())
class C:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    b = 2
print(C.names)
def k():
    return [sorted(locals()) for z in range(1)]
print(k())
t(lambda: locals(1))
t(lambda: globals(1))
t(lambda: vars(None))
def snapshot():
    v = 1
    s = locals()
    v = 2
    return s["v"], locals()["v"]
print(snapshot())
g_before = "g_new" in globals()
globals()["g_new"] = "created"
print(g_before, g_new)
