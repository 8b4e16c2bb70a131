# typing.NoDefault: the singleton meaning "no default", and its type.
from _typing import NoDefault, TypeVar


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(repr(NoDefault), str(NoDefault))
NoDefaultType = type(NoDefault)
print(NoDefaultType.__name__, NoDefaultType.__module__)
t(lambda: NoDefaultType() is NoDefault)
t(lambda: NoDefaultType(1))
t(lambda: NoDefaultType(x=1))
t(lambda: NoDefault.__reduce__())
t(lambda: bool(NoDefault))
t(lambda: NoDefault == NoDefault)
t(lambda: TypeVar("T").__default__ is NoDefault)


def f[T, U = int]():
    pass


T, U = f.__type_params__
print(T.__default__ is NoDefault, U.__default__)


def subclass():
    class X(NoDefaultType):
        pass


t(subclass)
t(lambda: setattr(NoDefault, "x", 1))
