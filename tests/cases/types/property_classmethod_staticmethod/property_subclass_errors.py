def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    @property
    def x(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr:" + name
print(A().x)
class B:
    @property
    def y(self):
        return self.undefined_thing
t(lambda: B().y)
class P(property):
    pass
class C:
    @P
    def z(self):
        return "pz"
print(C().z, type(C.__dict__["z"]).__name__)
p = property(None)
t(lambda: p.__get__(1))
t(lambda: p.__set__(1, 2))
t(lambda: p.__delete__(1))
t(lambda: property(fget=1, fset=2, fdel=3, doc="d").__doc__)
q = property(lambda s: 1)
q2 = q.setter(lambda s, v: None)
print(q is q2, q2.fset is not None, q.fset)
