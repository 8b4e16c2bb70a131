def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    class B:
        pass
print(A.__qualname__, A.B.__qualname__, A.__module__, A.B.__name__)
A.__qualname__ = "X.Y"
print(A.__qualname__, A.__name__, repr(A))
t(lambda: setattr(A, "__qualname__", 5))
t(lambda: delattr(A, "__qualname__"))
A.__name__ = "Renamed"
print(A.__name__, repr(A), A.__qualname__)
t(lambda: setattr(A, "__name__", 5))
t(lambda: setattr(A, "__name__", "a\x00b"))
t(lambda: delattr(A, "__name__"))
A.__module__ = "mymod"
print(repr(A), A.__module__)
A.__module__ = 5
print(repr(A))
t(lambda: setattr(int, "__qualname__", "x"))
t(lambda: setattr(int, "__module__", "x"))
t(lambda: setattr(int, "__name__", "x"))
t(lambda: setattr(int, "foo", 1))
t(lambda: delattr(int, "real"))
print(int.__module__, int.__qualname__, type.__module__, A.B.__module__)
A.__doc__ = "doc"
print(A.__doc__)
t(lambda: setattr(int, "__doc__", "x"))
class M(type): pass
C = M("C", (), {"__qualname__": "Outer.C"})
print(C.__qualname__, C.__name__)
t(lambda: type("D", (), {"__qualname__": 5}))
print(type("E", (), {}).__module__)
