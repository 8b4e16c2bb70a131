# Subclasses of int/float/bool: arithmetic returns the base type, overrides are honoured
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
m = MyInt(5)
t(lambda: (m, m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, type(+m).__name__))
t(lambda: (type(m * 1).__name__, type(m // 1).__name__, type(m << 0).__name__, type(int(m)).__name__))
t(lambda: (str(m), format(m), f"{m}", "%d" % m, int.__repr__(m)))
t(lambda: (m == 5, hash(m) == hash(5), {m: 1}[5], m.real, type(m.real).__name__, m.numerator))
t(lambda: MyInt("ff", 16))
t(lambda: MyInt())
t(lambda: MyInt(2.9))
t(lambda: MyInt("x"))
t(lambda: type(MyInt.from_bytes(b"\x01", "big")).__name__)
class F(float):
    pass
f = F(1.5)
t(lambda: (f, type(f).__name__, type(f + 1).__name__, type(f.real).__name__, f.is_integer()))
t(lambda: type(F.fromhex("0x1p1")).__name__)
t(lambda: F("inf"))
t(lambda: type(round(F(2.5))).__name__)
t(lambda: type(F(2.5).__round__(1)).__name__)
t(lambda: class_bool())
def class_bool():
    class B(bool):
        pass
t(lambda: type(True).__name__)
class WithAttr(int):
    pass
w = WithAttr(3)
w.extra = "attr"
t(lambda: (w.extra, w + w, vars(w)))
class Slotted(int):
    __slots__ = ()
t(lambda: setattr(Slotted(1), "x", 1))
class IntNew(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
t(lambda: IntNew(4))
t(lambda: isinstance(True, int), bool.__mro__, True + True, type(True & True).__name__, type(True & 1).__name__)
t(lambda: (True.__and__(1), True | False, ~False if False else -True, True ^ True))
t(lambda: (MyInt(3) == MyInt(3), MyInt(3) is not MyInt(3), MyInt(1) < 2))
