def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(repr(ExceptionGroup("m", (ValueError(1),))), str(ExceptionGroup("m", [ValueError()])))
print(type(BaseExceptionGroup("m", [ValueError()])).__name__, type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
t("nest base", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t("msg type", lambda: ExceptionGroup(1, [ValueError()]))
t("not seq", lambda: ExceptionGroup("m", 1))
t("empty", lambda: ExceptionGroup("m", []))
t("not exc", lambda: ExceptionGroup("m", [1]))
t("one arg", lambda: ExceptionGroup("m"))
t("kw", lambda: ExceptionGroup("m", [ValueError()], x=1))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.split(KeyError)), repr(eg.subgroup(TypeError)), repr(eg.subgroup((TypeError, ValueError))) == repr(eg))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
t("bad matcher", lambda: eg.split(1))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
print(repr(nested.split(TypeError)))
print(repr(nested.derive([KeyError(1)])))
eg.add_note("note")
eg.__cause__ = KeyError("c")
m, r = eg.split(ValueError)
print(m.__notes__, repr(m.__cause__), m.__notes__ is eg.__notes__)
class MyEG(ExceptionGroup):
    pass
t("my eg base", lambda: MyEG("m", [KeyboardInterrupt()]))
class MyBEG(BaseExceptionGroup):
    pass
print(repr(MyBEG("m", [ValueError()])), type(MyBEG("m", [ValueError()])).__name__)
print(repr(MyEG("m", [ValueError(1)]).split(ValueError)))
print(ExceptionGroup.__mro__)
