def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class F(float):
    pass
f = F(2.5)
for expr in ["f + 1", "f * 2", "-f", "+f", "abs(f)", "f // 2", "f % 2", "float(f)", "f.real", "round(f)", "round(f, 1)", "divmod(f, 2)", "f ** 2", "f.conjugate()", "f.__trunc__()"]:
    v = eval(expr)
    print(expr, repr(v), type(v).__name__ if not isinstance(v, tuple) else [type(x).__name__ for x in v])
class G(float):
    def __repr__(self):
        return "G<%s>" % float.__repr__(self)
g = G(1.5)
print(repr(g), str(g), f"{g}", "%s %r %f" % (g, g, g), format(g, ".2f"), [g])
class N(float):
    def __new__(cls, v):
        return super().__new__(cls, v + 1)
print(N(1.5), type(N(1.5)).__name__)
t(lambda: F("x"))
t(lambda: F("1_000.5"))
t(lambda: F(x=1))
print(F(), F("inf"), F(" -2.5 "), type(F.fromhex("0x1p1")).__name__)
class E(float):
    def __eq__(self, o):
        return "custom"
    __hash__ = float.__hash__
print(E(1.0) == 1, 1.0 == E(1.0), 1 == E(1.0), hash(E(1.5)) == hash(1.5))
class Idx:
    def __float__(self):
        return 4.25
class BadF:
    def __float__(self):
        return 1
class IndexOnly:
    def __index__(self):
        return 7
print(float(Idx()), F(Idx()), float(IndexOnly()))
t(lambda: float(BadF()))
