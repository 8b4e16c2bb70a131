def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("ValueError branch:", repr(e))
    except* (TypeError, KeyError) as e:
        print("Type/Key branch:", repr(e))
    except* Exception as e:
        print("Exception branch:", repr(e))


run(ValueError("bare"))
run(ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)]))
run(ExceptionGroup("g", [KeyError("k"), ExceptionGroup("inner", [ValueError("iv"), ZeroDivisionError()])]))
run(ExceptionGroup("only other", [RuntimeError()]))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled ValueError")
except ExceptionGroup as e:
    print("unhandled remains:", repr(e))
try:
    try:
        raise KeyboardInterrupt
    except* Exception:
        print("not here")
except BaseExceptionGroup as e:
    print("BaseExceptionGroup:", repr(e))
except KeyboardInterrupt as e:
    print("KeyboardInterrupt escapes unwrapped:", repr(e))
try:
    try:
        raise TypeError("naked")
    except* ValueError:
        pass
except Exception as e:
    print(type(e).__name__, repr(e))


def with_else_finally(exc):
    try:
        if exc:
            raise exc
    except* ValueError:
        print("  caught")
    else:
        print("  else")
    finally:
        print("  finally")


with_else_finally(None)
with_else_finally(ValueError())
