def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = "abcabc"
t(lambda: s.find("c"))
t(lambda: s.rfind("c"))
t(lambda: s.find("c", 3))
t(lambda: s.find("c", -2))
t(lambda: s.find("c", 0, 2))
t(lambda: s.find(""))
t(lambda: s.rfind(""))
t(lambda: s.find("", 7))
t(lambda: s.rfind("", 3, 2))
t(lambda: s.find("abcabcd"))
t(lambda: s.find(None))
t(lambda: s.rindex("z"))
t(lambda: s.find("a", None, 3))
t(lambda: s.find("a", 1.0))
