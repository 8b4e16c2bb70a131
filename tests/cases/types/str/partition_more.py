def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["a=b", "=", "==", "a==b==c", "", "abc", "\U0001F600=\U0001F601"]:
    print(repr(s), s.partition("="), s.rpartition("="), s.partition("=="), s.rpartition("=="))
t(lambda: "a".partition())
t(lambda: "a".partition("a", "b"))
t(lambda: "a".rpartition(1))
t(lambda: "a".partition(sep="a"))
class S(str): pass
p = S("x=y").partition("=")
print([type(x).__name__ for x in p], [type(x).__name__ for x in S("xy").partition("=")], [type(x).__name__ for x in S("xy").rpartition("=")])
