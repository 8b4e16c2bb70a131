def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: dict.fromkeys("abc"))
t(lambda: dict.fromkeys([1, 2], 0))
d = dict.fromkeys(["x", "y"], [])
d["x"].append(1); print(d)
t(lambda: dict.fromkeys(5))
t(lambda: dict.fromkeys([[1]]))
class D(dict): pass
t(lambda: type(D.fromkeys("a")).__name__)
t(lambda: dict.fromkeys())
t(lambda: {}.fromkeys((1, 1, 2)))
