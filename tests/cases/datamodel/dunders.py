def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.v)
    def __iadd__(self, o):
        self.v += o
        return self
    def __neg__(self):
        return V(-self.v)
    def __eq__(self, o):
        return isinstance(o, V) and o.v == self.v
    def __lt__(self, o):
        return self.v < o.v
    def __len__(self):
        return abs(self.v)
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * self.v
    def __contains__(self, x):
        return x == "in"
    def __call__(self, *a, **k):
        return ("called", a, sorted(k.items()))
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)
    def __rpow__(self, o):
        return ("rpow", o)

x = V(2)
print(x + 1, 1 + x, x + x, -x, x == V(2), x != V(2), x < V(3), V(3) > x, len(x), bool(V(0)))
x += 5
print(x, list(V(1)), "in" in x, "out" in x, x(1, k=2), pow(x, 2), pow(x, 2, 3), 2 ** x)
t("unhashable", lambda: hash(x))
t("x - 1", lambda: x - 1)
t("x <= 1", lambda: x <= 1)

class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__"
print(V(1) + Sub(2))

class R:
    def __repr__(self): return 5
class S:
    def __str__(self): return 5
class L1:
    def __len__(self): return -1
class L2:
    def __len__(self): return "x"
class L3:
    def __len__(self): return 2 ** 70
class Bo:
    def __bool__(self): return 1
class Bl:
    def __len__(self): return 0
class H:
    def __hash__(self): return "x"
class H2:
    def __hash__(self): return -1
class H3:
    __hash__ = None
class I:
    def __init__(self): return 1
class Ix:
    def __index__(self): return 1.5
class It:
    def __iter__(self): return 1
class It2:
    __iter__ = None
class Nx:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
t("repr", lambda: repr(R()))
t("str", lambda: str(S()))
t("len -1", lambda: len(L1()))
t("len str", lambda: len(L2()))
t("len big", lambda: len(L3()))
t("bool 1", lambda: bool(Bo()))
t("bool len0", lambda: bool(Bl()))
t("hash str", lambda: hash(H()))
t("hash -1", lambda: hash(H2()))
t("hash None", lambda: hash(H3()))
t("init ret", lambda: I())
t("index", lambda: [1, 2][Ix()])
t("iter ret", lambda: iter(It()))
t("iter None", lambda: iter(It2()))
t("next", lambda: list(Nx()))

class GA:
    def __getattr__(self, name):
        if name == "boom":
            raise AttributeError("custom boom")
        return "ga:" + name
    x = 1
g = GA()
print(g.x, g.anything)
t("boom", lambda: g.boom)
class GAT:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return "gat:" + name
    def __getattr__(self, name):
        return "fallback:" + name
print(GAT().foo, GAT().secret)
class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 10)
    def __delattr__(self, name):
        print("delattr", name)
sa = SA()
sa.q = 1
print(sa.q)
del sa.q
print(sa.q)

# assigning dunders after class creation updates the slots
class Late:
    pass
lt = Late()
t("before", lambda: len(lt))
Late.__len__ = lambda self: 7
print(len(lt))
Late.__repr__ = lambda self: "late repr"
print(repr(lt), str(lt))
class LateSub(Late):
    pass
print(len(LateSub()))
del Late.__len__
t("after del", lambda: len(lt))
Late.__eq__ = lambda self, o: True
print(lt == 5)
Late.__hash__ = None
t("hash after", lambda: hash(lt))

class IntSub(int):
    def __add__(self, o):
        return "IntSub.add"
print(IntSub(1) + 1, 1 + IntSub(1), IntSub(5) * 2, repr(IntSub(3)))
class ListSub(list):
    pass
ls = ListSub([1, 2])
ls.append(3)
print(ls, len(ls), ls[0], type(ls).__name__)
class DictSub(dict):
    def __missing__(self, k):
        return k * 2
print(DictSub(a=1)["a"], DictSub()["zz"])

class Eq:
    def __eq__(self, o):
        return "eq-result"
print(Eq() == 1, Eq() != 1, 1 == Eq())
class NE:
    def __ne__(self, o):
        return "ne-result"
print(NE() != 1, NE() == NE())
class Del:
    def __del__(self):
        pass
print(Del.__del__.__name__)
