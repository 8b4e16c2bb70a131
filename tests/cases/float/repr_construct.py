# float repr/str (shortest round-trip digits, Python's exponent rules) and float() parsing
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in [0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
          0.00012345, 1.5e-7, 1e22, 1e100, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 2.0**53, 9007199254740993.0, 100.0, 1e-310,
          4.35, 0.3, 2.675, 1234.5678]:
    print(repr(x), str(x), x)
for s in ["1.5", " -2.5e3 ", "1_000.5", "1__0", "inf", "-Infinity", "nAn", "+nan", "1e500", "-1e-500",
          ".5", "5.", ".", "e5", "1e", "0x10", "", "abc", "1_e5", "١.٥", "  3  ", "-0", "\t1e-3\n",
          "1.7976931348623159e308", "0.1e-1_0"]:
    t(lambda: float(s))
t(lambda: float())
t(lambda: float(b"1.5"))
t(lambda: float(bytearray(b" 2 ")))
t(lambda: float(b"x"))
t(lambda: float([1]))
t(lambda: float(1, 2))
t(lambda: float(x=1))
t(lambda: float(10**400))
t(lambda: float(2**1023 * 2 - 2**970))
class F:
    def __float__(self):
        return 2.5
class BadF:
    def __float__(self):
        return 1
class Idx:
    def __index__(self):
        return 3
t(lambda: float(F()))
t(lambda: float(BadF()))
t(lambda: float(Idx()))
class MyFloat(float):
    pass
m = MyFloat(" 1.25 ")
print(m, type(m).__name__, m + 1, type(m + 1).__name__, float(m), type(float(m)).__name__)
print(hash(1.0) == hash(1), hash(-0.0) == hash(0), hash(float("inf")), hash(float("-inf")), hash(0.5) == hash(0.5))
