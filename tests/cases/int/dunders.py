# numeric dunder methods called directly, NotImplemented results, reflected operations, and the
# builtins that go through them (abs, divmod, pow, round, hex/oct/bin, sum, min/max)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t(lambda: (1).__add__(2))
t(lambda: (1).__add__(2.5))
t(lambda: (1).__radd__(2))
t(lambda: (2.5).__radd__(1))
t(lambda: (1.5).__add__("x"))
t(lambda: (7).__truediv__(2))
t(lambda: (7).__rtruediv__(2))
t(lambda: (7).__floordiv__(0))
t(lambda: (7).__pow__(2, 5))
t(lambda: (7).__rpow__(2))
t(lambda: (7).__divmod__(2))
t(lambda: (7).__rdivmod__(2))
t(lambda: (5).__neg__())
t(lambda: (5).__invert__())
t(lambda: (5).__abs__())
t(lambda: (-5).__bool__())
t(lambda: (5).__int__())
t(lambda: (5).__float__())
t(lambda: (5).__index__())
t(lambda: (5).__lt__(6.5))
t(lambda: (5).__eq__(5.0))
t(lambda: (5.0).__eq__(5))
t(lambda: (5).__hash__())
t(lambda: True.__and__(False))
t(lambda: True.__and__(3))
t(lambda: True.__rand__(3))
t(lambda: (1j).__mul__(1j))
t(lambda: (1j).__rsub__(1))
t(lambda: (2.5).__int__())
t(lambda: (2.5).__trunc__())
t(lambda: (2.5).__float__())
t(lambda: (2.5).__pow__(2))
t(lambda: (2.5).__mod__(1))
t(lambda: (2.5).__rmod__(7))
t(lambda: (2.5).__divmod__(1))
t(lambda: int.__add__(1, 2))
t(lambda: float.__add__(1.0, 2))
t(lambda: int.__add__(1.0, 2))
t(lambda: complex.__abs__(3 + 4j))
t(lambda: abs(-7), )
t(lambda: (abs(-7.5), abs(-2 ** 70), abs(3 - 4j)))
t(lambda: (divmod(7, -2), divmod(-7.5, 2), pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-2, 3, 7)))
t(lambda: (round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(125, -1), round(7)))
t(lambda: (hex(255), oct(-8), bin(5), hex(2 ** 70), bin(0)))
t(lambda: (sum([1, 2.5, 3]), sum([10**20, 1.0]), sum([1j, 2])))
t(lambda: (min(3, 2.5, True), max(1, 1.0), max(2 ** 60, 2.0 ** 60)))
t(lambda: int.__new__(int, "12"))
t(lambda: float.__new__(float, "1.5"))
t(lambda: complex.__new__(complex, 1, 2))
class N:
    def __radd__(self, other):
        return ("radd", other)
    def __rmul__(self, other):
        return ("rmul", other)
t(lambda: 1 + N())
t(lambda: 2.5 * N())
t(lambda: 1j + N())
t(lambda: True + N())
class Sub(int):
    def __radd__(self, other):
        return "Sub.radd"
t(lambda: 1 + Sub(2))
t(lambda: Sub(2) + 1)
x = 5
x += 2.5
print(x)
x = 2 ** 60
x *= 2 ** 10
print(x)
x //= 3
print(x)
