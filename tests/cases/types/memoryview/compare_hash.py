def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = memoryview(b"abc")
t(lambda: a == memoryview(b"abc"))
t(lambda: a == bytearray(b"abc"))
t(lambda: a == "abc")
t(lambda: a < a)
t(lambda: hash(a) == hash(b"abc"))
t(lambda: hash(memoryview(bytearray(b"x"))))
t(lambda: (lambda f: f == f)(memoryview(bytearray(8)).cast("d")))
t(lambda: memoryview(bytearray(b"\x00\x00\x00\x00\x00\x00\xf8\x7f")).cast("d")[0])
t(lambda: (lambda n: n == n)(memoryview(bytearray(b"\x00\x00\x00\x00\x00\x00\xf8\x7f")).cast("d")))
t(lambda: list(a))
t(lambda: b"b"[0] in a)
