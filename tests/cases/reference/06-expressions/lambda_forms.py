f = lambda: 42
g = lambda a, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)
h = lambda a, /, b: a + b
print(f(), g(1, d=4), g(1, 2, 3, d=4, z=6), h(1, b=2))
print(f.__name__, (lambda x: x).__qualname__)
print((lambda *a, **k: (a, k))(1, x=2))
try:
    h(a=1, b=2)
except TypeError as e:
    print(type(e).__name__ + ":", e)
print((lambda x: (yield x)) is not None)
print(list((lambda: (yield 1))()))
