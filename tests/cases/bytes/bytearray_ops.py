a = bytearray(b"hello")
print(a, repr(a), len(a), a[0], a[1:3])
a.append(33)
a.extend(b" ok")
a.extend([65, 66])
a.insert(0, 62)
print(a)
print(a.pop(), a.pop(0), a)
a.remove(ord("l"))
a[0] = 72
a[1:3] = b"EE"
a[-1:] = b"XYZ"
del a[0]
print(a)
del a[::2]
print(a)
a += b"+"
a *= 2
print(a, a.count(b"+"), a.find(b"E"), a.upper(), bytes(a))
b = bytearray(5)
b[::2] = b"abc"
print(b, bytearray(), bytearray("é", "utf-8"), bytearray([1, 2]), a.copy() == a, a.copy() is a)
c = bytearray(b"abc")
c.reverse()
print(c, c.decode(), c.hex(), bytearray.fromhex("41 42"))
c.clear()
print(c, len(c))
for f in [lambda: a.append(256), lambda: a.pop(100), lambda: bytearray().pop(), lambda: a.remove(0),
          lambda: a.__setitem__(slice(None, None, 2), b"x"), lambda: a.extend("str"), lambda: a.__setitem__(0, "x")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
