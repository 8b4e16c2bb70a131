# dict: construction, item access, every method and its errors, equality, repr, | and |=.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, 2: "b", (3, 4): [5]}
print(d, len(d), d["a"], d[2], d[(3, 4)])
t(lambda: d["zz"])
t(lambda: d[(1, 2)])
t(lambda: d[[]])
print(dict(), dict(a=1, b=2), dict([("x", 1), ["y", 2]]), dict({"k": 1}, k=2), dict(zip("ab", range(2))))
print(dict({1: 2}.items()), dict(((1, 2),)), dict([(1, 2), (1, 3)]))
t(dict, 1)
t(dict, [1])
t(dict, [[1]])
t(dict, [(1, 2, 3)])
t(dict, [{1, 2, 3}])
t(dict, {}, {})
print({1: 1, 1.0: 2, True: 3}, {0: "a", False: "b", 0.0: "c"})
print(d.get("a"), d.get("zz"), d.get("zz", 0))
t(d.get)
t(d.get, 1, 2, 3)
print(d.setdefault("a", 9), d.setdefault("new", 9), d.setdefault("none"), d)
print(d.pop("new"), d.pop("missing", "dflt"), d)
t(d.pop, "missing")
t({}.pop, [])
t(d.pop, [])
t(d.pop)
e = {"x": 1, "y": 2, "z": 3}
print(e.popitem(), e.popitem(), e)
t({}.popitem)
e.update({"p": 1}, q=2)
e.update([("r", 3)])
e.update(s=4)
e.update()
print(e)
t(e.update, 1)
t(e.update, {}, {})
class M:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, k):
        return k * 2
e.update(M())
print(e, dict(M()))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys({"a": 1}), dict.fromkeys(range(3), []))
t(dict.fromkeys)
t(dict.fromkeys, 1)
f = e.copy()
f["m"] = 0
print(f["m"], e["m"], type(f).__name__)
f.clear()
print(f, len(f))
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2} == {1.0: 2}, {} == {}, {1: 2} == [(1, 2)])
t(lambda: {1: 2} < {1: 2})
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 2})
t(lambda: {"a": 1} | [("b", 2)])
g = {"a": 1}
g |= {"b": 2}
g |= [("c", 3)]
print(g)
t(hash, {})
print("a" in g, "z" in g, 1 in {1.0: 0}, [] in g if False else None)
t(lambda: [] in g)
def setit(m, k, v):
    m[k] = v
def delit(m, k):
    del m[k]
t(setit, {}, [], 1)
t(delit, {}, "nope")
t(delit, {}, [])
h = {}
h[1] = "one"; h["1"] = "str"; h[1.5] = "f"; h[None] = "n"; h[(1,)] = "t"
del h["1"]
print(h, list(h), bool(h), bool({}))
r = {}
r["self"] = r
print(r, {1: [r]})
print(dict.__class_getitem__(str), dict[str, int])
print({}.__sizeof__() == dict().__sizeof__())
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], big[999], sum(big.values()))
big[0] = "back"
print(list(big)[-1], list(big.items())[-2:])
