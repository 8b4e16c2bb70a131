def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {"a": [1], "b": 2}
c = d.copy()
c["a"].append(2)
c["z"] = 0
print(d, c, d.copy() == d, d.copy() is d, type(d.copy()).__name__)
d.clear()
print(d, len(d), c)
t(lambda: d.copy(1))
t(lambda: d.clear(1))
t(lambda: d.keys(1))
t(lambda: d.values(None))
t(lambda: d.items(x=1))
t(lambda: d.popitem(1))
t(lambda: d.update(1, 2))
t(lambda: d.__len__(1))
t(lambda: dict.copy(1))
t(lambda: dict.keys([]))
d = {i: i * i for i in range(5)}
print(d, {k: v for k, v in d.items() if k % 2}, dict(zip("abc", range(3))), dict(a=1, **{"b": 2}))
t(lambda: dict(**{1: 2}))
t(lambda: dict(a=1, **{"a": 2}))
t(lambda: {**{1: 2}, **[3]})
print({**{1: 2}, **{1: 3}}, {1: 2, **{}, 3: 4}, dict({1: 2}, x=3))
print(d.__contains__(2), d.__getitem__(2), d.get(9, "dflt"), d.__len__(), d.__sizeof__() > 0, d.__class__.__name__)
