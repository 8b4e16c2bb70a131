# Inline caches and __class__ assignment, descriptors whose type changes, __slots__ and properties.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class P:
    def who(self):
        return "P"

    kind = "p"


class Q:
    def who(self):
        return "Q"

    kind = "q"


def who(o):
    return o.who()


def kind(o):
    return o.kind


o = P()
for _ in range(40):
    who(o)
    kind(o)
o.__class__ = Q
t(lambda: who(o))
t(lambda: kind(o))


# A descriptor class that becomes a data descriptor later.
class D:
    def __get__(self, obj, owner=None):
        return "D.__get__"


class E:
    d = D()


e = E()
e.__dict__["d"] = "instance"


def get_d(o):
    return o.d


for _ in range(40):
    get_d(e)
t(lambda: get_d(e))
D.__set__ = lambda self, obj, value: None
t(lambda: get_d(e))
del D.__set__
t(lambda: get_d(e))
D.__get__ = lambda self, obj, owner=None: "new __get__"
t(lambda: get_d(E()))


# __slots__ members and properties through the caches.
class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


def get_a(s):
    return s.a


def get_b(s):
    return s.b


s = S(1)
for _ in range(40):
    get_a(s)
t(lambda: get_a(s))
t(lambda: get_b(s))
s.b = 2
t(lambda: get_b(s))
del s.a
t(lambda: get_a(s))
t(lambda: S(7).a)


class Pr:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v


def get_v(p):
    return p.v


p = Pr()
for _ in range(40):
    get_v(p)
Pr.v = property(lambda self: "new property")
t(lambda: get_v(p))
Pr.v = "plain"
t(lambda: get_v(p))


# Methods of builtin types through the method cache.
def up(s):
    return s.upper()


for w in ["a", "b", "c"] * 20:
    up(w)
t(lambda: up("xyz"))
t(lambda: up(5))
