# float methods: round, trunc/floor/ceil, as_integer_ratio, is_integer, hex/fromhex, __getformat__
import math

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

inf = float("inf")
nan = float("nan")
for v in [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 3.5, 0.49999999999999994, 2.675, 1.005, 123456.789, 1e22,
          5e-324, 1.7976931348623157e308, -1e-300, inf, -inf, nan]:
    t(lambda: round(v))
    for nd in [0, 1, 2, 3, -1, -2, 10, 400, -400]:
        t(lambda: round(v, nd))
    t(lambda: (math.trunc(v), math.floor(v), math.ceil(v)))
    t(lambda: v.as_integer_ratio())
    t(lambda: v.is_integer())
    t(lambda: v.hex())
    t(lambda: float.fromhex(v.hex()) == v or v != v)
    t(lambda: (v.real, v.imag, v.conjugate()))
t(lambda: round(2.5, None))
t(lambda: round(2.5, 1.5))
for s in ["0x1.8p1", "0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0",
          "  -0X1.FFFFFFFFFFFFFP+1023 ", "0x1p1024", "0x1.fffffffffffff8p1023", "inf", "-nan", "xyz",
          "0x.8", "1", "0x", "0x1p", "1.5p+3", "ff", "0x1_0"]:
    t(lambda: float.fromhex(s))
t(lambda: float.__getformat__("double"))
t(lambda: float.__getformat__("float"))
t(lambda: float.__getformat__("x"))
t(lambda: (1.5).__getnewargs__())
t(lambda: float.from_number(3))
t(lambda: float.from_number("3"))
