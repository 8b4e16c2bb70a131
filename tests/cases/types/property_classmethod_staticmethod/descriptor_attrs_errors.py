def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
    ro = property(lambda self: 5)
    wo = property(None, lambda self, v: None)
    @classmethod
    def cm(cls, a=1):
        return (cls.__name__, a)
    @staticmethod
    def sm(a=2):
        return a
c = C()
print(c.x, C.x.__doc__, C.x.fget.__name__, C.x.fset.__name__, C.x.fdel, C.ro.__doc__, type(C.__dict__["cm"]).__name__)
c.x = 9
print(c.x, c.ro)
t(lambda: setattr(c, "ro", 1))
t(lambda: delattr(c, "x"))
t(lambda: c.wo)
t(lambda: delattr(c, "ro"))
t(lambda: type(property(1)).__name__)
t(lambda: property(None, 1)(None))
t(lambda: C.x.__get__(None, C) is C.x)
t(lambda: C.x.__get__(c))
t(lambda: C.x.__set__(c, 3) or c.x)
t(lambda: C.x.getter(lambda s: "new").__get__(c))
t(lambda: C.x.deleter(lambda s: None).fdel is not None)
print(C.cm(), c.cm(5), C.sm(), c.sm(7), C.__dict__["sm"].__func__(3), C.__dict__["cm"].__func__(C, 4))
print(C.__dict__["cm"].__wrapped__ is C.__dict__["cm"].__func__, C.__dict__["sm"].__wrapped__(1), C.sm.__name__, C.cm.__name__, C.cm.__qualname__)
t(lambda: classmethod(1)())
t(lambda: classmethod(1).__get__(None, C)())
t(lambda: staticmethod(1)())
t(lambda: staticmethod(len)([1, 2]))
t(lambda: classmethod())
t(lambda: staticmethod(1, 2))
t(lambda: C.__dict__["cm"].__get__(None, None))
t(lambda: C.__dict__["cm"].__get__(c)())
print(repr(staticmethod(len)).startswith("<staticmethod("), repr(classmethod(len)).startswith("<classmethod("))
print(C.x.__isabstractmethod__, staticmethod(len).__isabstractmethod__)
class P(property): pass
class D:
    @P
    def v(self):
        return "v"
print(D().v, type(D.v).__name__, type(D.v.setter(lambda s, v: None)).__name__)
print(property.__name__ if hasattr(property, "__name__") else "", C.x.__name__)
t(lambda: setattr(C.x, "__name__", "renamed") or C.x.__name__)
