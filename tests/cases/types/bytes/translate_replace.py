def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
table = bytes.maketrans(b"abc", b"xyz")
t(lambda: len(table))
t(lambda: b"aabbcc".translate(table))
t(lambda: b"abcdef".translate(None, b"bd"))
t(lambda: b"abc".translate(b"short"))
t(lambda: bytes.maketrans(b"ab", b"a"))
t(lambda: bytes.maketrans("a", "b"))
t(lambda: b"aaa".replace(b"a", b"bb", 2))
t(lambda: b"abc".replace(b"", b"-"))
t(lambda: b"abc".replace("a", "b"))
t(lambda: b"abc".replace(b"a", b"b", count=-1))
t(lambda: b"abc".removeprefix(b"a"))
t(lambda: b"abc".removesuffix(b"bc"))
t(lambda: b"abc".removeprefix("a"))
