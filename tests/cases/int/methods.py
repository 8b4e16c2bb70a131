# int methods and attributes
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in [0, 1, -1, 255, -256, 2**53, -(2**64), 10**30 + 1]:
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.is_integer(), v.conjugate(),
          v.real, v.imag, v.numerator, v.denominator, v.__index__(), v.__trunc__(), v.__floor__(),
          v.__ceil__(), v.__round__(), v.__getnewargs__(), int.__int__(v), float(v))
for v in [5, 15, 25, 35, -25, 12345, 10**20 + 5 * 10**19, 0]:
    for nd in [0, 1, -1, -2, -5, -25, None]:
        t(lambda: round(v, nd))
t(lambda: round(5, 1.5))
for v, args, kw in [(1024, (2, "big"), {}), (1024, (2, "little"), {}), (-1, (1,), {}), (-1, (1, "big"), {"signed": True}),
                    (-129, (1,), {"signed": True}), (-128, (1,), {"signed": True}), (256, (1,), {}), (5, (), {}),
                    (0, (0,), {}), (1, (0,), {}), (2**64, (9, "little"), {}), (7, (2, "middle"), {}), (7, (-1,), {})]:
    t(lambda: v.to_bytes(*args, **kw))
for data, order, signed in [(b"\x01\x00", "big", False), (b"\x01\x00", "little", False), (b"\xff", "big", True),
                            (b"", "big", True), (b"\x80\x00", "big", True), (bytearray(b"\x7f\xff"), "little", True),
                            ([1, 2, 3], "big", False)]:
    t(lambda: int.from_bytes(data, order, signed=signed))
t(lambda: int.from_bytes(b"\x01"))
t(lambda: int.from_bytes([256]))
t(lambda: int.from_bytes(b"\x01", "middle"))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x05", "big")
print(type(r).__name__, r)
print((10).__sizeof__() == (1).__sizeof__(), (2**100).__sizeof__() > (1).__sizeof__())
print(int.__doc__ is not None, (3).__class__, type(True.real), True.numerator)
