def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import math
ModuleType = type(math)
print(math.__spec__.name, math.__loader__ is not None, type(math.__spec__).__name__)
m = ModuleType("x")
print(m.__spec__, m.__loader__, m.__package__)
t(lambda: ModuleType("a", "b", "c"))
t(lambda: ModuleType("n", None).__doc__)
