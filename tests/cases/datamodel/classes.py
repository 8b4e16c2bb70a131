# Class creation, attribute lookup order, instance dicts, object defaults.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class A:
    """doc of A"""
    x = 1
    def f(self):
        return "A.f"

class B(A):
    y = 2

a = A()
b = B()
print(A.__name__, A.__qualname__, A.__module__, A.__doc__)
print(B.__bases__, B.__base__, B.__mro__)
print(B.mro())
print(b.x, b.y, b.f(), B.f(b))
b.x = 10
print(b.x, B.x, b.__dict__)
del b.x
print(b.x)
t("del missing", lambda: delattr(b, "x"))
t("missing attr", lambda: b.nope)
t("class missing", lambda: B.nope)
t("A(1)", lambda: A(1))
t("object(1)", lambda: object(1))
t("object().x = 1", lambda: setattr(object(), "x", 1))
print(type(a) is A, a.__class__ is A, type(A) is type, type(type) is type)
print(isinstance(b, A), issubclass(B, A), issubclass(A, B), isinstance(1, (str, int)))
print(A.__dict__["x"], "f" in A.__dict__, "x" in B.__dict__)
print(sorted(k for k in B.__dict__ if not k.startswith("__")))
print(a == a, a != a, a == b, a != b)
t("a < b", lambda: a < b)
print(hash(a) == hash(a), bool(a))
print(str(a) == repr(a), format(a, "") == str(a))
t("format spec", lambda: format(a, "x"))
print(repr(A).startswith("<class '__main__.A'"), repr(int), repr(type))

class Nested:
    class Inner:
        pass
print(Nested.Inner.__qualname__, repr(Nested.Inner))

def make():
    class Local:
        pass
    return Local
print(make().__qualname__)

# type() with three arguments
C = type("C", (A,), {"z": 3, "g": lambda self: "C.g"})
c = C()
print(C.__name__, C.__qualname__, C.__bases__, c.z, c.g(), c.f())
print(type(c).__mro__)
t("type(1, 2)", lambda: type(1, 2))
t("type('X', 1, {})", lambda: type("X", 1, {}))
t("type('X', (), 1)", lambda: type("X", (), 1))
t("type(1, (), {})", lambda: type(1, (), {}))
t("bool base", lambda: type("X", (bool,), {}))
t("layout", lambda: type("X", (int, str), {}))
t("dup base", lambda: type("X", (A, A), {}))
class P: pass
class Q(P): pass
t("mro conflict", lambda: type("X", (P, Q), {}))
print(type("X", (Q, P), {}).__mro__)

# __class__ assignment
class D1: pass
class D2: pass
d = D1()
d.__class__ = D2
print(type(d).__name__)
t("class to int", lambda: setattr(d, "__class__", int))
t("class to 1", lambda: setattr(d, "__class__", 1))

# set/delete class attributes and name/qualname
A.w = 5
print(a.w, B.w)
del A.w
t("a.w", lambda: a.w)
A.__name__ = "AA"
A.__qualname__ = "Q.AA"
print(A.__name__, A.__qualname__, repr(A))
t("A.__name__ = 1", lambda: setattr(A, "__name__", 1))
t("int.x = 1", lambda: setattr(int, "x", 1))
t("del int.real", lambda: delattr(int, "real"))
t("del A.nope", lambda: delattr(A, "nope"))
print(object.__subclasses__ is not None, B in A.__subclasses__())
print(type.__prepare__("X", ()), type(type.__prepare__()))
print(A.__doc__, B.__doc__, C.__doc__)
print(a.__dir__ is not None, "f" in dir(a), "x" in dir(B))
