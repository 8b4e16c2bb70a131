# len(): results from __len__ must be non-negative ints that fit in an index
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def L(v):
    return type("L", (), {"__len__": lambda self: v})()
t(lambda: len(L(3)))
t(lambda: len(L(0)))
t(lambda: len(L(-1)))
t(lambda: len(L(2 ** 63)))
t(lambda: len(L(-2 ** 63)))
t(lambda: len(L(1.0)))
t(lambda: len(L("1")))
t(lambda: len(L(None)))
t(lambda: len(L(True)))
class MyInt(int):
    pass
t(lambda: type(len(L(MyInt(4)))).__name__)
class Ix:
    def __index__(self):
        return 6
t(lambda: len(L(Ix())))
t(lambda: len(5))
t(lambda: len(iter([])))
t(lambda: len((x for x in [])))
t(lambda: len())
t(lambda: len([], []))
t(lambda: len(range(10 ** 20)))
t(lambda: len(range(0, 10 ** 20, 10 ** 19)))
t(lambda: len({1: 2}.keys()), len("é"), len(b"\xff"), len("\U0001f600"))
class Raising:
    def __len__(self):
        raise KeyError("from len")
t(lambda: len(Raising()))
class LenOnClass:
    pass
LenOnClass.__len__ = lambda self: 11
t(lambda: len(LenOnClass()))
del LenOnClass.__len__
t(lambda: len(LenOnClass()))
