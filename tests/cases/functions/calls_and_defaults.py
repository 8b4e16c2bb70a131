def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def g(a, /, b, *, c):
    return a + b + c
print(g(1, 2, c=3), g(1, b=2, c=3))
def h(x, y=[]):
    y.append(x)
    return y
print(h(1), h(2))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
lam = lambda x, y=1: x * y
print(lam(3), lam(3, 4), lam.__name__)
def doc():
    "the docstring"
print(doc.__doc__)
print(repr(f).startswith("<function f at 0x"))
def kwonly(*, k): return k
print(kwonly(k=1))
print((lambda *a, **k: (a, k))(1, 2, x=3))
