def f(exc):
    log = []
    try:
        try:
            raise exc
        except* ValueError as e:
            log.append(("V", len(e.exceptions)))
        except* TypeError as e:
            log.append(("T", len(e.exceptions)))
            raise
        finally:
            log.append("finally")
    except BaseException as e:
        log.append(("escaped", repr(e)))
    return log


print(f(ValueError()))
print(f(TypeError()))
print(f(ExceptionGroup("g", [ValueError(), TypeError(), ValueError()])))
print(f(ExceptionGroup("g", [OSError()])))


def in_loop():
    out = []
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            out.append(e.exceptions[0].args[0])
    return out


print(in_loop())


def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError("in gen")])
    except* ValueError as e:
        yield repr(e.exceptions[0])


print(list(gen()))
import_free = True


def nested():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise KeyError("inner")
            except* KeyError:
                print("inner except* handled")
    except* TypeError as e:
        print("outer caught", repr(e))


nested()
