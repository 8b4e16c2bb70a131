def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def m(self, x):
        return ("m", x)
a = A()
bm = a.m
print(bm(1), A.m(a, 2), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__)
t(lambda: A.m(1))
t(lambda: A.m())
t(lambda: bm())
t(lambda: bm(1, 2))
print(a.m == a.m, a.m is a.m, A().m == a.m)
t(lambda: setattr(bm, "x", 1))
t(lambda: bm.__doc__)
print(type(bm).__name__, type([].append).__name__, type(str.upper).__name__, type(dict.fromkeys).__name__)
print([].append.__self__, "x".upper.__name__, str.upper("q"))
t(lambda: str.upper(5))
