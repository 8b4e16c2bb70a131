# set/frozenset subclasses: repr with the class name, results of operations are base types,
# __init__/__new__ overrides, and equality/hash across set and frozenset.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class S(set):
    pass

class F(frozenset):
    pass

s = S([3, 1, 2])
f = F([5, 4])
print(s, f, S(), F(), repr(S([1])), type(s).__name__, type(f).__name__)
print(type(s | {9}).__name__, type(s & {1}).__name__, type(s - {1}).__name__, type(s ^ {1}).__name__, type(s.copy()).__name__)
print(type(f | {9}).__name__, type(f.copy()).__name__, f.copy() is f, type(f.union()).__name__, type({1} | f).__name__)
s |= {7}
print(s, type(s).__name__)
print(s == {1, 2, 3, 7}, f == frozenset({4, 5}), hash(f) == hash(frozenset({4, 5})), F() == set())
t(hash, s)
class Init(set):
    def __init__(self, it, extra):
        super().__init__(it)
        self.extra = extra
i = Init("ab", 1)
print(sorted(i), i.extra)
class New(frozenset):
    def __new__(cls, *args):
        return super().__new__(cls, args)
print(sorted(New(1, 2, 3)), type(New(1)).__name__)
t(S, [1], x=1)
t(F, [1], x=1)
class K(set):
    def __init__(self, *a, **k):
        super().__init__(*a)
print(K([1], x=1))
print(frozenset(f) is f, frozenset(frozenset([1])) == {1}, set(s) == s, set(s) is s)
class Eq:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == (other.v if isinstance(other, Eq) else other)
print(Eq(1) in {1, 2}, 1 in {Eq(1)}, len({Eq(1), 1, Eq(1)}), {Eq(2)} == {2})
