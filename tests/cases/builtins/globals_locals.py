x = 1
def f(a):
    b = 2
    return sorted(locals().items())
print(f(0), "x" in globals(), globals()["x"], globals() is globals())
def g():
    l = locals()
    l["new"] = 1
    return "new" in locals()
print(g())
class C:
    y = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
