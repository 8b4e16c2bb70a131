# super(): argument errors and lookups that skip the current class
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    def m(self):
        return "A.m"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
    x = "A.x"
class B(A):
    def m(self):
        return "B.m"
b = B()
t(lambda: super(B, b).m())
t(lambda: super(B, B).c())
t(lambda: super(B, b).c())
t(lambda: super(B, b).x)
t(lambda: super(B, b).nothing)
t(lambda: super(A, b).m())
t(lambda: super(B, 5))
t(lambda: super(5, b))
t(lambda: super(B, A()))
t(lambda: super(B, A))
t(lambda: super())
t(lambda: super(B, b, 1))
t(lambda: super(B).m)
t(lambda: super(B).__get__(b).m())
t(lambda: repr(super(B, b)).startswith("<super: <class 'B'>, <B object"))
t(lambda: repr(super(B)))
t(lambda: super(B, b).__thisclass__.__name__)
t(lambda: super(B, b).__self_class__.__name__)
t(lambda: super(B, B).__self__.__name__)
t(lambda: super(B, b).__class__.__name__)
def set_on_super():
    super(B, b).x = 1
t(set_on_super)
t(lambda: super(int, True).__add__(1))
t(lambda: super(object, 1).__repr__())
