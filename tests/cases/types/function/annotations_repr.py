def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(a: int, b: "str" = "x") -> list:
    pass
print(f.__annotations__)
def g(x: undefined_name):
    pass
t(lambda: g.__annotations__)
print(f.__code__.co_name if hasattr(f, '__code__') else None)
print(type(f).__name__, callable(f), callable(5))
t(lambda: f.__call__.__name__)
print(repr(len), repr(print.__name__), type(len).__name__)
