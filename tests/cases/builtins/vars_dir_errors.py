# vars() and dir(): objects without __dict__, custom __dir__, modules and classes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
t(lambda: vars(C()))
t(lambda: sorted(k for k in vars(C) if not k.startswith("__")))
t(lambda: type(vars(C)).__name__)
t(lambda: vars(5))
t(lambda: vars([]))
t(lambda: vars(1, 2))
t(lambda: vars(object()))
class S:
    __slots__ = ("a",)
t(lambda: vars(S()))
class D:
    def __dir__(self):
        return ["z", "a", "m"]
t(lambda: dir(D()))
class DT:
    def __dir__(self):
        return ("t", "b")
t(lambda: dir(DT()))
class DG:
    def __dir__(self):
        return (x for x in "cab")
t(lambda: dir(DG()))
class DBad:
    def __dir__(self):
        return 5
t(lambda: dir(DBad()))
class DMixed:
    def __dir__(self):
        return ["b", 1]
t(lambda: dir(DMixed()))
t(lambda: [n for n in dir(C()) if not n.startswith("__")])
t(lambda: [n for n in dir(C) if not n.startswith("__")])
t(lambda: "__add__" in dir(1), "real" in dir(1))
t(lambda: dir(1, 2))
class Base:
    b = 1
class Derived(Base):
    d = 2
t(lambda: [n for n in dir(Derived) if not n.startswith("_")])
class Meta(type):
    meta_attr = 1
class WithMeta(metaclass=Meta):
    pass
t(lambda: "meta_attr" in dir(WithMeta), hasattr(WithMeta, "meta_attr"))
def local_names():
    a = 1
    b = 2
    return dir()
t(local_names)
t(lambda: vars().__class__.__name__)
import sys
t(lambda: "path" in dir(sys), vars(sys) is sys.__dict__)
