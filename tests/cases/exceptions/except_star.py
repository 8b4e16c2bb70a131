def run(exc):
    try:
        raise exc
    except* ValueError as eg:
        print("ValueError group:", repr(eg))
    except* TypeError as eg:
        print("TypeError group:", repr(eg))
run(ValueError("naked"))
run(ExceptionGroup("g", [ValueError("a"), TypeError("b"), ValueError("c")]))
try:
    run(ExceptionGroup("g2", [KeyError("k"), ValueError("v")]))
except ExceptionGroup as eg:
    print("rest:", repr(eg))
try:
    try:
        raise ExceptionGroup("outer", [ValueError("x"), OSError("y")])
    except* ValueError:
        raise RuntimeError("replacement")
except ExceptionGroup as eg:
    print(repr(eg), [type(e).__name__ for e in eg.exceptions])
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
try:
    reraise()
except ExceptionGroup as eg:
    print(repr(eg))
raise ExceptionGroup("final", [ValueError("one"), ExceptionGroup("inner", [TypeError("two")])])
