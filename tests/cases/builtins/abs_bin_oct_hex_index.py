# abs() and bin()/oct()/hex() through __abs__ and __index__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: (abs(-5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 100), abs(float("-inf")), abs(float("nan"))))
t(lambda: abs("x"))
t(lambda: abs())
t(lambda: abs(complex(1e308, 1e308)))
class A:
    def __abs__(self):
        return "absolute"
t(lambda: abs(A()))
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
t(lambda: (bin(I(5)), oct(I(-8)), hex(I(255))))
t(lambda: bin(I("x")))
t(lambda: bin(1.5))
t(lambda: hex("ff"))
t(lambda: oct(None))
t(lambda: (bin(0), oct(0), hex(0), bin(-1), hex(-2 ** 64), oct(2 ** 64)))
t(lambda: (bin(True), hex(False)))
class IntSub(int):
    def __index__(self):
        return 99
t(lambda: hex(IntSub(1)))
class WithInt:
    def __int__(self):
        return 3
t(lambda: hex(WithInt()))
t(lambda: [1, 2, 3][I(True)])
t(lambda: "abc" * I(2))
t(lambda: range(I(3)))
t(lambda: (I(2).__index__(), int(I(7)) if hasattr(I, "__int__") else "int() uses __index__: " + str(int(I(7)))))
