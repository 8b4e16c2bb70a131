print(chr(65), chr(0x20ac), chr(0x1F600), ord("a"), ord("€"), ord("😀"), ord(b"A"), ord(bytearray(b"z")), repr(chr(0)))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"), lambda: ord(""), lambda: ord(5), lambda: ord(b"ab"), lambda: chr(2**70)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
