def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = {1, 2, 3}
t(lambda: sorted(a.union([4], (5,))))
t(lambda: sorted(a.intersection([2, 3, 9], {3, 2})))
t(lambda: sorted(a.difference([1], [2])))
t(lambda: sorted(a.symmetric_difference([3, 4])))
t(lambda: a.symmetric_difference([1], [2]))
t(lambda: a.union(5))
t(lambda: a | [4])
t(lambda: a & frozenset({1}))
t(lambda: type(a & frozenset({1})).__name__)
t(lambda: type(frozenset({1}) | a).__name__)
t(lambda: a - 1)
t(lambda: a.issubset([1, 2, 3, 4]))
t(lambda: a.issuperset(range(2)))
t(lambda: a.isdisjoint("ab"))
t(lambda: a.isdisjoint(5))
t(lambda: a.union())
