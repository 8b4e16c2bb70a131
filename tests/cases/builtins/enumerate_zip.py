print(list(enumerate("abc")), list(enumerate("ab", 10)), list(enumerate([], 5)), list(enumerate("x", start=-1)))
print(list(zip("abc", [1, 2, 3])), list(zip("ab", "xyz")), list(zip()), list(zip([1])), dict(zip("ab", range(2))))
print(list(zip("ab", "xy", strict=True)), list(zip(*[(1, 2), (3, 4)])))
e = enumerate("xy")
print(next(e), next(e), type(e).__name__, type(zip()).__name__)
for f in [lambda: list(zip("a", "bc", strict=True)), lambda: list(zip("ab", "c", strict=True)), lambda: list(zip("a", "b", "cd", strict=True)), lambda: enumerate(5), lambda: zip(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
