# 8.8 Class definitions: bases, class attributes, methods, decorators, __init_subclass__, __set_name__.
def cdeco(cls):
    cls.decorated = True
    return cls
class Base:
    kind = "base"
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"{type(self).__name__}({self.v}) kind={self.kind}"
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
@cdeco
class Child(Base, tag="child"):
    kind = "child"
    def describe(self):
        return "Child says " + super().describe()
c = Child(3)
print(c.describe(), Child.tag, Child.decorated, Child.__mro__ == (Child, Base, object), Child.__name__, Child.__qualname__)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return self if obj is None else f"desc {self.name} of {type(obj).__name__}"
class WithDesc:
    attr = Desc()
print(WithDesc().attr, WithDesc.attr.name)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util(x):
        return x * 2
    @property
    def double(self):
        return self.count * 2
Counter(); Counter.make()
print(Counter.count, Counter.util(4), Counter().double)
class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), B.__bases__, type(B), type(type))
try:
    class Bad(1):
        pass
except TypeError as e:
    print("TypeError:", e)
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)
