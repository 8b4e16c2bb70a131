def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for spec in ["", "d", "5d", "<5", "^5", "=+7", "x", "#X", "#o", "b", "#b", ",", "_", "_x", "08,", "c", "e", ".2f", "%", "n"]:
    try:
        print(repr(spec), repr(format(1234, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)
t(lambda: format(-5, "+"))
t(lambda: format(5, " "))
t(lambda: format(5, ",x"))
t(lambda: format(5, "s"))
t(lambda: format(5, ".2"))
t(lambda: format(65, "c"))
t(lambda: format(-1, "c"))
