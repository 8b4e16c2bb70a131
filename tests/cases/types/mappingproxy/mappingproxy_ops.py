def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
MP = type(type.__dict__)
mp = MP({"a": 1, "b": 2})
print(mp, repr(mp), type(mp).__name__, mp["a"], mp.get("z", 0), len(mp), list(mp), "a" in mp, list(mp.items()), list(mp.values()))
print(mp.copy(), type(mp.copy()).__name__, mp == {"a": 1, "b": 2}, mp | {"c": 3}, {"z": 0} | mp, list(reversed(mp)))
t(lambda: mp.__setitem__("a", 5))
t(lambda: mp.__delitem__("a"))
t(lambda: mp.pop("a"))
t(lambda: setattr(mp, "x", 1))
t(lambda: mp["nope"])
t(lambda: hash(mp))
t(lambda: MP([1, 2]))
t(lambda: MP(5))
t(lambda: MP())
t(lambda: MP({}, {}))
t(lambda: MP(mapping={"q": 1}))
x = {"k": 1}
p = MP(x)
x["k2"] = 2
print(p, len(p))
t(lambda: mp.__ior__({"a": 1}))
def f(m):
    m |= {"c": 3}
    return m
t(lambda: f(mp))
t(lambda: mp < mp)
print(mp != {"a": 1}, mp.keys(), type(mp.keys()).__name__)
print(type(int.__dict__).__name__, int.__dict__["bit_length"].__name__, "real" in int.__dict__)
class C:
    y = 1
print(C.__dict__["y"], type(C.__dict__) is MP, MP(C.__dict__)["y"])
print(MP({}) == {})
t(lambda: mp.keys(1))
