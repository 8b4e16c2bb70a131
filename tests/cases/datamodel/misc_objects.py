# Without imports: the types are reached through objects of them.
class types:
    ModuleType = type(__builtins__)
    MappingProxyType = type(type.__dict__)
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

print(repr(None), repr(NotImplemented), repr(Ellipsis), repr(...), bool(None))
t("bool NotImplemented", lambda: bool(NotImplemented))
print(type(None)() is None, type(NotImplemented)() is NotImplemented, type(...)() is Ellipsis)
t("NoneType(1)", lambda: type(None)(1))
print(hash(None) == hash(None), NotImplemented.__reduce__(), Ellipsis.__reduce__())
def outer():
    x = 1
    def inner():
        return x
    return inner
cell = outer().__closure__[0]
types.CellType = type(cell)
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 5
print(cell.cell_contents)
del cell.cell_contents
t("empty cell", lambda: cell.cell_contents)
c1 = types.CellType(1)
c2 = types.CellType(2)
print(c1 < c2, c1 == types.CellType(1), types.CellType() < c1, types.CellType() == types.CellType())
t("hash cell", lambda: hash(c1))
m = types.ModuleType("mymod", "the doc")
print(repr(m), m.__name__, m.__doc__, m.__dict__["__name__"], sorted(m.__dict__))
m.x = 1
print(m.x, "x" in dir(m))
t("missing module attr", lambda: m.nope)
m.__getattr__ = lambda name: "dyn:" + name
print(m.nope)
t("module no name", lambda: types.ModuleType.__new__(types.ModuleType).y)
mp = types.MappingProxyType({"a": 1})
print(repr(mp), mp["a"], len(mp), "a" in mp, list(mp), mp.get("b", 2), mp.copy(), list(mp.items()))
t("mp set", lambda: mp.__setitem__("b", 1))
t("mp list", lambda: types.MappingProxyType([1]))
class K:
    a = 1
print(K.__dict__["a"], "a" in K.__dict__, K.__dict__.get("zz"), type(K.__dict__).__name__)
t("K.__dict__ missing", lambda: K.__dict__["zz"])
t("K.__dict__ set", lambda: K.__dict__.__setitem__("b", 1))
print(len(object.__dict__) > 10, "__repr__" in dir(object))
print(isinstance(int.__dict__, types.MappingProxyType))
