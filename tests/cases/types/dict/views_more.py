def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
S = sorted
print(S(k & {"a", "x"}), S(k | ["x"]), S(k - "ab"), S(k ^ ("a", "z")), S({"a", "q"} & k), S(["a"] | k))
print(S(i & {("a", 1), ("b", 9)}), S(i - {("a", 1)}), S(i | [("z", 0)]), S(i ^ {("a", 1), ("q", 2)}))
print(k == {"a", "b", "c"}, k == ["a", "b", "c"], k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k > {"a"}, k >= k)
print(i == {("a", 1), ("b", 2), ("c", 3)}, ("a", 1) in i, ("a", 2) in i, "a" in i, 1 in v, 5 in v)
print(k.isdisjoint(["x"]), k.isdisjoint("a"), i.isdisjoint([("a", 1)]))
print(len(k), len(v), len(i), list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(repr(k), repr(v), repr(i), bool({}.keys()))
print(k.mapping, type(k.mapping).__name__, k.mapping["a"])
t(lambda: k.mapping.__setitem__("z", 1))
t(lambda: v == v)
t(lambda: d.values() == d.values())
t(lambda: k & 1)
t(lambda: k | None)
t(lambda: i - 5)
t(lambda: hash(k))
t(lambda: k[0])
t(lambda: ([1], 2) in i)
t(lambda: [] in k)
t(lambda: k.isdisjoint(1))
print(type(k & k).__name__, type(i | i).__name__)
d2 = {}
d2["x"] = d2.keys()
print(d2)
d3 = {1: 1}
d3[2] = d3.items()
print(d3)
it = iter(d.items())
print(next(it), type(it).__name__, it.__length_hint__())
print(sorted(d.keys() - set()), sorted(d.keys() ^ d.keys()))
