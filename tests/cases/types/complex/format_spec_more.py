def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = [1+2j, -1.5-0.5j, 0j, -0.0-0.0j, complex(float("inf"), float("nan")), 1e20j, 3+0j]
specs = ["", "f", ".2f", "+.1f", "e", ".3g", "g", "^20", "*>20.2f", ",", "_.2f", "#g", "G", "E", "z.1f", "10", "<30"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
t(lambda: format(1j, "%"))
t(lambda: format(1j, "d"))
t(lambda: format(1j, "010"))
t(lambda: format(1j, "=10"))
t(lambda: format(1j, "c"))
t(lambda: format(1j, "n"))
