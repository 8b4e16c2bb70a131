# oracle: native-3.13 -- OSError(2, ...) maps errno 2 to a subclass; Emscripten errno numbers differ
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: (lambda e: (e.errno, e.strerror, e.filename))(OSError(2, "msg", "file.txt")))
t(lambda: str(OSError(2, "msg", "file.txt")))
t(lambda: str(OSError(2, "msg", "a", None, "b")))
t(lambda: type(OSError(2, "x")).__name__)
t(lambda: (lambda e: (e.name, e.obj))(AttributeError("m", name="n", obj=1)))
t(lambda: (lambda e: (e.name, e.path, e.msg))(ImportError("m", name="n", path="p")))
t(lambda: ImportError("m", bad=1))
t(lambda: (lambda e: (e.encoding, e.start, e.end, e.reason))(UnicodeEncodeError("ascii", "é", 0, 1, "nope")))
t(lambda: str(UnicodeEncodeError("ascii", "é", 0, 1, "nope")))
t(lambda: SystemExit(1, 2).code)
t(lambda: SystemExit().code)
t(lambda: StopIteration().value)
t(lambda: (lambda e: (e.msg, e.lineno, e.offset))(SyntaxError("m", ("f.py", 3, 4, "text", 3, 5))))
