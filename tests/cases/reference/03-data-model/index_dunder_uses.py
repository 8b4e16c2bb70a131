# 3.3.8 __index__: used by slicing, sequences, bin/hex/oct, range, int(), operator.index
import _operator
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
s = "abcdef"
t(lambda: (s[I(1)], s[I(1):I(4)], s[::I(2)]))
t(lambda: [0] * I(3))
t(lambda: list(range(I(2), I(8), I(3))))
t(lambda: (int(I(5)), float(I(6)), complex(I(7))))
t(lambda: _operator.index(I(9)))
t(lambda: _operator.index(1.5))
t(lambda: _operator.index(True))
t(lambda: (1).__index__())
t(lambda: s[I("x")])
t(lambda: s[I(2 ** 100)])
t(lambda: s[I(2 ** 100):])
t(lambda: [1, 2, 3].pop(I(0)))
t(lambda: "x".center(I(5)))
t(lambda: bytes(I(2)))
t(lambda: round(1.23456, I(2)))
t(lambda: pow(I(2), I(3)) if False else "pow does not use __index__")
t(lambda: I(2) + 1)
class IntSub(int):
    pass
class ReturnsSub:
    def __index__(self):
        return IntSub(3)
t(lambda: type(_operator.index(ReturnsSub())).__name__)
class ReturnsBool:
    def __index__(self):
        return True
t(lambda: _operator.index(ReturnsBool()))
t(lambda: s[ReturnsBool()])
class IndexRaises:
    def __index__(self):
        raise ZeroDivisionError("index")
t(lambda: s[IndexRaises()])
t(lambda: hex(IndexRaises()))
