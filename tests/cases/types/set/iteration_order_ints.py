def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print({5, 3, 1, 8, 16, 32, 0}, set(range(20, 0, -3)), {-3, 9, 2**30, 7})
s = set()
for i in [100, 4, 36, 68, 2, 34]:
    s.add(i)
print(s)
s.discard(36)
s.add(1000)
print(s, s.pop(), s)
print(frozenset([3, 11, 19, 27]), {1.5, 2.5, 0.5}, {True, 2, 3.0})
print(set([8, 16, 24]) | set([1, 9]), {1, 2, 3} ^ {3, 4, 5}, {10, 20, 30} - {20}, {1, 2, 3, 4} & {4, 3, 9})
big = set(range(100))
for i in range(0, 100, 3):
    big.discard(i)
print(len(big), list(big)[:10])
print(sorted({"b", "a", "c"}), len({"a", "a"}), repr(set()), repr(frozenset()), {frozenset()}, {frozenset({1})})
s2 = {1, 2, 3}
it = iter(s2)
next(it)
s2.add(99)
t(lambda: next(it))
s3 = {1, 2}
it3 = iter(s3)
s3.remove(1)
s3.add(5)
t(lambda: list(it3))
