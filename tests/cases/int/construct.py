# int() from str/bytes/float/objects, bases and prefixes, underscores, whitespace, Unicode digits,
# and the integer string conversion length limit
import sys

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: int())
for s in ["0", "-12", "  42\n", "+7", "1_000", "1__0", "_1", "1_", "0x1F", "0b101", "0o17", "010", "00",
          "0_0", "12x", "", " ", "-", "٣٤", "\u00a012\u2003", "1e5", "1.5", "9" * 40, "-0"]:
    t(lambda: int(s))
for s, b in [("ff", 16), ("0xff", 16), ("0x_ff", 16), ("0xff", 0), ("z", 36), ("Z", 36), ("12", 3),
             ("12", 2), ("101", 2), ("0b1", 0), ("0o7", 8), ("07", 0), ("0", 0), ("12", 1), ("12", 37),
             ("12", -1), ("  -0x10  ", 0), ("1_0", 0), ("0x", 16)]:
    t(lambda: int(s, b))
t(lambda: int(b"42"))
t(lambda: int(b" -7 "))
t(lambda: int(bytearray(b"101"), 2))
t(lambda: int(b"x1"))
t(lambda: int("x" * 300))
t(lambda: int(12, 10))
t(lambda: int(base=10))
t(lambda: int("5", base=10))
t(lambda: int(1, 2, 3))
t(lambda: int(x=1))
for v in [1.9, -1.9, 1e20, -0.0, 2.0**80, float("inf"), float("-inf"), float("nan"), True, False]:
    t(lambda: int(v))
class I:
    def __int__(self):
        return 42
class X:
    def __index__(self):
        return 7
class Bad:
    def __int__(self):
        return 1.5
class T:
    def __trunc__(self):
        return 3
t(lambda: int(I()))
t(lambda: int(X()))
t(lambda: int(Bad()))
t(lambda: int(T()))
t(lambda: int([1]))
t(lambda: int(None))
t(lambda: int("5", X()))
print(len(str(10**4299)))
t(lambda: str(10**4300))
t(lambda: int("1" * 4301))
t(lambda: repr(-(10**4300)))
print(int("1" * 4300) % 1000)
print(hex(int("f" * 5000, 16))[:10])
print(sys.get_int_max_str_digits())
