def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    x = 1
    def f(self):
        return self.x
c = C()
c.x = 2
print(c.f(), C.f(c), getattr(c, "f")())
c.f = lambda: "instance"
print(c.f())
del c.f
print(c.f())
t(lambda: getattr(c, "nope"))
t(lambda: getattr(c, "nope", "dflt"))
t(lambda: getattr(c, 5))
t(lambda: delattr(c, "f"))
t(lambda: C.__dict__["f"].__get__(c)())
t(lambda: C.__dict__["f"].__get__(None, C) is C.__dict__["f"])
class D:
    def __getattr__(self, name):
        return "ga:" + name
d = D()
print(d.anything, getattr(d, "other"))
t(lambda: d.__len__)
