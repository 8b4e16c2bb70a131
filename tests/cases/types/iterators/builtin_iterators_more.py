def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for obj in [[1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1}, frozenset([1]), range(2), {1: 2}.keys(), {1: 2}.values(), {1: 2}.items(), reversed([1]), reversed((1,)), reversed("ab"), reversed(range(3)), enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), iter(lambda: 1, 1)]:
    it = iter(obj)
    lh = getattr(it, "__length_hint__", None)
    print(type(it).__name__, iter(it) is it, lh() if lh else "no lh")
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__(), next(it, "end"))
it = iter([1, 2, 3])
it.__setstate__(2)
print(list(it))
it = reversed([1, 2, 3])
it.__setstate__(0)
print(list(it))
t(lambda: next(iter([]), 1, 2))
t(lambda: next([]))
t(lambda: iter(1))
t(lambda: iter(1, 2))
t(lambda: iter())
t(lambda: reversed(1))
t(lambda: reversed({1}))
t(lambda: reversed({1: 2}).__class__.__name__)
t(lambda: enumerate(1))
t(lambda: enumerate([], "a"))
t(lambda: list(enumerate("ab", 2**70)))
t(lambda: list(enumerate("ab", start=-1)))
t(lambda: list(zip("ab", "c", strict=True)))
t(lambda: list(zip("a", "bc", strict=True)))
t(lambda: list(zip("ab", "cd", "e", strict=True)))
t(lambda: list(map(pow, [2, 3], [2], [5, 6])))
t(lambda: map(abs))
t(lambda: filter(None))
t(lambda: list(filter(lambda x: x > 1, range(4))))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())), type(iter(Seq())).__name__, 20 in Seq(), list(reversed([*Seq()])))
t(lambda: reversed(Seq()))
class LenSeq(Seq):
    def __len__(self):
        return 3
print(list(reversed(LenSeq())))
