def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = "abcdefgh"
l = list(s)
for sl in [slice(None, None, -1), slice(-3, None), slice(None, -3), slice(1, 100, 3), slice(100, 1, -2), slice(-100, -5), slice(5, 1), slice(None, None, 10 ** 20)]:
    print(sl, repr(s[sl]), "".join(l[sl]), bytes(s, "ascii")[sl], tuple(s)[sl] == tuple(s[sl]))
t(lambda: s[::0])
t(lambda: l[::0])
t(lambda: s[1.0:])
t(lambda: s[:"a"])
t(lambda: s[None:None])
class I:
    def __index__(self):
        return 2
t(lambda: s[I():I() + 2 if False else 5])
t(lambda: s[I()])
