def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(type(None)(), type(NotImplemented)(), type(...)(), type(None)() is None, type(...)() is ...)
t(lambda: type(None)(1))
t(lambda: type(None)(x=1))
t(lambda: type(NotImplemented)(1))
t(lambda: type(...)(1))
print(repr(None), repr(NotImplemented), repr(...), repr(Ellipsis), str(...), NotImplemented.__reduce__(), Ellipsis.__reduce__())
print(None.__bool__(), bool(...), hash(None) == hash(None), None == None, None != 0, ... == ..., ... is Ellipsis)
t(lambda: bool(NotImplemented))
t(lambda: None < None)
t(lambda: None < 1)
t(lambda: ... < ...)
t(lambda: None + 1)
N = None
E = ...
t(lambda: N())
t(lambda: N[0])
t(lambda: None.x)
t(lambda: setattr(None, "x", 1))
t(lambda: len(None))
t(lambda: iter(None))
t(lambda: E[0])
t(lambda: NotImplemented + 1)
t(lambda: type(None).__name__)
t(lambda: type(NotImplemented).__name__)
t(lambda: type(...).__name__)
t(lambda: type("X", (type(None),), {}))
t(lambda: type("X", (type(...),), {}))
print(sorted(k for k in dir(None) if not k.startswith("_")), None.__class__)
class C:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
print(C() == C(), C() != C(), C() == 1)
c = C()
print(c == c, c != c)
t(lambda: C() < C())
t(lambda: C() <= 1)
