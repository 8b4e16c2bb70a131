# 3.3.2 Customizing attribute access: __getattr__, __getattribute__, __setattr__, __delattr__, __dir__.
class Lazy:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name.upper()
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.x_foo, getattr(l, "x_bar"), getattr(l, "nothing", "default"), hasattr(l, "nope"))
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)
g = Logged()
g.a = 1
print(g.a, g.secret)
del g.a
class Plain:
    pass
p = Plain()
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
p.__dict__["direct"] = 5
print(p.direct, vars(p), sorted(k for k in dir(p) if not k.startswith("__")))
class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
print(s.a, hasattr(s, "__dict__"))
