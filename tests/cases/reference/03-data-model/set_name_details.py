# 3.3.2.5 __set_name__: called at class creation, in definition order, not on later assignment
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class C:
    a = D()
    b = D()
    c = a
print(C.a.name, C.b.name)
C.late = D()
print(hasattr(C.late, "name"))
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("boom " + name)
try:
    class X:
        attr = Boom()
except ValueError as e:
    print("ValueError:", e, getattr(e, "__notes__", None))
class NotCallable:
    __set_name__ = 5
try:
    class Y:
        z = NotCallable()
except TypeError as e:
    print("TypeError:", e, getattr(e, "__notes__", None))
class Inst:
    pass
i = Inst()
i.__set_name__ = lambda *a: print("instance attr ignored")
class Z:
    w = i
T = type("T", (), {"q": D()})
print(T.q.name)
class Meta(type):
    def __new__(m, name, bases, ns):
        print("meta new", name)
        cls = super().__new__(m, name, bases, ns)
        print("after type.__new__")
        return cls
class M(metaclass=Meta):
    v = D()
