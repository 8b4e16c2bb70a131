def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
e = ValueError("v")
t(lambda: e.add_note(1))
t(lambda: e.add_note())
t(lambda: e.add_note("a", "b"))
e.add_note("one")
e.add_note("two")
print(e.__notes__)
e.__notes__ = "notalist"
t(lambda: e.add_note("x"))
del e.__notes__
t(lambda: e.__notes__)
e.add_note("again")
print(e.__notes__)
class S(str): pass
e.add_note(S("sub"))
print(e.__notes__, type(e.__notes__[-1]).__name__)
print(e.__traceback__)
t(lambda: e.with_traceback(5))
print(e.with_traceback(None) is e)
try:
    raise KeyError("k")
except KeyError as k:
    tb = k.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, type(tb.tb_frame).__name__)
    e2 = RuntimeError("r").with_traceback(tb)
    print(e2.__traceback__ is tb)
t(lambda: setattr(e, "__traceback__", 1))
t(lambda: setattr(e, "__cause__", 1))
t(lambda: setattr(e, "__context__", "x"))
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__cause__ = KeyError()
print(repr(e.__cause__), e.__suppress_context__)
t(lambda: setattr(e, "__suppress_context__", 0))
e.__suppress_context__ = False
print(e.__suppress_context__)
t(lambda: setattr(e, "args", 5))
e.args = [1, 2]
print(e.args, str(e))
e.args = "ab"
print(e.args)
t(lambda: delattr(e, "args"))
print(BaseException.__new__(ValueError).args, BaseException.__new__(ValueError, 1, 2).args)
