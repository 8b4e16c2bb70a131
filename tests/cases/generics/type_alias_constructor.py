# TypeAliasType(name, value, *, type_params=()) made directly.
from _typing import ParamSpec, TypeAliasType, TypeVar, TypeVarTuple


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T")
D = TypeVar("D", default=int)
X = TypeAliasType("X", list[T], type_params=(T,))
print(repr(X), X.__name__, X.__value__, X.__type_params__, X.__module__)
print(X[int], TypeAliasType("Y", int).__type_params__)
t(lambda: TypeAliasType("Z", int, type_params=()).__type_params__)
t(lambda: TypeAliasType("Z", int, type_params=())[int])
t(lambda: TypeAliasType("Z", int, type_params=[T]))
t(lambda: TypeAliasType("Z", int, type_params=(int,)))
t(lambda: TypeAliasType("Z", int, type_params=(D, T)))
t(lambda: TypeAliasType("Z", int, type_params=(T, D)).__type_params__)
t(lambda: TypeAliasType("Z", int, type_params=(ParamSpec("P"), TypeVarTuple("Ts"))).__type_params__)
t(lambda: TypeAliasType("Z", int, type_params=None))
t(lambda: TypeAliasType(1, int))
t(lambda: TypeAliasType("Z"))
t(lambda: TypeAliasType("Z", int, (T,)))
t(lambda: TypeAliasType("Z", int, params=(T,)))
t(lambda: TypeAliasType(name="Z", value=str).__value__)
Z = TypeAliasType("Z", int)
Z.__module__ = "somewhere"
print(Z.__module__)
Z.__module__ = None
print(Z.__module__)
t(lambda: setattr(Z, "other", 1))
t(lambda: TypeAliasType("Z", "forward").__value__)
