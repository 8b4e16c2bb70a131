# The _typing module exposes the built-in typing objects that typing.py re-exports.
import _typing


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


names = ["TypeVar", "ParamSpec", "TypeVarTuple", "ParamSpecArgs", "ParamSpecKwargs",
         "TypeAliasType", "Generic", "Union", "NoDefault", "_idfunc"]
for n in names:
    print(n, hasattr(_typing, n))


def f[T, **P, *Ts](): pass


T, P, Ts = f.__type_params__
print(type(T) is _typing.TypeVar, type(P) is _typing.ParamSpec, type(Ts) is _typing.TypeVarTuple)
print(type(P.args) is _typing.ParamSpecArgs, type(P.kwargs) is _typing.ParamSpecKwargs)
type A = int
print(type(A) is _typing.TypeAliasType, type(int | str) is _typing.Union)


class C[X]: pass


print(C.__mro__[1] is _typing.Generic, _typing.Generic.__name__, _typing.Generic.__module__)
obj = object()
print(_typing._idfunc(obj) is obj)
t(lambda: _typing._idfunc())
t(lambda: _typing._idfunc(1, 2))
print(_typing.__name__, type(_typing).__name__)
for cls in (_typing.TypeVar, _typing.ParamSpec, _typing.TypeVarTuple, _typing.TypeAliasType, _typing.Generic):
    print(cls.__module__, cls.__qualname__, repr(cls))
print(_typing.Generic().__class__.__name__)
