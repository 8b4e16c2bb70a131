def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, (a == 1), a.__eq__(1), a.__ne__(a))
t(lambda: a < b)
t(lambda: a <= 1)
print(hash(a) == hash(a), str(a) == repr(a), format(a, "") == str(a))
t(lambda: format(a, "x"))
print(type(a.__hash__).__name__, A.__hash__ is object.__hash__)
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
t(lambda: hash(NoHash()))
t(lambda: {NoHash()})
print(a.__class__.__name__, object.__doc__[:20])
t(lambda: object().x)
t(lambda: setattr(object(), "x", 1))
print(a.__sizeof__() > 0, type(a.__sizeof__()).__name__)
