def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["1.5", " -2e3 ", "1_000.5", "inf", "-Infinity", "nan", "+NaN", "1e500", "-1e-500", ".5", "5.", "0x10", "1__0", "", "1e", "١.٥", "  \t3\n"]:
    try:
        print(repr(s), repr(float(s)))
    except Exception as e:
        print(repr(s), type(e).__name__ + ":", e)
t(lambda: float(b"2.5"))
t(lambda: float(10 ** 400))
t(lambda: float(None))
t(lambda: float([]))
t(lambda: float())
t(lambda: float(True))
