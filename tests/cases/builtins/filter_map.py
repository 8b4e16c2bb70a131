print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, ["ab", ""])))
m = map(int, "123")
print(next(m), list(m), type(m).__name__, type(filter(None, [])).__name__)
for f in [lambda: list(map(1, [1])), lambda: list(map(None, [1])), lambda: filter(None, 5), lambda: map(len)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
