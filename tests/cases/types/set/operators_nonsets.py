def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = {1, 2, 3}
fs = frozenset({2, 3, 4})
for other in [[2], (2,), "a", {2: 0}, {2}.union(), frozenset([2]), range(3), None, 5]:
    for op in ["__and__", "__or__", "__sub__", "__xor__", "__le__", "__lt__", "__eq__", "__rand__", "__ror__", "__rsub__", "__rxor__"]:
        try:
            r = getattr(s, op)(other)
            print(op, repr(other), r if r is NotImplemented else sorted(r) if isinstance(r, (set, frozenset)) else r)
        except Exception as e:
            print(op, repr(other), type(e).__name__ + ":", e)
t(lambda: s & [2])
t(lambda: [2] | s)
t(lambda: s ^ "a")
t(lambda: s - range(3))
t(lambda: s < [1])
t(lambda: s <= 5)
print(sorted(s & fs), type(s & fs).__name__, type(fs & s).__name__, type(fs | s).__name__, type(fs - s).__name__, type(s ^ fs).__name__)
print(s == fs, s == {1, 2, 3}, frozenset(s) == s, s != frozenset([1, 2, 3]), {1} < {1, 2}, {1, 2} > {1}, {1} < {2})
class S(set): pass
class F(frozenset): pass
print(type(S([1]) | {2}).__name__, type({2} | S([1])).__name__, type(F([1]) | {2}).__name__, type(S([1]).copy()).__name__, type(F([1]).copy()).__name__)
print(repr(S([1])), repr(F([1])), repr(S()), repr(F()), repr(set()), repr(frozenset()))
