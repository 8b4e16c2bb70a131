# min()/max() over generators, strings, mixed numbers and items with custom ordering
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: max(x * x for x in range(-3, 2)))
t(lambda: min("hello"))
t(lambda: max(["apple", "Banana", "cherry"]))
t(lambda: max(["apple", "Banana", "cherry"], key=str.lower))
t(lambda: min([3, 1.5, True, 2]))
t(lambda: max([2 ** 64, 1e19, 18446744073709551615.0]))
t(lambda: min([(1, 2), (1, 1), (0, 9)]))
t(lambda: max({3: "a", 10: "b"}.items()))
t(lambda: max([[1, 2], [1, 2, 0]]))
t(lambda: min([{1, 2}, {1}, {3}]))
class O:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self):
        return f"O({self.v})"
t(lambda: max([O(1), O(3), O(2)]))
t(lambda: min([O(1), O(3), O(2)]))
t(lambda: max(O(5), O(4)))
t(lambda: max([O(1), O(1)], key=lambda o: o.v))
def raising_key(x):
    if x == 2:
        raise ValueError("key failed")
    return x
t(lambda: max([1, 2, 3], key=raising_key))
t(lambda: max(iter([]), default=None, key=raising_key))
