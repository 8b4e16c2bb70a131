# 3.3.1 __bool__ and __len__ decide truth
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        print("bool")
        return False
    def __len__(self):
        print("len")
        return 1
t(lambda: bool(B(True)))
t(lambda: bool(B(0)))
t(lambda: bool(B(1)))
t(lambda: bool(B(None)))
t(lambda: not B("x"))
t(lambda: bool(L(0)))
t(lambda: bool(L(3)))
t(lambda: bool(L(-1)))
t(lambda: bool(L(2 ** 100)))
t(lambda: bool(L(1.5)))
t(lambda: bool(L("2")))
t(lambda: bool(Both()))
t(lambda: bool(object()))
t(lambda: 1 if B(False) else 2)
t(lambda: B(True) and "x")
t(lambda: [x for x in [L(0), L(1), B(False), B(True)] if x].__len__())
class BoolSub(int):
    def __bool__(self):
        return True
t(lambda: bool(BoolSub(0)))
class LenNone:
    __len__ = None
t(lambda: bool(LenNone()))
class BoolNone:
    __bool__ = None
    def __len__(self):
        return 0
t(lambda: bool(BoolNone()))
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 0
        return I()
t(lambda: bool(IdxLen()))
t(lambda: len(IdxLen()))
