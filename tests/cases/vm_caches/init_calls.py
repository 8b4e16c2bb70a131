# Calling a class whose __init__ is a Python function (run inline by the VM): results, errors and
# changes to the class after the call site warmed up.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class V:
    def __init__(self, x, y=0, *, z=1):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"V({self.x}, {self.y}, {self.z})"


def make(*args, **kw):
    return V(*args, **kw)


for i in range(40):
    V(i)
    V(i, y=i)
t(lambda: V(1))
t(lambda: V(1, 2, z=3))
t(lambda: V())
t(lambda: V(1, 2, 3))
t(lambda: V(1, w=2))
t(lambda: make(5, z=6))


class Bad:
    def __init__(self, r):
        if r:
            return r


for i in range(30):
    Bad(None)
t(lambda: type(Bad(0)).__name__)
t(lambda: Bad(5))
t(lambda: Bad("s"))


class Raises:
    def __init__(self, n):
        raise ValueError(n)


for i in range(3):
    t(lambda: Raises(i))


class Gen:
    def __init__(self):
        yield 1


t(lambda: Gen())

# __init__ replaced, __new__ added, after warm-up.
V.__init__ = lambda self, *a, **k: None
t(lambda: vars(V(1)))


def new(cls, *a):
    return "from __new__"


V.__new__ = new
t(lambda: V(1))


class Meta(type):
    def __call__(cls, *a):
        return ("Meta.__call__", a)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


t(lambda: M(1))


class Sub(V):
    def __init__(self):
        super().__init__(1)
        self.extra = True


t(lambda: sorted(vars(Sub())))


class NoInit:
    pass


t(lambda: NoInit(1))
