def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [1, 2, 3, 2, 1]
t(lambda: a.index(2))
t(lambda: a.index(2, 2))
t(lambda: a.index(2, -2))
t(lambda: a.index(1, 1, 4))
t(lambda: a.index(9))
t(lambda: a.index(2, "x"))
t(lambda: a.count(1))
t(lambda: a.count(1.0))
t(lambda: [float("nan")].count(float("nan")))
n = float("nan")
t(lambda: [n].count(n))
t(lambda: [n].index(n))
t(lambda: a.count())
