def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
data = ["b", "A", "c", "B", "a"]
print(sorted(data), sorted(data, key=str.lower), sorted(data, key=str.lower, reverse=True), sorted(data, key=len))
def bad_key(x):
    if x == "c":
        raise ValueError("bad key")
    return x
t(lambda: sorted(data, key=bad_key))
l = list(data)
t(lambda: l.sort(key=bad_key))
print(l)
t(lambda: sorted(data, key=lambda x: None if x == "a" else x))
t(lambda: sorted([1, 2], key=lambda x, y: x))
t(lambda: sorted([3, 1, 2], key=lambda x: -x))
t(lambda: sorted([(1, "b"), (1, "a"), (0, "z")]))
t(lambda: sorted([{1}, {0}]))
t(lambda: sorted([[2, 1], [1, 2], [1]]))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted([1, 2], key=str, reverse=None))
t(lambda: sorted(reversed([1, 3, 2])))
print(sorted([-0.0, 0.0, 0, False]), sorted([True, False, 0.5]))
