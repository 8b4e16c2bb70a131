# range: construction, len, indexing, slicing, containment, index/count, equality, hash, repr, iteration.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(range(10), range(1, 10), range(1, 10, 2), range(10, 0, -3), range(0), range(-5))
r = range(1, 20, 3)
print(list(r), len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(r[1:4], r[::-1], r[::2], r[100:], r[-2:], list(r[::-2]))
t(lambda: r[10])
t(lambda: r["a"])
t(lambda: r[1.0])
t(range)
t(range, 1, 2, 3, 4)
t(range, 1.0)
t(range, 1, 2, 0)
t(range, 1, step=2)
t(range, "a")
print(4 in r, 5 in r, 19 in r, 22 in r, -2 in r, 4.0 in r, True in range(2), "a" in r)
print(r.index(7), r.count(7), r.count(8), r.count(7.0), range(3).index(True))
t(r.index, 8)
t(r.index, "a")
t(r.index, 8.0)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2], range(3) != range(4))
print(hash(range(0)) == hash(range(4, 2)), hash(range(1, 2, 5)) == hash(range(1, 3, 7)), hash(range(3)) == hash(range(0, 3)))
t(lambda: range(3) < range(4))
big = range(10**20)
print(big[-1], big[10**19], 10**19 in big, big[::10**19], big.index(12345), big.count(-1), bool(big))
t(len, big)
t(len, range(2**63))
print(len(range(2**31 - 1)), range(2**63)[2**62])
h = range(-10**20, 10**20, 7 * 10**18)
print(h, list(h)[:3], len(h), h[3:8:2])
print(list(range(5, -5, -2)), list(reversed(range(5, -5, -2))), list(reversed(range(0))), list(reversed(range(1, 10**20, 10**19)))[:2])
it = iter(range(3))
print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
print(type(iter(range(2**70))).__name__, next(iter(range(2**70, 2**71))))
print(bool(range(0)), bool(range(1)), list(range(3, 3)), list(range(-3)))
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I()), range(10)[I()], list(range(10))[I()])
