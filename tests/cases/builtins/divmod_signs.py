# divmod(): ints, floats, negative operands, zero division, big ints
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 1)]:
    print(a, b, divmod(a, b), (a // b, a % b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e300, 1e-300), (0.0, -3.0), (-0.0, 3.0), (5, 0.5), (1, 0.1), (float("inf"), 2.0), (2.0, float("inf")), (-2.0, float("inf"))]:
    t(lambda: divmod(a, b))
t(lambda: divmod(10 ** 30, 7))
t(lambda: divmod(-10 ** 30, 7))
t(lambda: divmod(10 ** 30, -10 ** 15 - 3))
t(lambda: divmod(True, 2))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0.0))
t(lambda: divmod(1, 0.0))
t(lambda: divmod(1j, 1))
t(lambda: divmod("a", 1))
t(lambda: divmod(1))
t(lambda: divmod(float("nan"), 1.0))
class D:
    def __divmod__(self, o):
        return "divmod"
    def __rdivmod__(self, o):
        return "rdivmod"
t(lambda: divmod(D(), 1))
t(lambda: divmod(1, D()))
