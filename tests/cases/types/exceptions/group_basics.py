def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(type(eg).__name__, eg.message, eg.exceptions, str(eg), repr(eg))
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("c", [ValueError()])
print(type(auto).__name__)
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m", ValueError()))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("m"))
t(lambda: ExceptionGroup("m", [ValueError()], 3))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
m, r = eg.split(lambda e: isinstance(e, TypeError))
print(repr(m), repr(r))
print(repr(eg.subgroup(KeyError)), repr(eg.subgroup((ValueError, TypeError))) , eg.subgroup(ExceptionGroup) is eg)
t(lambda: eg.split(1))
t(lambda: eg.subgroup())
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
print(repr(nested.split(ValueError)))
print(repr(nested.derive([KeyError()])))
class MyEG(ExceptionGroup):
    pass
x = MyEG("mine", [ValueError()])
print(type(x).__name__, repr(x), type(x.split(ValueError)[0]).__name__, type(x.derive([ValueError()])).__name__)
try:
    raise ExceptionGroup("g", [ValueError("v"), TypeError("t")])
except* ValueError as e:
    print("caught", repr(e))
except* TypeError as e:
    print("caught", repr(e))
eg2 = ExceptionGroup("with notes", [ValueError()])
eg2.add_note("n")
print(eg2.split(ValueError)[0].__notes__)
print(eg.exceptions is eg.exceptions, type(eg.exceptions).__name__, eg.args)
