def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
import sys
def f(a, b=2):
    c = a + b
    fr = sys._getframe()
    print(type(fr).__name__, fr.f_code.co_name, sorted(fr.f_locals), fr.f_back is not None, fr.f_back.f_code.co_name, fr.f_globals is globals(), type(fr.f_builtins).__name__)
    print(type(fr.f_lasti).__name__, fr.f_trace, repr(fr).startswith("<frame at "))
    return fr
fr = f(1)
def g():
    return sys._getframe(1).f_code.co_name
def caller():
    return g()
print(caller(), sys._getframe().f_code.co_name)
t(lambda: sys._getframe(1000))
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno > 0, tb.tb_next, type(tb.tb_lasti).__name__)
def deep():
    raise ValueError("deep")
def mid():
    deep()
try:
    mid()
except ValueError as e:
    names = []
    t2 = e.__traceback__
    while t2 is not None:
        names.append(t2.tb_frame.f_code.co_name)
        t2 = t2.tb_next
    print(names)
    nt = e.__traceback__
    t(lambda: setattr(nt, "tb_next", nt))
    t(lambda: setattr(nt, "tb_next", 5))
    nt.tb_next = None
    print(nt.tb_next)
def loc():
    x = 1
    fr = sys._getframe()
    fr.f_locals["x"] = 2
    return x, fr.f_locals["x"]
print(sys._getframe().f_locals is globals() or "module")
