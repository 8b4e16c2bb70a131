# getattr default only for AttributeError; hasattr swallows only AttributeError
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class P:
    @property
    def attr_err(self):
        raise AttributeError("missing inside")
    @property
    def key_err(self):
        raise KeyError("k")
    @property
    def ok(self):
        return "ok"
p = P()
t(lambda: getattr(p, "attr_err", "default"))
t(lambda: getattr(p, "key_err", "default"))
t(lambda: hasattr(p, "attr_err"))
t(lambda: hasattr(p, "key_err"))
t(lambda: hasattr(p, "ok"))
t(lambda: getattr(p, "nothing"))
t(lambda: getattr(p, "nothing", None))
t(lambda: getattr(p, 1))
t(lambda: getattr(p, 1, 2))
t(lambda: hasattr(p, 1))
t(lambda: getattr(p))
t(lambda: getattr(p, "a", "b", "c"))
t(lambda: getattr(p, "ok", default=1))
class Str(str):
    pass
t(lambda: getattr(p, Str("ok")))
class SubAttrErr(AttributeError):
    pass
class Q:
    def __getattr__(self, name):
        raise SubAttrErr("sub " + name)
t(lambda: getattr(Q(), "x", "subclass counts"))
t(lambda: hasattr(Q(), "x"))
class R:
    def __getattr__(self, name):
        raise StopIteration
t(lambda: hasattr(R(), "x"))
t(lambda: setattr(p, "new", 1))
t(lambda: p.new)
t(lambda: setattr(p, "ok", 2))
t(lambda: delattr(p, "ok"))
t(lambda: setattr(p, "x"))
t(lambda: delattr(p))
t(lambda: getattr(5, "real"), getattr(5, "imag"))
t(lambda: getattr(None, "__class__").__name__)
t(lambda: getattr(type, "__name__"))
