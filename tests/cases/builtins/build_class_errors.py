# __build_class__: the machinery behind the class statement, called directly
import builtins
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def body():
    x = 1
t(lambda: builtins.__build_class__(body, "Made").__name__)
t(lambda: builtins.__build_class__(body, "Made").x)
t(lambda: builtins.__build_class__())
t(lambda: builtins.__build_class__(body))
t(lambda: builtins.__build_class__(5, "N"))
t(lambda: builtins.__build_class__(body, 5))
t(lambda: builtins.__build_class__(body, "B", int).__mro__)
t(lambda: builtins.__build_class__(body, "M", metaclass=type).__name__)
saved = builtins.__build_class__
def fake(func, name, *bases, **kw):
    print("fake build_class", name, bases, kw)
    return saved(func, name, *bases, **kw)
builtins.__build_class__ = fake
class K(object, metaclass=type):
    pass
builtins.__build_class__ = saved
print(K.__name__)
del builtins.__build_class__
try:
    class L:
        pass
except NameError as e:
    print("NameError:", e)
builtins.__build_class__ = saved
class M:
    pass
print(M.__name__)
