def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = b"abcdef"
t(lambda: b[0])
t(lambda: b[-1])
t(lambda: b[1:4])
t(lambda: b[::-2])
t(lambda: b[10])
t(lambda: b["x"])
t(lambda: b + bytearray(b"!"))
t(lambda: b + "x")
t(lambda: b * 2)
t(lambda: b < b"abd")
t(lambda: b == bytearray(b"abcdef"))
t(lambda: b"a" == "a")
t(lambda: list(b"xy"))
t(lambda: len(b))
