def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

e = ValueError("a", 1)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()), str(ValueError("x")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
e.args = [1, 2]
print(e.args, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
t("bad cause", lambda: setattr(e, "__cause__", 1))
t("bad context", lambda: setattr(e, "__context__", 1))
t("bad tb", lambda: e.with_traceback(1))
e.__cause__ = TypeError("c")
print(repr(e.__cause__), e.__suppress_context__)
t("notes missing", lambda: e.__notes__)
e.add_note("n1")
e.add_note("n2")
print(e.__notes__)
t("bad note", lambda: e.add_note(1))
e.__notes__ = ()
t("notes not list", lambda: e.add_note("x"))
t("kwargs", lambda: ValueError(x=1))
print(StopIteration().value, StopIteration(1, 2).value, SystemExit().code, SystemExit(2).code, SystemExit(1, 2).code)
ie = ImportError("msg", name="mod", path="/p")
print(ie.msg, ie.name, ie.path, ie.name_from, str(ie), str(ImportError("a", "b")), ImportError("a", "b").msg)
t("ImportError kw", lambda: ImportError(foo=1))
print(ModuleNotFoundError("m", name="x").name)
ae = AttributeError("m", name="n", obj=3)
print(ae.name, ae.obj, AttributeError().name)
t("NameError obj", lambda: NameError("x", obj=1))
print(NameError("x", name="y").name)
try:
    object().missing
except AttributeError as err:
    print(err.name, type(err.obj).__name__, err.args)
try:
    undefined_name_here
except NameError as err:
    print(err.name, err.args)
se = SyntaxError("bad", ("dir/f.py", 3, 4, "text", 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset, se.print_file_and_line)
print(str(se), str(SyntaxError("m", (None, 2, 1, "t"))), str(SyntaxError("m", ("f", None, 1, "t"))), str(SyntaxError("x")))
t("SyntaxError short info", lambda: SyntaxError("m", (1, 2)))
print(repr(SyntaxError("m", ("f", 1, 2, "t"))), SyntaxError().msg)
oe = OSError("just message")
print(oe.errno, oe.strerror, oe.filename, str(oe), OSError(None, "x").strerror)
oe = OSError(99999, "msg", "file", None, "file2")
print(oe.errno, oe.strerror, oe.filename, oe.filename2, oe.args, str(oe))
print(str(OSError(99999, "msg")), str(OSError(99999)), OSError(1, 2, 3, 4, 5, 6).args)
t("chars written", lambda: OSError().characters_written)
print(BlockingIOError(99999, "x", 3).characters_written)
print(type(EnvironmentError), IOError is OSError)
print(str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")))
print(str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")))
ue = UnicodeEncodeError("ascii", "\xe9\u1234\U00012345", 1, 2, "ordinal")
print(str(ue), ue.encoding, ue.object, ue.start, ue.end, ue.reason)
print(str(UnicodeEncodeError("ascii", "\xe9x", 0, 1, "r")), str(UnicodeEncodeError("ascii", "ab", 5, 9, "r")))
print(str(UnicodeTranslateError("\xe9x", 0, 2, "r")), str(UnicodeTranslateError("\U00012345", 0, 1, "r")))
t("UnicodeEncodeError args", lambda: UnicodeEncodeError("ascii"))
t("UnicodeDecodeError str", lambda: UnicodeDecodeError("ascii", "ab", 0, 1, "r"))
t("UnicodeEncodeError int", lambda: UnicodeEncodeError(1, "ab", 0, 1, "r"))
print(repr(UnicodeEncodeError("ascii", "ab", 0, 1, "r")))
print(BaseException(1).__reduce__(), ValueError.__dict__["__doc__"], Exception.__doc__)
class MyErr(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
me = MyErr(1, 2)
print(me, repr(me), me.args, me.b, me.__dict__, me.__reduce__())
class MyOS(OSError):
    pass
print(type(MyOS(99999, "x")).__name__, MyOS(99999, "x", "f").filename)
print(issubclass(FileNotFoundError, OSError), FileNotFoundError.__mro__)
print(repr(StopIteration()), repr(SystemExit()), str(SystemExit(3)))
