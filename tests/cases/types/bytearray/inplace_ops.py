def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = bytearray(b"ab")
b += b"cd"; print(b)
b *= 2; print(b)
b += memoryview(b"!"); print(b)
def f():
    global b
    b += "x"
t(f)
def g():
    global b
    b *= "x"
t(g)
b *= 0; print(b)
print(bytearray(b"x") * -3)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < b"abd")
print(type(bytearray(b"a") + b"b").__name__, type(b"a" + bytearray(b"b")).__name__)
t(lambda: hash(bytearray()))
