def inner():
    raise ValueError("inner value")


def f():
    excs = []
    for fn, arg in [(inner, None), (int, "x")]:
        try:
            fn() if arg is None else fn(arg)
        except Exception as e:
            excs.append(e)
    raise ExceptionGroup("several errors", excs)


f()
