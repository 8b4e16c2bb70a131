# 3.3.2.4.1 __slots__: conflicts, __dict__/__weakref__ slots, inheritance
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def mk(ns, bases=()):
    return lambda: type("K", bases, ns).__name__
t(mk({"__slots__": ("x",), "x": 1}))
t(mk({"__slots__": ("x", "x")}))
t(mk({"__slots__": (1,)}))
t(mk({"__slots__": ("not valid",)}))
t(mk({"__slots__": "single"}))
t(mk({"__slots__": ("__dict__", "__dict__")}))
t(mk({"__slots__": ("__weakref__", "__weakref__")}))
t(mk({"__slots__": 5}))
t(mk({"__slots__": ("a",)}, (int,)))
t(mk({"__slots__": ()}, (int,)))
t(mk({"__slots__": ("a",)}, (tuple,)))
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
t(lambda: type("AB", (A, B), {}))
class D:
    __slots__ = ("__dict__", "x")
d = D()
d.y = 5
d.x = 1
print(d.__dict__, d.x)
class E(A):
    pass
e = E()
e.a, e.z = 1, 2
print(e.a, e.__dict__)
class F(A):
    __slots__ = ("f",)
print(hasattr(F(), "__dict__"), F.__slots__, type(F.__dict__["f"]).__name__)
class Priv:
    __slots__ = ("__p",)
    def __init__(self):
        self.__p = 1
print(Priv()._Priv__p, "_Priv__p" in Priv.__dict__)
class L:
    __slots__ = ["l1", "l2"]
print(L.__slots__, sorted(k for k in L.__dict__ if k.startswith("l")))
class Dct:
    __slots__ = {"k": "doc for k"}
print(Dct.k.__doc__ if hasattr(Dct.k, "__doc__") else None)
