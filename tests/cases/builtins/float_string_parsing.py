# float(): string parsing, special values, underscores, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["1.5", " -2.5e3 ", "1_000.5", "1__0.5", "_1.0", "1.0_", "1_e5", "1e1_0", ".5", "5.", ".", "e5", "1e", "inf", "-Infinity", "+iNf", "nan", "-NaN", "nan(123)", "infinity2", "0x1p3", "1.5j", "", "  ", "1,5", "١.٥", "\u20071.25", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4e-324", "0.1e-1_0"]:
    t(lambda: float(s))
t(lambda: float(b"1.5"))
t(lambda: float(bytearray(b"2")))
t(lambda: float(memoryview(b"3.5")))
t(lambda: float(b"\xff"))
t(lambda: float(None))
t(lambda: float([1]))
t(lambda: float(10 ** 400))
t(lambda: float(2 ** 1023 * 2 - 1) if False else float(2 ** 1024 - 2 ** 970))
t(lambda: float(2 ** 1024 - 2 ** 970 - 1))
t(lambda: float(x=1))
t(lambda: float())
t(lambda: float(True))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return 1
t(lambda: float(F()))
t(lambda: float(I()))
t(lambda: float(Bad()))
t(lambda: float.fromhex("0x1.8p1"))
t(lambda: float.fromhex("zz"))
t(lambda: (1.5).hex())
