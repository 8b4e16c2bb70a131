# TypeVar objects: read-only members, an instance __dict__ for other attributes,
# __module__ from the caller, and __mro_entries__ refusing subclassing.
from _typing import TypeVar


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T")
t(lambda: T.__module__)
T.custom = 42
print(T.custom)
t(lambda: setattr(T, "__name__", "U"))
t(lambda: setattr(T, "__covariant__", True))
t(lambda: delattr(T, "__name__"))
t(lambda: T.missing)
T.__module__ = "elsewhere"
print(T.__module__)


def make():
    return TypeVar("Inner")


print(make().__module__)
t(lambda: T.__mro_entries__(()))


def subclass():
    class X(T):
        pass


t(subclass)


def subclass_type():
    class X(TypeVar):
        pass


t(subclass_type)
print(sorted(n for n in ("__typing_subst__", "__typing_prepare_subst__", "has_default") if hasattr(T, n)))
