# 7.8 raise inside handlers sets __context__; from None suppresses it; tracebacks of chains
def t(f):
    try:
        f()
    except BaseException as e:
        chain = []
        while e is not None and len(chain) < 6:
            chain.append((type(e).__name__, str(e), e.__suppress_context__))
            e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
        print(chain)
def a():
    try:
        raise ValueError("v")
    except ValueError:
        raise KeyError("k")
t(a)
def b():
    try:
        raise ValueError("v")
    except ValueError as e:
        raise KeyError("k") from e
t(b)
def c():
    try:
        raise ValueError("v")
    except ValueError:
        raise KeyError("k") from None
t(c)
def d():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise TypeError("t")
        except TypeError:
            raise IndexError("i")
t(d)
def e():
    try:
        raise ValueError("v")
    finally:
        raise KeyError("from finally")
t(e)
def f():
    err = KeyError("same")
    try:
        raise err
    except KeyError:
        raise err
t(f)
def g():
    try:
        raise ValueError("v")
    except ValueError as exc:
        exc.__context__ = None
        raise TypeError("t")
t(g)
def h():
    x = ValueError("x")
    y = TypeError("y")
    x.__context__ = y
    y.__context__ = x
    try:
        raise y
    except TypeError:
        raise x
t(h)
