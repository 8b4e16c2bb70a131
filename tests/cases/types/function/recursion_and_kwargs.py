def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
t(lambda: f(1, *[2, 3], a=1, **{"b": 2}))
t(lambda: f(**{"a": 1}, **{"a": 2}))
t(lambda: f(a=1, **{"a": 2}))
t(lambda: f(*(), **{}))
def kwonly(*, a=1, b):
    return a, b
t(lambda: kwonly(b=2))
t(lambda: kwonly())
def pos_only(a, /, **kw):
    return a, kw
t(lambda: pos_only(1, a=2))
t(lambda: pos_only(a=2))
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)
