def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = [0.0, -0.0, 1.5, -1.5, 1234567.891, 1e-5, 1e16, 1e100, float("inf"), float("-inf"), float("nan"), 2.5, 0.125]
specs = ["", "f", ".2f", "+.1f", " .3f", "010.2f", "<10.2f", "^10", "*>12.3e", "e", "E", ".0e", "#.0e", "g", "G", "#g", ".3g", "#.3g", "%", ".1%", ",.2f", "_.2f", ",", "_g", ".0f", "#.0f", "z.1f", "z", "=+12.2f", "n", ".10", ".20g", "09", "#", "r"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
t(lambda: format(1.5, "d"))
t(lambda: format(1.5, "x"))
t(lambda: format(1.5, "c"))
t(lambda: format(1.5, ".f"))
t(lambda: format(1.5, ".1000f"))
t(lambda: format(1.5, "=5"))
t(lambda: format(-0.0001, "z.2f"))
t(lambda: format(-0.0001, "z.2e"))
t(lambda: format(-0.0, "z"))
t(lambda: format(1234.5, ",.1e"))
t(lambda: format(1234.5, ".3,"))
t(lambda: format(1234567.125, ".6_f"))
t(lambda: format(1234567.125, ",._f"))
t(lambda: format(1234567.125, "._f"))
