def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
try:
    f()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def g():
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from k
try:
    g()
except ValueError as e:
    print(repr(e.__context__), repr(e.__cause__), e.__suppress_context__)
def h():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
try:
    h()
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
t(lambda: exec("raise ValueError from 1"))
t(lambda: exec("raise ValueError from int"))
t(lambda: exec("raise 5"))
t(lambda: exec("raise int"))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    try:
        raise TypeError("a")
    finally:
        pass
except TypeError as e:
    print(repr(e), e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as e2:
    print(repr(e2), e2.__context__)
e = ValueError()
e.__context__ = e
print(e.__context__ is e)
