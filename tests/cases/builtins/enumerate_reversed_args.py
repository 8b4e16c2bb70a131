# enumerate() start argument and reversed() protocol
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: list(enumerate("ab", 10)))
t(lambda: list(enumerate("ab", start=-1)))
t(lambda: list(enumerate("ab", 2 ** 70)))
t(lambda: list(enumerate([], 5)))
t(lambda: enumerate("a", 1.5))
t(lambda: enumerate("a", "1"))
t(lambda: enumerate(5))
t(lambda: enumerate())
t(lambda: list(enumerate(iterable="xy", start=True)))
t(lambda: enumerate("a", 1, 2))
class Idx:
    def __index__(self):
        return 3
t(lambda: list(enumerate("a", Idx())))
t(lambda: list(reversed([1, 2, 3])))
t(lambda: list(reversed("abc")))
t(lambda: list(reversed(range(5, 0, -2))))
t(lambda: list(reversed({1: 2, 3: 4})))
t(lambda: list(reversed({1: 2}.items())))
t(lambda: reversed({1, 2}))
t(lambda: reversed(iter([1])))
t(lambda: reversed(5))
t(lambda: reversed())
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
t(lambda: list(reversed(Seq())))
class OnlyLen:
    def __len__(self):
        return 1
t(lambda: reversed(OnlyLen()))
class Custom:
    def __reversed__(self):
        return iter("custom")
t(lambda: list(reversed(Custom())))
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
t(lambda: reversed(RevNone()))
r = reversed([1, 2, 3])
t(lambda: (r.__length_hint__(), next(r), r.__length_hint__()))
t(lambda: type(reversed(Seq())).__name__)
