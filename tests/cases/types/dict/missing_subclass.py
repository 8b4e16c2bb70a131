def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
t(lambda: d["a"])
t(lambda: d["zz"])
t(lambda: d.get("zz"))
t(lambda: "zz" in d)
t(lambda: d[1])
class E(dict):
    def __missing__(self, key):
        raise LookupError("custom " + str(key))
t(lambda: E()["q"])
class F(dict):
    __missing__ = None
t(lambda: F()["k"])
class G(dict):
    def __missing__(self, key):
        self[key] = v = []
        return v
g = G()
g["x"].append(1)
t(lambda: g)
t(lambda: type(g).__name__)
t(lambda: g.setdefault("y", 0))
t(lambda: g.pop("zz"))
