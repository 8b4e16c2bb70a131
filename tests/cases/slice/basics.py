# slice objects: construction, attributes, indices(), repr, comparisons, hash, use on sequences.
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, None), slice("a", [1], 2.5), s.start, s.stop, s.step)
t(slice)
t(slice, 1, 2, 3, 4)
t(slice, 1, x=2)
print(s.indices(5), slice(None).indices(3), slice(None, None, -1).indices(10), slice(-100, 100, 3).indices(10))
print(slice(-3, -1).indices(2), slice(10**20, -10**20, -1).indices(5), slice(2**64).indices(2**70))
t(slice(1, 2).indices, -1)
t(slice(1, 2, 0).indices, 5)
t(slice("a", 2).indices, 5)
t(slice(1, 2).indices)
t(slice(1, 2).indices, 1, 2)
t(slice(1, 2).indices, "a")
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(2) > slice(1), slice(1, 2) != (1, 2))
t(lambda: slice(1, 2) < 1)
t(lambda: slice(1, "a") < slice(1, 2))
print(hash(slice(1, 2)) == hash(slice(1, 2)), hash(slice(None)) == hash(slice(None, None, None)))
t(hash, slice([], 1))
d = {slice(1, 2): "x"}
print(d[slice(1, 2)])
a = list(range(10))
print(a[s], a[slice(None, None, -3)], "abcdef"[slice(1, 5, 2)], (1, 2, 3)[slice(1, None)], range(20)[s])
t(lambda: a[slice(0, 5, 0)])
t(lambda: a[slice(0, 5, "x")])
class I:
    def __index__(self):
        return 3
print(a[slice(I(), None)], slice(I(), I()).indices(10))
def setter(x):
    x.start = 1
t(setter, s)
print(s.__reduce__())
