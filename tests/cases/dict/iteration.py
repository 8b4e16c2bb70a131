# dict iteration: order, mutation during iteration errors, iterator length hints.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = {"b": 1, "a": 2, "c": 3}
print(list(d), list(d.values()), list(d.items()), [k for k in d])
d["a"] = 20
print(list(d))
del d["b"]
d["b"] = 1
print(list(d.items()))
def grow():
    m = {1: 1, 2: 2}
    for k in m:
        m[k + 10] = 0
t(grow)
def shrink():
    m = {1: 1, 2: 2}
    for k in m:
        del m[k]
t(shrink)
def swap():
    m = {0: 0}
    for k in m:
        del m[k]
        m[k + 1] = 1
t(swap)
def values_change():
    m = {1: 1, 2: 2}
    for k in m:
        m[k] = 5
    return m
t(values_change)
def items_grow():
    m = {1: 1}
    for k, v in m.items():
        m[2] = 2
t(items_grow)
def rev_grow():
    m = {1: 1, 2: 2}
    for k in reversed(m):
        m[3] = 3
t(rev_grow)
it = iter({1: 1, 2: 2, 3: 3})
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
m = {1: 1, 2: 2}
it = iter(m)
next(it)
m[3] = 3
t(next, it)
t(next, it)
m = dict.fromkeys(range(20))
for i in range(15):
    del m[i]
m["x"] = 1
print(list(m))
