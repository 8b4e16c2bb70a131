# int() and float() from bytes, bytearray and memoryview; NUL characters in strings
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: int(bytearray(b"x")))
t(lambda: int(memoryview(b"12")))
t(lambda: int(memoryview(b"12"), 16))
t(lambda: float(memoryview(b"1.5")))
t(lambda: float(bytearray(b"x")))
t(lambda: complex(b"1"))
t(lambda: int(b"\xff"))
t(lambda: float(b"\xff"))
t(lambda: int("\x00"))
t(lambda: float("1\x00"))
t(lambda: int(b" 12 "))
