# 4.2.2 / 3.3.3.6: the implicit __class__ cell and zero-argument super()
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
    def cls(self):
        return __class__.__name__
    @classmethod
    def cm(cls):
        return super().who if False else super()
    @staticmethod
    def sm():
        return super()
print(B().who(), B().cls(), type(B.cm()).__name__)
t(B.sm)
def plain():
    return super()
t(plain)
def outside(self):
    return super().who()
B.outside = outside
t(lambda: B().outside())
class C(A):
    def m(self):
        del self
        return super().who()
t(lambda: C().m())
class D(A):
    def m(*args):
        return super().who()
t(lambda: D().m())
class E(A):
    def m(self):
        return (lambda: super().who())()
t(lambda: E().m())
class F(A):
    def m(self):
        return [super().who() for _ in range(1)]
t(lambda: F().m())
class G:
    def m(self):
        __class__ = "shadowed"
        return __class__
t(lambda: G().m())
class H:
    def m(self):
        return __class__
t(lambda: H().m().__name__)
t(lambda: H.m.__code__.co_freevars)
t(lambda: super(B, B()).who())
t(lambda: super(A, B()).who())
t(lambda: super(B, A()))
t(lambda: super(1, 2))
t(lambda: super(B))
class Meta(type):
    def __new__(m, name, bases, ns):
        print("__classcell__" in ns, type(ns.get("__classcell__")).__name__)
        return super().__new__(m, name, bases, ns)
class Uses(metaclass=Meta):
    def m(self):
        return __class__
class NoUse(metaclass=Meta):
    pass
