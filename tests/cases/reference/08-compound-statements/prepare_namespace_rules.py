# 3.3.3.4 __prepare__: custom namespaces see every binding in the class body
class LoggingNS(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingNS()
    def __new__(mcls, name, bases, ns):
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=Meta):
    """doc"""
    a = 1
    b = a + 1
    def m(self):
        pass
    a += 1
print(C.a, C.b, type(C.__dict__).__name__)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class D(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
class NoneMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return None
try:
    class E(metaclass=NoneMeta):
        pass
except TypeError as e:
    print("TypeError:", e)
class ReadOnly(dict):
    def __setitem__(self, k, v):
        if k == "forbidden":
            raise KeyError("no " + k)
        super().__setitem__(k, v)
class RMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return ReadOnly()
try:
    class F(metaclass=RMeta):
        forbidden = 1
except KeyError as e:
    print("KeyError:", e)
print(type.__prepare__("X", ()), type(type.__prepare__()).__name__)
def plain_func_meta(name, bases, ns, **kw):
    print("function as metaclass", name, sorted(ns), kw)
    return 42
class G(metaclass=plain_func_meta, extra=1):
    y = 2
print(G)
