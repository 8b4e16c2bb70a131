def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = list(range(10))
a[2:5] = ["x"]; print(a)
a[::3] = "ABCD"[:len(a[::3])]; print(a)
del a[1::2]; print(a)
a[len(a):] = [7, 8]; print(a)
a[:0] = (0,); print(a)
t(lambda: a.__setitem__(slice(None, None, 2), [1]))
t(lambda: a.__setitem__(slice(0, 1), 5))
t(lambda: a.__setitem__(20, 1))
t(lambda: a.__delitem__(-30))
t(lambda: a["x"])
a[5:2] = [99]; print(a)
a[::-1] = a[:]; print(a)
