def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def imp(src):
    try:
        exec(src)
        print("ok", src)
    except Exception as e:
        print(type(e).__name__ + ":", e)
imp("import nonexistent_module_xyz")
imp("from math import nonexistent_name")
imp("import math.nope")
imp("from math import floor as fl")
imp("import math as m2")
imp("from . import x")
imp("__import__('')")
imp("__import__(5)")
try:
    import nonexistent_module_abc
except ImportError as e:
    print(type(e).__name__, e.name, e.path)
