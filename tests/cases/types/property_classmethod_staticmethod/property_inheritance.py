def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
class Child(Base):
    @Base.v.getter
    def v(self):
        return "child:" + str(self._v)
c = Child()
c.v = 5
print(c.v, Base.v is not Child.v, Child.v.fset is Base.v.fset)
class Child2(Base):
    v = property(Base.v.fget)
c2 = Child2()
t(lambda: setattr(c2, "v", 1))
class Shadow(Base):
    pass
s = Shadow()
s.__dict__["v"] = "dict value"
print(s.v)
class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"
class HasND:
    attr = NonData()
h = HasND()
print(h.attr)
h.__dict__["attr"] = "instance wins"
print(h.attr, HasND.attr)
class Abstract:
    @property
    def p(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return "getattr:" + name
print(Abstract().p)
class P2:
    @property
    def p(self):
        return self.missing
t(lambda: P2().p)
class CM:
    @classmethod
    @property
    def cp(cls):
        return cls.__name__
t(lambda: CM.cp)
