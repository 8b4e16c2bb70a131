def t(src, mode="exec"):
    try:
        compile(src, "<file>", mode)
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)


t("x = (1,\n")
t("1 +")
t("def f(:\n    pass")
t("  x = 1")
t("if x:\npass")
t("x = 1\n  y = 2")
t("return 5")
t("yield 5")
t("f(x for x in y, 1)")
t("a, b += 1")
t("None = 1")
t("x = [1, 2", "eval")
t("lambda: (yield)", "eval")
t("'unterminated")
t("'''never closed")
t("def f():\n    x = 1\n    nonlocal x\n")
t("class C:\n    nonlocal y\n")
t("del f()")
t("(a, b) = 1 = c")
try:
    eval("1 +")
except SyntaxError as e:
    print("eval:", e.msg, e.filename)
try:
    exec("foo(")
except SyntaxError as e:
    print("exec:", e.msg, e.filename, e.lineno)
