try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", repr(eg), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", eg.exceptions)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped", type(eg).__name__, eg.exceptions)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled values")
except ExceptionGroup as rest:
    print("rest", repr(rest))
