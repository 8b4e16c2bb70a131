# 6.3.4 Calls: positional, keyword, defaults, *args, **kwargs, keyword-only, positional-only.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(a=1, c=2), f(*[1, 2, 3], **{"c": 0, "z": 9}))
def g(x, y, /, z, *, w):
    return x, y, z, w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
def h(a, b):
    return a - b
print(h(b=1, a=5), h(*(5,), b=2))
cases = [
    lambda: f(), lambda: f(1), lambda: f(1, 2, c=3, a=4), lambda: f(1, c=2, zz=1, yy=2) and None,
    lambda: g(1, 2, 3, 4), lambda: g(x=1, y=2, z=3, w=4), lambda: g(1, 2, 3), lambda: h(1), lambda: h(1, 2, 3),
    lambda: h(1, 2, b=3), lambda: h(1, c=3), lambda: h(**{"a": 1}, **{"a": 2}), lambda: h(*1), lambda: h(**[1]),
    lambda: (lambda: 0)(1), lambda: (lambda *, k: k)(), lambda: (lambda a, b, c: 0)(1),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print("TypeError:", e)
