def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b=2, *, c=3):
    return a, b, c
print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (10, 20)
print(f(), f.__defaults__)
f.__defaults__ = None
t(lambda: f())
t(lambda: setattr(f, "__defaults__", [1]))
t(lambda: setattr(f, "__kwdefaults__", [1]))
f.__kwdefaults__ = {"c": 9}
print(f(1, 2))
f.__kwdefaults__ = None
t(lambda: f(1, 2))
del f.__defaults__
print(f.__defaults__)
def g():
    return "g"
def h():
    return "h"
g.__code__ = h.__code__
print(g(), g.__name__, g.__code__.co_name)
def one(x):
    return x
t(lambda: setattr(g, "__code__", 5))
def outer():
    v = 1
    def inner():
        return v
    return inner
t(lambda: setattr(g, "__code__", outer().__code__))
t(lambda: delattr(g, "__code__"))
t(lambda: setattr(g, "__name__", 5))
t(lambda: setattr(g, "__qualname__", None))
t(lambda: delattr(g, "__name__"))
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
t(lambda: setattr(g, "__globals__", {}))
t(lambda: setattr(g, "__closure__", ()))
t(lambda: setattr(g, "__doc__", 5) or g.__doc__)
g.__module__ = None
print(g.__module__)
t(lambda: setattr(g, "__dict__", 5))
g.__dict__ = {"x": 1}
print(g.x, g.__dict__)
print(one.__annotations__, one.__type_params__, one.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(one.__builtins__).__name__)
t(lambda: setattr(one, "__type_params__", 5))
t(lambda: setattr(one, "__annotations__", 5))
