# 8.7 Function definitions: defaults evaluated once, decorators, annotations, docstrings, attributes.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name):
    """Greets."""
    return "hi " + name
print(hello("bob"), hello.__name__)
def documented(a: int, b: "str" = "x") -> bool:
    """Doc line."""
    return True
print(documented.__doc__, documented.__name__, documented.__qualname__, documented.__defaults__)
print(documented.__annotations__)
def kwdefaults(*, k=3):
    return k
print(kwdefaults.__kwdefaults__, kwdefaults())
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
def recursive(n):
    return 1 if n <= 1 else n * recursive(n - 1)
print(recursive(20), recursive(30))
def gen_fn():
    yield 1
print(type(gen_fn()).__name__, type(lambda: 0).__name__, (lambda: 0).__name__)
f = lambda x: x
f.custom = "attribute"
print(f.custom, f.__dict__)
