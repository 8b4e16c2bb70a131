def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = bytes(range(250, 256)) + b"\x00\x01"
print(b.hex(), b.hex(":"), b.hex(":", 2), b.hex(":", -2), b.hex(b"-", 3), b.hex(" ", 100), b.hex("_", 1))
print(bytearray(b).hex("|"), memoryview(b).hex(".", -3), b"".hex(":"), b"a".hex(":", 5))
t(lambda: b.hex(""))
t(lambda: b.hex("ab"))
t(lambda: b.hex("é"))
t(lambda: b.hex(1))
t(lambda: b.hex(":", "a"))
t(lambda: b.hex(":", 0))
t(lambda: b.hex(sep=":", bytes_per_sep=2))
t(lambda: b.hex(":", 2, 3))
t(lambda: b.hex(":", 2**100))
for s in ["", "00", "0A0b", " 01 02 ", "01  02", "0 1", "1", "zz", "01\n02", "01\t02", "\x0b01", "0\u00a001", "é", "01 0"]:
    try:
        print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
    except Exception as e:
        print(repr(s), type(e).__name__ + ":", e)
t(lambda: bytes.fromhex(b"01"))
t(lambda: bytes.fromhex(bytearray(b"01 ff")))
t(lambda: bytes.fromhex(1))
t(lambda: bytes.fromhex())
class B(bytes): pass
class BA(bytearray): pass
print(type(B.fromhex("01")).__name__, type(BA.fromhex("01")).__name__, B.fromhex("6162"))
