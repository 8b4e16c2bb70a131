# TypeVarTuple: constructor, repr, defaults, and the operations it refuses.
from _typing import TypeVarTuple


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


Ts = TypeVarTuple("Ts")
print(repr(Ts), Ts.__name__, TypeVarTuple(name="Named"))
t(lambda: TypeVarTuple("Ts_co", covariant=True))
t(lambda: TypeVarTuple("Ts_i", infer_variance=True))
t(lambda: Ts.__bound__)
t(lambda: Ts.__covariant__)
t(lambda: TypeVarTuple("Ts", int))
t(lambda: TypeVarTuple(3))
t(lambda: TypeVarTuple())
t(lambda: TypeVarTuple("Ts", bound=int))
t(lambda: Ts.__typing_subst__(int))
t(lambda: Ts.__mro_entries__(()))
t(lambda: Ts.__reduce__())
t(lambda: Ts.__module__)
t(lambda: Ts.has_default())
t(lambda: TypeVarTuple("Ts", default=(int,)).has_default())


def f[*Us]():
    pass


Us = f.__type_params__[0]
print(type(Us).__name__, repr(Us), Us.__default__)
t(lambda: Us.__module__)
