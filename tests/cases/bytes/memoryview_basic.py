m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), bytes(m[::2]), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize)
print(m == b"abcdef", m[2:4] == b"cd", list(m[:2]), m.hex())
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"BC"
print(ba, mv.readonly, mv.shape, mv.ndim)
with memoryview(b"q") as r:
    print(r.tobytes())
try:
    r.tobytes()
except ValueError as e:
    print("ValueError:", e)
for f in [lambda: memoryview("str"), lambda: m.__setitem__(0, 1), lambda: m[10], lambda: hash(mv)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(hash(m) == hash(b"abcdef"))
