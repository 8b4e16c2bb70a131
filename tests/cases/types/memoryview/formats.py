# memoryview.cast to the native single-character struct formats: itemsize, items, tolist,
# assignment range checks, comparison across formats. (l, L, n, N and P are left out: their size
# is the platform's word size, and the oracle is a 32-bit build.)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


raw = bytearray(range(16))
m = memoryview(raw)
for fmt in "bBhHiIqQfde?c":
    v = m.cast(fmt) if fmt != "?" else memoryview(bytearray([0, 1, 1, 0])).cast("?")
    first = v[0]
    print(fmt, v.itemsize, len(v), v.nbytes, v.format, type(first).__name__, v.tolist()[:2] if fmt not in "fde" else len(v.tolist()))
    v.release()

w = memoryview(bytearray(8))
b = w.cast("b")
t(lambda: b.__setitem__(0, -128))
t(lambda: b.__setitem__(0, 128))
t(lambda: b.__setitem__(0, 1.0))
h = w.cast("H")
t(lambda: h.__setitem__(1, 65535))
t(lambda: h.__setitem__(1, -1))
print(h.tolist(), w.tolist())
d = w.cast("d")
t(lambda: d.__setitem__(0, 1.5))
t(lambda: d.__setitem__(0, 3))
t(lambda: d.__setitem__(0, "x"))
print(d[0], d.tolist())
f = w.cast("f")
t(lambda: f.__setitem__(0, 1e300))
t(lambda: f.__setitem__(1, 0.25))
print(f.tolist())
e = memoryview(bytearray(4)).cast("e")
t(lambda: e.__setitem__(0, 65504.0))
t(lambda: e.__setitem__(1, 65520.0))
t(lambda: e.__setitem__(1, 1e-7))
print(e.tolist())
c = memoryview(bytearray(2)).cast("c")
t(lambda: c.__setitem__(0, b"z"))
t(lambda: c.__setitem__(1, b"zz"))
t(lambda: c.__setitem__(1, 5))
print(c.tolist())
q = memoryview(bytearray(16)).cast("q")
t(lambda: q.__setitem__(0, -(2**63)))
t(lambda: q.__setitem__(1, 2**63))
Q = memoryview(bytearray(8)).cast("Q")
t(lambda: Q.__setitem__(0, 2**64 - 1))
print(q.tolist(), Q.tolist())
bo = memoryview(bytearray(3)).cast("?")
bo[0] = 5
bo[1] = []
print(bo.tolist())
# comparisons between formats compare the unpacked items
print(memoryview(b"\x01\x02").cast("b") == memoryview(b"\x01\x02"))
print(memoryview(b"\x01\x00\x02\x00").cast("H") == memoryview(b"\x01\x02"))
print(memoryview(b"\x01\x00\x02\x00").cast("H") == memoryview(bytearray(b"\x01\x00\x02\x00")).cast("h"))
print(memoryview(b"\x00\x00\x80\x3f").cast("f") == [1.0])
t(lambda: memoryview(b"ab").cast("H").cast("I"))
t(lambda: memoryview(b"abcd").cast("H").cast("B").tolist())
t(lambda: hash(memoryview(b"abcd").cast("H")))
t(lambda: memoryview(b"abcd").cast("@B").format)
t(lambda: memoryview(b"abcd").cast("<B"))
t(lambda: memoryview(b"abcd").cast(1))
t(lambda: memoryview(b"abcd").cast("B", [0, 4]))
t(lambda: memoryview(b"abcd").cast("B", 4))
t(lambda: memoryview(b"abcd")[::2].cast("B"))
t(lambda: memoryview(b"abcd").cast("B", ()))
t(lambda: memoryview(b"a").cast("B", ()).tolist())
t(lambda: memoryview(b"abcabc").count(97))
t(lambda: memoryview(b"abcabc").index(99))
t(lambda: memoryview(b"abcabc").index(99, 3))
t(lambda: memoryview(b"abcabc").index(100))
