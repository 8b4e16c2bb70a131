def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for x in [0, 1, -1, 0.0, -0.0, float("nan"), 0j, "", " ", b"", [], [0], (), {}, set(), None, range(0), range(1), frozenset()]:
    print(repr(x), bool(x))
class L:
    def __len__(self):
        return -1
t(lambda: bool(L()))
class B:
    def __bool__(self):
        return 1
t(lambda: bool(B()))
class N:
    __bool__ = None
t(lambda: bool(N()))
class BL:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
t(lambda: bool(BL()))
class BigLen:
    def __len__(self):
        return 2 ** 100
t(lambda: bool(BigLen()))
t(lambda: bool(x=1))
t(lambda: bool(1, 2))
