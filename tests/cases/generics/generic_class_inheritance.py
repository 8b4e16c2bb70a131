# Generic classes as bases: specialised, re-parameterised, and mixed with builtin generics.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Base[T]:
    def get(self) -> T:
        return "base"


class IntBase(Base[int]):
    pass


class Sub[T](Base[T]):
    pass


class Pair[K, V](dict[K, V]):
    pass


print(IntBase.__orig_bases__, IntBase.__bases__, IntBase.__parameters__)
print(IntBase.__mro__)
print(IntBase().get(), IntBase.__type_params__)
print(Sub.__orig_bases__, Sub.__bases__, Sub.__parameters__, Sub.__type_params__)
print(Sub.__mro__)
print(Sub[str], Sub[str]().get())
print(Pair.__bases__, Pair.__orig_bases__, Pair.__parameters__)
p = Pair[str, int](a=1)
print(p, type(p).__name__, p.__orig_class__)
print(isinstance(p, dict), issubclass(Pair, Base))


class Multi[A, B](Base[A], list[B]):
    pass


print(Multi.__mro__, Multi.__parameters__)


class WithKw[T](metaclass=type):
    pass


print(WithKw.__bases__)


try:
    class Bad[T](flag=True):
        pass
except TypeError as e:
    print(type(e).__name__ + ":", e)


class Hooked[T]:
    def __init_subclass__(cls, **kw):
        print("hook", cls.__name__, kw)
        super().__init_subclass__()


class Child(Hooked[int], tag=1):
    pass


print(Child.__parameters__)
