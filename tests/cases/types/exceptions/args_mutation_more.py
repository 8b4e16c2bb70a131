def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for cls in [ValueError, KeyError, StopIteration, SystemExit, ImportError, UnicodeError]:
    e = cls("a", "b")
    print(cls.__name__, repr(e), str(e), e.args)
    e.args = ("x",)
    print(cls.__name__, repr(e), str(e))
    e.args = ()
    print(cls.__name__, repr(e), repr(str(e)))
e = SyntaxError("msg", ("f.py", 3, 4, "bad line\n", 3, 7))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, str(e), e.args)
e2 = SyntaxError("m", ("f", 1, 2, "t"))
print(e2.end_lineno, e2.end_offset, str(e2))
t(lambda: SyntaxError("m", (1, 2)))
t(lambda: SyntaxError("m", 5))
print(str(SyntaxError("only msg")), str(SyntaxError()), SyntaxError().msg)
e3 = SyntaxError("m", ("f", None, None, None))
print(str(e3))
print(str(IndentationError("i", ("g.py", 2, 1, "x", 2, 2))))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
x = E(1, 2)
print(repr(x), str(x), x.args, x.b)
class E2(Exception):
    def __str__(self):
        return "custom str"
print(repr(E2(1)), str(E2(1)), E2.__mro__[1].__name__)
class E3(Exception):
    def __repr__(self):
        return "E3!"
print(repr(E3()), str(E3("x")), [E3()])
