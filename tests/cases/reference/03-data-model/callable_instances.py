# 3.3.6 Emulating callable objects
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class F:
    def __call__(self, *args, **kw):
        return (args, kw)
f = F()
t(lambda: f(1, 2, k=3))
t(lambda: callable(f))
t(lambda: callable(F))
class NotCall:
    pass
t(lambda: NotCall()())
t(lambda: callable(NotCall()))
class CallNone:
    __call__ = None
t(lambda: callable(CallNone()))
t(lambda: CallNone()())
class CallAttr:
    __call__ = F()
t(lambda: CallAttr()(5))
class Meta(type):
    def __call__(cls, *a):
        return ("meta call", cls.__name__, a)
class K(metaclass=Meta):
    def __init__(self):
        raise AssertionError("not reached")
t(lambda: K(1, 2))
class Strict:
    def __call__(self, x, /, *, y):
        return x + y
t(lambda: Strict()(1, y=2))
t(lambda: Strict()(1, 2))
t(lambda: Strict()(x=1, y=2))
t(lambda: 5())
t(lambda: "s"())
t(lambda: None())
t(lambda: (lambda: 1)(2))
