def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)
t(lambda: f(1, 2, 3, d=4))
t(lambda: f(1, 2, c=3, d=4))
t(lambda: f(1, b=2, c=3, d=4))
t(lambda: f(1, 2, 3))
t(lambda: f(1, 2, 3, 4, d=5))
t(lambda: f(1, 2, 3, d=4, z=1))
t(lambda: f(1, 2, 3, c=3, d=4))
t(lambda: f())
t(lambda: f(1))
t(lambda: f(*[1, 2, 3], **{"d": 4}))
t(lambda: f(1, 2, 3, **{"d": 4, "e": 6}))
t(lambda: f(1, 2, 3, d=4, **{"d": 5}))
t(lambda: f(1, 2, 3, **{1: 2}))
t(lambda: f(*5))
t(lambda: f(**5))
def g(*args, **kwargs):
    return args, kwargs
t(lambda: g(1, x=2))
t(lambda: g(*"ab", **{"a": 1}))
def h(a, b=1, *args, c, d=2, **kw):
    pass
print(h.__code__.co_argcount, h.__code__.co_kwonlyargcount, h.__defaults__, h.__kwdefaults__)
t(lambda: h())
t(lambda: h(1))
t(lambda: h(1, 2, 3, 4))
class C:
    def m(self, x):
        return x
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m(1))
t(lambda: C().m(y=1))
t(lambda: (lambda: 0)(1))
t(lambda: (lambda *, k: k)())
