# sorted(): key and reverse, stability, errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: sorted([3, 1, 2], reverse=True))
t(lambda: sorted(["b", "A", "c"], key=str.lower))
t(lambda: sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda p: p[0]))
t(lambda: sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda p: p[0], reverse=True))
t(lambda: sorted("hello"))
t(lambda: sorted({3: "a", 1: "b"}))
t(lambda: sorted([], key=None))
t(lambda: sorted([1, 2], key=None, reverse=0))
t(lambda: sorted([1, 2], reverse=None))
t(lambda: sorted([1, 2], reverse="yes"))
t(lambda: sorted([1, 2], reverse=2.5))
t(lambda: sorted([1, "a"]))
t(lambda: sorted([1, 2], key=5))
t(lambda: sorted([1, 2], key=lambda: 0))
t(lambda: sorted([1, 2], lambda x: x))
t(lambda: sorted())
t(lambda: sorted(5))
t(lambda: sorted([1], cmp=None))
t(lambda: sorted(iterable=[2, 1]))
t(lambda: sorted([3, 1], key=lambda x: 1 / (x - 1)))
t(lambda: sorted([1.5, 1, True, 0.5, -2]))
t(lambda: sorted([[2], [1, 5], [1]]))
t(lambda: sorted([{1}, {1, 2}, {0}]))
t(lambda: sorted([float("nan"), 1, 0]) if False else "nan order is unspecified")
t(lambda: sorted(["b", "a"], key=len, reverse=True))
t(lambda: [1, 3, 2].sort(key=lambda x: -x))
l = [3, 1, 2]
t(lambda: (l.sort(reverse=True), l))
t(lambda: l.sort(1))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __repr__(self):
        return f"Cmp({self.v})"
t(lambda: sorted([Cmp(2), Cmp(1), Cmp(3)]))
def mutating():
    m = [3, 2, 1]
    def k(x):
        m.append(0)
        return x
    m.sort(key=k)
t(mutating)
