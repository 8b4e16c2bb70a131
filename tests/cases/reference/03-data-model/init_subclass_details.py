# 3.3.3.1 __init_subclass__: implicit classmethod, keyword arguments, inheritance
class Base:
    subclasses = []
    def __init_subclass__(cls, /, tag=None, **kw):
        print("init_subclass", cls.__name__, tag, kw)
        super().__init_subclass__(**kw)
        Base.subclasses.append(cls.__name__)
class A(Base, tag="a"):
    pass
class B(A):
    pass
print(Base.subclasses, type(Base.__dict__["__init_subclass__"]).__name__)
try:
    class C(Base, tag="c", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class D(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta kw", kw)
        return super().__new__(m, name, bases, ns, **kw)
class E(Base, metaclass=Meta, tag="e"):
    pass
class F:
    @classmethod
    def __init_subclass__(cls):
        print("explicit classmethod", cls.__name__)
class G(F):
    pass
class H:
    def __init_subclass__(cls):
        raise RuntimeError("refused " + cls.__name__)
try:
    class I(H):
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
print(object.__init_subclass__(), type(type.__init_subclass__).__name__)
