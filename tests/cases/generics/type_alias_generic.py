# Generic type aliases: type parameters, subscription, and the value seeing the parameters.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


type ListOf[T] = list[T]
type Pair[K, V = int] = tuple[K, V]
type Call[**P, R] = tuple[P, R]
type Plain = int
print(ListOf.__type_params__, ListOf.__parameters__, ListOf.__value__)
print(ListOf[int], type(ListOf[int]).__name__, ListOf[int].__origin__ is ListOf, ListOf[int].__args__)
print(Pair.__type_params__, Pair.__type_params__[1].__default__, Pair[str, bytes])
print(Call.__type_params__, [type(p).__name__ for p in Call.__type_params__])
print(ListOf.__value__.__args__[0] is ListOf.__type_params__[0])
t(lambda: Plain[int])
t(lambda: ListOf[int, str])
t(lambda: ListOf | None)
t(lambda: None | ListOf)
t(lambda: Plain | int)
t(lambda: ListOf[int] == ListOf[int])
t(lambda: ListOf())
t(lambda: isinstance([], ListOf))
t(lambda: ListOf.__name__)
t(lambda: setattr(ListOf, "__name__", "X"))
t(lambda: setattr(ListOf, "__value__", int))
t(lambda: ListOf.__reduce__())


def subclass():
    class X(ListOf):
        pass


t(subclass)


def local():
    type Inner[T] = dict[str, T]
    return Inner


Inner = local()
print(Inner, Inner.__value__, Inner.__module__)
