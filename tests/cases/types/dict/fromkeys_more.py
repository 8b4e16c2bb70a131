def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(3), 0), dict.fromkeys({1: 2, 3: 4}), dict.fromkeys({5, 6}), dict.fromkeys(()))
d = dict.fromkeys("ab", [])
d["a"].append(1)
print(d)
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(1))
t(lambda: dict.fromkeys([[]]))
t(lambda: dict.fromkeys("a", 1, 2))
t(lambda: dict.fromkeys(iterable="a"))
class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)
print(D.fromkeys("xy", 0))
class E(dict):
    def __init__(self, *a):
        print("init", a)
        super().__init__()
print(type(E.fromkeys("q")).__name__, E.fromkeys("q"))
class M:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
class NotDict:
    pass
t(lambda: dict.fromkeys.__func__ if False else "ok")
print({}.fromkeys("z"), type({}.fromkeys("z")).__name__)
