# Less common class machinery: __bases__ assignment, __set_name__ errors, implicit
# staticmethod/classmethod wrapping, __dict__ assignment, explicit object/type dunder calls.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e, getattr(e, "__notes__", ""))

class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A):
    pass
c = C()
print(c.who(), C.__bases__)
C.__bases__ = (B,)
print(c.who(), C.__bases__, C.__mro__)
t("bases not tuple", lambda: setattr(C, "__bases__", [A]))
t("bases empty", lambda: setattr(C, "__bases__", ()))
t("bases non-class", lambda: setattr(C, "__bases__", (1,)))
t("bases cycle", lambda: setattr(A, "__bases__", (C,)))
t("bases layout", lambda: setattr(C, "__bases__", (int,)))
t("int bases", lambda: setattr(int, "__bases__", (object,)))

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)
t("set_name error", lambda: type("X", (), {"attr": Boom()}))

class K:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init_subclass__(cls, **kw):
        cls.kw = kw
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(type(K.__dict__["__new__"]).__name__, type(K.__dict__["__init_subclass__"]).__name__,
      type(K.__dict__["__class_getitem__"]).__name__)
class K2(K, a=1):
    pass
print(K2.kw, K2[int], type(K2()).__name__)

class D:
    pass
d = D()
d.x = 1
d.__dict__ = {"y": 2}
print(vars(d), d.y)
t("dict to list", lambda: setattr(d, "__dict__", [1]))
print(object.__getattribute__(d, "y"), object.__setattr__(d, "z", 3), d.z, object.__delattr__(d, "z"))
t("getattribute missing", lambda: object.__getattribute__(d, "nope"))
t("getattribute non-str", lambda: object.__getattribute__(d, 1))
t("setattr on type via object", lambda: object.__setattr__(D, "q", 1))
type.__setattr__(D, "q", 5)
print(D.q, type.__getattribute__(D, "q"))
t("wrapper kw", lambda: (1).__add__(other=1))
t("get None None", lambda: int.__dict__["real"].__get__(None, None))
print(int.__dict__["real"].__get__(None, int) is int.__dict__["real"])
t("qualname bad", lambda: type("X", (), {"__qualname__": 5}))
t("qualname set", lambda: setattr(D, "__qualname__", 5))
print(D.__weakref__ if False else type(D.__dict__["__weakref__"]).__name__)
class Pr:
    __slots__ = ("__x", "_Pr__y", "z")
print(sorted(k for k in Pr.__dict__ if not k.startswith("__")))
t("abstract", lambda: type(type("Abs", (), {})()).__name__)
class Ab:
    pass
Ab.__abstractmethods__ = frozenset(["b", "a"])
t("abstract 2", lambda: Ab())
del Ab.__abstractmethods__
print(type(Ab()).__name__)
t("del abstract again", lambda: delattr(Ab, "__abstractmethods__"))
print(D.__module__, int.__module__, type(None).__module__, D.__basicsize__ > 0, int.__flags__ > 0)
t("doc set builtin", lambda: setattr(int, "__doc__", "x"))
D.__doc__ = "new doc"
print(D.__doc__)
print([cls.__name__ for cls in A.__subclasses__()], [cls.__name__ for cls in B.__subclasses__()])
del d.__dict__
print(vars(d))
