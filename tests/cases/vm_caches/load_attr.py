# LOAD_ATTR inline caches: instance, class and method attributes after the class or instance changes.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class A:
    cls_attr = "class"

    def __init__(self):
        self.x = 1

    def m(self):
        return "A.m"


def get_x(o):
    return o.x


def get_c(o):
    return o.cls_attr


def call_m(o):
    return o.m()


a = A()
for _ in range(50):
    get_x(a)
    get_c(a)
    call_m(a)

A.cls_attr = "changed"
t(lambda: get_c(a))
a.cls_attr = "instance"
t(lambda: get_c(a))
del a.cls_attr
t(lambda: get_c(a))
del A.cls_attr
t(lambda: get_c(a))

A.m = lambda self: "replaced"
t(lambda: call_m(a))
a.m = lambda: "instance callable"
t(lambda: call_m(a))
del a.m
t(lambda: call_m(a))

# A property added to the class after warm-up wins over the instance dict.
A.x = property(lambda self: "property")
t(lambda: get_x(a))
del A.x
t(lambda: get_x(a))
del a.x
t(lambda: get_x(a))


# __getattr__ added later: used for missing attributes.
class B:
    pass


b = B()
b.x = 5
for _ in range(30):
    get_x(b)
del b.x
t(lambda: get_x(b))
B.__getattr__ = lambda self, name: "getattr:" + name
t(lambda: get_x(b))
B.__getattribute__ = lambda self, name: "getattribute:" + name
t(lambda: get_x(b))
del B.__getattribute__
del B.__getattr__
t(lambda: get_x(b))


# Mutating a base class, and assigning __bases__.
class Base:
    def m(self):
        return "Base.m"


class Other:
    def m(self):
        return "Other.m"


class C(Base):
    pass


c = C()
for _ in range(30):
    call_m(c)
Base.m = lambda self: "Base.m2"
t(lambda: call_m(c))
C.__bases__ = (Other,)
t(lambda: call_m(c))
C.m = lambda self: "C.m"
t(lambda: call_m(c))
