class A:
    """Doc A."""
    x: int = 1
    def m(self): pass
class B(A): pass
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, B.__doc__)
print(B.__bases__, B.__mro__, A.__annotations__)
def outer():
    class Inner:
        def meth(self): pass
    return Inner
I = outer()
print(I.__qualname__, I.meth.__qualname__)
print(A.m.__name__, type(A().m).__name__, A().m.__func__ is A.m)
