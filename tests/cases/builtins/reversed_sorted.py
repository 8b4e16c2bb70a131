print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), tuple(reversed({"a": 1, "b": 2})))
print(sorted([3, 1, 2]), sorted("banana"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted({3: 1, 1: 2}))
print(sorted([(2, "a"), (1, "b"), (2, "A")]), sorted([1.5, 1, True, 0]), sorted(["B", "a", "C"], key=str.lower))
pairs = [(1, "x"), (0, "y"), (1, "z"), (0, "w")]
print(sorted(pairs, key=lambda p: p[0]))
for f in [lambda: reversed(5), lambda: sorted([1, "a"]), lambda: sorted(5), lambda: sorted([1], key=5), lambda: reversed({1, 2})]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
