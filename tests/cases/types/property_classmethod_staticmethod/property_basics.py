def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
    ro = property(lambda self: "readonly")
a = A()
print(a.v, A.v.__doc__, type(A.v).__name__)
a.v = 5; print(a.v)
t(lambda: setattr(a, "v", -1))
del a.v
t(lambda: a.v)
t(lambda: setattr(a, "ro", 1))
t(lambda: delattr(a, "ro"))
print(a.ro, A.ro.fset, A.ro.fget(None))
t(lambda: property(5).__get__(a))
print(A.v is A.__dict__["v"])
