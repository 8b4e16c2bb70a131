def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A: pass
a = A()
print(a == a, a != a, a == A(), a.__eq__(a), a.__eq__(1), a.__ne__(a), a.__ne__(1), a.__lt__(a), object.__ge__(a, a))
print(a.__hash__() == hash(a), a.__sizeof__() > 0, a.__format__("") == str(a), repr(a.__class__), a.__dir__ is not None)
t(lambda: format(a, "x"))
t(lambda: a.__format__(1))
t(lambda: a < a)
t(lambda: type(object()).__name__)
t(lambda: object(1))
t(lambda: A(1))
t(lambda: object.__new__(A, 1))
t(lambda: object.__init__(a, 1))
t(lambda: object.__new__(1))
t(lambda: object.__new__(int))
t(lambda: object.__setattr__(1, "x", 1))
t(lambda: object.__setattr__(a, 1, 1))
t(lambda: object.__getattribute__(a, 1))
t(lambda: object.__delattr__(a, "nope"))
t(lambda: object().x)
t(lambda: setattr(object(), "x", 1))
t(lambda: object.__init_subclass__())
t(lambda: a.__class__.__name__)
t(lambda: setattr(a, "__class__", int))
t(lambda: setattr(a, "__class__", 1))
class B: pass
a.__class__ = B
print(type(a).__name__)
t(lambda: setattr(a, "__dict__", 1))
a.__dict__ = {"q": 1}
print(a.q, vars(a))
t(lambda: vars(1))
t(lambda: vars())
t(lambda: vars(a, a))
class S:
    __slots__ = ("x",)
s = S()
t(lambda: s.x)
t(lambda: setattr(s, "y", 1))
t(lambda: s.__dict__)
t(lambda: vars(s))
s.x = 5
print(s.x, S.x.__name__, type(S.x).__name__)
del s.x
t(lambda: s.x)
t(lambda: delattr(s, "x"))
