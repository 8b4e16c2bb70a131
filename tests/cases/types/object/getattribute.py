def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class A:
    y = "class"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden " + name)
        if name == "boom":
            raise KeyError("boom")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
a = A()
print(a.y, a.secret, a.missing)
t(lambda: a.boom)
t(lambda: getattr(a, "boom", "d"))
print(hasattr(a, "secret"))
class B:
    def __getattr__(self, name):
        raise AttributeError(name)
t(lambda: B().zzz)
t(lambda: hasattr(B(), "zzz"))
t(lambda: getattr(B(), "zzz", 0))
