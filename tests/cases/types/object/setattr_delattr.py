def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    __slots__ = ("x",)
a = A()
t(lambda: a.x)
a.x = 1
print(a.x)
t(lambda: setattr(a, "y", 2))
del a.x
t(lambda: delattr(a, "x"))
t(lambda: a.__dict__)
class B:
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k):
        print("delattr", k)
        object.__delattr__(self, k)
b = B()
b.q = 3
print(b.q, vars(b))
del b.q
t(lambda: delattr(b, "q"))
t(lambda: object.__setattr__(1, "x", 1))
t(lambda: object.__setattr__(b, 1, 1))
t(lambda: vars(1))
