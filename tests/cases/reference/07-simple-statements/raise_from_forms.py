# 7.8 The raise statement: classes, instances, causes, and invalid objects
def t(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
def r1():
    raise ValueError
t(r1)
def r2():
    raise ValueError("x") from KeyError("k")
t(r2)
def r3():
    raise ValueError from KeyError
t(r3)
def r4():
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError from None
t(r4)
def r5():
    raise 5
t(r5)
def r6():
    raise ValueError from 5
t(r6)
def r7():
    raise int
t(r7)
def r8():
    raise object()
t(r8)
class NotReallyExc:
    pass
def r9():
    raise NotReallyExc
t(r9)
class Weird(Exception):
    def __new__(cls, *a):
        return 5
def r10():
    raise Weird
t(r10)
def r11():
    raise
t(r11)
def r12():
    e = ValueError("reuse")
    try:
        raise e
    except ValueError:
        pass
    raise e from e
t(r12)
def r13():
    raise StopIteration from ValueError()
t(r13)
def r14():
    raise KeyboardInterrupt("kb")
t(r14)
class CauseFactory(Exception):
    def __init__(self):
        print("cause instantiated")
def r15():
    raise ValueError from CauseFactory
t(r15)
def r16():
    raise ValueError("a", "b") from None
t(r16)
def r17():
    raise TypeError("t").with_traceback(None)
t(r17)
