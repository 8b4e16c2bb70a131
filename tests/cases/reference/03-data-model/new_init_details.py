# 3.3.1 __new__/__init__: __init__ skipped when __new__ returns another type; __init__ must return None
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Other:
    pass
class A:
    def __new__(cls, *a):
        print("new", a)
        return Other()
    def __init__(self, *a):
        print("init not called")
t(lambda: type(A(1)).__name__)
class B:
    def __new__(cls, x):
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
t(lambda: type(B(2)).__name__)
class Sub(B):
    pass
class C:
    def __new__(cls):
        return Sub.__new__(Sub, 0)
    def __init__(self):
        print("C init")
t(lambda: type(C()).__name__)
class R:
    def __init__(self):
        return 5
t(lambda: R())
t(lambda: object.__new__(1))
t(lambda: object.__new__(int))
t(lambda: object.__new__(A, 1))
class NoInit:
    pass
t(lambda: NoInit(1))
class OnlyInit:
    def __init__(self, a):
        pass
t(lambda: type(OnlyInit(1)).__name__)
t(lambda: OnlyInit())
class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)
t(lambda: type(OnlyNew(1)).__name__)
t(lambda: object.__init__(OnlyNew(1), 2))
t(lambda: int.__new__(str))
t(lambda: int.__new__(bool, 1))
t(lambda: A.__new__ is A.__dict__["__new__"])
t(lambda: type(A.__dict__["__new__"]).__name__)
