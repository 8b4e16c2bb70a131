def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A.c:" + cls.__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cwho(cls):
        return "B.c>" + super().cwho()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), D.cwho(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), super(C, D()).who())
t(lambda: super(B, 5))
t(lambda: super(int, "x"))
def nosuper():
    return super().x
t(nosuper)
t(lambda: super(D, D()).nonexistent)
t(lambda: repr(super(B, D())).startswith("<super: <class 'B'>"))
