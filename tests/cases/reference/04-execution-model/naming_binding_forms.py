# 4.2.1 Binding of names: every construct that binds a name makes it local
def binders():
    import sys as imp_name
    from sys import version_info as from_name
    for loop_var in [1]:
        pass
    with memoryview(b"") as with_var:
        pass
    def func_name():
        pass
    class class_name:
        pass
    try:
        raise ValueError
    except ValueError as exc_name:
        exc_seen = True
    (walrus_name := 1)
    match 5:
        case captured:
            pass
    a, (b, *c) = 1, (2, 3, 4)
    ann: int = 7
    only_annotated: int
    return sorted(locals())
print(binders())
def f():
    print(binders.__code__.co_varnames if False else "varnames")
f()
print(binders.__code__.co_varnames)
def g():
    global gbound
    gbound = 1
g()
print(gbound)
def star_import_in_function():
    src = "def inner():\n    from sys import *\n"
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
star_import_in_function()
