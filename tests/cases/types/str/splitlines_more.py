def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["", "a", "a\n", "\n\n", "a\r\n\r\nb", "a\rb\n", "\r", "\r\r\n", "x\x0by\x0cz", "a\x85b\u2028c\u2029", "a\x1cb\x1dc\x1ed", "no newline"]:
    print(ascii(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=False))
t(lambda: "a".splitlines(1, 2))
t(lambda: "a".splitlines(x=1))
t(lambda: "a\nb".splitlines(None))
t(lambda: "a\nb".splitlines(2.5))
print(b"a\r\nb\x0bc\x85d".splitlines(), bytearray(b"x\ny\r").splitlines(True))
class S(str): pass
print([type(x).__name__ for x in S("a\nb").splitlines()])
