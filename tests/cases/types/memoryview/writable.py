def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
ba = bytearray(b"hello")
m = memoryview(ba)
m[0] = 72
m[1:3] = b"EL"
print(ba, m.readonly)
t(lambda: m.__setitem__(0, 256))
t(lambda: m.__setitem__(slice(0, 2), b"xyz"))
t(lambda: m.__setitem__(0, b"x"))
t(lambda: m.__delitem__(0))
t(lambda: ba.append(1))
m.release()
t(lambda: m[0])
t(lambda: len(m))
ba.append(33); print(ba)
with memoryview(ba) as mm:
    print(mm.tobytes())
t(lambda: mm.tobytes())
