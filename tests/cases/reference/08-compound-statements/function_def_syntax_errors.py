# 8.7 Function definitions: parameter list errors
def c(src):
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), "->", e.msg)
for src in ["def f(a=1, b): pass", "def f(a, a): pass", "def f(a, *, a): pass", "def f(a, **a): pass",
            "def f(*): pass", "def f(*, **k): pass", "def f(/): pass", "def f(a, /, /): pass",
            "def f(*a, /): pass", "def f(**k, a): pass", "def f(**k, *a): pass", "def f(*a, *b): pass",
            "def f(a, /, b=1, c): pass", "def f(*, a=1, b): pass", "def f(a=1, /, b): pass",
            "def f(**k=1): pass", "def f(*a=1): pass", "def f(a:int=1, *, b:int): pass",
            "def f(a, (b, c)): pass", "def f(1): pass", "def f(a.b): pass", "def f(a,, b): pass",
            "def f(,): pass", "def f(a, *, ): pass", "def f(a, /, *, b): pass", "def f(): return x\n  y = 1"]:
    c(src)
