def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: bytearray())
t(lambda: bytearray(4))
t(lambda: bytearray([1, 2]))
t(lambda: bytearray("é", "utf-8"))
t(lambda: bytearray("é"))
t(lambda: bytearray(b"a'b\"c\\\n\x00\x7f"))
t(lambda: bytearray.fromhex("de ad"))
t(lambda: bytearray(b"ab").hex())
t(lambda: bytearray(-2))
class S(bytearray): pass
t(lambda: S(b"sub"))
t(lambda: str(bytearray(b"x")))
