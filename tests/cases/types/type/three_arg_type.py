def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
C = type("C", (), {"x": 1, "f": lambda self: self.x * 2})
print(C.__name__, C().f(), C.__bases__, C.__module__)
D = type("D", (C,), {})
print(D.__mro__[1] is C, D().x)
t(lambda: type("E", (5,), {}))
t(lambda: type("E", (), 5))
t(lambda: type(5, (), {}))
t(lambda: type("E", ()))
t(lambda: type("E", (bool,), {}))
t(lambda: type(1, 2, 3, 4))
t(lambda: type("E", (int, str), {}))
t(lambda: type("x\x00y", (), {}))
print(type(1), type(type), type(object), type.__base__)
