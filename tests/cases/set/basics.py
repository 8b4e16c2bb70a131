# set and frozenset with small non-negative ints (same order on 32- and 64-bit builds): methods,
# errors, operators, comparisons, repr, iteration.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

s = {3, 10, 1000}
print(s, set(), frozenset(), frozenset({1, 2}), set([5, 3, 5, 1]), set(range(20, 0, -3)))
s.add(7); s.add(3); print(s)
s.discard(10); s.discard(99); print(s)
s.remove(7); print(s)
t(s.remove, 99)
t(s.remove, [])
t(set().pop)
p = {1, 2, 3}
print(p.pop(), p.pop(), p)
q = {8, 16, 24, 32, 5}
print([q.pop() for _ in range(5)])
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7], (8,)), a.intersection(b, [4]), a.difference(b, [1]), a.symmetric_difference([4, 9]))
print(a.union(), a.intersection(), a.difference())
print(a.issubset(b), {3}.issubset(b), {3}.issubset([3]), a.issuperset({1}), a.issuperset([1, 9]))
print(a.isdisjoint(b), a.isdisjoint({9}), a.isdisjoint([9, 1]))
print(a < b, {3} < b, b > {3}, a <= a, a >= a, a < a, a == {4, 3, 2, 1}, a != b)
print({1} == frozenset({1}), frozenset({1}) == {1}, set() == frozenset())
t(lambda: a | [1])
t(lambda: a < [1])
t(lambda: a + b)
c = {1, 2}
c |= {3}; c &= {1, 3, 5}; c -= {1}; c ^= {3, 4}; print(c)
c.update([10], {11}); c.intersection_update({4, 10, 11}, [4, 11]); print(c)
c.difference_update([4]); c.symmetric_difference_update({11, 12}); print(c)
t(c.update, 1)
t(c.add)
t(c.add, 1, 2)
t(c.add, [])
t(c.union, 1)
t(c.issubset, 1)
t(set, 1)
t(set, [1], [2])
t(set, x=1)
t(frozenset, x=1)
t(frozenset, 1, 2)
t(lambda: {[]})
t(lambda: [] in {1})
t(lambda: {1}.discard({}))
print({1} in {frozenset({1})}, set() in {frozenset()}, {frozenset({1}): "f"}[frozenset({1})])
fs = frozenset([3, 1, 2])
print(fs, fs | {4}, type(fs | {4}).__name__, type({4} | fs).__name__, fs.copy() is fs, hash(fs) == hash(frozenset([1, 2, 3])))
fs2 = fs
fs2 |= {9}
print(fs2, fs, fs2 is fs)
t(hash, {1})
print(len(s), bool(set()), bool({0}), 0 in {0}, 1.0 in {1}, True in {1})
it = iter({1, 2, 3})
print(type(it).__name__, it.__length_hint__(), next(it), list(it))
def mutate():
    m = {1, 2}
    for x in m:
        m.add(x + 10)
t(mutate)
r = set(range(100))
for i in range(0, 100, 3):
    r.discard(i)
print(len(r), list(r)[:10])
r.update(range(200, 250))
print(list(r)[-5:], len(r))
print(set.__class_getitem__(int), frozenset[int])
print(set().__sizeof__() == set().__sizeof__())
print({1, 2}.copy(), type(frozenset({1}).union()).__name__)
