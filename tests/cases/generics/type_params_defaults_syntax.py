# PEP 696 defaults written in type parameter lists (lazy, like bounds).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class A[T = int, **P = [str, bytes]]:
    pass


def ts_default[*Ts = (int,)]():
    pass


T, P = A.__type_params__
(Ts,) = ts_default.__type_params__
print(T.__default__, P.__default__, Ts.__default__)
print(T.has_default(), P.has_default(), Ts.has_default())
print(T.evaluate_default(1), type(P.evaluate_default).__name__)


class B[T: int = bool]:
    pass


(BT,) = B.__type_params__
print(BT.__bound__, BT.__default__)


class Later[X = Undefined]:
    pass


t(lambda: Later.__type_params__[0].__default__)
Undefined = "found"
t(lambda: Later.__type_params__[0].__default__)


def f[T = None]():
    pass


print(f.__type_params__[0].__default__, f.__type_params__[0].has_default())
t(lambda: A[str])
t(lambda: B[()])


class C[T, U = T]:
    pass


print(C.__type_params__[1].__default__ is C.__type_params__[0])
