def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: list(enumerate("ab", 5)))
t(lambda: list(enumerate("ab", start=-1)))
t(lambda: list(enumerate("ab", 2 ** 70)))
t(lambda: enumerate(5))
t(lambda: enumerate("a", "b"))
t(lambda: list(zip("ab", [1, 2, 3])))
t(lambda: list(zip()))
t(lambda: list(zip("ab", [1], strict=True)))
t(lambda: list(zip("a", [1, 2], strict=True)))
t(lambda: list(zip("ab", "cd", strict=True)))
t(lambda: zip(1))
t(lambda: list(zip(*[(1, 2), (3, 4)])))
