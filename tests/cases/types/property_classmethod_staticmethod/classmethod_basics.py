def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    @classmethod
    def make(cls, x):
        return (cls.__name__, x)
class B(A):
    pass
print(A.make(1), B.make(2), B().make(3), A.make.__self__ is A, type(A.__dict__["make"]).__name__)
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, B)(), cm.__get__(B())())
print(A.__dict__["make"].__func__.__name__)
t(lambda: classmethod(5).__get__(None, A)())
t(lambda: A.make())
t(lambda: classmethod())
print(dict.fromkeys.__self__ is dict)
class C:
    @classmethod
    @property
    def nope(cls):
        return 1
t(lambda: C.nope)
