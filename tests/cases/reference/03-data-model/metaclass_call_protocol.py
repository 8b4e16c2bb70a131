# 3.3.3 Metaclasses: __call__ controls instantiation, metaclass methods and attribute lookup on classes
class Meta(type):
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        inst = super().__call__(*args, **kw)
        print("instance created")
        return inst
    def meta_method(cls):
        return "meta method of " + cls.__name__
    @property
    def meta_prop(cls):
        return "meta prop " + cls.__name__
class C(metaclass=Meta):
    def __new__(cls, x):
        print("C.__new__", x)
        return super().__new__(cls)
    def __init__(self, x):
        print("C.__init__", x)
c = C(5)
print(C.meta_method(), C.meta_prop, hasattr(c, "meta_method"))
class Sub(C):
    pass
Sub(6)
print(type(Sub).__name__, isinstance(Sub, Meta))
class Singleton(type):
    _instances = {}
    def __call__(cls):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__()
        return cls._instances[cls]
class One(metaclass=Singleton):
    pass
print(One() is One())
class M1(type):
    pass
class M2(type):
    pass
class A(metaclass=M1):
    pass
class B(metaclass=M2):
    pass
try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1):
    pass
class D(A, metaclass=M3):
    pass
print(type(D).__name__)
class E(D, A):
    pass
print(type(E).__name__)
print(type(type), type(Meta), Meta.__mro__)
print(C.__class__.__name__, C.__class__.__class__.__name__)
