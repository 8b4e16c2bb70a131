# bool: the int subclass with two instances
import warnings

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(True, False, repr(True), str(False), type(True), isinstance(True, int), bool.__mro__)
for a in [True, False]:
    for b in [True, False, 0, 1, 2, -1]:
        print(a, b, a & b, a | b, a ^ b, a + b, a - b, a * b, a == b, a < b)
    t(lambda: a & 2.5)
    print(a + 2.5, a * 2.5, a == 1.0)
print(True + True, -True, +True, abs(False), True // 1, True / 2, True ** 10, True << 3, divmod(True, 2))
print(bool(), bool(0), bool(1), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0j))
t(lambda: bool(x=1))
t(lambda: bool(1, 2))
t(lambda: type("X", (bool,), {}))
t(lambda: int.__new__(bool, 1))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(~True, ~False)
    print([str(x.category.__name__) for x in w])
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.as_integer_ratio())
print(format(True, ""), format(True, "d"), format(False, "5"), f"{True!r}", "%d %s" % (True, True))
t(lambda: format(True, "s"))
print(hash(True), hash(False), {True: "a", 1: "b"}, {0: 1, False: 2})
print(True is (1 == 1), (True).__class__ is bool, bool.__new__(bool, [1]), bool.__new__(bool))
class Weird:
    def __bool__(self):
        return 1
t(lambda: bool(Weird()))
class L:
    def __len__(self):
        return 0
print(bool(L()))
