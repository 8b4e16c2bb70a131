def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = b"hello world"
t(lambda: b.find(b"o"))
t(lambda: b.rfind(b"o"))
t(lambda: b.find(111))
t(lambda: b.find(256))
t(lambda: b.find("o"))
t(lambda: b.index(b"z"))
t(lambda: b.rindex(b"l", 0, 4))
t(lambda: b.count(b"l"))
t(lambda: b.count(108))
t(lambda: 111 in b)
t(lambda: 300 in b)
t(lambda: "o" in b)
t(lambda: b"wor" in b)
t(lambda: b.startswith((b"x", b"he")))
t(lambda: b.startswith("he"))
