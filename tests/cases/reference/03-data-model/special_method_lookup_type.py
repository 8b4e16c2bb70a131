class C:
    def __len__(self): return 5
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
print(repr(d) == "instance repr")
d.__iter__ = lambda: iter([1])
try:
    iter(d)
except TypeError as e:
    print(type(e).__name__ + ":", e)
