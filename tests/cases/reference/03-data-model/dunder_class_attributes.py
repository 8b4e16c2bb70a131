# 3.2 Standard type hierarchy: attributes of functions, methods, classes and instances
def func(a, b=1, *, c=2):
    """func doc"""
    return a
print(func.__name__, func.__qualname__, func.__doc__, func.__module__, func.__defaults__, func.__kwdefaults__)
print(type(func.__code__).__name__, func.__globals__ is globals(), func.__closure__, type(func.__dict__).__name__)
func.custom = 1
print(func.__dict__, sorted(k for k in dir(func) if k in ("__call__", "__get__", "__wrapped__")))
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
c = C()
bm = c.m
print(type(bm).__name__, bm.__self__ is c, bm.__func__ is C.m, bm.__name__, bm.__qualname__)
print(C.cm.__self__ is C, type(C.__dict__["cm"]).__name__, type(C.m).__name__)
print(bm == c.m, bm is c.m, hash(bm) == hash(c.m))
try:
    bm.new_attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(C.__name__, C.__qualname__, C.__module__, C.__bases__, C.__base__, type(C.__dict__).__name__)
print(c.__class__ is C, c.__dict__, type(c).__mro__)
print(int.__name__, int.__qualname__, int.__module__, type(int.__dict__).__name__, int.__doc__[:20])
print(len.__name__, len.__qualname__, len.__module__, type(len).__name__, len.__self__.__name__)
print([].append.__name__, [].append.__qualname__, type([].append).__name__)
print(str.upper.__qualname__, type(str.upper).__name__, type(str.__dict__["upper"]).__name__)
print(type(int.__add__).__name__, type((1).__add__).__name__, int.__add__.__qualname__)
print(type(type.__dict__["__name__"]).__name__, type(C.__dict__["__dict__"]).__name__)
