import sys


def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        info = sys.exception()
        print("in ValueError branch:", repr(info), info is e)
    except* TypeError as e:
        print("in TypeError branch:", repr(sys.exception()))
    print("after:", sys.exception())


f()
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as e:
    print(type(e).__name__, e.exceptions, e.__traceback__ is not None)
try:
    raise ValueError("naked")
except* ValueError as e:
    print("wrapped:", repr(e), repr(e.exceptions[0]), e.exceptions[0].__traceback__ is not None)
print("name unbound:", "e" not in dir())
