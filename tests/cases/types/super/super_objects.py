def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def f(self):
        return "A.f"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
    x = 5
class B(A):
    def f(self):
        return "B>" + super().f()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
b = B()
print(b.f(), B.cm(), super(B, b).f(), super(B, B).cm(), super(B, b).x)
s = super(B, b)
print(repr(s).startswith("<super: <class 'B'>, <B object"), s.__thisclass__ is B, s.__self__ is b, s.__self_class__ is B)
s2 = super(B)
print(repr(s2), s2.__self__, s2.__self_class__)
t(lambda: super(B, 1))
t(lambda: super(1, b))
t(lambda: super(B, A()))
t(lambda: super())
t(lambda: super(B, b).nope)
t(lambda: super(B, b).__class__.__name__)
t(lambda: setattr(super(B, b), "x", 1))
t(lambda: super(B, b, 1))
class C(B):
    def f(self):
        return "C>" + super(B, self).f()
print(C().f())
class D:
    def __init__(self):
        super().__init__()
        self.ok = True
print(D().ok)
class E(A):
    def meth(self):
        def inner():
            return super().f()
        return inner
t(lambda: E().meth()())
class F(A):
    def g(self):
        return [super().f() for _ in range(2)]
print(F().g())
class G(A):
    @staticmethod
    def sm():
        return super().f()
t(lambda: G.sm())
print(super(B, b).__get__(b) is not None, type(super(B, b)).__name__)
class H(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
print(H(a=2)["a"])
class P:
    @property
    def p(self):
        return "P.p"
class Q(P):
    @property
    def p(self):
        return "Q>" + super().p
print(Q().p)
