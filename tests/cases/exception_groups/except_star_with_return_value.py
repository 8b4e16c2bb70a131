def f(exc):
    result = []
    try:
        raise exc
    except* ValueError as eg:
        result.append(("value", [str(e) for e in eg.exceptions]))
    except* TypeError as eg:
        result.append(("type", [str(e) for e in eg.exceptions]))
    return result


print(f(ExceptionGroup("g", [ValueError("a"), TypeError("b"), ValueError("c")])))
print(f(ValueError("single")))


def g():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    return "returned after except*"


print(g())


def h():
    for i in range(3):
        try:
            if i == 1:
                raise ExceptionGroup("g", [KeyError(i)])
        except* KeyError:
            print("caught at", i)
        else:
            print("no exception at", i)


h()


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        return False


try:
    with Ctx():
        raise ExceptionGroup("in with", [OSError("io")])
except* OSError as eg:
    print("caught from with:", eg.exceptions)
