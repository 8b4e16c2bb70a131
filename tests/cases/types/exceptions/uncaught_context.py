def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    [][0]
except IndexError:
    int("x")
