# 3.3.1 __format__: object.__format__ rejects non-empty specs; format() checks the result type
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Plain:
    def __str__(self):
        return "plain"
t(lambda: format(Plain()))
t(lambda: format(Plain(), ""))
t(lambda: format(Plain(), "10"))
t(lambda: f"{Plain()}")
t(lambda: f"{Plain():>8}")
t(lambda: f"{Plain()!s:>8}")
class Custom:
    def __format__(self, spec):
        return f"<{spec}>"
t(lambda: (format(Custom(), "abc"), f"{Custom():x{1}y}", "{:zz}".format(Custom()), "{0!r:q}".format("s")))
class BadFormat:
    def __format__(self, spec):
        return 42
t(lambda: format(BadFormat()))
t(lambda: f"{BadFormat()}")
class ByteFormat:
    def __format__(self, spec):
        return b"bytes"
t(lambda: format(ByteFormat(), "x"))
class StrSubFormat:
    def __format__(self, spec):
        class S(str):
            pass
        return S("sub")
t(lambda: type(format(StrSubFormat())).__name__)
t(lambda: format(Custom(), 5))
t(lambda: Custom().__format__())
t(lambda: object.__format__(Plain(), ""))
t(lambda: object.__format__(Plain(), "s"))
t(lambda: type.__format__(int, ""))
class FmtRaise:
    def __format__(self, spec):
        raise ValueError("bad spec " + spec)
t(lambda: f"{FmtRaise():q}")
t(lambda: "{0:{1}}".format(3.14159, ".2f"))
t(lambda: "{:{}{}}".format(7, ">", 4))
