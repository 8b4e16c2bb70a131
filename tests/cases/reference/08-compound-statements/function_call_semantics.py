# 8.7 / 6.3.4 Calls: binding of positional, keyword, *args and **kwargs to parameters
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
t(lambda: f(1, c=3))
t(lambda: f(1, 2, 3, 4, c=5, e=6))
t(lambda: f(*[1, 2], **{"c": 3, "z": 0}))
t(lambda: f(1, 2, a=1, c=3))
t(lambda: f(c=3))
t(lambda: f(1))
t(lambda: f(1, c=3, **{"c": 4}))
t(lambda: f(1, **{"c": 3}, **{"c": 4}))
t(lambda: f(1, c=3, **{1: 2}))
def g(a, /, b, *, c):
    return a, b, c
t(lambda: g(1, 2, c=3))
t(lambda: g(1, b=2, c=3))
t(lambda: g(a=1, b=2, c=3))
t(lambda: g(1, 2, 3))
t(lambda: g(1, 2))
def h(a, /, **kw):
    return a, kw
t(lambda: h(1, a=2))
def k(*, a, b, c):
    return a
t(lambda: k(a=1))
t(lambda: k())
def m(a, b, c):
    return a
t(lambda: m(1))
t(lambda: m())
t(lambda: m(1, 2, 3, 4))
def n(a, b=1):
    return a
t(lambda: n(1, 2, 3))
t(lambda: n(b=1, x=2))
def o():
    return 0
t(lambda: o(1))
t(lambda: o(x=1))
