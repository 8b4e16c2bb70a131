def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for args in [("0",), ("-0",), ("+5",), (" 7 ",), ("1_000",), ("1__0",), ("_1",), ("0x10", 16), ("0x10", 0), ("010", 0), ("0o10", 0), ("0b101", 0), ("0", 0), ("00", 0), ("09", 0), ("z", 36), ("Z", 36), ("10", 37), ("10", 1), ("10", -1), ("1e3",), ("1.0",), ("",), (" ",), ("\u0661\u0662",), ("１２",), ("0x",), ("0b2", 0), ("-0x10", 16), ("  -  1",), ("12", 2**100), (b"12",), (bytearray(b"0x1f"), 16), (5, 10), (3.9,), (-3.9,), (True,), ("1" * 20, 2)]:
    try:
        print(args, repr(int(*args)))
    except Exception as e:
        print(args, type(e).__name__ + ":", e)
t(lambda: int(float("inf")))
t(lambda: int(float("nan")))
t(lambda: int(None))
t(lambda: int([]))
t(lambda: int(x=5))
t(lambda: int("5", base=10))
t(lambda: int(base=10))
t(lambda: int(1e100) == 10**100)
class T:
    def __trunc__(self): return 5
class In:
    def __int__(self): return 6
class Ix:
    def __index__(self): return 7
class BadI:
    def __int__(self): return "x"
t(lambda: int(T()))
print(int(In()), int(Ix()))
t(lambda: int(BadI()))
