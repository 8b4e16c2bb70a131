def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: [1, 2] < [1, 3])
t(lambda: [1, "a"] < [1, 2])
t(lambda: [1, "a"] == [1, 2])
t(lambda: [] == ())
t(lambda: [1] + (2,))
t(lambda: [1] * -1)
t(lambda: [[0]] * 2)
t(lambda: [1] * 2.0)
t(lambda: [1, 2] >= [1, 2])
n = float("nan")
t(lambda: [n] == [n])
t(lambda: [n] < [n])
t(lambda: 2 in [1, 2.0])
