class MyEG(ExceptionGroup):
    pass


class MyBEG(BaseExceptionGroup):
    pass


def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: MyEG("m", [ValueError()]))
t(lambda: MyEG("m", [KeyboardInterrupt()]))
t(lambda: MyBEG("m", [ValueError()]))
t(lambda: MyBEG("m", [KeyboardInterrupt()]))


class WithInit(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return WithInit(self.message, excs, self.code)


e = WithInit("w", [ValueError(1), TypeError(2)], 42)
print(repr(e), e.code)
m, r = e.split(ValueError)
print(type(m).__name__, repr(m), m.code, repr(r), r.code)


class NoDerive(ExceptionGroup):
    pass


e = NoDerive("n", [ValueError(1), TypeError(2)])
m, r = e.split(ValueError)
print(type(m).__name__, type(r).__name__)
print(type(e.subgroup(lambda x: True)).__name__, e.subgroup(lambda x: True) is e)


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5


try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as ex:
    print("TypeError:", ex)


class StrEG(ExceptionGroup):
    def __str__(self):
        return "custom str"


print(str(StrEG("m", [ValueError()])), repr(StrEG("m", [ValueError()])))
