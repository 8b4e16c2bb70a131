# PEP 696 defaults on TypeVar, ParamSpec and TypeVarTuple made by their constructors.
from _typing import NoDefault, ParamSpec, TypeVar, TypeVarTuple


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


for make in (TypeVar, ParamSpec, TypeVarTuple):
    plain = make("X")
    with_default = make("Y", default=int)
    none_default = make("Z", default=None)
    print(make.__name__, plain.__default__ is NoDefault, plain.has_default())
    print(" ", with_default.__default__, with_default.has_default())
    print(" ", none_default.__default__, none_default.has_default())
    print(" ", make("W", default=NoDefault).has_default())
    print(" ", repr(with_default.evaluate_default), with_default.evaluate_default(1))
    print(" ", repr(plain.evaluate_default))

t(lambda: ParamSpec("P", default=[int, str]).__default__)
t(lambda: TypeVarTuple("Ts", default=(int, str)).__default__)
t(lambda: TypeVar("T", default="forward").__default__)
t(lambda: TypeVar("T", int, str, default=int).__default__)
t(lambda: setattr(TypeVar("T"), "__default__", int))
t(lambda: TypeVar("T").has_default(1))
