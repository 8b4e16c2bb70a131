def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(True + True, True * 3, True / 2, True // 2, -True, True ** 10, True << 3, True >> 1)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True | 2).__name__, type(True and 2).__name__)
print(True == 1, True == 1.0, hash(True) == hash(1), {True: "a", 1: "b"}, {1.0, True, 1})
print(str(True), repr(False), f"{True}", f"{True:d}", f"{True:>5}", format(False, "x"), "%d %s %r" % (True, True, False), int(True), float(False), complex(True))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate(), type(True.conjugate()).__name__)
print(bool(), bool(0), bool(0.0), bool(0j), bool(""), bool(()), bool([]), bool({}), bool(set()), bool(range(0)), bool(None), bool(b""), bool(bytearray()))
print(bool(-1), bool(0.1), bool(" "), bool((0,)), bool([0]), bool(float("nan")), bool(range(1)), bool(...))
class Z:
    def __len__(self): return 0
class BadLen:
    def __len__(self): return -1
class BadBool:
    def __bool__(self): return 1
class BigLen:
    def __len__(self): return 2**100
class NoneBool:
    __bool__ = None
print(bool(Z()))
t(lambda: bool(BadLen()))
t(lambda: bool(BadBool()))
t(lambda: bool(BigLen()))
t(lambda: bool(NoneBool()))
t(lambda: bool(1, 2))
t(lambda: bool(x=1))
t(lambda: type("B", (bool,), {}))
t(lambda: bool.__new__(bool, 5))
t(lambda: True.__index__())
t(lambda: (True).to_bytes(2, "big"))
t(lambda: True.__round__(2))
t(lambda: round(True))
t(lambda: type(round(True)).__name__)
t(lambda: abs(True))
t(lambda: type(abs(True)).__name__)
t(lambda: divmod(True, True))
t(lambda: [10, 20][True])
