class D:
    def __get__(self, obj, objtype=None):
        return (obj is None, objtype.__name__)
class A:
    d = D()
class B(A): pass
print(A.d, B.d, A().d, B().d)
f = lambda self: self
print(type(A.__dict__['d']).__name__)
def meth(self): return 42
print(meth.__get__(A())(), meth.__get__(None, A) is meth)
