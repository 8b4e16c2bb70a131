class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("call", cls.__name__, a)
        return super().__call__(*a)
class A(metaclass=Meta, flag=True):
    def m(self): pass
    x = 1
a = A()
print(type(A).__name__, type(a).__name__)
class B(A): pass
print(type(B).__name__)
