def f():
    try:
        raise KeyError("a")
    except KeyError:
        raise KeyError("b")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def cleanup():
    try:
        return 1 / 0
    finally:
        print("cleanup")
cleanup()
