# ParamSpec: constructor, repr, P.args / P.kwargs.
from _typing import ParamSpec, ParamSpecArgs, ParamSpecKwargs


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


P = ParamSpec("P")
print(repr(P), P.__name__, P.__bound__, P.__covariant__, P.__contravariant__, P.__infer_variance__)
print(ParamSpec("P_co", covariant=True), ParamSpec("P_contra", contravariant=True), ParamSpec("Pi", infer_variance=True))
print(P.args, P.kwargs, type(P.args).__name__, type(P.kwargs).__name__)
print(P.args.__origin__ is P, P.kwargs.__origin__ is P)
print(P.args == P.args, P.args != P.kwargs, P.args == ParamSpec("P").args)
print(isinstance(P.args, ParamSpecArgs), isinstance(P.kwargs, ParamSpecKwargs))
t(lambda: ParamSpec("P", bound=int).__bound__)
t(lambda: ParamSpec("P", bound=(int,)))
t(lambda: ParamSpec("P", int))
t(lambda: ParamSpec("P", covariant=True, contravariant=True))
t(lambda: ParamSpec("P", contravariant=True, infer_variance=True))
t(lambda: ParamSpec(1))
t(lambda: ParamSpec())
t(lambda: ParamSpec("P", constraints=()))
t(lambda: P.__module__)
t(lambda: P.__reduce__())
t(lambda: P.__mro_entries__(()))
t(lambda: hash(P.args))
t(lambda: P.args < P.args)


def f[**Q](*args: Q.args, **kwargs: Q.kwargs):
    return args, kwargs


Q = f.__type_params__[0]
print(type(Q).__name__, repr(Q), Q.args, Q.kwargs, f(1, a=2))
