def show(e, indent=0):
    pad = " " * indent
    if isinstance(e, BaseExceptionGroup):
        print(pad + f"{type(e).__name__}({e.message!r}) cause={e.__cause__!r} context={type(e.__context__).__name__}")
        for x in e.exceptions:
            show(x, indent + 2)
    else:
        print(pad + repr(e) + f" context={e.__context__!r}")


def attempt(body):
    try:
        body()
    except BaseException as e:
        show(e)


def reraise_naked():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def raise_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def raise_from():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise KeyError("new") from e


def raise_in_two():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from v")
    except* TypeError:
        raise KeyError("from t")


def reraise_e():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise e


def naked_unwrapped():
    try:
        raise ValueError("plain")
    except* ValueError:
        raise


for f in [reraise_naked, raise_new, raise_from, raise_in_two, reraise_e, naked_unwrapped]:
    print("==", f.__name__)
    attempt(f)
