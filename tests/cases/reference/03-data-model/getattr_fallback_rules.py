# 3.3.2.1 __getattr__ runs only after normal lookup raises AttributeError
class P:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    @property
    def other_error(self):
        raise KeyError("k")
    def __getattr__(self, name):
        return "fallback:" + name
p = P()
print(p.broken, p.anything)
try:
    p.other_error
except KeyError as e:
    print("KeyError:", e)
class GA:
    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "ga fallback " + name
    visible = 1
g = GA()
print(g.visible, g.hidden)
class Plain:
    x = 1
try:
    Plain().y
except AttributeError as e:
    print("AttributeError:", e, e.name, type(e.obj).__name__)
try:
    Plain.y
except AttributeError as e:
    print("AttributeError:", e)
class Rec:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return name.upper()
r = Rec()
print(r.abc, getattr(r, "xyz"), hasattr(r, "_p"), getattr(r, "_q", "dflt"))
class GetattrReturnsNone:
    def __getattr__(self, name):
        pass
print(GetattrReturnsNone().anything)
import sys
print(type(sys).__getattr__ if hasattr(type(sys), "__getattr__") else "module has no __getattr__ slot method")
