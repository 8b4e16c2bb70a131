def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x property"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    @x.deleter
    def x(self):
        print("deleting x")
    y = property(lambda self: 42)
    z = property()

c = C()
print(c.x)
c.x = 3
print(c.x, C.x.__doc__, C.x.fget.__name__, C.x.__name__)
del c.x
t("y set", lambda: setattr(c, "y", 1))
t("y del", lambda: delattr(c, "y"))
t("z get", lambda: c.z)
t("z set", lambda: setattr(c, "z", 1))
print(C.y.__name__ if hasattr(C.y, "__name__") else "no name")
print(type(C.x), C.x.fset.__name__, C.x.fdel is not None)
p = property(None, None, None, "docstring")
print(p.__doc__, p.fget, p.__isabstractmethod__)
class Sub(property):
    pass
class D:
    @Sub
    def v(self):
        "sub doc"
        return "v"
print(D().v, type(D.v).__name__, D.v.__doc__)
D.v = D.v.setter(lambda self, val: print("set", val))
d = D()
d.v = 5
print(type(D.__dict__["v"]).__name__)
t("property kw", lambda: property(fget=len, doc="d").__doc__)
t("property bad kw", lambda: property(nope=1))
