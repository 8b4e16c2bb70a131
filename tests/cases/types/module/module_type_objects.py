def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import sys
M = type(sys)
m = M("mymod")
print(m, repr(m), m.__name__, m.__doc__, m.__spec__, m.__loader__, m.__package__, sorted(m.__dict__))
m2 = M("withdoc", "the doc")
print(m2.__doc__)
t(lambda: M())
t(lambda: M(1))
t(lambda: M("a", "b", "c"))
t(lambda: M(name="kw").__name__)
m.x = 5
print(m.x, "x" in dir(m), vars(m)["x"])
t(lambda: m.nope)
del m.x
t(lambda: m.x)
m.__getattr__ = lambda name: "dyn:" + name
print(m.anything)
del m.__getattr__
t(lambda: m.anything)
m.__dir__ = lambda: ["b", "a"]
print(dir(m))
del m.__dict__["__name__"]
t(lambda: m.missing)
print(repr(m).startswith("<module "), M.__name__, M.__module__ if hasattr(M, "__module__") else None)
t(lambda: M.__dict__["__dict__"].__get__(m) is m.__dict__)
m3 = M("m3")
m3.__repr__ = lambda: "custom"
print(repr(m3).startswith("<module 'm3'"))
class Sub(M):
    pass
s = Sub("subm")
print(type(s).__name__, s.__name__, isinstance(s, M), repr(s))
print(type(sys).__name__, sys.__name__, isinstance(sys, M), type(sys.modules).__name__, "sys" in sys.modules)
