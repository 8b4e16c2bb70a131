def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
ba = bytearray(b"xyz")
with memoryview(ba) as m:
    print(m.tobytes(), type(m).__name__)
t(lambda: m.tobytes())
ba.extend(b"!")
print(ba)
with memoryview(b"abc") as m2:
    sub = m2[1:]
    print(sub.tobytes())
t(lambda: sub.tobytes())
m3 = memoryview(b"q")
print(m3.__enter__() is m3, m3.__exit__(None, None, None), repr(m3).startswith("<released"))
t(lambda: m3.__enter__())
t(lambda: m3.toreadonly())
m4 = memoryview(bytearray(b"ab"))
r = m4.toreadonly()
print(r.readonly, m4.readonly, r.tobytes())
t(lambda: r.__setitem__(0, 1))
print(repr(m4).startswith("<memory at "), str(m4) == repr(m4))
t(lambda: m4.tolist())
t(lambda: list(m4))
t(lambda: list(reversed(m4)))
t(lambda: 97 in m4)
t(lambda: iter(m4).__class__.__name__)
t(lambda: m4.cast("c").tolist())
