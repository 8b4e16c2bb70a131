def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for args in [(), (3,), ([1, 2],), ("ab", "ascii"), ("é", "utf-8"), ("é", "ascii", "replace"), (b"x",), (bytearray(b"y"),), (memoryview(b"z"),), (range(3),), (iter([65]),), ((x for x in [66]),)]:
    try:
        print([type(a).__name__ for a in args], bytes(*args), bytearray(*args))
    except Exception as e:
        print([type(a).__name__ for a in args], type(e).__name__ + ":", e)
t(lambda: bytes(-1))
t(lambda: bytes("abc"))
t(lambda: bytes(1, "ascii"))
t(lambda: bytes(b"x", "ascii"))
t(lambda: bytes("a", 1))
t(lambda: bytes("a", "ascii", 1))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(["a"]))
t(lambda: bytes(1.5))
t(lambda: bytes(None))
t(lambda: bytes(2**70))
t(lambda: bytes(source=b"ab"))
t(lambda: bytes(encoding="ascii"))
class B:
    def __bytes__(self): return b"from __bytes__"
class BadB:
    def __bytes__(self): return "str"
class Idx:
    def __index__(self): return 2
print(bytes(B()), bytes(Idx()), bytearray(Idx()))
t(lambda: bytes(BadB()))
class BS(bytes): pass
print(type(BS(b"x")).__name__, repr(BS(b"x")), type(bytes(BS(b"x"))).__name__, BS(b"ab")[0], type(BS(b"ab")[:1]).__name__)
