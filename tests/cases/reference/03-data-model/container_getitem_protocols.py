# 3.3.7 Emulating containers: __getitem__/__setitem__/__delitem__ with slices and keys
class Rec:
    def __init__(self):
        self.log = []
    def __getitem__(self, k):
        self.log.append(("get", k))
        return k
    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
    def __delitem__(self, k):
        self.log.append(("del", k))
r = Rec()
r[1]
r[1:2] = [5]
del r[::3]
r["a", 1] = 0
r[...]
del r[()]
print(r.log)
class OnlyGet:
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i
o = OnlyGet()
for f in [lambda: o.__setitem__(0, 1), lambda: exec("o[0] = 1", {"o": o}), lambda: exec("del o[0]", {"o": o}), lambda: exec("del o['k']", {"o": o})]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(list(o), tuple(o), 1 in o, sorted(o, reverse=True))
a, b = o
print(a, b)
class Missing(dict):
    def __missing__(self, key):
        return f"missing {key}"
m = Missing(x=1)
print(m["x"], m["y"], m.get("y"), "y" in m)
class LenGet:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
print(list(reversed(LenGet())), list(LenGet()))
