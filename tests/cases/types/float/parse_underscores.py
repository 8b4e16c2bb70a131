def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1.5_", "1e1_0", "1e_10", "1_e10", "0x1_0", " 1.5 ", "\t-1.5\n", "+.5", "-.5e-3", "5.", ".", "e5", "1e", "1e+", "inf", "-iNf", "+infinity", "infinit", "nan", "-NaN", "nan(1)", "1.5j", "0_0", "00", "1" * 400, "1e400", "-1e400", "1e-400", "0." + "0" * 400 + "1", "١٢.٥", "1\x00", "", "  ", "1.5e3.0", "+-1", "\u2007 1", "1 2"]:
    try:
        print(repr(s[:30]), repr(float(s)))
    except Exception as e:
        print(repr(s[:30]), type(e).__name__ + ":", str(e)[:80])
t(lambda: float(b"1.5"))
t(lambda: float(bytearray(b"  2.5 ")))
t(lambda: float(memoryview(b"3.5")))
t(lambda: float(b"1_5"))
t(lambda: float(b"x"))
t(lambda: float([]))
t(lambda: float(None))
t(lambda: float(1+2j))
t(lambda: float(x=1))
t(lambda: float(2**1024))
class S(str): pass
t(lambda: float(S("2.5")))
