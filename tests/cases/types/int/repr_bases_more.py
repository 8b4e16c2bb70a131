def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [0, 1, -1, 255, -255, 2**64, -(2**64) + 1, 10**20]:
    print(v, bin(v), oct(v), hex(v), format(v, "b"), format(v, "o"), format(v, "X"), str(v), repr(v), ascii(v))
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()))
t(lambda: bin(1.5))
t(lambda: hex("a"))
t(lambda: oct(None))
t(lambda: bin())
t(lambda: hex(1, 2))
class J(int):
    def __index__(self): return 99
print(hex(J(5)), bin(J(1)), oct(J(8)))
print(int("0b1010", 0), int("-0o17", 0), int("0X1F", 0), int("1010", 2), int("777", 8), int("zz", 36), int("  0x_1_f  ", 16) if False else int("0x_1_f", 16))
t(lambda: int("0x_", 16))
t(lambda: int("0_x1", 16))
t(lambda: int("1_", 0))
t(lambda: int("0_7", 0))
t(lambda: int("00_0", 0))
