def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeEncodeError, RecursionError, NotImplementedError, ModuleNotFoundError, StopAsyncIteration, KeyboardInterrupt, TimeoutError, BrokenPipeError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
print(issubclass(BaseExceptionGroup, BaseException), issubclass(ExceptionGroup, Exception))
