# 8.7 Function definitions: defaults evaluated once, left to right, at definition time
def p(v):
    print("eval default", v)
    return v
def f(a=p(1), b=p([]), *, c=p(3), d=p({})):
    b.append(a)
    d[len(d)] = c
    return b, d
print("defined")
print(f(), f(), f(b=[0]))
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (10, [])
print(f())
f.__kwdefaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError:", e)
def g(x, y=None):
    return x, y
g.__defaults__ = ()
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
try:
    g.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    g.__kwdefaults__ = []
except TypeError as e:
    print("TypeError:", e)
def h(a, b=1, /, c=2, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(h(0, d=4), h(0, 1, 2, 3, d=4, z=6))
print(h.__code__.co_argcount, h.__code__.co_posonlyargcount, h.__code__.co_kwonlyargcount, h.__code__.co_varnames[:8])
print(h.__defaults__, h.__kwdefaults__)
def k(a, b=2, /, **kw):
    return a, b, kw
print(k(1, a=3, b=4))
x = 1
def late(v=x):
    return v
x = 2
print(late())
