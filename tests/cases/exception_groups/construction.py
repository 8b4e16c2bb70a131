def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: ExceptionGroup("msg", [ValueError(1), TypeError(2)]))
t(lambda: ExceptionGroup("msg", (ValueError(1),)))
t(lambda: BaseExceptionGroup("msg", [ValueError(1)]))
t(lambda: BaseExceptionGroup("msg", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("msg", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("msg", []))
t(lambda: ExceptionGroup("msg", ()))
t(lambda: ExceptionGroup("msg", [1]))
t(lambda: ExceptionGroup("msg", [ValueError]))
t(lambda: ExceptionGroup("msg", None))
t(lambda: ExceptionGroup("msg", 5))
t(lambda: ExceptionGroup(5, [ValueError()]))
t(lambda: ExceptionGroup("msg"))
t(lambda: ExceptionGroup("msg", [ValueError()], 3))
t(lambda: ExceptionGroup("msg", {ValueError()}))
t(lambda: ExceptionGroup("msg", iter([ValueError()])))
t(lambda: ExceptionGroup(msg="m", excs=[ValueError()]))
eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b")])])
print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args)
print(str(eg), "|", repr(eg))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(BaseExceptionGroup.__mro__)
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
try:
    eg.message = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    eg.exceptions = ()
except AttributeError as e:
    print("AttributeError:", e)
print(str(ExceptionGroup("one", [ValueError()])), str(ExceptionGroup("", [ValueError(), ValueError()])))
lst = [ValueError("x")]
g = ExceptionGroup("copy", lst)
lst.append(TypeError())
print(len(g.exceptions))
