def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = 1234.5678
for spec in ["", ".2f", "10.1f", "<10", "^10.2", "+e", ".3E", "g", ".10g", "%", ".1%", ",", "_.2f", "08.2f", "#.0f", "#g", "z.1f", "n", ".0e"]:
    try:
        print(repr(spec), repr(format(x, spec)), repr(format(-0.0001, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__ + ":", e)
t(lambda: format(1.5, "d"))
t(lambda: format(1.5, "c"))
t(lambda: format(float("nan"), "=+8"))
t(lambda: format(float("-inf"), "08.2f"))
t(lambda: format(1.5, ",_"))
t(lambda: f"{1e300 * 10:.2F}")
