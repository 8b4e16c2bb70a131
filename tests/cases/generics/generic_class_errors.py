# Subscripting generic classes and Generic itself: argument count and kind errors.
from _typing import Generic, TypeVar


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class C[T]:
    pass


class D[T, U = int]:
    pass


class NotGeneric(C[int]):
    pass


t(lambda: C[int, str])
t(lambda: C[()])
t(lambda: D[str])
t(lambda: D[str, bytes])
t(lambda: D[()])
t(lambda: D[int, str, bytes])
t(lambda: NotGeneric[int])
t(lambda: isinstance(C(), C[int]))
t(lambda: issubclass(C, C[int]))
S = TypeVar("S")
t(lambda: Generic[int])
t(lambda: Generic[()])
t(lambda: Generic[S, S])
t(lambda: Generic[S])
t(lambda: Generic[S][int])


def plain_generic():
    class E(Generic):
        pass


t(plain_generic)


def unlisted():
    class E[T](dict[S, T]):
        pass


t(unlisted)


S2 = TypeVar("S2")


def twice():
    class E(Generic[S], Generic[S2]):
        pass


t(twice)


def subclass_generic_alias():
    class E(Generic[S]):
        pass

    return E.__parameters__, E[int]


t(subclass_generic_alias)
