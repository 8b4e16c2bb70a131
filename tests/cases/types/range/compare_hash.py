def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: range(0) == range(5, 5))
t(lambda: range(0, 3, 2) == range(0, 4, 2))
t(lambda: range(1, 2, 5) == range(1, 2, 7))
t(lambda: range(3) == [0, 1, 2])
t(lambda: range(3) < range(4))
t(lambda: hash(range(0)) == hash(range(3, 3)))
t(lambda: hash(range(1, 2, 5)) == hash(range(1, 2, 9)))
t(lambda: {range(3): "x"}[range(0, 3)])
t(lambda: bool(range(0)))
t(lambda: list(reversed(range(1, 10, 4))))
t(lambda: sum(range(101)))
t(lambda: range(3).__reversed__().__length_hint__())
