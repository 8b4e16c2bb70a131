# `|` on type variables builds a typing.Union (flattened, deduplicated).
from _typing import ParamSpec, TypeVar, Union


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T")
S = TypeVar("S", covariant=True)
P = ParamSpec("P")
t(lambda: T | int)
t(lambda: int | T)
t(lambda: T | None)
t(lambda: None | T)
t(lambda: T | S)
t(lambda: T | T)
t(lambda: (T | int).__args__)
t(lambda: type(T | int) is Union)
t(lambda: T | int | str | T)
t(lambda: P | int)
t(lambda: T | list[int])
t(lambda: T | 5)
t(lambda: (T | int) == (int | T))


def f[U]():
    return U | bytes


t(f)
