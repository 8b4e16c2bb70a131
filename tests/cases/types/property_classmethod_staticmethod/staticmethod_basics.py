def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    @staticmethod
    def s(x=0):
        return ("s", x)
print(A.s(1), A().s(2), A.s(), type(A.__dict__["s"]).__name__)
sm = A.__dict__["s"]
print(sm(3), sm.__func__ is A.s, sm.__name__, sm.__wrapped__ is A.s)
t(lambda: staticmethod(5)())
t(lambda: staticmethod(len)([1, 2]))
t(lambda: A.s(1, 2))
class B:
    f = staticmethod(len)
print(B.f("abc"), B().f("ab"))
t(lambda: staticmethod())
