def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = "aXbXcX"
print(s.replace("X", "-"), s.replace("X", "-", 1), s.replace("X", "-", 0), s.replace("X", "-", -1), s.replace("X", ""), s.replace("", "."), s.replace("", ".", 3), s.replace("aXb", "Z"), s.replace("zz", "y"))
print("".replace("", "x"), "".replace("", "x", 0), "aaa".replace("a", "aa"), "\U0001F600a\U0001F600".replace("\U0001F600", "e"), "abc".replace("b", "\U0001F600"), "aaaa".replace("aa", "b"))
print("abc".replace("", "-", 1), "abc".replace(old="a", new="b") if False else "kw-skip")
t(lambda: "a".replace("a", "b", count=1))
t(lambda: "a".replace("a", "b", 1.0))
t(lambda: "a".replace(1, "b"))
t(lambda: "a".replace("a", None))
t(lambda: "a".replace("a"))
class S(str): pass
print(type(S("abc").replace("x", "y")).__name__, type(S("abc").replace("a", "y")).__name__)
