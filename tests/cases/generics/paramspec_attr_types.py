# ParamSpecArgs / ParamSpecKwargs can be made directly, around any origin.
from _typing import ParamSpec, ParamSpecArgs, ParamSpecKwargs


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


P = ParamSpec("P")
t(lambda: ParamSpecArgs(P))
t(lambda: ParamSpecKwargs(P))
t(lambda: ParamSpecArgs(origin=P))
t(lambda: ParamSpecArgs(42))
t(lambda: ParamSpecKwargs("text"))
t(lambda: ParamSpecArgs(P) == P.args)
t(lambda: ParamSpecArgs(P) == ParamSpecKwargs(P))
t(lambda: ParamSpecArgs(1) == ParamSpecArgs(1))
t(lambda: ParamSpecArgs(1) == ParamSpecArgs(2))
t(lambda: ParamSpecArgs())
t(lambda: ParamSpecArgs(P, P))
t(lambda: ParamSpecArgs(P).__mro_entries__(()))
t(lambda: ParamSpecKwargs(P).__mro_entries__(()))


def subclass():
    class X(P.args):
        pass


t(subclass)
print(ParamSpecArgs.__module__, ParamSpecKwargs.__module__, ParamSpecArgs.__mro__)
t(lambda: setattr(P.args, "__origin__", None))
