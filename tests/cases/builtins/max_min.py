print(max(1, 5, 3), min(1, 5, 3), max([4, 9]), min("hello"), max("a", "bb", key=len), min([], default="empty"))
print(max([(1, "b"), (1, "a")]), min(3.5, 2), max(range(5), key=lambda x: -x), max([1, 1.0]), min([1.0, 1]))
for f in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, "a"), lambda: max([1], [2], default=0), lambda: min(1, 2, key=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
