def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["  a b  ", "\t\n\x0b\x0c\r a \x1c\x1d\x1e\x1f", "\x85a\xa0", "\u3000a\u2028", "xxaxx", "", "   "]:
    print(ascii(s.strip()), ascii(s.lstrip()), ascii(s.rstrip()), ascii(s.strip("x")), ascii(s.strip(" xa")))
print("abcba".strip("ab"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "abc".strip(""), "\U0001F600a\U0001F600".strip("\U0001F600"), "aaa".strip("a"))
t(lambda: "a".strip(None))
t(lambda: "a".strip(1))
t(lambda: "a".strip("a", "b"))
t(lambda: "a".lstrip(chars="a"))
class S(str): pass
print(type(S(" a ").strip()).__name__, type(S("a").strip()).__name__, type(S("a").strip("b")).__name__)
print(b"  ab  ".strip(), b"xxaxx".strip(b"x"), bytearray(b" a ").lstrip(), b"\x0ba\x0c".strip(), b"\x85a".strip())
t(lambda: b"a".strip("a"))
