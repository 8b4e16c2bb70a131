def f(a, b, /, c, *, d): return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for args, kw in [((1,), {'b': 2, 'c': 3, 'd': 4}), ((), {'a': 1, 'b': 2}), ((1, 2, 3, 4), {})]:
    try:
        f(*args, **kw)
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def g(a, /, **kw): return a, kw
print(g(1, a=2))
def h(x, y, /): pass
try:
    h(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
