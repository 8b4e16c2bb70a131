def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: (1024).to_bytes(2, "big"))
t(lambda: (1024).to_bytes(2, "little"))
t(lambda: (1024).to_bytes(1, "big"))
t(lambda: (-1).to_bytes(2, "big"))
t(lambda: (-1).to_bytes(2, "big", signed=True))
t(lambda: (-129).to_bytes(1, "big", signed=True))
t(lambda: (255).to_bytes())
t(lambda: (0).to_bytes(0, "big"))
t(lambda: (1).to_bytes(-1, "big"))
t(lambda: (1).to_bytes(1, "middle"))
t(lambda: int.from_bytes(b"\x01\x00", "big"))
t(lambda: int.from_bytes(b"\x01\x00", "little"))
t(lambda: int.from_bytes(b"\xff\xff", "big", signed=True))
t(lambda: int.from_bytes([1, 2], "big"))
t(lambda: int.from_bytes(b""))
t(lambda: int.from_bytes("ab", "big"))
class I(int): pass
t(lambda: type(I.from_bytes(b"\x01")).__name__)
