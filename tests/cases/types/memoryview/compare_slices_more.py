def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = memoryview(b"abcdef")
b = memoryview(bytearray(b"abcdef"))
print(a == b, a[1:3] == b[1:3], a[::2] == b"ace", a[::-1] == b"fedcba", a[::-2] == b[::-2], a == a[:], a[2:2] == b"")
print(a != b"abc", a == bytearray(b"abcdef"), a == "abcdef", a[0] == 97, list(a[:2]), a[:2].tolist(), bytes(a[::3]))
print(len(a[::2]), len(a[::-1]), len(a[10:]), a[-2:].tobytes(), a[1:-1].hex(), a[::-2].tobytes())
t(lambda: a < b)
t(lambda: a[::0])
t(lambda: a[1, 2])
print(a.cast("b").tolist()[:3], a.cast("c")[0], a.cast("B").format, memoryview(bytearray(b"\xff\x80")).cast("b").tolist())
t(lambda: a.cast("x"))
t(lambda: a.cast(1))
c = memoryview(bytearray(b"xyz"))
c[::-1] = b"abc"
print(c.tobytes(), c.obj)
c[1:] = c[:2]
print(c.tobytes())
d = memoryview(bytearray(b"\x00\x00"))
d.cast("b")[0] = -1
print(d.tobytes())
t(lambda: d.cast("b").__setitem__(0, 200))
t(lambda: d.cast("c").__setitem__(0, b"ab"))
