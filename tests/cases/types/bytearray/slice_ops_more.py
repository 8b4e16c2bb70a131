def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = bytearray(range(10))
b[2:5] = b""
print(b)
b[::3] = bytes(len(b[::3]))
print(b)
b[1:1] = [200, 201]
print(b)
b[-1:] = bytearray(b"xyz")
print(b)
del b[1::2]
print(b)
b[:] = b
print(b)
b[0:0] = b
print(b)
t(lambda: b.__setitem__(slice(None, None, 2), b"a"))
t(lambda: b.__setitem__(slice(0, 2), 5))
t(lambda: b.__setitem__(slice(0, 2), [1, 256]))
t(lambda: b.__setitem__(100, 1))
t(lambda: b.__delitem__(100))
t(lambda: b.__getitem__(100))
t(lambda: b.__getitem__("x"))
print(b[::-1], b[1:3], b[-2], b[::2], type(b[1:3]).__name__)
c = bytearray(b"abc")
c[1] = True
print(c)
c *= 2
print(c, c * 0, 0 * c, c + b"!", bytes(c) + c, type(bytes(c) + c).__name__)
