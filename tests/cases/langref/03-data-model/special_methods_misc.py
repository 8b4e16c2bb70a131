# __repr__/__str__/__format__, __call__, __hash__/__eq__ rules, __new__, __class__, __init__ return.
class P:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"P({self.name!r})"
    def __str__(self):
        return f"person {self.name}"
    def __format__(self, spec):
        return f"[{self.name:{spec}}]"
    def __call__(self, greeting):
        return f"{greeting}, {self.name}"
p = P("ann")
print(p, repr(p), str(p), f"{p}", f"{p!r}", f"{p:>6}", format(p, "<5"), [p], p("hi"), callable(p), callable(5))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None, EqOnly() == 1)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a, b = Single(1), Single(2)
print(a is b, a.v)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x
print(WithMeta(7).x, type(WithMeta).__name__)
class Default:
    pass
d = Default()
print(repr(d).startswith("<__main__.Default object at 0x"), str(d) == repr(d), Default.__module__, d.__class__ is Default)
