def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    "A doc"
    x = 1
class B(A):
    pass
print(B.__name__, B.__qualname__, B.__doc__, A.__doc__, B.__base__.__name__, [c.__name__ for c in B.__mro__])
print(B.__bases__, A.__subclasses__(), B.__module__)
B.__name__ = "BB"; print(B.__name__, repr(B)[-5:])
t(lambda: setattr(B, "__name__", 5))
t(lambda: setattr(int, "__name__", "x"))
t(lambda: setattr(int, "foo", 1))
t(lambda: setattr(B, "__bases__", (object,)))
print(B.__mro__ == (B, object))
t(lambda: setattr(B, "__qualname__", 1))
t(lambda: B.__dict__["x"])
print("x" in A.__dict__, type(A.__dict__).__name__)
t(lambda: A.__dict__.__setitem__("y", 1))
