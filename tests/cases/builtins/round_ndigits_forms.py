# round(): ints and floats with positive, zero, negative and huge ndigits; __round__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [2.5, 3.5, -2.5, 0.5, 1.5, 2.675, 1234.5678, -0.4, 1e300, 5e-324]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2), round(v, 0))
for v in [15, 25, -25, 1234, 10 ** 20 + 5, -5, 0]:
    print(v, round(v), round(v, 1), round(v, -1), round(v, -2), round(v, -30))
t(lambda: round(2.5, None))
t(lambda: round(1.23456, 400))
t(lambda: round(1.23456, -400))
t(lambda: round(123, 10 ** 20))
t(lambda: round(1.5, 10 ** 20))
t(lambda: round(float("inf")))
t(lambda: round(float("nan")))
t(lambda: round(float("inf"), 2))
t(lambda: round(float("nan"), 0))
t(lambda: round(1e308 * 10 if False else 1.7e308, -308))
t(lambda: round("1"))
t(lambda: round(1, 1.5))
t(lambda: round(1.5, "2"))
t(lambda: round())
t(lambda: round(True))
t(lambda: round(False, 2))
t(lambda: type(round(2.0)).__name__)
t(lambda: type(round(2.0, 0)).__name__)
t(lambda: round(-0.0, 1))
t(lambda: round(0.5, 0))
class R:
    def __round__(self, n=None):
        return ("round", n)
t(lambda: round(R()))
t(lambda: round(R(), 3))
t(lambda: round(R(), None))
class Idx:
    def __index__(self):
        return 1
t(lambda: round(2.25, Idx()))
