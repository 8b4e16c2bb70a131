def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {"a": 1}
d |= [("b", 2)]
print(d)
d |= {"c": 3}.items()
print(d)
def f(x):
    x |= 5
t(lambda: f(dict(d)))
t(lambda: d | [("x", 1)])
t(lambda: d.__or__([("x", 1)]))
t(lambda: [("x", 1)] | d)
t(lambda: d.__ior__(["ab"]))
t(lambda: d.__ior__(["abc"]))
t(lambda: d.__ior__([1]))
print(d)
print({1: 1} | {1: 2, 2: 2}, {1: 2, 2: 2} | {1: 1})
class D(dict): pass
r = D(a=1) | {"b": 2}
print(type(r).__name__, r)
r = {"b": 2} | D(a=1)
print(type(r).__name__, r)
x = D(a=1)
x |= {"c": 1}
print(type(x).__name__, x)
t(lambda: dict.update({}, 1))
t(lambda: dict.update({}, [1]))
t(lambda: dict.update({}, [(1, 2, 3)]))
t(lambda: dict.update({}, {}, {}))
t(lambda: {}.update(a=1, b=2))
d = {}
d.update([("a", 1)], a=2, b=3)
print(d)
class K:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k * 2
d.update(K())
print(d)
t(lambda: dict(K()))
t(lambda: dict([("a", 1)], **{"a": 5}))
t(lambda: dict(1))
t(lambda: dict([[1, 2], "ab"]))
t(lambda: dict({1: 2}, {3: 4}))
