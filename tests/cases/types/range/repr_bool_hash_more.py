def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for r in [range(0), range(5), range(1, 5), range(1, 5, 2), range(5, 1, -1), range(-3, 3), range(0, 10**20, 10**18)]:
    print(repr(r), str(r), bool(r), len(r), r.start, r.stop, r.step, list(r)[:4], hash(r) == hash(range(r.start, r.stop, r.step)))
print(range(0) == range(1, 1), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(3) == [0, 1, 2], range(3) != range(4))
print(hash(range(0)) == hash(range(5, 5)), hash(range(2, 3)) == hash(range(2, 3, 7)), {range(3): "x"}[range(0, 3)])
t(lambda: range(3) + range(2))
t(lambda: range(3) * 2)
t(lambda: range(3)[1:2:0])
t(lambda: range(0, 10, 2).index(3))
t(lambda: range(2**100)[2**101])
t(lambda: range(-2**100, 2**100)[-1])
t(lambda: bool(range(2**100)))
t(lambda: reversed(range(2**100)).__length_hint__())
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(-5, -1))), next(reversed(range(2**70))))
