# Where type aliases can be defined and what names their values see.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Container:
    Item = int
    type Alias = list[Item]
    type Generic[T] = dict[T, Item]


print(Container.Alias, Container.Alias.__value__, Container.Generic.__value__)
print(Container.Alias.__module__)


def func():
    local = bytes
    type L = tuple[local, ...]
    return L


print(func().__value__)


def later():
    type L = tuple[value]
    value = 3
    return L


print(later().__value__)


def too_late():
    type L = missing
    return L


t(lambda: too_late().__value__)
type type = int
print(type.__value__)
del type
type soft = "type is a soft keyword"
print(soft.__value__)
match = "type"
print(match)
