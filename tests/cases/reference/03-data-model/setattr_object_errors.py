# 3.3.2 Attribute assignment on objects without __dict__ and on builtin types
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
o = object()
t(lambda: setattr(o, "x", 1))
t(lambda: o.x)
t(lambda: delattr(o, "x"))
t(lambda: setattr(int, "x", 1))
t(lambda: setattr(str, "upper", 1))
t(lambda: delattr(list, "append"))
t(lambda: setattr(1, "real", 2))
t(lambda: setattr([], "append", 2))
t(lambda: delattr((), "count"))
class S:
    __slots__ = ("a",)
s = S()
t(lambda: setattr(s, "b", 1))
t(lambda: s.a)
t(lambda: delattr(s, "a"))
s.a = 3
t(lambda: s.a)
t(lambda: delattr(s, "a"))
t(lambda: s.a)
class C:
    pass
c = C()
t(lambda: delattr(c, "nope"))
t(lambda: delattr(C, "nope"))
t(lambda: setattr(c, 5, 1))
t(lambda: getattr(c, 5))
t(lambda: setattr(type, "x", 1))
t(lambda: setattr(object, "__doc__", "x"))
t(lambda: setattr(C, "__name__", 5))
t(lambda: setattr(C, "__qualname__", 5))
t(lambda: setattr(C, "__bases__", ()))
t(lambda: setattr(C, "__mro__", ()))
t(lambda: setattr(C, "__dict__", {}))
t(lambda: setattr(c, "__dict__", 5))
t(lambda: delattr(C, "__name__"))
C.__name__ = "Renamed"
print(C, C.__qualname__)
