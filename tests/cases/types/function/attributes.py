def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:6], f.__code__.co_name)
f.__name__ = "g"; print(f.__name__)
t(lambda: setattr(f, "__name__", 5))
t(lambda: setattr(f, "__defaults__", 5))
f.custom = 1; print(f.__dict__)
t(lambda: setattr(f, "__qualname__", None))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
t(lambda: f.__globals__ is globals())
t(lambda: f.__closure__)
