# list indexing, slicing, slice assignment and deletion (extended slices included).
def t(f, *a, **k):
    try:
        print("ok", repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(10))
print(a[0], a[-1], a[True], a[False])
t(lambda: a[10])
t(lambda: a[-11])
t(lambda: a["1"])
t(lambda: a[1.0])
t(lambda: a[None])
t(lambda: a[10**20])
t(lambda: a[-10**20])
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-4:-1])
print(a[5:2], a[100:], a[-100:2], a[::100], a[::-100], a[10**20:], a[:-10**20])
t(lambda: a[::0])
t(lambda: a["a":])
t(lambda: a[:1.5])
t(lambda: a[::None])
class I:
    def __index__(self):
        return 2
print(a[I()], a[I():], a[:I()], a[::I()])
b = list(range(6))
b[1] = "x"; b[-1] = "y"; print(b)
b[1:3] = [7, 8, 9]; print(b)
b[:0] = ["s"]; print(b)
b[len(b):] = ["e"]; print(b)
b[2:5] = []; print(b)
b[1:1] = "ab"; print(b)
b[::2] = range(len(b[::2])); print(b)
b[5:1:-1] = [1, 2, 3, 4]; print(b)
c = [1, 2, 3]
c[:] = c; print(c)
c[1:] = c; print(c)
c[::-1] = c; print(c)
def assign(seq, key, value):
    seq[key] = value
def delete(seq, key):
    del seq[key]
t(assign, [1, 2, 3], slice(None, None, 2), [1, 2, 3])
t(assign, [1, 2, 3], slice(None, None, 2), 1)
t(assign, [1, 2, 3], slice(0, 1), 1)
t(assign, [1, 2, 3], 5, 1)
t(assign, [1, 2, 3], -4, 1)
t(assign, [1, 2, 3], "a", 1)
t(delete, [1, 2, 3], 3)
t(delete, [1, 2, 3], "a")
d = list(range(10))
del d[0]; del d[-1]; print(d)
del d[::3]; print(d)
del d[::-2]; print(d)
del d[1:3]; print(d)
del d[:]; print(d)
e = list(range(10))
del e[8:1:-3]; print(e)
del e[100:]; print(e)
