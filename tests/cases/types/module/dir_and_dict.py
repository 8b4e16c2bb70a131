def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import math
ModuleType = type(math)
m = ModuleType("mm")
print(sorted(m.__dict__))
m.b = 1; m.a = 2
print([k for k in dir(m) if not k.startswith("__")])
def custom_dir():
    return ["z", "y"]
m.__dir__ = custom_dir
print(dir(m))
import sys
print("sys" in sys.modules, sys.modules[__name__].__name__, __name__)
print(type(sys.modules[__name__].__dict__).__name__)
