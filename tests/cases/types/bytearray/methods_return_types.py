def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = bytearray(b" Hello World ")
for name in ["strip", "upper", "lower", "title", "swapcase", "capitalize"]:
    r = getattr(b, name)()
    print(name, type(r).__name__, r)
print(type(b.split()[0]).__name__, b.split(), type(b.partition(b"o")[0]).__name__)
print(b.find(b"o"), b.rfind(111), b.count(b"l"), b.index(b"W"), b.startswith(b" H"))
print(b.replace(b"l", b"L"), b.center(17, b"*"), b.zfill(15), b.hex(" ", -4))
t(lambda: b.join([b"x", b"y"]))
t(lambda: type(b.join([b"x"])).__name__)
t(lambda: b.decode("ascii"))
t(lambda: bytearray(b"\x80").decode("ascii"))
t(lambda: b.index(b"zz"))
