# `class C[T]: ...` adds Generic to the bases and records the type parameters.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Box[T]:
    def __init__(self, item: T):
        self.item = item


print(Box.__type_params__, Box.__parameters__)
print(Box.__orig_bases__, Box.__bases__, Box.__mro__)
print(Box.__orig_bases__[0].__origin__, Box.__orig_bases__[0].__args__)
print(Box[int], Box[int].__origin__ is Box, Box[int].__args__, Box[int].__parameters__)
b = Box[str]("x")
print(b.item, b.__orig_class__, type(b).__name__)
print(Box[int] == Box[int], Box[int] != Box[str], hash(Box[int]) == hash(Box[int]))
print(Box[int] | None)
print(Box(1).item, "__orig_class__" in Box(1).__dict__)


class Two[K, V]:
    pass


print(Two[int, str], Two[int, str].__args__, Two.__parameters__)
print(Box[list[int]], Box[None], Box[...])


class Tvar[T: int, U: (str, bytes)]:
    pass


print([(p.__name__, p.__bound__, p.__constraints__) for p in Tvar.__type_params__])
