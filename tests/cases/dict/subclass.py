# dict subclasses: __missing__, overridden methods and how dict's own methods use them.
class D(dict):
    def __missing__(self, key):
        return f"missing {key!r}"

d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d, type(d).__name__)

class Counter2(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

c = Counter2()
c["x"] += 1
c["x"] += 1
c["y"]
print(c)

class Loud(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 10)
    def keys(self):
        print("keys called")
        return super().keys()

l = Loud()
l["q"] = 1
l.update(r=2)
print(l, dict(l), {**l})
print(Loud.fromkeys("ab", 1))
print(type(D(x=1) | {"y": 2}).__name__, D(x=1) == {"x": 1}, type(D(x=1).copy()).__name__)

class NoMissing(dict):
    pass
try:
    NoMissing()["x"]
except KeyError as e:
    print("KeyError", e)
print(isinstance(d, dict), issubclass(D, dict), dict.__getitem__(d, "a"))
