import sys
sys.stderr = sys.stdout
def gen():
    yield 1
    raise ValueError("from generator")
def key(x):
    return 1 / (x - 2)
class C:
    def __eq__(self, other):
        raise TypeError("eq failed")
    __hash__ = object.__hash__
def cases():
    yield lambda: [x for x in gen()]
    yield lambda: sorted([1, 2, 3], key=key)
    yield lambda: list(map(key, [2]))
    yield lambda: C() in [1, C()]
    yield lambda: next(g for g in gen() if g > 5)
for f in cases():
    try:
        f()
    except Exception as e:
        sys.excepthook(type(e), e, e.__traceback__)
def deep(n):
    if n == 0:
        raise KeyError("bottom")
    deep(n - 1)
deep(10)
