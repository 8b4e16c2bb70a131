class C:
    def m(self, x): return x
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return cls.__name__, x
o = C()
print(o.m(1), C.m(o, 2), C.s(3), o.s(4), C.c(5), o.c(6))
for call in [lambda: o.m(), lambda: o.m(1, 2), lambda: C.m(1), lambda: C.s(), lambda: o.m(y=1), lambda: C.c()]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__ + ":", e)
