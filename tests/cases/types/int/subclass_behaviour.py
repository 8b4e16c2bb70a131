def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class I(int):
    pass
a = I(5)
for expr in ["a + 1", "a * 2", "-a", "+a", "abs(a)", "a // 2", "a << 1", "~a", "a & 3", "int(a)", "a.real", "a.numerator", "round(a)", "divmod(a, 2)", "a ** 2", "pow(a, 2, 3)"]:
    v = eval(expr)
    print(expr, repr(v), type(v).__name__ if not isinstance(v, tuple) else [type(x).__name__ for x in v])
class J(int):
    def __repr__(self):
        return "J(%d)" % int(self)
    def __str__(self):
        return "j" + int.__str__(self)
j = J(3)
print(repr(j), str(j), f"{j}", "%d" % j, "%s" % j, "{}".format(j), format(j, "d"), [j], hash(j) == hash(3))
class H(int):
    def __eq__(self, o):
        return True
    __hash__ = int.__hash__
print(H(1) == 2, 2 == H(1), {H(1): "x"}.get(1), H(1) in [5], H(5) != 5)
class NH(int):
    def __eq__(self, o):
        return False
t(lambda: hash(NH(1)))
class B(int):
    def __bool__(self):
        return False
print(bool(B(5)), not B(5), "yes" if B(5) else "no")
class K(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(K(4), type(K(4)).__name__, K("7") if False else K(7))
t(lambda: I("x"))
t(lambda: I("10", 2))
t(lambda: I(base=2))
print(I("ff", 16), I(True), type(I(True)).__name__, I(), I(3.9))
print(isinstance(True, int), bool.__mro__, type(True + True).__name__, True & True, type(True & True).__name__, True ^ 1, type(True ^ 1).__name__)
