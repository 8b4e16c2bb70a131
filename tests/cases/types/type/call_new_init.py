def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
A(1, 2)
class B:
    def __new__(cls):
        return 42
print(B())
class C:
    def __init__(self):
        return 5
t(lambda: C())
class D:
    pass
t(lambda: D(1))
t(lambda: object.__new__(D, 1))
t(lambda: object.__new__(5))
t(lambda: object.__new__(int))
class E:
    def __init__(self, x):
        self.x = x
t(lambda: E())
t(lambda: E(1).x)
