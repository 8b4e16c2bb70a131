def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
f = frozenset({1})
g = f
f |= {2}
print(sorted(f), sorted(g), f is g)
f -= {1}
print(sorted(f))
f &= {2, 3}
print(sorted(f))
f ^= {3}
print(sorted(f))
t(lambda: frozenset({1}) | [2])
t(lambda: frozenset({1}) <= {1, 2})
t(lambda: frozenset({1}).issubset([1]))
t(lambda: frozenset({1}).intersection_update)
