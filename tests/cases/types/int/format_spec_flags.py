def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2**64, True]
specs = ["", "d", "+d", " d", "-d", "05d", "+08d", "=+8d", "<8d", ">8d", "^8d", "*^9", "x", "#x", "#X", "#o", "#b", "b", "_b", "_x", ",d", "_d", "#_x", "09,d", "010_b", "c", "n", "e", ".2f", "%", "g", "E", "#010x", "+#o", " #b", ".3", "z"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except Exception as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
t(lambda: format(5, ",x"))
t(lambda: format(5, ",b"))
t(lambda: format(5, "_c"))
t(lambda: format(65, "+c"))
t(lambda: format(65, "#c"))
t(lambda: format(-1, "c"))
t(lambda: format(0x110000, "c"))
t(lambda: format(5, ".2d"))
t(lambda: format(5, "s"))
t(lambda: format(5, ",_d"))
t(lambda: format(5, "_,d"))
t(lambda: format(5, "=^5"))
t(lambda: format(5, "0<5"))
t(lambda: format(-5, "0=5"))
t(lambda: format(5, "q"))
t(lambda: format(5, "dd"))
t(lambda: format(5, "x<"))
t(lambda: format(5, "\U0001F600>5"))
t(lambda: format(10**30, ","))
t(lambda: format(-10**30, "_x"))
