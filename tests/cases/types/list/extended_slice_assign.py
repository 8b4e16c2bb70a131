def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def s(l, sl, v):
    try:
        l[sl] = v
        print(l)
    except Exception as e:
        print(type(e).__name__ + ":", e)
s(list(range(6)), slice(None, None, 2), "abc")
s(list(range(6)), slice(None, None, 2), "ab")
s(list(range(6)), slice(None, None, 2), "abcd")
s(list(range(6)), slice(None, None, -2), [7, 8, 9])
s(list(range(6)), slice(1, 1, 2), [])
s(list(range(6)), slice(1, 1, 2), [1])
s(list(range(6)), slice(None, None, 2), 5)
s(list(range(6)), slice(None, None, 1), iter([9, 9]))
s(list(range(6)), slice(2, 4), range(5))
s(list(range(6)), slice(4, 2), "xy")
s(list(range(6)), slice(-100, 100), [])
s(list(range(6)), slice(None, None, 0), [])
s(list(range(6)), slice(5, None, -1), "abcdef")
l = [1, 2, 3]
l[:] = l
print(l)
l[1:2] = l
print(l)
l = [1, 2, 3, 4]
l[::2] = l[1::2]
print(l)
def d(l, sl):
    try:
        del l[sl]
        print(l)
    except Exception as e:
        print(type(e).__name__ + ":", e)
d(list(range(10)), slice(None, None, 3))
d(list(range(10)), slice(None, None, -3))
d(list(range(10)), slice(8, 2, -2))
d(list(range(10)), slice(None, None, 0))
d(list(range(10)), slice(100, 200))
d(list(range(10)), 100)
d(list(range(10)), -10)
d(list(range(10)), "a")
l = [1, 2]
t(lambda: l.__setitem__(5, 1))
t(lambda: l.__setitem__(-3, 1))
t(lambda: l.__setitem__("x", 1))
t(lambda: l.__setitem__(slice(0, 1), None))
