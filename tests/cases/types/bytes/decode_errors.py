def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: b"abc".decode())
t(lambda: b"\xff".decode())
t(lambda: b"\xff".decode("utf-8", "replace"))
t(lambda: b"\xff".decode("utf-8", "ignore"))
t(lambda: b"\xff".decode("utf-8", "backslashreplace"))
t(lambda: b"\xff".decode("latin-1"))
t(lambda: b"\xc3\xa9".decode("utf-8"))
t(lambda: b"abc".decode("nope"))
t(lambda: b"\xe9".decode("ascii"))
t(lambda: b"abc".decode(errors="strict"))
