# str()/bytes()/bytearray() called with encodings, errors and wrong argument combinations
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: str(b"abc"))
t(lambda: str(b"abc", "ascii"))
t(lambda: str(b"\xff", "ascii"))
t(lambda: str(b"\xff", "ascii", "replace"))
t(lambda: str(b"\xff", errors="ignore"))
t(lambda: str("abc", "utf-8"))
t(lambda: str(1, "utf-8"))
t(lambda: str(object=5))
t(lambda: str(encoding="utf-8"))
t(lambda: str(b"x", "no-such-codec"))
t(lambda: bytes("abc"))
t(lambda: bytes("abc", "ascii"))
t(lambda: bytes("é", "ascii"))
t(lambda: bytes("é", "ascii", "xmlcharrefreplace"))
t(lambda: bytes(3))
t(lambda: bytes(-1))
t(lambda: bytes([1, 256]))
t(lambda: bytes([1, "a"]))
t(lambda: bytes(b"x", "ascii"))
t(lambda: bytes(1.5))
t(lambda: bytes(range(3)))
t(lambda: bytearray("abc"))
t(lambda: bytearray("abc", "utf-8"))
t(lambda: bytearray(2))
t(lambda: bytearray([255, 0]))
t(lambda: bytearray(errors="strict"))
class B:
    def __bytes__(self):
        return b"from __bytes__"
t(lambda: bytes(B()))
t(lambda: bytearray(B()))
