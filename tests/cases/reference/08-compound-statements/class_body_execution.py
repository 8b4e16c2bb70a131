# 8.8 Class definitions: the body runs once in a new namespace; __qualname__, __module__, __doc__
class Outer:
    """Outer doc"""
    print("body runs", __name__, __qualname__, __module__)
    class Inner:
        print("inner", __qualname__)
        def m(self):
            pass
    x = [1, 2]
    y = len(x)
    def method(self):
        def local():
            pass
        return local
print(Outer.__doc__, Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().method().__qualname__)
print(Outer.__module__, Outer.y, sorted(k for k in Outer.__dict__ if not k.startswith("__")))
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())
class NoDoc:
    pass
print(NoDoc.__doc__)
class DocNotFirst:
    x = 1
    "not a docstring"
print(DocNotFirst.__doc__)
class WithQualname:
    __qualname__ = "Custom.Name"
print(WithQualname.__qualname__, WithQualname.__name__)
try:
    class BadQual:
        __qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
class Returns:
    v = 1
    if v:
        w = 2
    for i in range(2):
        pass
    del i
print(Returns.w, hasattr(Returns, "i"))
print(type(Outer.__dict__).__name__, "__dict__" in Outer.__dict__, "__weakref__" in Outer.__dict__)
class Empty: pass
print(Empty.__bases__, Empty.__mro__, Empty.__base__)
