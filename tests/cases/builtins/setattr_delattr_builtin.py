# setattr()/delattr() through __setattr__/__delattr__, descriptors and slots
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
l = Logged()
t(lambda: setattr(l, "a", 1))
t(lambda: l.a)
t(lambda: delattr(l, "a"))
t(lambda: delattr(l, "a"))
t(lambda: setattr(l, "", 1))
t(lambda: getattr(l, ""))
t(lambda: setattr(l, "with space", 2) or getattr(l, "with space"))
class P:
    @property
    def ro(self):
        return 1
    @property
    def rw(self):
        return self._rw
    @rw.setter
    def rw(self, v):
        self._rw = v
    @rw.deleter
    def rw(self):
        print("deleter")
p = P()
t(lambda: setattr(p, "ro", 2))
t(lambda: delattr(p, "ro"))
t(lambda: (setattr(p, "rw", 3), p.rw))
t(lambda: delattr(p, "rw"))
class S:
    __slots__ = ("x",)
s = S()
t(lambda: setattr(s, "x", 1) or s.x)
t(lambda: setattr(s, "y", 1))
t(lambda: delattr(s, "y"))
t(lambda: setattr(S, "z", 5) or S.z)
t(lambda: setattr(s, "z", 6))
t(lambda: setattr(1, "x", 1))
t(lambda: setattr(None, "x", 1))
t(lambda: delattr(None, "__class__"))
t(lambda: setattr(l, "__class__", P))
t(lambda: type(l).__name__)
t(lambda: setattr(l, "__class__", int))
t(lambda: setattr(l, "__dict__", {"fresh": 1}) or l.fresh)
