def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "abcabc".removeprefix("abc"))
t(lambda: "abcabc".removesuffix("abc"))
t(lambda: "abc".removeprefix(""))
t(lambda: "abc".removesuffix(""))
t(lambda: "abc".removeprefix("abcd"))
t(lambda: "abc".removeprefix(b"a"))
t(lambda: "abc".removesuffix(None))
t(lambda: "abc".removeprefix())
t(lambda: "abc".removeprefix("a", "b"))
t(lambda: "abc".removeprefix(("a",)))
class S(str): pass
print(type(S("abc").removeprefix("x")).__name__, type(S("abc").removeprefix("a")).__name__)
t(lambda: b"abc".removeprefix(b"a"))
t(lambda: b"abc".removesuffix(memoryview(b"bc")))
t(lambda: bytearray(b"abc").removeprefix(b"a"))
t(lambda: b"abc".removeprefix("a"))
t(lambda: bytearray(b"abc").removesuffix(b"") is None)
