def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    """Docstring."""
    return [a, b]
print(f.__annotations__)
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
print(f.__code__.co_varnames[:6])
def g(): "only doc"
print(g.__doc__, g())
