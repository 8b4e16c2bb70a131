def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def m(self, x=1):
        "doc m"
        return x
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
c = C()
bm = c.m
print(type(bm).__name__, bm.__self__ is c, bm.__func__ is C.m, bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__, bm())
print(bm == c.m, bm is c.m, hash(bm) == hash(c.m), c.m == C().m, repr(bm).startswith("<bound method C.m of "))
t(lambda: setattr(bm, "x", 1))
t(lambda: bm.x)
C.m.x = 5
print(bm.x, bm.__defaults__, bm.__code__.co_name)
t(lambda: setattr(bm, "__doc__", "x"))
MT = type(bm)
nb = MT(lambda self: ("bound", type(self).__name__), 5)
print(nb())
t(lambda: MT(1, c))
t(lambda: MT(len, None))
t(lambda: MT(len))
print(MT(len, [1, 2])())
print(bm.__get__(None, C) is bm, bm.__get__(5) is bm)
print([].append.__self__, type([].append).__name__, [].append.__name__, [].append.__qualname__, repr([].append).startswith("<built-in method append of list object at"))
print(len.__self__, len.__name__, len.__qualname__, repr(len), type(len).__name__, len.__module__)
print((1).__add__ == (1).__add__, [].append == [].append, (1).__add__.__self__, type((1).__add__).__name__)
class D:
    @classmethod
    def cm(cls):
        pass
print(repr(D.cm).startswith("<bound method D.cm of <class "), D.cm.__self__ is D, D.cm.__func__.__name__)
import sys
print(repr(sys.getrecursionlimit).startswith("<built-in function getrecursionlimit"), sys.getrecursionlimit.__module__, sys.getrecursionlimit.__self__ is sys)
