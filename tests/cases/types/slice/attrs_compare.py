def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = slice(1, "b", [3])
print(s, s.start, s.stop, s.step, repr(slice(None)))
t(lambda: slice(1, 2) == slice(1, 2))
t(lambda: slice(1, 2) < slice(1, 3))
t(lambda: slice(1, 2) == (1, 2))
t(lambda: hash(slice(1, 2)) == hash(slice(1, 2)))
t(lambda: hash(slice([], 1)))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: setattr(s, "start", 5))
t(lambda: slice(x=1))
class C:
    def __getitem__(self, k):
        return k
c = C()
print(c[1:2], c[::3], c[:, 1], c[1:2, ...], c[:])
