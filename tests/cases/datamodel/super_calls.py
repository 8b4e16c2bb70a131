def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class A:
    def who(self):
        return ["A"]
    @classmethod
    def cm(cls):
        return ["A.cm", cls.__name__]
    def __init__(self):
        print("A.__init__")
class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def cm(cls):
        return ["B.cm"] + super().cm()
    def __init__(self):
        print("B.__init__")
        super().__init__()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    def __init__(self):
        super(D, self).__init__()

d = D()
print(d.who(), D.cm())
print(super(B, d).who(), super(C, d).who())
print(D.__mro__)
s = super(B, d)
print(s.__thisclass__, s.__self_class__, s.__self__ is d)
t("super(A, 1)", lambda: super(A, 1))
t("super(1, d)", lambda: super(1, d))
t("super attr", lambda: super(D, d).nope)
print(super(D, D).cm())
u = super(A)
print(u.__self__, u.__thisclass__)
class E:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))
        super().__init_subclass__()
class F(E, flag=1, other="x"):
    pass
class G(F):
    pass
t("kw to object", lambda: type("H", (), {}, flag=1))
class Base:
    def __repr__(self):
        return "Base.repr:" + super().__repr__()[:9]
print(repr(Base()))
class N:
    def __new__(cls, *args):
        print("N.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("N.__init__", args)
N(1, 2)
class M(N):
    pass
M()
class Bad:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
    def __init__(self, *args):
        pass
t("Bad(1)", lambda: Bad(1))
class Bad2:
    def __init__(self, *args):
        super().__init__(*args)
t("Bad2(1)", lambda: Bad2(1))
