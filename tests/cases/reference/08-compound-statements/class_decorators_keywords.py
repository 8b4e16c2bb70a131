# 8.8 Class definitions: decorators, keywords passed to the metaclass, evaluation order
def p(v):
    print("eval", v)
    return v
def deco(name):
    print("make deco", name)
    def d(cls):
        print("apply deco", name, cls.__name__)
        cls.tag = getattr(cls, "tag", ()) + (name,)
        return cls
    return d
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"from_prepare": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
class Base:
    pass
@deco("outer")
@deco("inner")
class C(p(Base), metaclass=p(Meta), flag=p(True)):
    print("body runs")
    x = 1
print(C.tag, C.from_prepare, type(C).__name__)
@lambda cls: "replaced by a string"
class D:
    pass
print(D)
@(lambda f: f)
class E:
    pass
print(E.__name__)
class F(*[Base], **{"metaclass": Meta}):
    pass
print(type(F).__name__, F.__bases__)
try:
    class G(1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H(Base, Base):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class I(metaclass=5):
        pass
except TypeError as e:
    print("TypeError:", e)
