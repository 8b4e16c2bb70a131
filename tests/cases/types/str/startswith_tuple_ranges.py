def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = "hello world"
print(s.startswith("hello"), s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9), s.startswith(("x", "he")), s.startswith(()))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith("lo", -7, -6), s.endswith(("x", "ld")), s.endswith("", 20), s.startswith("", 11), s.startswith("", 12))
print(s.startswith("h", -100), s.endswith("d", None), s.startswith("e", 1, None), s.startswith("", 5, 2), "".startswith(""), "".endswith("", 1))
t(lambda: s.startswith(1))
t(lambda: s.startswith(("a", None)))
t(lambda: s.endswith(["d"]))
t(lambda: s.startswith())
t(lambda: s.startswith("h", "0"))
t(lambda: s.startswith("h", 0, 1, 2))
t(lambda: s.startswith(prefix="h"))
print(b"abc".startswith((b"x", bytearray(b"a"))), b"abc".endswith(memoryview(b"bc")))
t(lambda: b"abc".startswith("a"))
t(lambda: b"abc".endswith((b"c", "c")))
