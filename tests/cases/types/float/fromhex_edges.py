def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-1076", "0x1.fffffffffffff8p1023", "0x1.fffffffffffffp1023", "0x2p1023", "0x1p1024", "inf", "-Infinity", "nan", "-nan", " 0x1p0 ", "0X1P0", "1", "1.", ".8", "0x.8", "0x1.", "0x", "0xp1", "0x1p", "0x1p+", "0x1p1.5", "0x1_0p0", "0x1.8p-1", "0x0p0", "-0x0p0", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000081p0", "0x" + "0" * 50 + "1p0", "0x1" + "0" * 50 + "p-200", "\u20000x1p0", "0x1p99999999999999999999", "0x1p-99999999999999999999", "0x1p0x"]:
    try:
        print(repr(s), repr(float.fromhex(s)))
    except Exception as e:
        print(repr(s), type(e).__name__ + ":", e)
t(lambda: float.fromhex(1))
t(lambda: float.fromhex(b"0x1p0"))
class F(float): pass
r = F.fromhex("0x1p3")
print(type(r).__name__, r)
for v in [1.0, -1.0, 0.0, -0.0, 0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"), float("nan"), 1/3]:
    h = v.hex()
    print(h, float.fromhex(h) == v or v != v)
