# evaluate_bound / evaluate_default / evaluate_value of eagerly made objects are
# _typing._ConstEvaluator callables taking an annotationlib format number.
from _typing import TypeAliasType, TypeVar


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


T = TypeVar("T", bound=list[int], default=None)
ev = T.evaluate_bound
print(repr(ev), type(ev).__name__, type(ev).__module__)
t(lambda: ev(1))
t(lambda: ev(2))
t(lambda: ev(3))
t(lambda: ev(4))
t(lambda: T.evaluate_default(4))
C = TypeVar("C", int, str, None)
t(lambda: C.evaluate_constraints(1))
t(lambda: C.evaluate_constraints(4))
A = TypeAliasType("A", dict[str, int])
t(lambda: A.evaluate_value)
t(lambda: A.evaluate_value(4))
t(lambda: ev())
t(lambda: ev(1, 2))
t(lambda: ev(format=1))
t(lambda: ev("1"))
t(lambda: type(ev)())
t(lambda: TypeVar("E", bound=...).evaluate_bound(4))
