def f(a, b, c=3): return a, b, c
for args, kw in [((1,), {}), ((1, 2, 3, 4), {}), ((1, 2), {'a': 1}), ((1, 2), {'d': 1}), ((), {'b': 1}), ((1,), {'c': 1})]:
    try:
        print(f(*args, **kw))
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def g(): pass
try:
    g(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    g(x=1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
