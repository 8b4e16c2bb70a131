def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: "a\tb".expandtabs(0))
t(lambda: "a\tb".expandtabs(-3))
t(lambda: "ab\tc\r\td\n\te".expandtabs(4))
t(lambda: "\t\t".expandtabs(tabsize=2))
t(lambda: "x\ty".expandtabs(1))
t(lambda: "x".expandtabs("4"))
t(lambda: "x".expandtabs(4, 5))
t(lambda: "x".expandtabs(bad=1))
