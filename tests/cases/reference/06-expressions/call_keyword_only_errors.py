def f(a, *, b, c=2): return a, b, c
print(f(1, b=2))
for args, kw in [((1,), {}), ((1, 2), {}), ((1, 2), {'b': 3}), ((), {}), ((1,), {'b': 1, 'e': 2})]:
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def g(*, x, y, z): pass
try:
    g()
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    g(x=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
