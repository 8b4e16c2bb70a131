# 2.3.1 Keywords cannot be assigned; soft keywords can
def c(src):
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg)
for src in ["True = 1", "None = 1", "False += 1", "__debug__ = 1", "def f(None): pass", "class = 1", "if = 2",
            "for None in []: pass", "import True", "x.True = 1", "x.None", "f(True=1)", "f(__debug__=1)",
            "match = 1", "case = 2", "type = 3", "_ = 4", "del __debug__", "lambda None: 0", "(True := 1)",
            "with a as None: pass", "def __debug__(): pass", "async = 1", "await = 1", "nonlocal = 1"]:
    c(src)
