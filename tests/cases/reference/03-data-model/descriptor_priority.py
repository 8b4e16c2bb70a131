# 3.3.2.4 Descriptor invocation order: data descriptors, instance dict, non-data descriptors, __getattr__
class Data:
    def __get__(self, obj, typ=None):
        return "data"
    def __set__(self, obj, v):
        print("data set", v)
class NonData:
    def __get__(self, obj, typ=None):
        return ("nondata", obj is None, typ.__name__)
class SetOnly:
    def __set__(self, obj, v):
        print("setonly set", v)
class C:
    d = Data()
    n = NonData()
    s = SetOnly()
    def __getattr__(self, name):
        return "getattr " + name
c = C()
c.__dict__["d"] = "inst d"
c.__dict__["n"] = "inst n"
print(c.d, c.n, C.n, C.d)
c.d = 5
c.s = 6
print(c.s is C.__dict__["s"], c.__dict__.get("s"))
c.__dict__["s"] = "inst s"
print(c.s)
print(c.missing)
del c.__dict__["n"]
print(c.n)
class DelOnly:
    def __delete__(self, obj):
        print("delete called")
class D:
    x = DelOnly()
d = D()
del d.x
try:
    d.x = 1
except AttributeError as e:
    print("AttributeError:", e)
class GetRaises:
    def __get__(self, obj, typ=None):
        raise AttributeError("from get")
class E:
    g = GetRaises()
    def __getattr__(self, name):
        return "fallback " + name
print(E().g)
class Meta(type):
    m = Data()
class K(metaclass=Meta):
    pass
print(K.m)
K.m = 3
k = K()
print(hasattr(k, "m"))
