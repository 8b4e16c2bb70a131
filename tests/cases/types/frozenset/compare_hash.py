def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = frozenset({1, 2})
t(lambda: a == {1, 2})
t(lambda: a < {1, 2, 3})
t(lambda: a > frozenset())
t(lambda: hash(a) == hash(frozenset([2, 1])))
t(lambda: {a, frozenset([1, 2])} == {a})
t(lambda: {1, 2} in {a})
t(lambda: len({frozenset(), frozenset(), frozenset({0})}))
t(lambda: sorted(map(sorted, {frozenset({1}), frozenset({2})})))
t(lambda: a - {1} == {2})
t(lambda: a.difference())
t(lambda: frozenset(x for x in [3, 3]))
t(lambda: frozenset.__new__(frozenset, [1]))
t(lambda: frozenset.__new__(set))
