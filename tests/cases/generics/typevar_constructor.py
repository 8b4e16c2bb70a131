# TypeVar(name, *constraints, bound=None, default=NoDefault, covariant=False,
# contravariant=False, infer_variance=False): repr and argument errors.
from _typing import TypeVar


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T")
print(repr(T), T.__name__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(TypeVar("T_co", covariant=True), TypeVar("T_contra", contravariant=True))
print(TypeVar("T_inf", infer_variance=True))
print(TypeVar(name="Named"))
print(TypeVar("Truthy", covariant=1).__covariant__)
print(TypeVar("Falsy", covariant=[]).__covariant__)
t(lambda: TypeVar("T", covariant=True, contravariant=True))
t(lambda: TypeVar("T", covariant=True, infer_variance=True))
t(lambda: TypeVar("T", contravariant=True, infer_variance=True))
t(lambda: TypeVar(5))
t(lambda: TypeVar(b"T"))
t(lambda: TypeVar())
t(lambda: TypeVar("T", name="U"))
t(lambda: TypeVar("T", variance=1))
t(lambda: TypeVar("T").__module__)
print(type(T).__name__, type(T).__module__, type(T).__qualname__)
t(lambda: T == TypeVar("T"))
t(lambda: T == T)
t(lambda: hash(T) == hash(T))
t(lambda: T.__reduce__())
t(lambda: TypeVar("T_co", covariant=True).__reduce__())
