def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: ",".join(["a", "b"]))
t(lambda: ",".join("abc"))
t(lambda: ",".join([]))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join(["a", b"b"]))
t(lambda: ",".join(1))
t(lambda: ",".join(x for x in "xyz"))
t(lambda: ",".join({"k": 1}))
t(lambda: ",".join([None]))
