def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, a >= a, a < a, a == frozenset(a), a != b)
t(lambda: a < [1, 2, 3])
t(lambda: a == [1, 2])
t(lambda: {1, 2} < {3})
t(lambda: {1, 2} > {3})
print(sorted([{1, 2}, {1}, {2, 3}], key=len))
t(lambda: hash({1}))
t(lambda: set([1, 1.0, True]))
print(set(), repr(set()), {()} == {()})
class S(set): pass
print(S([1]), type(S([1]) | {2}).__name__)
