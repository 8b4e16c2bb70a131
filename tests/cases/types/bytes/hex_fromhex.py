def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: b"\x01\xab\xff".hex())
t(lambda: b"\x01\xab\xff".hex(":"))
t(lambda: b"\x01\x02\x03\x04\x05".hex("-", 2))
t(lambda: b"\x01\x02\x03\x04\x05".hex("-", -2))
t(lambda: b"abc".hex("", 1))
t(lambda: b"abc".hex("ab"))
t(lambda: bytes.fromhex("01 ab FF"))
t(lambda: bytes.fromhex("0"))
t(lambda: bytes.fromhex("zz"))
t(lambda: bytes.fromhex(" 1 2"))
t(lambda: bytes.fromhex(b"0a0b"))
t(lambda: bytes.fromhex(5))
t(lambda: b"".hex())
