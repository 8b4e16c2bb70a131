# callable(): classes, instances with __call__ on the type only, builtins, methods
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class C:
    def m(self):
        pass
    @staticmethod
    def s():
        pass
    @classmethod
    def c(cls):
        pass
c = C()
t(lambda: [callable(x) for x in [C, c, c.m, C.m, C.s, C.c, len, print, int, 1, "s", None, lambda: 0, type, object()]])
c.__call__ = lambda: 1
t(lambda: callable(c))
class WithCall:
    def __call__(self):
        return "called"
t(lambda: callable(WithCall()))
del WithCall.__call__
t(lambda: callable(WithCall()))
t(lambda: callable(staticmethod(len)))
t(lambda: callable(classmethod(len)))
t(lambda: callable(property()))
t(lambda: callable(iter([])))
t(lambda: callable(super))
t(lambda: callable([].append))
t(lambda: callable(str.upper))
t(lambda: callable(int.__add__))
t(lambda: callable((1).__add__))
t(lambda: callable())
t(lambda: callable(1, 2))
class Meta(type):
    def __call__(cls):
        return "meta"
class K(metaclass=Meta):
    pass
t(lambda: (callable(K), K(), callable(K.__call__)))
import sys
t(lambda: callable(sys), callable(sys.exit))
