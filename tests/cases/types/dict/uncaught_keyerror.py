def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {"a": 1, (1, 2): 3}
print(d[(1, 2)])
d[("x",)]
