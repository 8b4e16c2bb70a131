def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
data = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data, key=lambda p: p[1], reverse=True))
l = list(data)
l.sort(key=lambda p: -p[0])
print(l)
def bad(x):
    l2.append(x)
    return x
l2 = [3, 1, 2]
t(lambda: l2.sort(key=bad))
print(l2)
l3 = [3, 1, 2]
def clear_key(x):
    l3.clear()
    return x
t(lambda: l3.sort(key=clear_key))
print(l3)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        lst.append(0)
        return self.v < o.v
    def __repr__(self): return "C%d" % self.v
lst = [Cmp(2), Cmp(1)]
t(lambda: lst.sort())
class Boom:
    def __lt__(self, o): raise ValueError("boom")
b = [Boom(), Boom()]
t(lambda: b.sort())
t(lambda: [1, "a"].sort())
t(lambda: [1, None].sort())
t(lambda: [1.5, 1, True, 0.5].sort())
t(lambda: sorted([3, 1], key=None))
t(lambda: [3, 1].sort(None))
t(lambda: [3, 1].sort(key=1))
t(lambda: [3, 1].sort(reverse="x"))
t(lambda: [3, 1].sort(cmp=None))
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted([2, 1], reverse=1))
x = [5, 3, 9]
print(x.sort(), x, sorted(x, reverse=True), x)
print(sorted("bca"), sorted({3: 1, 1: 2}), sorted((2, 1)), sorted(iter([2, 1])))
print(sorted([float("nan"), 1.0, 0.5]))
print(sorted([[2], [1, 2], [1]]), sorted([(1, 2), (1,), ()]))
