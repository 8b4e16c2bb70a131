# The alias that subscripting a generic class makes: attributes, calls, comparisons.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Box[T]:
    kind = "box"

    def __init__(self, v=None):
        self.v = v

    @classmethod
    def make(cls):
        return cls(0)


A = Box[int]
print(type(A).__name__, type(A).__module__)
print(A.__origin__, A.__args__, A.__parameters__)
print(A.kind, A.__name__, A.__qualname__, A.__module__)
print(A(3).v, A(3).__orig_class__ == A)
print(A.make().v)
t(lambda: A.__missing_dunder__)
t(lambda: A.missing)
t(lambda: A == Box[int])
t(lambda: A == Box[str])
t(lambda: A == Box)
t(lambda: {A: 1}[Box[int]])
t(lambda: A | int)
t(lambda: int | A)
t(lambda: A.__mro_entries__((A,)))
t(lambda: list[A])


class Slots[T]:
    __slots__ = ()


t(lambda: type(Slots[int]()).__name__)
