src = "assert False, 'boom'\nr = __debug__\n"
for opt in [-1, 0, 1, 2]:
    ns = {}
    try:
        exec(compile(src, "<o>", "exec", optimize=opt), ns)
        print(opt, "no assert; __debug__ =", ns["r"])
    except AssertionError as e:
        print(opt, "AssertionError:", e)
doc_src = 'def f():\n    "docstring"\n    return 1\n'
for opt in [0, 1, 2]:
    ns = {}
    exec(compile(doc_src, "<o>", "exec", optimize=opt), ns)
    print(opt, repr(ns["f"].__doc__))
cls_src = 'class C:\n    "class doc"\n'
for opt in [0, 2]:
    ns = {}
    exec(compile(cls_src, "<o>", "exec", optimize=opt), ns)
    print(opt, repr(ns["C"].__doc__))
mod_src = '"module doc"\nx = __doc__\n'
for opt in [0, 2]:
    ns = {}
    exec(compile(mod_src, "<o>", "exec", optimize=opt), ns)
    print(opt, repr(ns["x"]))
if_src = "if __debug__:\n    r = 'debug on'\nelse:\n    r = 'debug off'\n"
for opt in [0, 1]:
    ns = {}
    exec(compile(if_src, "<o>", "exec", optimize=opt), ns)
    print(opt, ns["r"])
print(eval(compile("__debug__", "<o>", "eval", optimize=1)))
print(eval(compile("__debug__", "<o>", "eval", optimize=0)))
for bad in ["__debug__ = 1", "del __debug__", "def f(__debug__): pass", "f(__debug__=1)", "x.__debug__ = 1", "import __debug__"]:
    try:
        compile(bad, "<o>", "exec")
        print(repr(bad), "compiled")
    except SyntaxError as e:
        print(repr(bad), "SyntaxError:", e.msg)
