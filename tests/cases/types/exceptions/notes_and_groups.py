def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
e = ValueError("v")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
t(lambda: e.add_note(5))
eg = ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), len(eg.exceptions))
m, rest = eg.split(ValueError)
print(repr(m), repr(rest))
print(repr(eg.subgroup(lambda x: isinstance(x, TypeError))))
t(lambda: ExceptionGroup("x", []))
t(lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
t(lambda: type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    raise ExceptionGroup("g", [ValueError("a"), KeyError("b")])
except* ValueError as g:
    print("star caught", repr(g))
except* KeyError as g:
    print("star caught", repr(g))
