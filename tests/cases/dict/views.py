# dict views: keys/values/items, their repr, len, membership, reversed, mapping, set operations.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: "a", 2: "b", 3: "c"}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(1 in k, 9 in k, "a" in v, "z" in v, (1, "a") in i, (1, "b") in i, 1 in i, (1,) in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping, i.mapping[2])
d[4] = "d"
print(k, v, i)
print(sorted(k & {1, 2, 9}), sorted(k | {9}), sorted(k - {1}), sorted(k ^ {1, 9}))
print(sorted({1, 9} & k), sorted({9} | k), sorted({1, 5} - k), sorted({1, 9} ^ k))
print(sorted(k & [2, 3, 10]), sorted(k | [0]), sorted(k - (1, 2)))
print(sorted(i & {(1, "a"), (2, "x")}), sorted(i - {(1, "a")}), sorted(i | {(0, "z")}))
print(sorted({1: 2}.items() ^ {3: 4}.items()), sorted({1: 2, 3: 4}.items() ^ {1: 2, 3: 5}.items()))
print(k == {1, 2, 3, 4}, k == {1, 2}, k < {1, 2, 3, 4, 5}, k <= set(k), k > {1}, k >= {9}, k != {1})
print(i == {(1, "a"), (2, "b"), (3, "c"), (4, "d")}, k == [1, 2, 3, 4], v == v, v == d.values())
print(k.isdisjoint({9}), k.isdisjoint([1]), i.isdisjoint({(9, 9)}), {}.keys().isdisjoint(()))
t(lambda: v & {1})
t(lambda: k & 1)
t(lambda: k < 1)
t(hash, k)
t(hash, i)
print(type(hash(v)).__name__)
e = {}
e["r"] = e.keys()
print(e)
print(list(zip(d.keys(), d.values())) == list(d.items()))
it = iter(i)
print(type(it).__name__, next(it), it.__length_hint__())
print(type(reversed(d)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__, list(reversed(d)))
print({}.keys(), {}.values(), {}.items())
