# sum(): start values, float compensation (Neumaier, 3.12+), int/float/complex mixing
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: sum([0.1] * 10))
t(lambda: sum([1e100, 1.0, -1e100, 1.0]))
t(lambda: sum([0.1, 0.2, 0.3]))
t(lambda: sum([1.0, 1e-16, 1e-16]))
t(lambda: sum([1e308, 1e308]))
t(lambda: sum([1e308, 1e308, -1e308]))
t(lambda: sum([float("inf"), 1.0]))
t(lambda: sum([float("inf"), float("-inf")]))
t(lambda: sum([float("nan"), 1.0]))
t(lambda: sum([1, 0.5, 2 ** 60]))
t(lambda: sum([2 ** 63, 2 ** 63, -1]))
t(lambda: sum([1j, 2, 0.5]))
t(lambda: sum([0.1j] * 10))
t(lambda: sum([1, 2], start=0.0))
t(lambda: sum([], start=5))
t(lambda: sum([[1], [2]], start=[]))
t(lambda: sum(["a"], start=""))
t(lambda: sum([b"a"], b""))
t(lambda: sum([bytearray(b"a")], bytearray()))
t(lambda: sum([1], start="x"))
t(lambda: sum([True, True, False]))
t(lambda: sum([0.5, True]))
t(lambda: sum(range(10 ** 6)))
t(lambda: sum([1, "a"]))
t(lambda: sum([1.5, "a"]))
t(lambda: sum(None))
t(lambda: sum([1], 2, 3))
class N:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return N(o + self.v)
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
t(lambda: sum([N(1), N(2)]).v)
t(lambda: sum([1.0, N(2), 3.0]).v)
