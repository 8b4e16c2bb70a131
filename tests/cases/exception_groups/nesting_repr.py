eg = ExceptionGroup("lvl1", [
    ValueError("a"),
    ExceptionGroup("lvl2", [
        TypeError("b"),
        ExceptionGroup("lvl3", [KeyError("c")]),
    ]),
])
print(repr(eg))
print(str(eg))


def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            yield from leaves(x)
    else:
        yield e


print([repr(x) for x in leaves(eg)])
print(eg.exceptions[1].exceptions[1].exceptions[0].args)
beg = BaseExceptionGroup("b", [SystemExit(3), ValueError()])
print(repr(beg), type(beg).__name__)
print(repr(BaseExceptionGroup("m", [ExceptionGroup("in", [ValueError()])])))
print(type(BaseExceptionGroup("m", [ExceptionGroup("in", [ValueError()])])).__name__)
print(repr(ExceptionGroup("quote'd", [ValueError("x'y")])))
print(eg == eg, eg == ExceptionGroup("lvl1", list(eg.exceptions)))
print(len(eg.args), eg.args[1] is eg.exceptions)
print(eg.__reduce__()[0].__name__, eg.__reduce__()[1][0])
