def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
m = memoryview(b"abcdef")
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist()[:3], len(m), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes)
t(lambda: m[10])
t(lambda: m.__setitem__(0, 1))
t(lambda: memoryview("str"))
t(lambda: memoryview(5))
t(lambda: m == b"abcdef")
t(lambda: m[::2].tobytes())
t(lambda: m[::-1].tobytes())
t(lambda: m.hex())
t(lambda: m.hex(":", 2))
t(lambda: bytes(m[2:2]))
t(lambda: m.obj)
