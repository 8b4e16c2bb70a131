class Recording(dict):
    def __init__(self): super().__init__(); self.order = []
    def __setitem__(self, k, v):
        self.order.append(k); super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class C(metaclass=Meta, opt=1):
    b = 1
    a = 2
    def c(self): pass
print(C.order)
class BadMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 42
try:
    class X(metaclass=BadMeta): pass
except TypeError as e:
    print(type(e).__name__ + ":", e)
