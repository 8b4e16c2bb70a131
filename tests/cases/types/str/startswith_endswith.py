def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "hello".startswith(("x", "he")))
t(lambda: "hello".endswith(("lo", "x")))
t(lambda: "hello".startswith("l", 2))
t(lambda: "hello".startswith("", 5))
t(lambda: "hello".startswith("", 6))
t(lambda: "hello".endswith("ell", 0, 4))
t(lambda: "hello".endswith("", -100))
t(lambda: "hello".startswith(["he"]))
t(lambda: "hello".startswith(("he", 1)))
t(lambda: "hello".endswith(()))
t(lambda: "hello".startswith(b"he"))
