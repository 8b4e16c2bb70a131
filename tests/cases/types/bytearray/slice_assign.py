def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = bytearray(b"0123456789")
b[0] = 65; print(b)
b[1:3] = b"xyz"; print(b)
b[::2] = b"_____" + b"_"; print(b)
del b[::3]; print(b)
b[2:2] = [1, 2]; print(b)
t(lambda: b.__setitem__(0, 300))
t(lambda: b.__setitem__(slice(None, None, 2), b"ab"))
t(lambda: b.__setitem__(100, 1))
t(lambda: b.__setitem__(slice(0, 1), 5))
t(lambda: b.__setitem__(slice(0, 1), "s"))
b[:] = b; print(b)
del b[:]; print(b)
