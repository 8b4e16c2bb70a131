# zip(strict=True): messages name the argument that is short or long
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: list(zip([1, 2], "ab", strict=True)))
t(lambda: list(zip([1, 2], "a", strict=True)))
t(lambda: list(zip([1], "ab", strict=True)))
t(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t(lambda: list(zip([1], [1], [1, 2], strict=True)))
t(lambda: list(zip([1, 2, 3], [1, 2], [1, 2], strict=True)))
t(lambda: list(zip(strict=True)))
t(lambda: list(zip([1, 2], strict=True)))
t(lambda: list(zip([1, 2], [3], strict=False)))
t(lambda: list(zip([1], strict=1)))
t(lambda: list(zip([1], strict="")))
t(lambda: list(zip([1], bogus=True)))
t(lambda: list(zip(1, [2])))
t(lambda: list(zip([2], None)))
z = zip([1, 2], [3], strict=True)
t(lambda: next(z))
t(lambda: next(z))
t(lambda: next(z))
def gen():
    yield 1
    raise KeyError("gen failed")
t(lambda: list(zip([1, 2], gen(), strict=True)))
t(lambda: list(zip(gen(), [1], strict=True)))
t(lambda: type(zip()).__name__)
