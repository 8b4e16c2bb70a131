# readinto() argument checks (read-write, contiguous buffers only).
import _io
b = _io.BytesIO(b"abc")
for arg in [b"xxx", memoryview(b"xxx"), "str", bytearray(2), memoryview(bytearray(5))[::2]]:
    try:
        print(b.readinto(arg), arg)
    except TypeError as e:
        print("TypeError:", e)
    b.seek(0)
