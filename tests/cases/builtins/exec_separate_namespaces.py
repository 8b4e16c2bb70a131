# exec()/eval() with separate globals and locals mappings
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
g, l = {"G": 1}, {"L": 2}
exec("a = G + L\nglobal gg\ngg = 3", g, l)
print(sorted(k for k in g if k != "__builtins__"), l)
exec("def f():\n    return L\nr = f", g, l)
t(lambda: l["r"]())
class LogMap(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("store", k)
        super().__setitem__(k, v)
lm = LogMap(x=1)
exec("y = x + 1", {}, lm)
print(dict(lm))
class Mapping:
    def __getitem__(self, k):
        if k == "special":
            return 99
        raise KeyError(k)
t(lambda: eval("special", {}, Mapping()))
t(lambda: eval("len", {}, Mapping()))
t(lambda: eval("missing_name", {}, Mapping()))
t(lambda: exec("q = 1", {}, Mapping()))
t(lambda: exec("x = 1", LogMap()))
t(lambda: exec("x = 1", {}, 5))
t(lambda: exec("x = 1", 5))
t(lambda: exec(5))
t(lambda: exec("1", {}, {}, 1))
t(lambda: exec("x = 1", globals=None, locals={}))
t(lambda: exec("return 1"))
t(lambda: exec(compile("1", "<s>", "eval")))
t(lambda: exec("yield"))
ns = {}
exec("class K:\n    v = 1\n    w = [v for _ in range(1)] if False else v\n", ns)
t(lambda: ns["K"].w)
t(lambda: eval("1 +\n2", {}))
t(lambda: eval("(1 +\n2)", {}))
t(lambda: exec("raise ValueError('from exec')"))
t(lambda: eval("x", {"x": 1}, None))
t(lambda: eval("x", None, {"x": 2}))
