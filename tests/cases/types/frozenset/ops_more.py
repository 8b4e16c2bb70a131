def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
f = frozenset([1, 2, 3])
g = frozenset([3, 4])
print(f | g, f & g, f - g, f ^ g, f | {9}, {9} | f, type({9} | f).__name__, type(f | {9}).__name__)
print(f.union([5]), f.intersection(range(3)), f.difference([1]), f.symmetric_difference((3, 7)), f.issubset(range(5)), f.isdisjoint("ab"))
print(hash(f) == hash(frozenset([3, 2, 1])), f == {1, 2, 3}, {1, 2, 3} == f, f in {f}, {1, 2, 3} in {f} if False else "skip", frozenset() == set())
t(lambda: f.add(1))
t(lambda: f.update([1]))
t(lambda: f.__ior__({1}))
x = f
x |= {10}
print(x, f, x is f)
print(repr(frozenset()), repr(frozenset([frozenset()])), frozenset("aab") == frozenset("ab"), len(frozenset(range(100))))
class F(frozenset):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
ff = F([1, 2])
print(type(ff).__name__, ff, type(ff | {3}).__name__, type(ff.copy()).__name__, ff.copy() is ff, hash(ff) == hash(frozenset([1, 2])))
t(lambda: frozenset([1], [2]))
t(lambda: frozenset(iterable=[1]))
