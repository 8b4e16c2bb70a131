b = b"hello world"
print(b, repr(b), len(b), b[0], b[-1], b[1:4], b[::-2], list(b[:3]))
print(b"it's", b'say "x"', b"both ' \"", b"\x00\x7f\x80\xff\t\n\r\\")
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(b"abc"), bytes(bytearray(b"xy")), bytes(range(3)))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"ab" + bytearray(b"c"), b"a" < b"b", b"ab" == b"ab", b"ab" != b"ab")
print(65 in b"ABC", b"BC" in b"ABC", b"" in b"x", b"x" in b"abc")
print(b.upper(), b.title(), b.capitalize(), b.swapcase(), b"ABC".lower())
print(b.split(), b"a,b,,c".split(b","), b"a b c".split(None, 1), b"a b c".rsplit(None, 1), b",".join([b"a", b"b"]))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.count(b"o"), b.index(b"w"), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b"  x  ".strip(), b"xxaxx".strip(b"x"), b"ab".center(6, b"*"), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b"abc".replace(b"b", b"BB"), b"a-b".partition(b"-"), b"a-b-c".rpartition(b"-"), b.hex(), b"\x01\xff".hex(":"))
print(bytes.fromhex("de ad be ef"), b"abc".isalpha(), b"12".isdigit(), b" ".isspace(), b"Ab".istitle())
print(b"hello".removeprefix(b"he"), b"hello".removesuffix(b"lo"), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(hash(b"") == 0, b.decode(), b"\xe2\x82\xac".decode("utf-8"))
for f in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: bytes("x"), lambda: bytes([256]), lambda: bytes(-1),
          lambda: b[20], lambda: b["x"], lambda: bytes.fromhex("zz"), lambda: b"x".index(b"y"), lambda: 1.5 in b"x",
          lambda: bytes(1.5), lambda: b"a".join(["b"]), lambda: bytes("x", encoding=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
