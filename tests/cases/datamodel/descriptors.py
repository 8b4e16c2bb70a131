# Descriptor protocol: data vs non-data descriptors, __set_name__, wrapper descriptors, methods.
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return ("data", self.name, obj.__dict__.get(self.name))
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
    def __delete__(self, obj):
        print("delete", self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)

class C:
    d = Data()
    n = NonData()

c = C()
print(c.d)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["n"] = "instance wins"
print(c.n, C.n)
del c.d
print(isinstance(C.__dict__["d"], Data), C.d is C.__dict__["d"])

class RO:
    def __get__(self, obj, objtype=None):
        return 1
    def __set__(self, obj, value):
        raise AttributeError("read-only!")
class D:
    r = RO()
t("ro set", lambda: setattr(D(), "r", 2))
t("ro del", lambda: delattr(D(), "r"))

class OnlyDelete:
    def __get__(self, obj, objtype=None):
        return "od"
    def __delete__(self, obj):
        print("od delete")
class E:
    o = OnlyDelete()
e = E()
t("set with only __delete__", lambda: setattr(e, "o", 1))
del e.o

# builtin descriptors
print(int.__add__, int.__dict__["__add__"] is int.__add__)
print(int.__add__(2, 3), int.__radd__(2, 3), (7).__sub__(2), (7).__rsub__(2))
t("wrong self", lambda: int.__add__("a", 1))
t("no args", lambda: int.__add__())
t("too many", lambda: (1).__add__(1, 2))
print(list.append, list.__dict__["append"].__objclass__, list.append.__name__, list.append.__qualname__)
l = []
m = l.append
m(1)
print(l, m.__self__ is l, m.__name__, m.__qualname__)
t("descr wrong type", lambda: list.append(1, 2))
t("unbound no args", lambda: list.append())
print(object.__repr__.__name__, object.__repr__.__qualname__, object.__repr__.__objclass__)
print(type((1).__add__).__name__, (1).__add__.__self__, (1).__add__.__name__)
print((1).__add__ == (1).__add__, [].append == [].append)
print(type(int.__dict__["real"]).__name__, int.__dict__["real"].__get__(5))
print(type.__dict__["__dict__"], type.__dict__["__name__"].__get__(int))
print(dict.__dict__["fromkeys"], dict.fromkeys("ab"))
print(len, len.__name__, len.__qualname__, len.__self__)
print(object.__dict__["__class__"].__get__(1), object.__class__)
print(object.__init_subclass__.__name__, object.__new__.__qualname__)
print(int.__new__.__self__, object.__new__(object).__class__)
t("obj new not safe", lambda: object.__new__(int))
t("obj new not type", lambda: object.__new__(1))
t("int new not subtype", lambda: int.__new__(str))

# functions and bound methods
class F:
    def m(self, x):
        return (self.__class__.__name__, x)
    @staticmethod
    def s(x):
        return ("s", x)
    @classmethod
    def k(cls, x):
        return ("k", cls.__name__, x)
f = F()
bm = f.m
print(bm(1), F.m(f, 2), f.s(3), F.s(4), f.k(5), F.k(6))
print(bm.__func__ is F.m, bm.__self__ is f, bm == f.m, bm.__name__, bm.__qualname__)
print(hash(bm) == hash(f.m), repr(bm).startswith("<bound method F.m of <__main__.F object at"))
print(type(F.__dict__["s"]).__name__, type(F.__dict__["k"]).__name__, F.__dict__["s"].__func__ is F.s)
print(F.__dict__["k"].__get__(None, F)(7))
print(F.__dict__["s"](8), F.s.__name__, F.__dict__["s"].__name__, F.__dict__["k"].__wrapped__.__name__)
print(repr(staticmethod(len)), repr(classmethod(len)).startswith("<classmethod("))
print(staticmethod(len).__isabstractmethod__)
t("staticmethod()", lambda: staticmethod())
bm.__func__.attr = 42
print(bm.attr)
t("bm set attr", lambda: setattr(bm, "attr", 1))
t("method type", lambda: type(bm)(F.m, None))
print(type(bm)(F.m, f)(9))
