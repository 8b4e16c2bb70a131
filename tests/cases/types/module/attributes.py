def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import math
ModuleType = type(math)
print(type(math).__name__, math.__name__, hasattr(math, "pi"))
m = ModuleType("mymod", "the doc")
print(m.__name__, m.__doc__, repr(m)[:17])
m.x = 5
print(m.x, sorted(k for k in vars(m) if not k.startswith("__") or k == "__name__"))
t(lambda: m.y)
t(lambda: ModuleType())
t(lambda: ModuleType(5))
del m.x
t(lambda: m.x)
t(lambda: delattr(m, "x"))
def ga(name):
    return "dyn:" + name
m.__getattr__ = ga
print(m.anything)
