def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: list(map(pow, [2, 3], [3, 2])))
t(lambda: list(map(str.upper, "ab")))
t(lambda: map(len))
t(lambda: list(map(None, [1])))
t(lambda: list(map(abs, [1, -1], strict=True)))
t(lambda: list(map(pow, [1], [1, 2], strict=True)))
t(lambda: list(filter(None, [0, 1, "", "a", None])))
t(lambda: list(filter(lambda x: x > 1, range(4))))
t(lambda: filter(5, 5))
t(lambda: list(reversed([1, 2, 3])))
t(lambda: list(reversed("abc")))
t(lambda: reversed({1: 2}).__class__.__name__)
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
class R:
    def __len__(self): return 2
    def __getitem__(self, i): return "xy"[i]
t(lambda: list(reversed(R())))
