def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    x = 1
    def m(self): pass
class B(A):
    y = 2
print(sorted(k for k in B.__dict__ if not k.startswith("__")), "x" in dir(B), "y" in dir(B), "m" in dir(B()), "__init__" in dir(B))
print(B.__dict__.get("x"), A.__dict__["x"], type(B.__dict__).__name__, B.__dict__["__module__"], "__doc__" in B.__dict__, B.__doc__)
b = B()
b.z = 3
print(sorted(vars(b)), "z" in dir(b), b.__dict__)
print(type.__dict__["__name__"].__get__(B), type(type.__dict__["__name__"]).__name__)
t(lambda: type.__dict__["__name__"].__set__(int, "x"))
t(lambda: dir(1, 2))
print(sorted(x for x in dir(int) if not x.startswith("_"))[:8], "__add__" in dir(1), len(dir()) > 0)
class D:
    def __dir__(self):
        return ["b", "a", "b"]
print(dir(D()))
class BadDir:
    def __dir__(self):
        return 5
t(lambda: dir(BadDir()))
class NS:
    __slots__ = ("p", "q")
print([k for k in dir(NS()) if k in ("p", "q")], "__dict__" in dir(NS()), "__slots__" in NS.__dict__)
print(type(B).__name__, B.__class__, B.__bases__[0].__bases__, object.__bases__, type.__bases__, type.__base__)
print(B.__basicsize__ > 0, isinstance(B.__flags__, int))
