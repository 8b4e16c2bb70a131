def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
classes = [BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError, AssertionError, AttributeError, BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, NotImplementedError, RecursionError, ReferenceError, RuntimeError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError, Warning, UserWarning, DeprecationWarning, SystemExit, KeyboardInterrupt, GeneratorExit, PythonFinalizationError]
for c in classes:
    reprs = []
    for args in [(), ("m",), ("a", 1), (None,), ("",)]:
        try:
            e = c(*args)
            reprs.append((str(e), repr(e)))
        except Exception as ex:
            reprs.append(type(ex).__name__)
    print(c.__name__, c.__mro__[1].__name__, reprs)
print(str(KeyError("k")), str(KeyError(1)), str(KeyError("a", "b")), str(KeyError()), repr(KeyError("k")), str(KeyError(KeyError("x"))))
print(str(StopIteration(5)), StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")), str(UnicodeEncodeError("ascii", "\xe9", 0, 1, "bad")), str(UnicodeTranslateError("\xe9", 0, 1, "bad")))
print(str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")), str(UnicodeEncodeError("ascii", "\xe9\xe9", 0, 2, "r")))
t(lambda: UnicodeDecodeError("utf-8"))
t(lambda: UnicodeDecodeError("utf-8", "notbytes", 0, 1, "r"))
print(str(ImportError("m", name="n", path="p")), ImportError("m", name="n").name, ImportError().path, repr(ImportError("x", name="y")))
t(lambda: ImportError(foo=1))
print(str(AttributeError("a", name="n", obj=1)), AttributeError("x", name="n").name, AttributeError("x", obj=5).obj)
print(str(NameError("x", name="q")), NameError(name="q").name)
t(lambda: NameError(x=1))
