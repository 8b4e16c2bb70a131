def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def u2(x):
    a, b = x
    return a, b
def ustar(x):
    a, *b, c = x
    return a, b, c
t(lambda: u2((1, 2)))
t(lambda: u2((1,)))
t(lambda: u2((1, 2, 3)))
t(lambda: u2([1, 2, 3, 4]))
t(lambda: u2("ab"))
t(lambda: u2(5))
t(lambda: u2(iter([1])))
t(lambda: u2({1: 2, 3: 4}))
t(lambda: ustar((1, 2)))
t(lambda: ustar((1,)))
t(lambda: ustar(range(5)))
t(lambda: ustar("hello"))
t(lambda: ustar(None))
def gen():
    yield 1
    yield 2
    yield 3
t(lambda: u2(gen()))
t(lambda: ustar(gen()))
t(lambda: [*5])
t(lambda: (*None,))
t(lambda: {**None})
