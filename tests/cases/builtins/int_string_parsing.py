# int(): string parsing, bases, underscores, whitespace and errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["42", " 42 ", "+7", "-0", "1_000", "0_1", "1__0", "_1", "1_", "", " ", "4 2", "0x10", "1.0", "١٢٣", "\u00a012\u2003", "12\n", "٣_٤", "-", "+ 1", "1e3", "0"]:
    t(lambda: int(s))
for s, b in [("ff", 16), ("0xff", 16), ("0XFF", 0), ("0o17", 0), ("0b101", 0), ("017", 0), ("0", 0), ("00", 0), ("0_0", 0), ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("0b1", 16), ("0x", 16), ("1_0", 0), ("0x_1", 0), ("-0x1f", 0), ("  -0b11  ", 0), ("10", 1), ("10", 37), ("10", -1), ("7", 8)]:
    t(lambda: int(s, b))
t(lambda: int("10", base=16))
t(lambda: int(10, 16))
t(lambda: int(b"12"))
t(lambda: int(bytearray(b" 3 ")))
t(lambda: int(b"0x1f", 16))
t(lambda: int(b"\xff"))
t(lambda: int("9" * 5000) % 7 if False else "skip huge")
t(lambda: int(x=1))
t(lambda: int(base=10))
t(lambda: int("12", base=10.0))
t(lambda: int(memoryview(b"56")))
t(lambda: int("\U0001d7d9"))
