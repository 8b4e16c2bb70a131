def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: str())
t(lambda: str(b"ab"))
t(lambda: str(b"ab", "ascii"))
t(lambda: str(b"\xff", "utf-8", "replace"))
t(lambda: str("x", "utf-8"))
t(lambda: str(5, "utf-8"))
t(lambda: str(bytearray(b"q"), encoding="latin-1"))
t(lambda: str(object=5))
t(lambda: str(errors="strict"))
t(lambda: str(1, 2, 3, 4))
class S(str):
    pass
t(lambda: type(str(S("x"))).__name__)
t(lambda: type(S("x") + "y").__name__)
t(lambda: S("a") == "a")
