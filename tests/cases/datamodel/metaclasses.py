def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"prepared": True}
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def meta_method(cls):
        return "meta_method of " + cls.__name__
    @property
    def prop(cls):
        return "prop of " + cls.__name__

class A(metaclass=Meta, extra=1):
    def f(self):
        pass
a = A()
print(type(A).__name__, A.tag, A.prepared, A.meta_method(), A.prop)
t("instance meta_method", lambda: a.meta_method)
class B(A):
    pass
print(type(B).__name__, B.tag)
class M2(type):
    pass
t("conflict", lambda: M2("X", (A,), {}))
class M3(Meta):
    pass
class C(A, metaclass=M3):
    pass
print(type(C).__name__)
print(isinstance(A, Meta), isinstance(A, type), Meta.__mro__)

class Inst(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Inst):
    pass
print(isinstance(42, Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(1, (Magic, int)))

class Reg(type):
    registry = []
    def __init__(cls, *a):
        super().__init__(*a)
        Reg.registry.append(cls.__name__)
class R1(metaclass=Reg): pass
class R2(R1): pass
print(Reg.registry)

class MroMeta(type):
    def mro(cls):
        return [cls, object]
class W(metaclass=MroMeta):
    pass
class W2(W):
    pass
print(W2.__mro__)
t("abstract", lambda: type(type("Abs", (), {"__abstractmethods__": frozenset({"g", "f"})})()).__name__)
class Ab:
    pass
Ab.__abstractmethods__ = frozenset({"f"})
t("abstract one", lambda: Ab())
Ab.__abstractmethods__ = frozenset()
print(type(Ab()).__name__)
t("type abstractmethods", lambda: type.__abstractmethods__)
print(type.__name__, type.__module__, int.__module__, A.__module__)
t("__call__ on non-callable", lambda: A()())
