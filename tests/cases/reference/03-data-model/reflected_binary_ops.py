# 3.3.8 Reflected operands: __radd__ and friends, subclass overriding goes first
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
    def __add__(self, o):
        print("add", self, o)
        return NotImplemented if not isinstance(o, Num) else type(self)(self.v + o.v)
    def __radd__(self, o):
        print("radd", self, o)
        return type(self)(o + self.v) if isinstance(o, int) else NotImplemented
class SubNum(Num):
    def __radd__(self, o):
        print("sub radd", self, o)
        return SubNum(-1)
class SubNoOverride(Num):
    pass
print(Num(1) + Num(2))
print(3 + Num(4))
print(Num(1) + SubNum(2))
print(Num(1) + SubNoOverride(2))
try:
    Num(1) + 5
except TypeError as e:
    print("TypeError:", e)
ops = ["sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul", "divmod"]
class R:
    pass
for name in ops:
    setattr(R, "__r" + name + "__", (lambda n: lambda self, o: ("r" + n, o))(name))
r = R()
print(5 - r, 5 * r, 5 / r, 5 // r, 5 % r, 5 ** r, 5 << r, 5 >> r, 5 & r, 5 | r, 5 ^ r, 5 @ r, divmod(5, r))
print(pow(5, r))
try:
    pow(5, r, 3)
except TypeError as e:
    print("TypeError:", e)
class Same:
    def __radd__(self, o):
        return "radd"
try:
    Same() + Same()
except TypeError as e:
    print("TypeError:", e)
print([1] + [2], "a" * 2, 2 * "a", [0] * 2)
class IntLike(int):
    def __radd__(self, o):
        return "IntLike radd"
    def __rsub__(self, o):
        return "IntLike rsub"
print(1 + IntLike(2), 1 - IntLike(2), IntLike(2) + 1, 1.5 + IntLike(2))
