def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f).__name__)
t(lambda: f.add(4))
t(lambda: hash(frozenset()) == hash(frozenset([])))
t(lambda: frozenset([1, 2]) == {2, 1})
t(lambda: {frozenset([1]): "x"}[frozenset({1})])
t(lambda: frozenset([[1]]))
t(lambda: frozenset())
t(lambda: frozenset([5]))
t(lambda: f.copy() is f)
t(lambda: sorted(f.union([9])))
t(lambda: type(f.union([9])).__name__)
t(lambda: frozenset(5))
class F(frozenset): pass
t(lambda: F([1]))
t(lambda: type(F([1]).copy()).__name__)
