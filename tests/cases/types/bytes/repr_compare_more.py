def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for b in [b"", b"'", b'"', b"'\"", b"\x00\x7f\x80\xff", b"\t\n\r\\", b"abc", bytes(range(32, 40))]:
    print(repr(b), str(b), repr(bytearray(b)), ascii(b))
print(b"a" < b"b", b"a" < b"ab", b"" < b"\x00", b"\xff" > b"\x00\xff", bytearray(b"a") == b"a", b"a" == bytearray(b"a"), memoryview(b"a") == b"a")
print(b"abc" == "abc", b"abc" != "abc", bytearray(b"x") < b"y", b"x" <= bytearray(b"x"))
t(lambda: b"a" < "a")
t(lambda: b"a" < bytearray(b"a") < memoryview(b"b"))
t(lambda: b"a" < 1)
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""), b"x" in {b"x": 1})
t(lambda: hash(bytearray(b"x")))
class B(bytes):
    def __repr__(self):
        return "B!" + bytes.__repr__(self)
print(repr(B(b"q")), str(B(b"q")), [B(b"q")], B(b"q") == b"q", b"q" + B(b"r"), type(B(b"q") + b"r").__name__)
print(len(b"\x00" * 5), b"ab" * 3, 3 * b"x", b"-".join([b"a", b"b"]), b"%d" % 5)
