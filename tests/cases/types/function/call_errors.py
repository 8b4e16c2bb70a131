def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b, /, c, *, d):
    return (a, b, c, d)
t(lambda: f(1, 2, 3, d=4))
t(lambda: f(1, 2, c=3, d=4))
t(lambda: f(1, b=2, c=3, d=4))
t(lambda: f(1, 2, 3))
t(lambda: f(1, 2, 3, 4))
t(lambda: f(1))
t(lambda: f(1, 2, 3, d=4, e=5))
t(lambda: f(1, 2, 3, d=4, c=5))
def g(x, y=1):
    return x
t(lambda: g())
t(lambda: g(1, 2, 3))
t(lambda: g(1, x=2))
t(lambda: g(**{"x": 1, "z": 2}))
t(lambda: g(*5))
t(lambda: g(**5))
t(lambda: g(**{1: 2}))
def h(*, k):
    pass
t(lambda: h(1))
