def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
try:
    f()
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
def g():
    try:
        {}["k"]
    except KeyError:
        raise TypeError("implicit")
try:
    g()
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
def h():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no ctx") from None
try:
    h()
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
t(lambda: exec("raise ValueError from 5"))
e = Exception()
t(lambda: setattr(e, "__cause__", 5))
e.__cause__ = KeyError(); print(e.__suppress_context__)
