# STORE_ATTR inline caches: properties, __setattr__ and __slots__ added or changed after warm-up.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class A:
    pass


def set_x(o, v):
    o.x = v
    return o.__dict__ if hasattr(o, "__dict__") else None


objs = [A() for _ in range(40)]
for i, o in enumerate(objs):
    set_x(o, i)
print([o.x for o in objs[:5]])

a = A()
a.y = 1
t(lambda: set_x(a, "after y"))
print(a.__dict__)

log = []
A.x = property(lambda self: "getter", lambda self, v: log.append(v))
t(lambda: set_x(a, "through property"))
print(log, a.x)
del A.x
t(lambda: set_x(a, "dict again"))
print(a.x)

A.__setattr__ = lambda self, name, v: log.append((name, v))
t(lambda: set_x(A(), "hooked"))
print(log)
del A.__setattr__
t(lambda: set_x(A(), "plain"))


# A read-only property added later.
class R:
    pass


r = R()
for i in range(30):
    set_x(r, i)
R.x = property(lambda self: 1)
t(lambda: set_x(r, 2))


# A descriptor whose class gains __set__ after warm-up.
class D:
    def __get__(self, obj, owner=None):
        return "D"


class H:
    x = D()


h = H()
for i in range(30):
    set_x(h, i)
print(h.__dict__)
D.__set__ = lambda self, obj, value: log.append(("D.__set__", value))
t(lambda: set_x(h, "via D"))
print(log[-1], h.__dict__)


# __slots__ without __dict__.
class S:
    __slots__ = ("x",)


s = S()
for i in range(30):
    set_x(s, i)
print(s.x)


class T:
    __slots__ = ("y",)


t(lambda: set_x(T(), 1))
s.__class__ = S
t(lambda: set_x(s, "again"))
