def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = "abcabcabc"
for args in [("abc",), ("abc", 1), ("abc", 1, 5), ("abc", -3), ("abc", -100, 100), ("", 3), ("", 10), ("", 9), ("c", None, -1), ("x",), ("bca", 2, 4)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print("".count(""), "abc".count(""), "abc".count("", 1), "abc".count("", 5), "aaaa".count("aa"), "\U0001F600\U0001F600".count("\U0001F600"), "a\U0001F600b".find("b"))
t(lambda: s.index("x", 0, 3))
t(lambda: s.rindex("abc", 1, 5))
t(lambda: s.find("a", 1.5))
t(lambda: s.count("a", None, "x"))
t(lambda: s.find("a", 2**100))
t(lambda: s.find("a", -2**100))
t(lambda: s.count(None))
