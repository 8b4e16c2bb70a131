def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
m = memoryview(b"abc")
print(m[0])
m[0] = 1
