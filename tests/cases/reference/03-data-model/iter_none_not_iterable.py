# 3.3.7 Setting a special method to None blocks the operation and its fallbacks
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
t(lambda: iter(NoIter()))
t(lambda: list(NoIter()))
t(lambda: [x for x in NoIter()])
def unpack():
    a, b = NoIter()
t(unpack)
t(lambda: 1 in NoIter())
class NoRev:
    __reversed__ = None
t(lambda: reversed(NoRev()))
class NoHash:
    __hash__ = None
t(lambda: {NoHash()})
class NoLen:
    __len__ = None
t(lambda: len(NoLen()))
t(lambda: bool(NoLen()))
class NoAdd:
    __add__ = None
    __radd__ = None
t(lambda: NoAdd() + 1)
t(lambda: 1 + NoAdd())
class NoEq:
    __eq__ = None
t(lambda: NoEq() == NoEq())
class NoGetitem:
    __getitem__ = None
t(lambda: NoGetitem()[0])
class NoContains:
    __contains__ = None
t(lambda: 0 in NoContains())
class NoEnter:
    __enter__ = None
    def __exit__(self, *a):
        pass
def with_none():
    with NoEnter():
        pass
t(with_none)
class NoNeg:
    __neg__ = None
t(lambda: -NoNeg())
class NoIndex:
    __index__ = None
t(lambda: [1][NoIndex()])
class NoFormat:
    __format__ = None
t(lambda: format(NoFormat()))
