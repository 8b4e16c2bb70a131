def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {1: "a", 2: "b"}
k, v, i = d.keys(), d.values(), d.items()
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
d[3] = "c"
print(list(k), list(v), list(i), len(k))
del d[1]
print(list(k), 1 in k, 2 in k, "b" in v, (2, "b") in i)
t(lambda: type(k)())
t(lambda: type(k)(d))
t(lambda: k.__class__.__name__)
print(k == k, v == v, v != v, i == i, k != {2, 3}, k == {2, 3})
it = iter(k)
next(it)
d[99] = 1
t(lambda: next(it))
it = iter(v)
d.pop(99)
t(lambda: next(it))
d2 = {"x": 1}
it = iter(d2.items())
d2["x"] = 2
print(next(it))
d2["y"] = 3
d2.pop("y")
it2 = iter(d2)
d2["z"] = 1
del d2["z"]
t(lambda: next(it2))
print(k.mapping is not d, dict(k.mapping) == d, type(v.mapping).__name__)
t(lambda: k.mapping.__class__.__name__)
print(repr({}.keys()), repr({}.values()), repr({}.items()), repr({1: {2: 3}}.items()))
dd = {}
dd[0] = dd.values()
print(dd)
print(sorted({1: 1, 2: 2}.keys() & {2: 0}.keys()), sorted({1: 1}.items() | {2: 2}.items()))
print({1: 1}.keys() == {1: 2}.keys(), {1: 1}.items() == {1: 2}.items(), {1: [1]}.items() == {1: [1]}.items())
t(lambda: {1: [1]}.items() & {1: [1]}.items())
t(lambda: {1: []}.items() | set())
