def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
ops = ["__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__divmod__", "__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rpow__", "__lt__", "__eq__"]
for other in [3, True, 2.5, 1j, "s", None, [1], (1,), b"x"]:
    row = []
    for op in ops:
        try:
            r = getattr(7, op)(other)
            row.append("NI" if r is NotImplemented else repr(r))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(other), row)
t(lambda: 7 + "s")
t(lambda: "s" + 7)
t(lambda: 7 * "ab")
t(lambda: 7 - None)
t(lambda: 7 / 0)
t(lambda: 7 // 0)
t(lambda: 7 % 0)
t(lambda: divmod(7, 0))
t(lambda: 0 ** -1)
t(lambda: 7 < "a")
t(lambda: 7 @ 7)
t(lambda: 7 & 1.0)
t(lambda: pow(7, 2, 0))
t(lambda: pow(7, -1, 5))
t(lambda: pow(2, -1, 4))
t(lambda: pow(7, 2.0, 5))
t(lambda: pow(7, 2, 5.0))
t(lambda: pow(-7, 1, -5))
t(lambda: pow(7, 0, 1))
class R:
    def __radd__(self, o): return ("radd", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __rpow__(self, o): return ("rpow", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(1 + R(), 1 << R(), 2 ** R(), divmod(5, R()), True + R())
class I(int):
    def __radd__(self, o): return "I.radd"
    def __add__(self, o): return "I.add"
print(1 + I(2), I(2) + 1, int.__add__(1, I(2)), sum([I(1)], 0))
