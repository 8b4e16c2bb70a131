def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {"x": [1], 2: "two", (3,): None}
c = d.copy()
c["x"].append(2); c["new"] = 1
print(d, c)
d[1] = d
print(d)
t(lambda: d.copy(1))
t(lambda: dict(d) == d)
t(lambda: {**{"a": 1}, "b": 2, **{"a": 3}})
t(lambda: {**[1]})
t(lambda: dict(a=1).__repr__())
class M(dict):
    def __repr__(self):
        return "M!"
print({1: M()}, [M()])
t(lambda: dict.__repr__(M(a=1)))
