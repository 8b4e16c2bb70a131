def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["added"] = kw.get("flag", "none")
        return super().__new__(mcs, name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
class A(metaclass=Meta, flag="yes"):
    def __init__(self, v):
        self.v = v
a = A(3)
print(A, A.added, a.v, type(A).__name__)
class B(A):
    pass
print(B, B.added, type(B) is Meta)
class M2(type): pass
def conflict():
    class X(A, metaclass=M2):
        pass
t(conflict)
def bad_kw():
    class Y(flag=1):
        pass
t(bad_kw)
class WithInit:
    def __init_subclass__(cls, tag=None, **kw):
        cls.tag = tag
class Sub(WithInit, tag="T"):
    pass
print(Sub.tag)
