# chr()/ord(): ranges, argument types and error messages
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: chr(0x10FFFF))
t(lambda: chr(0x110000))
t(lambda: chr(-1))
t(lambda: chr(2 ** 31))
t(lambda: chr(2 ** 100))
t(lambda: chr(-2 ** 100))
t(lambda: chr(65.0))
t(lambda: chr("A"))
t(lambda: chr(True))
t(lambda: chr(0xD800))
class I:
    def __index__(self):
        return 97
t(lambda: chr(I()))
t(lambda: ord("é"))
t(lambda: ord("\U0001F600"))
t(lambda: ord(b"a"))
t(lambda: ord(bytearray(b"z")))
t(lambda: ord(""))
t(lambda: ord("ab"))
t(lambda: ord(b""))
t(lambda: ord(b"ab"))
t(lambda: ord(bytearray(b"ab")))
t(lambda: ord(97))
t(lambda: ord(None))
t(lambda: ord())
class S(str):
    pass
t(lambda: ord(S("x")))
t(lambda: [ord(c) for c in "\x00\x7f\x80"])
t(lambda: all(ord(chr(i)) == i for i in range(0, 0x110000, 4099)))
