class Logging(dict):
    def __getitem__(self, k):
        print("  getitem", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print("  setitem", k, v if not callable(v) else type(v).__name__)
        super().__setitem__(k, v)


class Mapping:
    def __init__(self):
        self.d = {"a": 1}

    def __getitem__(self, k):
        print("  Mapping getitem", k)
        return self.d[k]

    def __setitem__(self, k, v):
        print("  Mapping setitem", k, v)
        self.d[k] = v

    def __delitem__(self, k):
        print("  Mapping delitem", k)
        del self.d[k]


loc = Logging(a=10)
exec("b = a + 1", {}, loc)
print(dict(loc))
m = Mapping()
exec("b = a + 1\nc = b * 2\ndel b", {}, m)
print(m.d)
print(eval("a + 100", {}, m))
print(eval("len", {}, m) is len)
try:
    eval("1", {}, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    exec("1", {}, [])
except TypeError as e:
    print("TypeError:", e)
print(eval("len", {}, {}) is len)
print(eval("x", {"x": "global"}, {"x": "local"}))
exec("def f():\n    return a\nr = f()", {"a": "global a"}, loc)
print(loc["r"])
