# TypeVar bounds and constraints given eagerly to the constructor.
from _typing import TypeVar


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


B = TypeVar("B", bound=int)
print(B.__bound__, B.__constraints__)
C = TypeVar("C", str, bytes)
print(C.__bound__, C.__constraints__)
N = TypeVar("N", bound=None)
print(N.__bound__, N.__constraints__)
t(lambda: TypeVar("T", int))
t(lambda: TypeVar("T", int, str, bound=int))
t(lambda: TypeVar("T", bound=(int, str)))
t(lambda: TypeVar("T", bound=()))
# Constraints and bounds need not be classes: only tuples are rejected as a bound.
t(lambda: TypeVar("T", 1, 2).__constraints__)
t(lambda: TypeVar("T", bound=5).__bound__)
t(lambda: TypeVar("T", bound=list[int]).__bound__)
t(lambda: TypeVar("T", int | str, None).__constraints__)
t(lambda: TypeVar("T", bound=None).evaluate_bound)
t(lambda: B.evaluate_bound)
t(lambda: B.evaluate_bound(1))
t(lambda: C.evaluate_constraints)
t(lambda: C.evaluate_constraints(1))
t(lambda: TypeVar("T").evaluate_constraints)
t(lambda: setattr(B, "__bound__", str))
t(lambda: setattr(C, "__constraints__", ()))
