def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "aaaa".count("aa"))
t(lambda: "abcabc".count(""))
t(lambda: "abcabc".count("", 2, 4))
t(lambda: "abcabc".count("b", -3))
t(lambda: "abcabc".count("b", 10))
t(lambda: "abc".count("", 5))
t(lambda: "abc".count("", 3))
t(lambda: "abc".count(1))
t(lambda: "abc".count("a", None, None))
t(lambda: "abc".count("a", "1"))
t(lambda: "abc".count())
